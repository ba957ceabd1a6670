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
