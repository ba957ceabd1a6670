"""The channels' own user-facing words, in English; translations in locales/*/channels.po."""

from bot.i18n import N_

UNSUPPORTED = N_(
    "Sorry, I can only read text messages and locations, so I could not see or hear what you "
    "sent. Please write your question in a few words, or share your location."
)
CHOOSE_OPTION = N_("Choose an option:")
OPTIONS_REPLY = N_("Reply with the number of your choice: {choices}.")
OPTIONS_OR = N_("{first} or {last}")
SHARE_LOCATION_HOWTO = N_("To share your location, tap the 📎 or + button and choose “Location”.")
SLOW_DOWN = N_(
    "You are sending messages very fast. Please wait a moment and write again; I will read your "
    "new messages then."
)

# Telegram's command menu (setMyCommands), one description per command.
COMMAND_START = N_("Start the conversation")
COMMAND_HELP = N_("What I can help you with")
COMMAND_LANG = N_("Change the language")
COMMAND_DELETE = N_("Delete my data")

# WhatsApp's list picker: the button that opens the list.
LIST_BUTTON = N_("See the options")
# Telegram: the key that shares the person's location, when a reply asks where they are.
SHARE_LOCATION_KEY = N_("📍 Share my location")
# Telegram: a button from a conversation that is over (or a message that was erased).
BUTTON_EXPIRED = N_("This button no longer works. Please write your question.")

# The web chat page.
WEB_LANGUAGE = N_("Language")
WEB_QUICK_EXIT = N_("Quick exit")
WEB_QUICK_EXIT_LABEL = N_("Quick exit: leave this page at once")
WEB_KEEP = N_("Keep this conversation on this phone")
WEB_KEEP_HINT = N_(
    "Only if nobody else uses this phone. Without it, closing the page erases the conversation "
    "here; the quick exit always erases it."
)
WEB_SAFETY_TIP = N_(
    "On a shared phone, open this page in a private tab: the browser may still list visited "
    "sites in its history."
)
WEB_USE_LOCATION = N_("📍 Use my location")
WEB_LOCATION_FAILED = N_(
    "Your location could not be read. Please write the name of your town or city instead."
)
WEB_MAP = N_("🗺️ Open the map")
WEB_RETRY = N_("Try again")
