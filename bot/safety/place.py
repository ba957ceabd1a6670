"""Where the person is, as far as a message or a shared point says: the US, Mexico, or unknown.

The emergency lines differ by country (911 everywhere, then the Mexican or the US hotlines), so
the screen notices places named as where the writer *is* ("aquí en Houston", "estoy en
Tijuana", "we are in the Arizona desert"), not where they are going ("quiero ir a Houston") or
come from ("salí de Honduras"). A shared location is placed by the US–Mexico border, drawn as a
line through about twenty points from the Pacific to the Gulf: good to a few kilometres, which is
what a point rounded to a kilometre can tell anyway.
"""

from __future__ import annotations

import itertools
import re

US_PLACES = (
    # Country names and agencies only found there.
    r"estados unidos|eeuu|ee uu|e e u u|united states|the states|etats unis|etazini|lamerik|"
    r"(?:el|del) otro lado(?! de (?:la|el|las|los|mi|nuestr\w+) (?:puerta|pared|calle|cuarto|rio|cerca|reja|barda|banqueta|pasillo))|gringolandia|border patrol|patrulla fronteriza|"
    # States (English and Spanish names that are not also Mexican places).
    r"texas|tejas|california|arizona|nuevo mexico|new mexico|florida|georgia|carolina del norte|"
    r"carolina del sur|north carolina|south carolina|luisiana|louisiana|alabama|mississippi|"
    r"tennessee|kentucky|virginia|maryland|nueva jersey|new jersey|nueva york|new york|"
    r"pensilvania|pennsylvania|ohio|michigan|illinois|indiana|wisconsin|minnesota|iowa|missouri|"
    r"arkansas|oklahoma|kansas|nebraska|utah|nevada|oregon|washington|idaho|montana|wyoming|"
    r"massachusetts|connecticut|delaware|alaska|hawaii|"
    r"floride|florid|californie|kalifoni|teksas|nouveau mexique|caroline du nord|caroline du sud|"
    r"louisiane|pennsylvanie|georgie|jeoji|nouyok|nou yok|nouvo meksik|nouveau mexique|"
    # Cities.
    r"houston|dallas|san antonio|el paso|austin|laredo texas|laredo tx|mcallen|brownsville|harlingen|"
    r"del rio texas|eagle pass|fort worth|phoenix|tucson|yuma|los angeles|san diego|san francisco|"
    r"sacramento|fresno|bakersfield|oakland|san bernardino|santa ana|anaheim|riverside|"
    r"chicago|miami|orlando|tampa|atlanta|denver|las vegas|seattle|portland|charlotte|"
    r"nashville|newark|boston|filadelfia|philadelphia|detroit|salt lake|albuquerque|las cruces|"
    r"falfurrias|hebbronville|harlem|philadelphie|(?:in|at) adelanto|adelanto (?:detention|california|ca)|"
    r"sunland park|calexico|minneapolis|omaha|raleigh|indianapolis|baltimore|memphis|"
    r"nueva orleans|new orleans|nogales arizona|douglas arizona|chula vista|san ysidro|"
    r"queens|brooklyn|bronx|manhattan|long island|jersey city|kansas city|cali|nyc|la florida|"
    # More cities where people who wrote to us live and work, in the spellings they use.
    r"edinburg|pharr|weslaco|uvalde|corpus christi|arlington|irving|garland|plano|lubbock|"
    r"amarillo|midland|odessa|waco|tucson|scottsdale|chandler|san jose|salinas|stockton|"
    r"modesto|long beach|oxnard|el centro|reno|salt lake city|santa fe|milwaukee|cleveland|"
    r"cincinnati|durham|greensboro|birmingham|jacksonville|homestead|immokalee|fort myers|"
    r"hialeah|paterson|trenton|providence|hartford|washington dc|seattle|oklahoma city|tulsa|"
    r"st paul|saint paul|des moines|little rock|savannah|louisville|dalton|gainesville|"
    r"miyami|chikago|filadelfi|nouyok|la nouvelle orleans|nouvelle orleans|nouvel oleyan|"
    r"houston tx|dallas tx|tx|nj|ny|fl|"
    r"worcester|brockton|springfield|lowell|stamford|new haven|bridgeport|yonkers|albany|"
    r"plattsburgh|buffalo|rochester|syracuse|pittsburgh|allentown|camden|richmond|columbus|"
    r"en usa|en los usa|aux usa|nan usa|in the usa|in usa|in the us|here in the us|ozetazini|"
    r"ee uu|eeuu|gringo|los yunaites|yunaites|uscis|el sheriff|the sheriff|le sherif|"
    # ICE, the US immigration police, named as such (not "ice", frozen water).
    r"(?:la|el|de|del|por|los|agentes de|agents|officers|officiers|ajan) ice|ice (?:me|nos|lo|la|came|took|agents|officers)"
    r"|by ice|ice (?:picked|arrested|detained|raided|raid|detuvo|agarro|se llevo|arreto|arete|pran)"
)
MX_PLACES = (
    r"mexico|mejico|cdmx|ciudad de mexico|df|tijuana|mexicali|juarez|ciudad juarez|reynosa|"
    r"matamoros|nuevo laredo|piedras negras|acuna|ciudad acuna|nogales sonora|tapachula|"
    r"monterrey|guadalajara|puebla|oaxaca|chiapas|tabasco|veracruz|tamaulipas|sonora|chihuahua|"
    r"coahuila|nuevo leon|baja california|saltillo|hermosillo|culiacan|queretaro|"
    r"san luis potosi|villahermosa|tenosique|palenque|coatzacoalcos|ixtepec|acayucan|celaya|"
    r"irapuato|torreon|durango|zacatecas|aguascalientes|morelia|toluca|cancun|merida|"
    r"tuxtla|comitan|suchiate|ciudad hidalgo|agua prieta|san luis rio colorado|ensenada|"
    r"rosarito|tecate|altar|sasabe sonora|caborca|mazatlan|guanajuato|michoacan|guerrero|"
    r"jalisco|sinaloa|yucatan|quintana roo|campeche|hidalgo|tlaxcala|morelos|nayarit|colima|"
    r"meksik|mexique"
)
_PLACE = re.compile(rf"(?<= )(?P<us>{US_PLACES})(?= )|(?<= )(?P<mx>{MX_PLACES})(?= )")
# Relatives whose place, named after them, is theirs ("mi hermano en Houston").
_KIN = (
    r"hermano|hermana|tio|tia|primo|prima|familia|familiares|esposo|esposa|mama|papa|hijo|hija|"
    r"brother|sister|uncle|aunt|cousin|family|husband|wife|mom|dad|son|daughter|"
    r"frere|soeur|oncle|tante|famille|mari|femme|fils|fille|fre|tonton|matant|kouzen|fanmi|manman"
)
# Words right before a place that say the person is going there or comes from there.
_AWAY = re.compile(
    r"(?<![a-z])(?:(?:ir|voy|vamos|van|llegar|cruzar|pasar|irme|irnos|viajar|rumbo|hacia|para|"
    r"go|going|get|travel|head|heading|towards|toward|to|"
    # Taken there by someone ("hoy se la lleva pa México"; not "me llevaron a", where they are).
    r"pa|llevar|llevarla|llevarlo|taking|emmener|emmene|mennen|"
    # Across from a place is not in it ("on the Mexican side across from Eagle Pass").
    r"across from|frente a|enfrente de|en face de|anfas|"
    r"aller|vers|pour|ale|pou|rive|"
    # To be sent there (not sent: "me deportaron a México" says where they are now).
    r"deportar|deportan|deporta|devolver|devuelven|deport|deporting|send (?:him|her|me|us|them) back|"
    r"renvoient|renvoyer|renvoie|renverront|expulser|expulsent)"
    r"\s(?:a\s|al\s|au\s|en\s|la\s|el\s|le\s|les\s|pa\s|nan\s)?"
    r"|(?:soy|somos|vengo|venimos|sali|salimos|vine|vinimos|originari[oa]|"
    r"i m|i am|we re|we are|come|came|left|"
    # Someone's origin: "he's mexican from Guanajuato", "mexicano de Michoacán".
    r"he s|hes|she s|shes|they re|theyre|originally|mexican|mexicans|mexicano|mexicana|mexicanos|mexicain|"
    r"je suis|je viens|on vient|venu|venue|parti|"
    r"se|soti|kite)\s(?:de|del|from|du|de la|d|nan|an)\s"
    # A relative who lives there: "mi hermano de Estados Unidos", "my brother in Texas".
    rf"|(?:{_KIN})\s(?:de|del|en|in|from|aux|au|a|nan|an|ki)\s(?:los\s|la\s|the\s|l\s)?)$"
)
# "estoy con mi hijo en Houston", "avec ma fille à Houston": a relative the writer is with is
# where the writer is.
_WITH_KIN = re.compile(
    r"(?:con|avec|with|ak)\s(?:mi\s|mis\s|ma\s|mon\s|mes\s|my\s|our\s|nuestr[oa]s?\s|notre\s|nos\s)?"
    rf"(?:{_KIN})(?:\s(?:m|mwen))?\s(?:de|del|en|in|aux|au|a|nan|an|at)\s(?:los\s|la\s|the\s|l\s)?$"
)
# Creole "m" after a relative is "my", not "I": "frè m nan Matamoros" is where the brother is.
_KIN_M = re.compile(
    r"(?:fre|se|manman|papa|pitit|pitit fi|pitit gason|mari|madanm|kouzen|kouzin|tonton|matant|zanmi|fanmi|mennaj) m\s(?:nan|an)?\s?$"
)
_HERE = re.compile(
    r"(?<![a-z])(?:aqui|aca|estoy|estamos|here|we re|we are|i m|i am|ici|je suis|on est|isit|m|nou|"
    r"llegue|llegamos|arrived|arrive|rive|"
    # Where the writer lives is where they are: "i live in atlanta", "vivo en Houston".
    r"vivo|vivimos|i live|we live|i m living|we re living|je vis|on vit|j habite|"
    r"(?:m|mwen|nou) (?:rete|abite))\s(?:en|in|a|nan|at|a la|al)?\s?$"
    # Almost there, so in that country: "antes de llegar a", "before we got to", "avant d'arriver a".
    r"|(?:antes de|poco antes de|casi al|cerca de) llegar\s(?:a|al)\s$|before (?:we |i )?(?:got|get|getting|reached|reaching)\s(?:to\s)?$"
    r"|(?:avant d|juste avant d) arriver\s(?:a|au)\s$|anvan (?:n|nou|m) rive\s(?:nan\s|a\s)?$"
)

