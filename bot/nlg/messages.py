"""Words of the answers to questions: a choice between topics, needs offered, "I can help with".

English source strings; translations in locales/<lang>/LC_MESSAGES/understanding.po.
"""

from bot.i18n import N_

CHOOSE_TOPIC = N_("Which of these do you mean?")
ALSO_ASKED = N_("You also asked about this. Choose it when you are ready:")
HELP_WITH = N_(
    "I'm not sure I understood. I can help with your rights, papers, asylum and safety, and "
    "find shelters, lawyers and health care near you. Choose an option or write your question "
    "in other words:"
)
AREA_US = N_("In the United States")
AREA_DANGER = N_("Safety and emergencies")
AREA_VICTIMS = N_("Victims of crimes and scams")
AREA_CHILDREN = N_("Children")
AREA_HEALTH = N_("Health and pregnancy")
AREA_WORK = N_("Work")
AREA_SHELTER = N_("About shelters")
AREA_MENU_INTRO = N_("Choose a topic:")
