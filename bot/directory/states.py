"""Mexico's 32 states: canonical names, the names people use for them, and their capitals.

GeoNames codes a city's state as `admin1code`; the capital (a GeoNames city name) is the point a
search starts from when a person names only a state.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class State:
    code: str
    name: str
    capital: str
    aliases: tuple[str, ...] = ()


STATES: tuple[State, ...] = (
    State("01", "Aguascalientes", "Aguascalientes", ("ags",)),
    State("02", "Baja California", "Mexicali", ("bc", "baja california norte")),
    State("03", "Baja California Sur", "La Paz", ("bcs",)),
    State("04", "Campeche", "Campeche"),
    State("05", "Chiapas", "Tuxtla"),
    State("06", "Chihuahua", "Chihuahua"),
    State("07", "Coahuila", "Saltillo", ("coahuila de zaragoza",)),
    State("08", "Colima", "Colima"),
    State(
        "09",
        "Ciudad de México",
        "Ciudad de México",
        ("cdmx", "df", "distrito federal", "ciudad de mexico", "mexico city", "mexico df"),
    ),
    State("10", "Durango", "Victoria de Durango"),
    State("11", "Guanajuato", "Guanajuato"),
    State("12", "Guerrero", "Chilpancingo"),
    State("13", "Hidalgo", "Pachuca de Soto"),
    State("14", "Jalisco", "Guadalajara"),
    State("15", "México", "Toluca", ("estado de mexico", "edomex", "edo mex", "edo de mexico")),
    State("16", "Michoacán", "Morelia", ("michoacan de ocampo",)),
    State("17", "Morelos", "Cuernavaca"),
    State("18", "Nayarit", "Tepic"),
    State("19", "Nuevo León", "Monterrey", ("nl",)),
    State("20", "Oaxaca", "Oaxaca"),
    State("21", "Puebla", "Puebla"),
    State("22", "Querétaro", "Santiago de Querétaro", ("queretaro de arteaga",)),
    State("23", "Quintana Roo", "Chetumal", ("qroo", "q roo")),
    State("24", "San Luis Potosí", "San Luis Potosí", ("slp",)),
    State("25", "Sinaloa", "Culiacán"),
    State("26", "Sonora", "Hermosillo"),
    State("27", "Tabasco", "Villahermosa"),
    State("28", "Tamaulipas", "Ciudad Victoria"),
    State("29", "Tlaxcala", "Tlaxcala"),
    State("30", "Veracruz", "Xalapa de Enríquez", ("veracruz de ignacio de la llave",)),
    State("31", "Yucatán", "Mérida"),
    State("32", "Zacatecas", "Zacatecas"),
)

BY_CODE: dict[str, State] = {s.code: s for s in STATES}

# Country names say where a person comes from or goes, not where to search; "México" alone
# could be the country, its capital or the state.
_COUNTRIES = """mexico mejico usa eeuu us guatemala honduras salvador nicaragua venezuela haiti
cuba colombia ecuador panama belice belize"""
AMBIGUOUS = frozenset(_COUNTRIES.split()) | {
    "estados unidos",
    "el salvador",
    "united states",
    "costa rica",
    "republica dominicana",
}

# Time zone by state, for a location whose city the gazetteer does not know.
STATE_TIMEZONES: dict[str, str] = {
    "Baja California": "America/Tijuana",
    "Baja California Sur": "America/Mazatlan",
    "Sinaloa": "America/Mazatlan",
    "Nayarit": "America/Mazatlan",
    "Sonora": "America/Hermosillo",
    "Chihuahua": "America/Chihuahua",
    "Quintana Roo": "America/Cancun",
}
DEFAULT_TIMEZONE = "America/Mexico_City"
