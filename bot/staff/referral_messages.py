"""Console strings for referrals, partners, reply timers and the reports' outcomes.

English here; Spanish in locales/es/LC_MESSAGES/staff-referrals.po. Templates show them with
`t(rm.NAME)`; codes (states, consent, outcomes) get their words from `REFERRAL_LABELS`.
"""

from bot.i18n import N_

NAV_REFERRALS = N_("Referrals")
NAV_PARTNER_REFERRALS = N_("Our referrals")
NAV_PARTNERS = N_("Partners")

# The referral form and list on a case page.
REFER_KIND = N_("Kind")
KIND_REFERRAL = N_("Referral to a service")
KIND_TRANSFER = N_("Transfer of the whole case")
SHARE_LEGEND = N_("What the organisation may see, if the person agrees")
SHARE_HINT = N_(
    "The person is asked in their language before anything is shared. Without a yes, the "
    "organisation sees only the kind of need."
)
ITEM_FIRST_NAME = N_("First name")
ITEM_PHONE = N_("Phone")
ITEM_NEED = N_("The need in one line")
FIRST_NAME_HINT = N_("Only if the person gave one.")
PHONE_HINT = N_("WhatsApp: the person's number is used. Other channels: a number they gave.")
NEED_HINT = N_("Short and plain, without details the organisation does not need.")
FIELD_STATUS = N_("State")
FIELD_CONSENT = N_("Consent")
FIELD_SHARED = N_("Shared")
FIELD_LINK = N_("Link")
FIELD_CHECKIN = N_("Check-in")
FIELD_ORGANIZATION = N_("Organisation")
FIELD_HISTORY = N_("History")
NOT_A_PARTNER = N_("Not a partner: no link or account")
SEND_WITHOUT_DETAILS = N_("Send without personal details")
STOP_SHARING = N_("Stop sharing (the person asked)")
MAKE_LINK = N_("Make a link for the organisation")
LINK_MADE = N_("Link for the organisation (valid {days} days, earlier links stop working):")
RECORD = N_("Record")
LINK_SENT_BY_EMAIL = N_("Sent by e-mail on {at}")
NOTHING_SHARED_YET = N_("Nothing")

# The list of every referral.
REFERRALS_TITLE = N_("Referrals")
NO_REFERRALS_LISTED = N_("No referrals match.")
COL_REFERRAL = N_("Referral")
COL_UPDATED = N_("Last change")
DOWNLOAD_JSON = N_("Download JSON")

# A partner's pages, and the page behind a link.
PARTNER_TITLE = N_("Referrals for {organization}")
PARTNER_HINT = N_(
    "You see only what each person agreed to share with your organisation. If a person "
    "withdraws their consent, their details disappear from this page."
)
PARTNER_NO_REFERRALS = N_("No referrals yet.")
NO_PARTNER = N_("This account is not tied to a partner organisation yet. Ask an administrator.")
REFERRAL_TITLE = N_("Referral #{id}")
NEED_KIND = N_("Kind of need")
PERSON_LANGUAGE = N_("Person's language")
SERVICE = N_("Service")
SHARED_NOTHING = N_(
    "The person did not agree to share personal details: you see only the kind of need. "
    "They may come to you directly."
)
SHARED_WITHDRAWN = N_("The person withdrew their consent: their details are no longer shown.")
ACCEPT = N_("Accept")
DECLINE = N_("Decline")
DECLINE_REASON = N_("Reason")
RECORD_OUTCOME = N_("How did it go?")
SAVE = N_("Save")
TRANSFER_NOTE = N_("This is a transfer: if you accept, your organisation takes over the case.")
LINK_HINT = N_(
    "This page is only for this referral. Every visit and answer is recorded. Please do not "
    "forward the link."
)
LINK_REFUSED_TITLE = N_("This link does not work")
LINK_EXPIRED = N_("This link has expired. Ask Puente's team for a new one.")
LINK_INVALID = N_("This link is not valid. Check that it was copied whole.")
LINK_REVOKED = N_("This link was replaced by a newer one. Use the latest link you received.")
ANSWER_SAVED = N_("Thank you: your answer was saved.")

