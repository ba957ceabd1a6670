"""What the directory says to a person, in English; translations in locales/*/directory.po."""

from bot import messages as m
from bot.i18n import N_

# Asking where the person is, shaped by channel.
ASK_LOCATION_TELEGRAM = N_(
    "Where are you? Tap “Send my location” below, or type the name of your city."
)
ASK_LOCATION_WHATSAPP = N_("Where are you? Send your location or type the name of your city.")
ASK_LOCATION_WEB = N_("In which city are you? Type its name, for example: Tapachula.")
# Before the question, what will be looked for: "no tenemos dinero" then "un abogado" hears
# "free legal help" before "which city?".
LOOKING_FOR = N_("I will look for “{service}” near you.")
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
STALE_NOTE = N_("Not confirmed recently (information from {date}). Call before you go if you can.")
UNVERIFIED_NOTE = N_("I do not know when this was last checked. Call before you go if you can.")
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

# Answers people can act on: open now, confirmed, room tonight, no way to reach a place.
OPEN_NOW = N_("Open now")
OPEN_NOW_UNTIL = N_("Open now, until {time}")
CLOSED_NOW = N_("Closed now")
CLOSED_OPENS_AT = N_("Closed now, opens at {time}")
HOURS_TODAY = N_("Today: {hours}")
CLOSED_TODAY = N_("Closed today")
CONFIRMED_ON = N_("Confirmed by the organization on {date}")
CHECKED_ON = N_("Information from {date}")
CAPACITY_NAMES = {
    "full": N_("Full tonight"),
    "room_families": N_("Room for families tonight"),
    "beds_available": N_("Beds available tonight"),
}
CAPACITY_BEDS = N_("{beds} beds available tonight")
NO_WAY_TO_REACH = N_(
    "I have no phone, address or website for this place. A person from our team can help you "
    "reach them."
)
DIRECTIONS_LINE = N_("How to get there: {url}")
FILTERED_FOR = N_("Only places for: {groups}")

# The page a service's contact opens from a confirmation link (no other page is reachable).
CONFIRM_TITLE = N_("Is this still right?")
CONFIRM_INTRO = N_(
    "Puente tells people who are migrating about {name}. Please check what we say, tell us if "
    "anything changed, and whether you have room tonight."
)
CONFIRM_WHAT_WE_SAY = N_("What we tell people")
FIELD_NAMES = {
    "name": N_("Name of the service"),
    "address": N_("Street address"),
    "city": N_("City"),
    "phone": N_("Phone"),
    "whatsapp": N_("WhatsApp"),
    "email": N_("Email"),
    "website": N_("Website"),
    "hours": N_("Hours"),
    "populations": N_("Who it serves"),
    "languages": N_("Languages"),
    "cost": N_("Cost"),
    "fees": N_("About fees"),
}
NOT_KNOWN = N_("not known")
CONFIRM_BUTTON = N_("Yes, all of this is still right")
CAPACITY_QUESTION = N_("Do you have room tonight?")
CAPACITY_BEDS_LABEL = N_("How many beds? (optional)")
CAPACITY_BUTTON = N_("Save the answer")
CHANGES_TITLE = N_("Something changed?")
CHANGES_HINT = N_(
    "Correct what is wrong. Our team checks every change before people see it. Lists are "
    "separated by ';'. Hours are written like: Mo-Fr 09:00-17:00; Sa 09:00-13:00"
)
CHANGES_NOTE = N_("Anything else our team should know (only our team reads this)")
CHANGES_BUTTON = N_("Send the changes to our team")
DONE_CONFIRMED = N_("Thank you. We marked this information as confirmed today.")
DONE_CAPACITY = N_("Thank you. People who ask about places tonight will see it.")
DONE_PROPOSED = N_("Thank you. Our team will check the changes and update the entry.")
DONE_NOTHING = N_("Nothing was different from what we say, so nothing was sent.")
LINK_UNTIL = N_("This link works until {date} and only for this entry.")
LINK_EXPIRED = N_("This link does not work any more. Ask the Puente team for a new one.")
LINK_BAD = N_("This link is not valid. Check that you copied all of it.")

# The request itself, by e-mail or WhatsApp.
ASK_SUBJECT = N_("Puente: is the information about {name} still right?")
ASK_BODY = N_(
    "Hello,\n\nPuente is a free messaging service that helps people who are migrating find "
    "shelters, legal help and health services. We tell people about {name}.\n\nIs this still "
    "right? Do you have room tonight? This link shows what we say and lets you confirm it, "
    "correct it or tell us about room tonight in one minute, from a phone:\n\n{url}\n\nThe link "
    "works until {date}. If you should not receive these messages, reply and tell us.\n\n"
    "Thank you,\nThe Puente team"
)
ASK_WHATSAPP = N_(
    "Hello from Puente. We tell people who are migrating about {name}. Is this still right? "
    "Do you have room tonight? Please check here (works until {date}): {url}"
)
