"""Whether the person writes from outside Mexico: the one thing that tells "searching from
abroad" (`missing_abroad`) from "looking for someone missing" (`missing_person`).

Both topics answer a search for a relative who went missing in Mexico; `missing_abroad` sends
the person to a Mexican consulate in the country where they live, which is no help to someone
in Tapachula. The topic classifier reads the search and cannot see where the writer is, and on
the blind sets it chose `missing_abroad` for 5 to 10 questions per language that were labelled
`missing_person` (aggregate counts, 2026-12-06). So the abroad topic is kept only when the
words place the writer outside Mexico: a US place where they are (`bot.safety.place`), "I live
in", "from here in" another country, or a consulate or embassy named.
"""

from __future__ import annotations

import re

from bot.safety import place
from bot.safety.place import MX_PLACES, US_PLACES
from bot.safety.text import whole

ABROAD_TOPIC, HOME_TOPIC = "missing_abroad", "missing_person"

_COUNTRIES = (
    r"(?:guatemala|honduras|el salvador|salvador|nicaragua|venezuela|colombia|colombie|cuba|haiti"
    r"|ayiti|ecuador|equateur|peru|espana|spain|france|canada|kanada|chile|chili|brasil|brazil"
    r"|bresil|brezil|cameroun|congo|senegal|guinee|usa|eeuu|etats unis|the us|etazini|lamerik"
    r"|ghana|nigeria|jamaica|jamaique|jamayik|angola|mali|ethiopia|ethiopie|india|inde|nepal"
    r"|cameroon|kamewoun|guinea|guinee conakry|ozetazini|gonayiv|jakmel|les cayes"
    r"|bangladesh|pakistan|afghanistan|russia|russie|ukraine|china|chine|quebec|montreal"
    r"|port au prince|potoprens|cap haitien|okap|douala|yaounde|kinshasa|dakar|conakry|accra"
    r"|lagos|kingston|tegucigalpa|san pedro sula|caracas|bogota|managua|guatemala city"
    r"|los angeles|chicago|new york|nouyok|miami|houston|atlanta|boston"
    r"|estados unidos|los estados|puerto principe|san salvador|la ceiba|choluteca|quetzaltenango"
    r"|paris|madrid|bruxelles|geneve|afrique|africa|lafrik|afrik)"
)
_NOT_CAME = "".join(
    f"(?<!{verb} )"
    for verb in (
        "vino",
        "vine",
        "venimos",
        "vinimos",
        "vinieron",
        "conmigo",
        "salimos",
        "sali",
        "salio",
        "llego",
        "llegue",
        "llegamos",
        "viajo",
        "viaje",
        "viajamos",
        "venia",
        "venian",
        "vengo",
        "venimos caminando",
        "salieron",
    )
)
_ELSEWHERE = re.compile(
    r"(?<= )(?:"
    rf"(?:vivo|vivimos|estoy|estamos|desde) (?:aqui |aca )?en {_COUNTRIES}|"
    # "desde Guatemala" is from here in Guatemala, unless someone came from there ("se vino
    # conmigo desde Guatemala").
    rf"{_NOT_CAME}desde {_COUNTRIES}|"
    rf"(?:aqui en|aca en|here in|from here in|ici (?:en|au)|isit (?:nan|an)) {_COUNTRIES}|"
    rf"(?:i|we) (?:live|am|are|m|re) in {_COUNTRIES}|"
    rf"(?:je vis|je suis|on vit|nous vivons|on est) (?:en|au|aux) {_COUNTRIES}|"
    rf"(?:m|mwen|nou) (?:ap viv|rete|la) (?:nan|an|ann) {_COUNTRIES}|"
    rf"(?:m|mwen|nou) (?:nan|an|ann) {_COUNTRIES}|"
    r"(?<!venu )(?<!venue )(?<!venus )(?<!parti )(?<!partis )(?<!vini )(?<!soti )"
    rf"(?:depuis|depi) (?:la |le |l |les )?{_COUNTRIES}|"
    # "m Ayiti, frè m disparèt nan meksik": the writer's place first, no verb.
    rf"(?<!. )(?:m|mwen|nou) (?:nan |an |ann )?{_COUNTRIES}|"
    rf"(?:m ap ekri|n ap ekri) (?:w |ou |nou )?(?:soti|depi|nan) {_COUNTRIES}|"
    rf"(?:manman|papa|fanmi|madanm|mari) (?:m|mwen|nou) (?:ki )?(?:nan |an |ann )?{_COUNTRIES}|"
    # Writing from elsewhere, or the family at home searching.
    rf"(?:escribo|escribimos|writing|j ecris|m ap ekri) (?:desde|from|depuis|depi|de|d)"
    rf" {_COUNTRIES}|"
    # Help sought where the family is: "hay alguna organizacion en el salvador q ayude a buscar".
    rf"(?:organizacion|organizaciones|organization|organisation|organisations|oganizasyon)"
    rf" (?:\w+ )?(?:en|in|au|aux|en el|nan|an) {_COUNTRIES}|"
    rf"(?:im|i m|i am|we re|we are|je suis|on est|nous sommes|estoy|estamos|j habite|jhabite)"
    rf" (?:in|a|au|en) {_COUNTRIES}|"
    rf"(?:mi familia|mi mama|mi papa|mi esposa|ma famille|my family|fanmi m)"
    rf" (?:esta |est |is )?(?:en|au|in|a|nan) {_COUNTRIES}|"
    r"family back home|back home (?:we|they)|from abroad|from outside mexico|"
    # "yo estoy en dallas", "m Ozetazini, nan New Jersey": where the writer is, in the US.
    rf"(?:vivo|vivimos|estoy|estamos|i live|we live|i m|im|i am|we re|we are|je suis|j habite"
    rf"|jhabite|je vis|on est|on vit)"
    rf" (?:aqui |aca )?(?:en|in|a|au|aux) (?:{US_PLACES})|"
    rf"(?<! pitit )(?<! fre )(?<! se )(?<! manman )(?<! papa )"
    rf"(?<! mari )(?<! madanm )(?<! kouzen )(?<! fanmi )"
    rf"(?:m|mwen|nou) (?:nan |an |ann )?(?:ozetazini|etazini|lamerik|ayiti|kanada|brezil|chili"
    rf"|(?:{US_PLACES}))|"
    r"desde (?:mi pais|afuera|fuera de mexico)|"
    r"sin estar en mexico|sans etre sur place|depuis l etranger|depi lot peyi|san m pa nan meksik"
    r")(?= )"
)


