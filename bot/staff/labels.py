"""Words for codes: statuses, categories, channels, roles and error codes, for staff.

Kept apart from messages.py so the tables read as tables. Unknown codes fall back to the code
itself, which is better than hiding data staff need.
"""

from bot.i18n import N_

LABELS: dict[str, dict[str, str]] = {
    "priority": {"urgent": N_("Urgent"), "high": N_("High"), "normal": N_("Normal")},
    "status": {
        "new": N_("New"),
        "assigned": N_("Assigned"),
        "in_progress": N_("In progress"),
        "canalized": N_("Canalized"),
        "attended": N_("Attended"),
        "closed": N_("Closed without referral"),
    },
    "category": {
        "legal_migration_advice": N_("Legal and migration advice"),
        "health": N_("Health"),
        "education": N_("Education"),
        "employment": N_("Employment"),
        "child_protection": N_("Child protection"),
        "prenatal_care": N_("Prenatal care"),
        "gender_based_violence": N_("Gender-based violence"),
        "trafficking": N_("Trafficking in persons"),
        "crime_victim": N_("Victim of crime"),
        "voluntary_return": N_("Voluntary return"),
        "missing_person": N_("Missing person"),
        "shelter": N_("Shelter"),
        "other": N_("Other"),
    },
    "channel": {
        "web": N_("Web chat"),
        "telegram": "Telegram",
        "whatsapp": "WhatsApp",
        "terminal": N_("Terminal"),
    },
    "language": {
        "es": N_("Spanish"),
        "en": N_("English"),
        "fr": N_("French"),
        "ht": N_("Haitian Creole"),
    },
    "source": {
        "request": N_("Asked for a person"),
        "fallback": N_("The assistant did not understand"),
        "topic": N_("Topic that needs a person"),
        "danger": N_("Danger signal"),
        "past_harm": N_("Harm that is over: asked for a person"),
        "staff": N_("Opened by staff"),
        "checkin": N_("Still needs help after a referral"),
    },
    "conversation": {
        "bot": N_("The assistant answers"),
        "waiting_staff": N_("Waiting for staff"),
        "with_staff": N_("With staff"),
        "erased": N_("Erased: the person's data was deleted"),
    },
    # Why a case closed when nobody chose an outcome (Case.close_reason).
    "close_reason": {
        "expired": N_(
            "Closed by itself: nobody acted on the case for too long. The person was not told."
        ),
        "transferred": N_("Transferred: a partner organisation took over the case."),
    },
    "referral": {
        "pending": N_("Pending"),
        "accepted": N_("Accepted by the service"),
        "attended": N_("Attended by the service"),
        "declined": N_("Declined"),
        "no_response": N_("No response"),
    },
    "service": {
        "shelter": N_("Shelter"),
        "legal_aid": N_("Legal aid"),
        "health": N_("Health"),
        "psychosocial": N_("Psychosocial support"),
        "food": N_("Food"),
        "child_protection": N_("Child protection"),
        "gbv_support": N_("Support after gender-based violence"),
        "trafficking_support": N_("Support for trafficking survivors"),
        "consular": N_("Consulate"),
        "government_office": N_("Government office"),
        "international_org": N_("International organization"),
    },
    "role": {
        "agent": N_("Agent"),
        "supervisor": N_("Supervisor"),
        "admin": N_("Administrator"),
        "partner": N_("Partner organisation"),
    },
    "danger": {
        "trapped": N_("Held against their will"),
        "kidnapped": N_("Kidnapping"),
        "detained": N_("Held by the authorities"),
        "beaten": N_("Beaten"),
        "raped": N_("Sexual violence"),
        "forced_work": N_("Forced labour"),
        "forced_sex": N_("Forced prostitution"),
        "documents_taken": N_("Documents taken"),
        "child_taken": N_("Child taken"),
        "abandoned": N_("Abandoned without water"),
        "threatened": N_("Death threats"),
        "help_now": N_("Asking for help now"),
        "reported": N_("Danger reported"),
        "domestic_violence": N_("Violence at home"),
        "extortion": N_("Extortion"),
        "medical": N_("Medical emergency"),
        "self_harm": N_("Suicide or self-harm"),
        "attack": N_("Shooting, attack or fire"),
        "robbery": N_("Robbery"),
        "debt": N_("Debt with the recruiter or employer"),
        "wage_theft": N_("Wages not paid"),
        "exploited": N_("Exploitation at work"),
        "missing": N_("Missing relative"),
        "trafficking": N_("Trafficking mentioned"),
    },
    # The danger screen's grade of a message or a case (bot/safety/screen.py).
    "grade": {
        "immediate": N_("Immediate danger"),
        "past_harm": N_("Past or ongoing harm"),
        "information": N_("Information"),
        "none": N_("No danger"),
    },
    # Why the screen graded a message so (bot/safety/rules.py); "harm:x" uses the danger labels.
    "reason": {
        "when:now": N_("happening now or about to happen"),
        "when:recent": N_("just happened"),
        "when:unknown": N_("no time given"),
        "when:days": N_("days or weeks ago"),
        "when:long": N_("long ago"),
        "when:over": N_("over: the person is safe or asks about remedies"),
        "who:self": N_("to the person writing"),
        "who:other": N_("to someone they name"),
        "who:unknown": N_("to someone not named"),
        "who:generic": N_("to people in general"),
        "asked": N_("a question, a hypothesis or a fear"),
        "general": N_("about people in general"),
        "named": N_("only named"),
        "named_now": N_("named with a cry for help"),
        "news": N_("news or hearsay"),
        "question": N_("a question"),
        "home_country": N_("in the home country (asylum)"),
        "not_severe": N_("not an immediate danger in itself"),
        "no_threat": N_("no threat or deadline"),
        "in_progress": N_("in progress"),
        "danger_words": N_("strong danger words"),
        "cry_for_help": N_("a cry for help"),
        "debt_bondage": N_("a debt with other signs of forced labour"),
        "detention": N_("held by the authorities"),
        "official_threat": N_("an official threatens deportation: a complaint to make, not a hold"),
        "mild": N_("mild symptoms, no warning sign"),
        "panic": N_("attacks of anxiety that keep coming back, no sign of the heart"),
        "pressed_danger": N_('pressed "I am in danger"'),
        "danger_net": N_('no danger words, but reads like danger: asked "are you in danger now?"'),
        "recovered": N_("over: the person is fine now"),
        "advice": N_("advice to others (water, heat): nobody is stranded"),
        "profession": N_(
            "the writer's work (a nurse's patients, a guard's weapon), not their family"
        ),
        "place:us": N_("in the United States"),
        "place:mx": N_("in Mexico"),
        "custody": N_("a threat over children's custody"),
        "house_rule": N_("a shelter's hours, not a person held"),
        "relayed": N_('blows at home asked about by someone else: asked "are you in danger now?"'),
        "virtual_kidnapping": N_("a call that fakes a kidnapping, asked about"),
        "hours_ago": N_("a severe harm only hours ago: still an emergency"),
        # Danger told in pieces (bot/safety/frames.py): which frame the screen recognised.
        "frame:held_for_money": N_("held until money is paid"),
        "frame:held_until_paid": N_("kept until a payment is made"),
        "frame:held_for_debt": N_("kept at work until a debt is paid, by those who hold it"),
        "frame:pay_or_harm": N_("a payment demanded with a harm to come"),
        "frame:pay_or_come": N_("pay, or they will come for them"),
        "frame:tracked_down": N_("the threatener knows where they are, or is on the way"),
        "frame:held_by_threat": N_("kept from leaving or talking by a threat"),
        "frame:taken_by_force": N_("taken by force"),
        "frame:child_taken": N_("a child taken"),
        "frame:children_alone": N_("young children alone: whoever looks after them was taken"),
        "frame:fake_officer": N_("taken away by someone posing as an officer"),
        "frame:stash_house": N_("held in a stash house, or handed to men, and money asked"),
        "frame:lured_away": N_(
            "about to leave with someone who promised work and asked for secrecy"
        ),
        "frame:exposed": N_("lost or left without water, food or shelter"),
        "frame:guide_gone": N_("left by the guide or smuggler, who never came back"),
        "frame:sex_under_control": N_("sex forced by someone who controls them"),
        "frame:sex_as_price": N_("sex demanded as the price of passage or of a debt"),
        "frame:kept_and_hit": N_("papers or pay kept, and blows"),
        "frame:night_visit": N_("a guard or keeper will come for them tonight"),
        "frame:swallowed": N_("swallowed something harmful"),
        "frame:rabies": N_("a bite, then fear of water and a fever: signs of rabies"),
        "frame:stalked": N_(
            "someone, often an ex, keeps turning up where they are (outside, at work, the keys)"
        ),
        "frame:wants_out": N_("hit again at home and needs to get out"),
        "frame:no_answer": N_("gone where people are taken, and no answer since"),
        "frame:pregnancy": N_("pregnant, with a danger sign"),
        "frame:grave": N_("bleeding heavily or shot"),
        "frame:confused": N_("confused"),
        "frame:vomiting": N_("vomiting"),
        "frame:diarrhea": N_("diarrhoea"),
        "frame:sleepy": N_("very sleepy or limp"),
        "frame:burning": N_("burning hot skin or fever"),
        "frame:dry": N_("very thirsty or dry"),
        "frame:sunken": N_("sunken eyes or soft spot"),
        "frame:shaking": N_("shaking"),
        "frame:trembling": N_("trembling"),
        "frame:sweating": N_("sweating"),
        "frame:fainting": N_("fainting"),
        "frame:farewell": N_("a farewell"),
        "frame:ending": N_("talks of ending"),
        "frame:means": N_("a means at hand"),
        "frame:burden": N_("feels a burden"),
        "frame:giving_away": N_("gives away belongings"),
        "frame:carried_off": N_("carried off, does not know where"),
        "frame:arrived": N_("they have arrived or found them"),
        "frame:breathing_fast": N_("breathing fast"),
        "frame:thirst": N_("very thirsty"),
    },
    "message": {
        "received": N_("Received"),
        "pending": N_("Sending"),
        "sent": N_("Sent"),
        "delivered": N_("Delivered"),
        "read": N_("Read"),
        "failed": N_("Not delivered"),
    },
    "error": {
        "invalid_transition": N_("This change is not possible in the case's current state."),
        "case_closed": N_("The case is closed."),
        "empty_reply": N_("Write a reply first."),
        "empty_note": N_("Write a note first."),
        "referral_needs_service": N_("Choose or name a service."),
        "invalid_outcome": N_("Choose an outcome."),
        "canalized_needs_referral": N_("Add a referral before closing the case as canalized."),
        "case_open": N_("The case is already open."),
        "another_case_open": N_("This conversation already has an open case."),
        "conversation_moved_on": N_(
            "The person has started a new conversation; reopening this case is not possible."
        ),
        "unknown_staff": N_("Unknown staff member."),
        "erased": N_("The person's data was erased; this case only counts in the reports."),
        "outside_24h_window": N_(
            "Not delivered: WhatsApp only accepts a free message within 24 hours of the "
            "person's last message. Wait until the person writes again."
        ),
        "no_template_configured": N_(
            "Not delivered: no approved WhatsApp template is configured for this kind of "
            "message in the person's language. Ask an administrator to add one."
        ),
        # Referrals (bot/referrals/transitions.py, consent.py).
        "person_asked_for_discretion": N_(
            "Not sent: the person asked us not to write first. Wait until they write again."
        ),
        "invalid_kind": N_("Choose a referral or a transfer."),
        "partner_takes_no_transfers": N_("This organisation does not take over whole cases."),
        "already_sent": N_("The referral has already left."),
        "nothing_shared": N_("Nothing is being shared with this organisation."),
        "link_not_possible": N_("A link is only possible while the referral is open."),
        "invalid_reason": N_("Choose a reason."),
    },
    # Why a message was not delivered, by the outbox's codes (bot.outbox.delivery.safe_code).
    "delivery": {
        "outside_24h_window": N_(
            "Not delivered: WhatsApp only accepts a free message within 24 hours of the "
            "person's last message. Wait until the person writes again."
        ),
        "no_template_configured": N_(
            "Not delivered: no approved WhatsApp template is configured for this kind of "
            "message in the person's language. Ask an administrator to add one."
        ),
        "telegram_forbidden": N_(
            "Not delivered: the person blocked the assistant on Telegram or closed the account."
        ),
        "telegram_bad_request": N_("Not delivered: Telegram refused the message."),
        "telegram_chat_migrated": N_("Not delivered: Telegram refused the message."),
        "invalid_number": N_("Not delivered: this number cannot receive WhatsApp messages."),
        "unreachable": N_(
            "Not delivered: the messaging service could not be reached, even after several tries."
        ),
        "empty_message": N_("Not delivered: the message was empty."),
        "delivery_failed": N_("Not delivered: the delivery failed."),
    },
}