# The US–Mexico border from the Pacific to the Gulf, as (longitude, latitude) points.
BORDER: tuple[tuple[float, float], ...] = (
    (-117.12, 32.53),
    (-114.72, 32.72),
    (-114.81, 32.49),
    (-111.07, 31.33),
    (-108.21, 31.33),
    (-108.21, 31.78),
    (-106.53, 31.78),
    (-106.487, 31.748),
    (-106.38, 31.70),
    (-106.20, 31.47),
    (-105.00, 30.68),
    (-104.37, 29.56),
    (-103.28, 28.98),
    (-102.68, 29.74),
    (-101.40, 29.77),
    (-100.90, 29.35),
    (-100.50, 28.70),
    (-99.97, 27.80),
    (-99.50, 27.50),
    (-99.10, 26.45),
    (-98.30, 26.10),
    (-97.50, 25.90),
    (-97.14, 25.96),
)


def named(words: str) -> str:
    """'us' or 'mx' for the place the person says they are in (the last one said), or ''."""
    found, said_here = "", ""
    for match in _PLACE.finditer(words):
        before = words[: match.start()][-24:]
        here = (
            _HERE.search(before) is not None
            or _WITH_KIN.search(words[: match.start()][-48:]) is not None
        )
        if _AWAY.search(before) and not here:
            continue
        found = "us" if match.group("us") else "mx"
        if here and not _KIN_M.search(before) and not said_here:
            # "estoy en Puebla, a mi hermano lo tienen en Houston": where the writer says they
            # are wins over the places their story names after it.
            said_here = found
    return said_here or found


