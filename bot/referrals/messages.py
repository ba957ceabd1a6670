"""What the person reads about their referrals, in English; es, fr and ht in referrals.po.

Plain words and short sentences, the action first: many people read on a small screen, in
their second language, under stress. The partner's link page and e-mail are here too, since
partners without accounts read them in their own language.
"""

from bot.i18n import N_

# Consent per referral (bot/referrals/consent.py).
CONSENT_ASK = N_(
    "We want to send you to {organization}. May we give them: {items}? "
    "They use it only to receive you. If you say no, we still send you, without your details."
)
ITEM_FIRST_NAME = N_("your first name ({name})")
ITEM_PHONE = N_("your phone number")
ITEM_NEED = N_("what you need: {need}")
AND = N_("{first} and {last}")
BTN_SHARE_YES = N_("Yes, share")
BTN_SHARE_NO = N_("No")
CONSENT_THANKS = N_(
    "Thank you. {organization} will see only that. "
    "To stop sharing at any time, write: stop sharing my data."
)
CONSENT_REFUSED = N_(
    "Understood: we send you to {organization} without your name or phone. "
    "You can still go to them."
)
BTN_STOP_SHARING = N_("Stop sharing")
WITHDRAWN = N_("Done. {organization} no longer sees your details.")
WITHDRAWN_MANY = N_("Done. No organisation sees your details any more.")
NOTHING_SHARED = N_("We are not sharing your details with any organisation.")

TRANSFERRED = N_(
    "Your case now continues with {organization}. They will contact you. "
    "You can still write to us here."
)

# A button of ours pressed again, late, or with an id that is not the person's: a plain answer
# that reveals nothing, rather than a payload Rasa does not know.
ALREADY_ANSWERED = N_("Thank you. We already have your answer. Write to us if you need help.")

# The check-in (bot/referrals/checkins.py).
CHECKIN_ASK = N_("Hello from Puente. Did {service} help you?")
BTN_CHECKIN_YES = N_("Yes")
BTN_CHECKIN_NO = N_("No")
BTN_CHECKIN_MORE = N_("I still need help")
CHECKIN_THANKS_YES = N_("We are glad. Thank you for telling us.")
CHECKIN_THANKS_NO = N_(
    "Thank you for telling us. It helps us choose better places. "
    "If you need help, write: I need help."
)
CHECKIN_REOPENED = N_("Thank you. A person from our team will write to you soon.")

# The partner's page behind a link, and the e-mail that carries the link.
LINK_SUBJECT = N_("Puente: a referral for {organization} (#{id})")
LINK_BODY = N_(
    "Hello,\n\nPuente's protection team refers a person to {organization} ({category}).\n"
    "Open this link to accept or decline the referral, and later to tell us how it went:\n\n"
    "{url}\n\nThe link works until {until} and only for this referral. "
    "Please do not forward it.\n\nThank you,\nPuente"
)
