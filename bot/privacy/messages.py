"""What Puente says about privacy, in English; translations in locales/*/privacy.po."""

from bot.i18n import N_

DELETE_CONFIRM = N_(
    "Do you want me to delete your messages and your details? This cannot be undone: our team "
    "will no longer see this conversation."
)
DATA_DELETED = N_(
    "Done: your messages and your details have been deleted. If you write again, we start "
    "from zero."
)
DELETE_CANCELLED = N_("Okay, I did not delete anything.")
BTN_DELETE = N_("Yes, delete")
BTN_KEEP = N_("No, keep")
NOTICE = N_(
    "Your privacy: this chat is free and confidential. We keep your messages only to help you "
    "and delete them after {days} days; you can ask me to delete them at any time by writing "
    '"delete my data". Full notice: {url}'
)
# "Do you pass my data to migration?" (`bot.privacy.question`)
WHO_SEES = N_(
    "This chat is confidential. We do not give your messages or your details to migration (INM, "
    "ICE), to the police or to any government office. Our team reads them only to help you, and "
    "shares them with another service only if you agree. You can ask me to delete them at any "
    'time by writing "delete my data".'
)

# The full privacy notice page (/privacy)
PAGE_TITLE = N_("Privacy notice")
PAGE_WHO = N_(
    "Puente is a free information service for migrants. A protection team answers when you ask "
    "to talk to a person."
)
PAGE_WHAT = N_(
    "What we keep: your messages and our answers, your language, and the phone number or "
    "account you write from, so we can answer you. Phone numbers, accounts and messages are "
    "stored encrypted. We never ask for documents, photos of IDs or your full name."
)
PAGE_LOCATION = N_(
    "If you share your location or your city, we use it only to find services near you, and we "
    "forget it when the conversation ends."
)
PAGE_STAFF = N_(
    "If you ask to talk to a person, we tell you first what our team will see, and we only open "
    "a case if you agree. Each team member sees only the cases they work on, and every access "
    "is recorded."
)
PAGE_PARTNERS = N_(
    "If our team refers you to another organisation (a shelter, a clinic, a lawyer), we first "
    "ask you what it may see: your first name, your phone number, your need in one line. If "
    "you say no, it learns only the kind of help you need. You can stop sharing at any time: "
    'write "stop sharing my data" or press the button, or ask our team; the organisation '
    "stops seeing your details at once. Some days later we may ask you whether it helped; "
    "we never write first if you asked us not to."
)
PAGE_DANGER = N_(
    "In danger, we act first. If a message says that you or someone is in danger now, a case "
    "opens at once, before we ask you, so that our team can help fast; you also get the "
    "emergency numbers. Then we ask whether our team may read the conversation: if you say no, "
    "the case is closed and only the fact that it happened is kept."
)
PAGE_RETENTION = N_(
    "We delete conversations {days} days after they end. We keep only anonymous numbers, such "
    "as how many people asked about asylum."
)
PAGE_DELETE = N_(
    'You can ask us to delete your messages and your details at any time: write "delete my '
    'data" (or /delete on Telegram), or ask a person from our team.'
)
PAGE_SHARED_PHONE = N_(
    "If other people use your phone, you can delete this chat in your app after reading. In an "
    "emergency, call 911."
)
PAGE_DISCREET = N_(
    "Turn off message previews in your phone's settings, so that nobody sees our messages on "
    'your screen. If you write "do not write to me first", or that you delete the chat, we only '
    "answer when you write."
)
