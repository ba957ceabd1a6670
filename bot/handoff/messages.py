"""What the person reads about the handoff, in English; translations in locales/*/handoff.po.

Plain words for people under stress, some with low literacy: what staff will see, that it is
free, where they stand in line and when the team works. CONSENT_VERSION names the wording the
person agreed to; change it whenever the consent text changes.
"""

from bot.i18n import N_

CONSENT_VERSION = "handoff-1"

CONSENT = N_(
    "I can put you in touch with a person from our team. Before that, you should know what they "
    "will see: the messages of this conversation, your language and the app you write from. "
    "They will not ask for documents or photos of your ID. It is free and confidential.\n"
    "Do you agree to share this conversation with our team?"
)
CONSENT_DANGER = N_(
    "A person from our team can also help you. They will see the messages of this conversation, "
    "your language and the app you write from, nothing else. It is free and confidential.\n"
    "Do you agree to share this conversation with our team?"
)
CONSENT_OUT_OF_HOURS = N_(
    "Our team is not working right now. They work {hours}. If you agree, a person will write to "
    "you here when they are back."
)
OPENED = N_(
    "Thank you. Your conversation is now with our team. You are number {position} in line: a "
    "person will answer you here. Until then I will not reply automatically."
)
OPENED_OUT_OF_HOURS = N_(
    "Thank you. Your conversation is now with our team. They work {hours}. A person will answer "
    "you here when they are back; you are number {position} in line."
)
SAFETY_REMINDER = N_("If you are in danger, call 911. It is free and open 24 hours.")
DECLINED = N_(
    "Understood: I will not share anything. I am still here to help you. Choose an option or "
    "write your question."
)
QUEUE_NOTICE = N_(
    "Your message reached our team. You are number {position} in line: a person will answer "
    "you here."
)
QUEUE_NOTICE_OUT_OF_HOURS = N_(
    "Your message reached our team. They work {hours}. A person will answer you here when they "
    "are back."
)
OFFER_HUMAN = N_(
    "In a situation like this, a person from our team can help you directly. Would you like to "
    "talk to a person?"
)
CASE_CLOSED = N_(
    "Our team has closed this conversation. Thank you for trusting us. From now on the "
    "assistant answers again: write whenever you need, or choose an option."
)

# Office hours, as in "Monday to Friday, from 09:00 to 18:00 (Mexico City time)".
MONDAY = N_("Monday")
TUESDAY = N_("Tuesday")
WEDNESDAY = N_("Wednesday")
THURSDAY = N_("Thursday")
FRIDAY = N_("Friday")
SATURDAY = N_("Saturday")
SUNDAY = N_("Sunday")
DAY_RANGE = N_("{first} to {last}")
HOURS_RULE = N_("{days}, from {start} to {end}")
HOURS_ZONE = N_("{hours} ({city} time)")
# Time zone cities whose names differ by language (others are shown as the zone names them).
MEXICO_CITY = N_("Mexico City")

# Canned replies staff insert into their answer, in the person's language.
CANNED_HELLO = N_(
    "Hello, I am from the Puente team. I have read your messages. How can I help you?"
)
CANNED_SAFE = N_("Are you safe right now? If you are in danger, call 911.")
CANNED_CITY = N_("Which city are you in? The city is enough; I do not need your address.")
CANNED_SEARCHING = N_(
    "I am looking for a service that can help you. I will write to you again shortly."
)
CANNED_REFERRAL = N_(
    "I found an organization that can help you. I will send you their contact details now."
)
CANNED_NO_DOCUMENTS = N_(
    "Please do not send documents or photos of your ID here. We do not need them."
)
CANNED_CLOSING = N_(
    "Is there anything else I can help you with? If not, I will close this conversation. You can "
    "write again at any time."
)
