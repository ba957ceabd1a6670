"""Every user-facing interface string, in English; translations live in locales/*/messages.po.

Topic content lives in content/topics; this module holds the conversation's own words.
"""

from bot.i18n import N_

GREETING = N_(
    "Hello, I'm Puente. I give free and confidential information to migrants, and I can put "
    "you in touch with a person from our team. What do you need?"
)
MENU_INTRO = N_("This is what I can help you with. Choose an option or write your question:")
MORE_MENU_INTRO = N_("More topics:")
GOODBYE = N_("Take care. You can write to me again at any time.")
THANKS_REPLY = N_("You're welcome. Is there anything else I can help you with?")
FALLBACK = N_("Sorry, I did not understand. Could you say it in other words, or choose an option?")
FALLBACK_OFFER_HUMAN = N_(
    "I still do not understand, sorry. Would you like to talk to a person from our team?"
)
OUT_OF_SCOPE = N_(
    "I can only help with information for migrants: your rights, papers, asylum, safety and "
    "services near you. Choose an option:"
)
DEGRADED = N_(
    "I can only do a little right now. If you are in danger, call 911, or the national "
    "anti-trafficking line 800 5533 000 (call or WhatsApp). Here is what I can show you:"
)
ASK_LANGUAGE = N_("Which language do you prefer?")
LANGUAGE_CHANGED = N_("Okay, from now on I will write to you in English.")
FEEDBACK_ASK = N_("Was this useful?")
FEEDBACK_THANKS = N_("Thank you for telling me. It helps us improve.")
FOLLOWUP_UNKNOWN = N_(
    "I do not have that detail for this topic. A person from our team can help you with it."
)
FOLLOWUP_NO_TOPIC = N_("Which topic is your question about?")
EMPTY_MESSAGE = N_("I received an empty message. Write your question or choose an option:")
TOO_LONG = N_("Your message is very long. Could you tell me in a few words what you need?")

# Button labels
BTN_RIGHTS = N_("Your rights")
BTN_PAPERS = N_("Papers")
BTN_ASYLUM = N_("Asylum")
BTN_SHELTER = N_("Find a shelter")
BTN_LEGAL = N_("Free legal help")
BTN_HEALTH = N_("Health care")
BTN_TRAFFICKING = N_("Trafficking signs")
BTN_HUMAN = N_("Talk to a person")
BTN_MORE = N_("More topics")
BTN_RETURN = N_("Go back home")
BTN_MISSING = N_("Missing person")
BTN_LANGUAGE = N_("Language")
BTN_MENU = N_("Main menu")
BTN_YES = N_("Yes")
BTN_NO = N_("No")
BTN_MORE_INFO = N_("More")
BTN_FIND_NEAR = N_("Find help near me")

# Web chat page
WEB_TITLE = N_("Puente: information and help for migrants")
WEB_INPUT_LABEL = N_("Your message")
WEB_PLACEHOLDER = N_("Write your question here")
WEB_SEND = N_("Send")
WEB_CONVERSATION = N_("Conversation")
WEB_PRIVATE = N_(
    "Free and confidential. Do not share documents or photos of your ID. In an emergency call 911."
)
WEB_ERROR = N_("The message could not be sent. Check your connection and try again.")
