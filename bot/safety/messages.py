"""What the danger flow says, in English; translations in locales/*/LC_MESSAGES/safety.po.

Numbers are placeholders filled from the facts register (content/facts/danger.yml), so a line
is written down once, with its source and the date it was checked.
"""

from bot.i18n import N_

# The first message in danger: who to call now, for the place and the harm.
HEADER_MX = N_("If you are in danger now, call for help. It is free, 24 hours:")
HEADER_US = N_("If you are in danger now in the United States, call for help:")
LINE_911_MX = N_(
    "{number}: emergencies in Mexico (police, ambulance, firefighters), from any phone, "
    "even without credit."
)
LINE_TRAFFICKING_MX = N_(
    "{number}: national line against human trafficking. Call or write on WhatsApp. You do "
    "not have to give your name."
)
LINE_LIFE_MX = N_(
    "{number}: Línea de la Vida, if you think about ending your life or are in crisis."
)
LINE_WOMEN_MX = N_("{number}, then option 1: Línea de las Mujeres, for violence against women.")
LINE_REPORT_MX = N_(
    "{number}: to report an extortion or a kidnapping without giving your name. It is not "
    "for emergencies."
)
LINE_911_US = N_("{number}: emergencies.")
LINE_TRAFFICKING_US = N_(
    "{number}: National Human Trafficking Hotline, 24 hours, with interpreters. It is not "
    "the police or immigration, but it alerts the authorities if it suspects child abuse or"
    " danger to someone's life."
)
LINE_TRAFFICKING_US_TEXT = N_("Or text {number}, in English or Spanish only.")
LINE_988_US = N_(
    "{number}: call or text if you think about ending your life. In Spanish, press 2 or text AYUDA."
)
LINE_DV_US = N_("{number}: National Domestic Violence Hotline. You can also text START to {text}.")
LINE_RAINN_US = N_("{number}: National Sexual Assault Hotline.")
LINE_NCMEC_US = N_("{number}: missing or taken children, after calling 911.")
# Nobody knows yet where the person is: Mexico's lines, and the US line in case.
LINE_IF_IN_US = N_("If you are in the United States: 911, and {number} for trafficking.")

# When Rasa heard danger but the screen did not: the lines, then a question.
CHECK_DANGER = N_("Are you in danger right now?")
BTN_IN_DANGER = N_("Yes, I am in danger")
NOT_IN_DANGER = N_(
    "I am glad. If that changes, write to me at any time, or call 911. Here is information "
    "that can help you:"
)

# Harm that is over, or goes on without immediate danger: the topic, then a person.
OFFER_PERSON_AFTER_HARM = N_(
    "What happened to you is serious, and it is not your fault. A person from our team can "
    "help you, without hurry. Would you like to talk to a person?"
)

# Discretion: the person asked us not to write, or deleted the chat.
DISCRETION_NOTED = N_(
    "Understood. We will not write to you first: only when you write to us. Turn off "
    "message previews in your phone's settings so nobody sees them on the screen."
)