# Twilio's codes for a number that cannot receive WhatsApp: invalid 'To' number, not a mobile
# number, no WhatsApp account on it, invalid recipient.
INVALID_NUMBER_CODES = frozenset({"twilio_21211", "twilio_21614", "twilio_63003", "twilio_63024"})
UNREACHABLE_CODES = frozenset(
    {
        "telegram_rate_limited",
        "telegram_invalid_token",
        "telegram_network",
        "telegram_error",
        "twilio_network",
        "twilio_no_sid",
        "twilio_error",
        "twilio_20003",
        "twilio_20429",
        "twilio_20500",
        "twilio_http_0",
        "twilio_http_429",
        "internal_error",
    }
)


def label_id(kind: str, code: str | None) -> str:
    """The msgid for a code, or the code itself when it has no label."""
    if code is None:
        return ""
    if kind == "reason" and code.startswith("harm:"):
        return LABELS["danger"].get(code[5:], code[5:])
    return LABELS.get(kind, {}).get(code, code)


def delivery_reason(code: str | None) -> str:
    """The msgid that tells staff why a message was not delivered.

    Only codes are ever shown: a stored error that is not one (an older row may hold a
    provider's sentence quoting the person's number) gets the generic label, never its text.
    """
    table = LABELS["delivery"]
    if code in INVALID_NUMBER_CODES:
        return table["invalid_number"]
    if code in UNREACHABLE_CODES or (code or "").startswith("twilio_http_5"):
        return table["unreachable"]
    return table.get(code or "", table["delivery_failed"])