# Partners (administrators).
PARTNERS_TITLE = N_("Partner organisations")
PARTNERS_HINT = N_(
    "An organisation of the directory becomes a partner here. With accounts, its people see "
    "their referrals in this console; without, each referral reaches its e-mail as a link."
)
PARTNER_ORGANIZATION = N_("Organisation (exactly as in the directory)")
PARTNER_EMAIL = N_("E-mail for referral links")
PARTNER_WHATSAPP = N_("WhatsApp number")
PARTNER_LANGUAGE = N_("Language of its e-mails")
PARTNER_TRANSFERS = N_("Takes over whole cases (transfers)")
PARTNER_ACTIVE = N_("Active")
PARTNER_SAVE = N_("Save partner")
PARTNER_ACCOUNTS = N_("Accounts")
PARTNER_ADD_ACCOUNT = N_("Add an account")
NO_PARTNERS = N_("No partners yet.")
NAME = N_("Name")

# Reply timers in the inbox.
COL_REPLY_DUE = N_("Reply due")
DUE_IN = N_("in {minutes} min")
OVERDUE_BY = N_("late by {minutes} min")
OVERDUE_ONE = N_("1 case is past its reply target.")
OVERDUE_MANY = N_("{count} cases are past their reply target.")
ALERT_OVERDUE = N_(
    "Puente: case #{id} ({category}, {priority}) has waited {minutes} min past its reply "
    "target. {url}"
)
ALERT_ON_CALL = N_(
    "Puente, on call: case #{id} ({category}, {priority}) still has no reply, {minutes} min "
    "past its target. {url}"
)

# Reports: outcomes.
REFERRALS_SENT = N_("Referrals sent")
REFERRALS_ACKNOWLEDGED = N_("Acknowledged by the partner")
REFERRALS_ACCEPTED = N_("Accepted by the partner")
REFERRALS_ATTENDED = N_("Attended by the partner")
MEDIAN_ACK = N_("Median time to acknowledgement")
HOURS = N_("{hours} h")
CANALIZED_BY_KIND = N_("People canalized, by kind")
CHECKIN_ANSWERS = N_("Check-in answers")
BY_ORGANIZATION = N_("By organisation")
CHART_BY_CATEGORY = N_("Requests and people canalized, by category")
CHART_BY_WEEK = N_("Requests per week")
KIND_LEGAL = N_("Legal or migration advice")
KIND_HEALTH = N_("Health")
KIND_EDUCATION = N_("Education")
KIND_EMPLOYMENT = N_("Employment")
KIND_SHELTER = N_("Shelter")
KIND_OTHER = N_("Other")
ANSWER_YES = N_("It helped")
ANSWER_NO = N_("It did not help")
ANSWER_MORE = N_("Still needs help")
CHECKINS_WITHHELD = N_("Withheld (discretion)")

REFERRAL_LABELS: dict[str, dict[str, str]] = {
    "status": {
        "awaiting_consent": N_("Waiting for the person's consent"),
        "sent": N_("Sent"),
        "acknowledged": N_("Seen by the organisation"),
        "accepted": N_("Accepted"),
        "declined": N_("Declined"),
        "attended": N_("Attended"),
        "not_attended": N_("Not attended"),
        "expired": N_("Expired without an answer"),
    },
    "consent": {
        "pending": N_("Asked, no answer yet"),
        "given": N_("Given"),
        "refused": N_("Refused: nothing shared"),
        "withdrawn": N_("Withdrawn"),
        "none": N_("Not asked: nothing shared"),
        "erased": N_("Erased with the person's data"),
    },
    "item": {"first_name": ITEM_FIRST_NAME, "phone": ITEM_PHONE, "need": ITEM_NEED},
    "outcome": {
        "received": N_("The person was received"),
        "attended": N_("The person was attended"),
        "could_not_reach": N_("We could not reach the person"),
        "no_capacity": N_("No capacity"),
    },
    "reason": {
        "no_capacity": N_("No capacity now"),
        "not_eligible": N_("The person is not eligible"),
        "not_offered": N_("We do not offer this"),
        "other": N_("Other reason"),
    },
    "checkin": {
        "scheduled": N_("Scheduled"),
        "sent": N_("Sent, no answer yet"),
        "answered": N_("Answered"),
        "withheld": N_("Withheld: the person asked for discretion"),
        "failed": N_("Could not be sent"),
        "skipped": N_("Not needed"),
    },
    "answer": {"yes": ANSWER_YES, "no": ANSWER_NO, "more": ANSWER_MORE},
    "link_error": {
        "no_email": N_("No e-mail for this organisation: make a link and pass it on."),
        "smtp_not_configured": N_("E-mail is not set up: make a link and pass it on."),
        "smtp_unreachable": N_("The mail server did not answer: make a link and pass it on."),
        "recipient_refused": N_("The address was refused: make a link and pass it on."),
        "smtp_auth_failed": N_("The mail server refused our login: make a link and pass it on."),
    },
    "kind": {"referral": KIND_REFERRAL, "transfer": KIND_TRANSFER},
}
