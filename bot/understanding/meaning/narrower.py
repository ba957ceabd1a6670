"""The narrower topic a situation asks for, when the classifier chose the broader one.

Two topics were added beside older, broader ones and share their words: `birth_registration`
(a baby born in Mexico: its acta, its nationality) beside `rights_registry` (the civil registry
for anyone: a marriage, a death, a late registration), and `family_reunification_tu` (bringing
the family of a T or U visa holder) beside `us_visas` (the visas themselves). The classifier
learns both from examples that also teach Rasa its intents, so moving examples between them
costs intent accuracy (README, "Understanding"); instead, the words of the situation decide
here, after the classifier: a newborn named beside the registry, a family to bring beside the
visa. On the development topic questions it was the largest confusion left (2026-12-07).
"""

from __future__ import annotations

import re

from bot.safety.text import whole

# A baby, or a birth just told: "mi bebe nacio aqui", "my newborn", "tibebe m", "mon bébé né".
_BABY = re.compile(
    r"(?<= )(?:bebe|bebes|bb|recien nacid[oa]|baby|babys|newborn|new born|nouveau ne|tibebe|ti bebe"
    r"|nacio|nacieron|born|(?:est|il est|elle est) nee?|fet isit|fet nan|fek fet)(?= )"
)
# A family to bring or to petition for: "hay forma de que nos pida?", "can he petition us",
# "faire venir nos enfants", "fè fanmi m vini", "meter a la familia".
_BRING_FAMILY = re.compile(
    r"(?<= )(?:"
    r"(?:nos|me|los|las|a la familia|a mi familia) (?:pida|pide|pedir|puede pedir|traiga|traer)"
    r"|pedir a (?:la|mi|su) familia|meter a (?:la|mi|su) familia|traer a (?:mi|mis|la|su|sus)"
    r"|petition (?:for )?(?:us|me|them|my|our|his|her)"
    r"|bring (?:my|our|his|her|the) (?:family|kids|children|wife|husband)"
    r"|join (?:her|him|them) in|derivative"
    r"|faire venir|rejoindre (?:ma|mon|mes|sa|son)|(?:la|le|les) rejoindre"
    r"|ajouter (?:ma|mon|mes) (?:famille|enfants)"
    r"|fe (?:fanmi|pitit|madanm|mari) (?:m|mwen|nou|li) vini"
    r"|mete (?:fanmi|manman|pitit) (?:\w+ )?nan dosye"
    r")(?= )"
)
# A crime done to the writer or a relative, told: "me asaltaron", "three guys jumped me", "my
# cousin was robbed and beaten", "on m'a agressé", "yo vòlè m". Beside justice in general
# (`rights_justice`: reporting, interpreters, complaints against officials) the victim's own
# topic (`crime_victims`: the victim's rights, the victims' commission, the humanitarian card).
_CRIME_TOLD = re.compile(
    r"(?<= )(?:"
    r"(?:me|nos|lo|la|los|las|le|les) (?:asaltaron|robaron|golpearon|pegaron|agredieron|atacaron"
    r"|apunalaron|balearon|acuchillaron|madrearon|asalto|robo|golpeo|ataco|agredio)"
    r"|(?:fui|fue|fuimos|fueron) (?:asaltad|robad|golpead|agredid|atacad|victima)\w*"
    r"|(?:was|were|got|been) (?:robbed|mugged|assaulted|attacked|beaten|beat up|jumped|stabbed"
    r"|shot|victim)"
    r"|(?:robbed|mugged|jumped|assaulted|attacked|beat|stabbed) (?:me|us|him|her|them|my \w+)"
    r"|(?:m|nous|l|les) (?:a|ont) (?:vole|agresse|attaque|frappe|tabasse)\w*"
    r"|(?:ai|a|avons|ont) ete (?:vole|agresse|attaque|frappe|victime)\w*"
    r"|(?:yo|li|l|neg yo|bandi yo?) (?:vole|bat|atake|agrese|frape) (?:m|mwen|nou|li|l)"
    r"|(?:m|mwen|nou|li) te (?:vole|bat|atake|agrese|frape)"
    r")(?= )"
)
# Officials named: a complaint about them is justice's (the CNDH), not the victims' topic.
_OFFICIALS = re.compile(
    r"(?<= )(?:policia|policias|police|polis|lapolis|cops?|agente|agentes|agents?|officers?"
    r"|officiers?|inm|migracion|migration|guardia|guard|soldado|soldier|soldat|militar\w*"
    r"|funcionari\w*|officials?|fonksyone|cndh|queja|complaint|plainte contre|plent kont)(?= )"
)
# An emergency named beside the hospital: "en el hospital me cobran la urgencia si no tengo
# papeles?", "les urgences c'est payant?": emergency care (free for everyone), not health care.
_EMERGENCY = re.compile(
    r"(?<= )(?:urgencia|urgencias|emergencia|emergencias|emergency|emergencies|er|urgences"
    r"|urgence|ijans|ambulancia|ambulance|anbilans)(?= )"
)
# A trip with the paper one has, past the checks: "en los puntos de revision q nos pueden
# pedir?", "will she have problems at the checkpoints?", "ki papye pou n pote nan ayewopò a".
_TRAVEL = re.compile(
    r"(?<= )(?:retenes|reten|punto de revision|puntos de revision|checkpoints?|checks?"
    r"|viajar|viaje|travel|trip|road trip|by road|en carro|en camion|en autobus|fly|flight"
    r"|vuelo|avion|aeropuerto|airport|voyager|en bus|en avion|aeroport|vwayaje|ayewopo"
    r"|bajan del camion|me bajan)(?= )"
)
# Out of Mexico and back, which the residence topics answer: "puedo viajar a mi pais y volver?"
_ABROAD_TRIP = re.compile(
    r"(?<= )(?:a mi pais|to my country|a mon pays|au pays|nan peyi (?:m|mwen)|salir del pais"
    r"|leave mexico|leave the country|quitter le mexique|soti meksik|volver|regresar|come back"
    r"|return|revenir|rentrer|retounen|al extranjero|abroad|a l etranger|fuera de mexico"
    r"|estados unidos|the us|usa|etats unis|ozetazini)(?= )"
)
NARROWER: dict[str, tuple[str, re.Pattern[str], re.Pattern[str] | None]] = {
    "rights_registry": ("birth_registration", _BABY, None),
    "us_visas": ("family_reunification_tu", _BRING_FAMILY, None),
    "rights_justice": ("crime_victims", _CRIME_TOLD, _OFFICIALS),
    "rights_health": ("medical_emergency", _EMERGENCY, None),
    "reg_residence": ("travel_in_mexico", _TRAVEL, _ABROAD_TRIP),
    "reg_humanitarian": ("travel_in_mexico", _TRAVEL, _ABROAD_TRIP),
    "reg_family_unity": ("travel_in_mexico", _TRAVEL, _ABROAD_TRIP),
}


def narrower(topic_id: str, text: str) -> str:
    """The narrower topic when the words tell its situation (and nothing that keeps the broader
    one); else the topic as chosen."""
    found = NARROWER.get(topic_id)
    if found is None:
        return topic_id
    narrow, words, unless = found
    said = whole(text)
    if words.search(said) is None or (unless is not None and unless.search(said) is not None):
        return topic_id
    return narrow
