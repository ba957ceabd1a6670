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
NARROWER = {
    "rights_registry": ("birth_registration", _BABY),
    "us_visas": ("family_reunification_tu", _BRING_FAMILY),
}


def narrower(topic_id: str, text: str) -> str:
    """The narrower topic when the words tell its situation; else the topic as chosen."""
    found = NARROWER.get(topic_id)
    if found is None:
        return topic_id
    narrow, words = found
    return narrow if words.search(whole(text)) else topic_id
