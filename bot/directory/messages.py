"""What the directory says to a person, in English; translations in locales/*/directory.po."""

from bot import messages as m
from bot.i18n import N_

# Asking where the person is, shaped by channel.
ASK_LOCATION_TELEGRAM = N_(
    "Where are you? Tap “Send my location” below, or type the name of your city."
)
ASK_LOCATION_WHATSAPP = N_("Where are you? Send your location or type the name of your city.")
ASK_LOCATION_WEB = N_("In which city are you? Type its name, for example: Tapachula.")
LOCATION_PRIVACY = N_(
    "I use your location only for this search and forget it when our conversation ends."
)
PLACE_UNKNOWN = N_(
    "I could not find “{text}”. Please write the name of your city or town, for example: Tijuana."
)
CHOOSE_SERVICE = N_("What are you looking for near {place}?")
CHOOSE_SERVICE_NEAR_YOU = N_("What are you looking for near you?")

# Results.
RESULTS_NEAR_PLACE = N_("{service} near {place}, nearest first:")
RESULTS_NEAR_YOU = N_("{service} near you, nearest first:")
MORE_RESULTS = N_("More places: {service}")
NO_MORE_RESULTS = N_("Those are all the places of this kind I know nearby.")
DISTANCE_AWAY = N_("{distance} away")
DISTANCE_CITY = N_("{distance} to the centre of {city}")
IN_CITY = N_("In {city}")
CITY_CENTRE_NOTE = N_(
    "I only know the town of these places, not their exact address: distances are to the town "
    "centre."
)
CITY_CENTRE_NOTE_ONE = N_(
    "I only know the town of this place, not its exact address: the distance is to the town centre."
)
STALE_NOTE = N_("Last checked {date}, more than a year ago. Call before you go if you can.")
UNVERIFIED_NOTE = N_("I do not know when this was last checked. Call before you go if you can.")
STALE_LIST_NOTE = N_(
    "Some of this was last checked more than a year ago. Call before you go if you can."
)
PHONE = N_("Phone: {phone}")
WHATSAPP = N_("WhatsApp: {number}")
NO_PHONE = N_("No phone number known")
HOURS = N_("Hours: {hours}")
HOURS_UNKNOWN = N_("Hours not known")
ALWAYS_OPEN = N_("open 24 hours, every day")
SERVES = N_("For: {groups}")
SERVES_UNKNOWN = N_("Who it serves: not stated")
FREE = N_("Free")
EMAIL = N_("Email: {email}")
WEBSITE = N_("Website: {url}")
ORGANIZATION = N_("Run by: {name}")

# Nothing near, details, directions.
NONE_NEARBY = N_("I found no {service} within {km} km of {place}.")
NONE_NEARBY_YOU = N_("I found no {service} within {km} km of you.")
NEAREST_IN_STATE = N_("The nearest one I know in {state}:")
NEAREST_ANYWHERE = N_("The nearest one I know:")
NONE_AT_ALL = N_("I do not have any place of this kind in my list yet.")
NATIONAL_LINES = N_(
    "In an emergency call 911. The national line against human trafficking, 800 5533 000, "
    "is free and answers 24 hours a day. A person from our team can also help you look."
)
DIRECTIONS = N_("Directions to {name}: {url}")
DIRECTIONS_CITY = N_(
    "This link searches the map for the name in {city}, because I do not have the exact "
    "address. Check it before you go."
)
ENTRY_GONE = N_("That place is no longer in my list.")

# Buttons.
BTN_SEND_LOCATION = N_("📍 Send my location")
BTN_DETAILS = N_("ℹ️ {number}. {name}")
BTN_MORE_PLACES = N_("More places")
BTN_DIRECTIONS = N_("🗺️ Directions")
BTN_BACK_TO_LIST = N_("Back to the list")

# Category names as a list's heading.
SERVICE_NAMES = {
    "shelter": N_("Shelters"),
    "legal_aid": m.BTN_LEGAL,  # the menu's own words, translated in messages.po
    "health": N_("Health services"),
    "psychosocial": N_("Psychological support"),
    "food": N_("Food"),
    "child_protection": N_("Child protection"),
    "gbv_support": N_("Support after gender-based violence"),
    "trafficking_support": N_("Support against trafficking"),
    "consular": N_("Consulates"),
    "government_office": N_("Government offices"),
    "international_org": N_("International organizations"),
}

# Who a service is for.
POPULATION_NAMES = {
    "all": N_("everyone"),
    "women": N_("women"),
    "children": N_("children"),
    "unaccompanied_minors": N_("children travelling alone"),
    "families": N_("families"),
    "lgbti": N_("LGBTI people"),
    "men": N_("men"),
    "asylum_seekers": N_("asylum seekers and refugees"),
    "returnees": N_("people returned or deported"),
    "trafficking_survivors": N_("survivors of trafficking"),
}

# Weekday abbreviations for opening hours, Monday first, per language.
DAY_NAMES = {
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun", "mar", "mer", "jeu", "ven", "sam", "dim"),
    "ht": ("len", "mad", "mèk", "jed", "van", "sam", "dim"),
}