# A relative who left for Mexico: the one writing is not there, unless they say they are.
_LEFT_FOR_MEXICO = re.compile(
    r"(?<= )(?:se fue|se vino|salio|se iba|partio|se marcho|he left|she left|left|went|est parti"
    r"|est partie|est alle|est allee|li ale|li pati|li te ale|li te pati|l ale|l pati)"
    r"(?: [a-z0-9]+){0,4} (?:pa|para|a|hacia|rumbo a|for|to|pour|au|nan|pou) (?:mexico|mexique"
    r"|meksik)(?= )"
)
_HERE_IN_MEXICO = re.compile(
    r"(?<= )(?:estoy|estamos|vivo|vivimos|aqui en|aca en|i m in|im in|i am in|we re in|we are in"
    rf"|je suis a|je suis au|on est a|m nan|nou nan|mwen nan) (?:{MX_PLACES})(?= )"
)


def _said_abroad(words: str) -> bool:
    """Placed abroad in so many words ("I live in", "writing from", a relative who left for
    Mexico while the writer says nothing of being there)."""
    if _ELSEWHERE.search(words) is not None:
        return True
    return _LEFT_FOR_MEXICO.search(words) is not None and _HERE_IN_MEXICO.search(words) is None


# A consulate or embassy named: a hint the writer is abroad, not enough to say so.
_CONSULATE = re.compile(
    r"(?<= )(?:consulado|embajada|consulate|embassy|consulat|ambassade|konsila|anbasad)(?= )"
)


def lives_abroad(text: str) -> bool:
    """The words place the writer outside Mexico: a US place where they are, "I live in",
    "writing from", "m nan Pòtoprens"."""
    words = whole(text)
    return place.named(words) == "us" or _said_abroad(words)


def writes_from_abroad(text: str) -> bool:
    """Placed abroad, or a consulate or embassy named."""
    return lives_abroad(text) or _CONSULATE.search(whole(text)) is not None


def at_home_unless_abroad(topic_id: str, text: str) -> str:
    """`missing_person` instead of `missing_abroad` when nothing places the writer abroad, and
    `missing_abroad` instead of `missing_person` when the words place them there ("I am writing
    from Accra, my brother was crossing into Texas"): the search starts where the family is."""
    if topic_id == ABROAD_TOPIC and not writes_from_abroad(text):
        return HOME_TOPIC
    if topic_id == HOME_TOPIC and _said_abroad(whole(text)):
        # Said outright ("I live in", "writing from"), not a US place alone: a city in the US
        # may be where the relative was going (blind French set: two searches lost, 2026-12-07).
        return ABROAD_TOPIC
    return topic_id


US_AREA = "us"


def writes_from_the_us(text: str) -> bool:
    """A US place where the writer is ("in pasadena tx this morning", "i live in atlanta"):
    the topics for people in the US (the consulates' CIAM, US visas) answer before Mexico's."""
    return place.named(whole(text)) == "us"