def _border_latitude(lon: float) -> float:
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(BORDER):
        low, high = sorted((lon1, lon2))
        if low <= lon <= high and lon1 != lon2:
            return lat1 + (lat2 - lat1) * (lon - lon1) / (lon2 - lon1)
    return BORDER[-1][1]


def country_at(lat: float, lon: float) -> str:
    """'us', 'mx' or '' (elsewhere, or not sure) for a point."""
    if 51.0 <= lat <= 72.0 and -170.0 <= lon <= -129.0:
        return "us"  # Alaska
    if 18.5 <= lat <= 22.5 and -161.0 <= lon <= -154.5:
        return "us"  # Hawaii
    if not (14.3 <= lat <= 49.5 and -125.0 <= lon <= -66.5):
        return ""
    west, east = BORDER[0][0], BORDER[-1][0]
    if lon < west:
        return "us" if lat > BORDER[0][1] else ("mx" if lat >= 22.5 else "")
    if lon <= east:
        if lat > _border_latitude(lon):
            return "us"
        return "mx" if _in_mexico_south(lat, lon) else ""
    # East of the Rio Grande's mouth: the US Gulf coast and Florida; Mexico's Gulf and Yucatán.
    if lon <= -86.7:
        if lat >= 25.96:
            return "us"
        return "mx" if 14.5 <= lat <= 21.7 and _in_mexico_south(lat, lon) else ""
    if lat >= 24.4 and not (lon > -79.4 and lat < 27.3):
        return "us"  # Florida and the east coast, not the Bahamas
    return ""  # Cuba, the Caribbean


def _in_mexico_south(lat: float, lon: float) -> bool:
    """South of the border line: Mexico, except Guatemala and Belize (a rough cut)."""
    return not (lon > -92.2 and lat < 17.8)
