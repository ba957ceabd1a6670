"""Who the person is looking for a place for, read from their own words in four languages.

"albergue para mujeres", "shelter for my family", "refuge pour femmes", "abri pou fanm",
"algo para personas trans", "estoy con mis hijos", "soy menor": the groups a place must serve,
without accents or case, typos of the common words included. Rasa's NLU is not asked (its data
belongs to the understanding work); the directory action reads the message text itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.directory.placedata import fold

# Phrases (folded) for each group. Parents with children look for a family place; a child
# alone for a place for children.
WORDS: dict[str, tuple[str, ...]] = {
    "lgbti": (
        "lgbt", "lgbti", "lgbtq", "lgbtiq", "lgbtiq+", "lgbttti", "lgtb", "lgtbi", "glbt", "gay",
        "gays", "lesbiana", "lesbianas", "lesbian", "lesbienne", "bisexual", "bi sexual", "trans",
        "transgenero", "transexual", "transgender", "transgenre", "queer", "no binario",
        "non binary", "nonbinary", "non binaire", "diversidad sexual", "disidencia sexual",
        "homosexual", "homosexuel", "masisi", "madivin", "mujer trans", "hombre trans",
    ),
    "families": (
        "familia", "familias", "famila", "familiar", "family", "families", "famille", "familles",
        "fanmi", "con mis hijos", "con mis hijas", "con mi hijo", "con mi hija", "con mis ninos",
        "con mi bebe", "con mis bebes", "con mi esposa", "con mi esposo", "con mi pareja",
        "con mis nenes", "con mis chamacos", "with my kids", "with my children", "with my child",
        "with my baby", "with my wife", "with my husband", "avec mes enfants", "avec mon enfant",
        "avec mon bebe", "avec ma femme", "avec mon mari", "ak pitit mwen", "ak timoun mwen",
        "ak ti bebe mwen", "ak madanm mwen", "ak mari mwen", "ak pitit yo",
    ),
    "women": (
        "mujer", "mujeres", "mujere", "mujerez", "muger", "mugeres", "senora", "senoras",
        "solo mujeres", "para mujeres", "femenil", "women", "woman", "womens", "ladies", "female",
        "femme", "femmes", "fanm", "medam", "madanm", "pou fanm", "mama soltera",
        "madre soltera", "embarazada", "pregnant", "enceinte", "ansent",
    ),
    "children": (
        "nino", "nina", "ninos", "ninas", "ninez", "menor", "menores", "menor de edad",
        "soy menor", "adolescente", "adolescentes", "chamaco", "chamacos", "child", "children",
        "kid", "kids", "minor", "minors", "teen", "teens", "teenager", "unaccompanied",
        "enfant", "enfants", "mineur", "mineurs", "mineure", "adolescent", "timoun", "jenn",
        "no acompanado", "no acompanada", "sin mis papas", "sin mis padres",
    ),
}  # fmt: skip
# Groups that describe the person asking more than the place: a mother with her children
# wants a place for families (or women); the order is the order answers are filtered by.
ORDER = ("lgbti", "families", "women", "children")


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        group: re.compile(r"(?:^| )(?:" + "|".join(re.escape(w) for w in words) + r")(?: |$)")
        for group, words in WORDS.items()
    }


def groups_in(text: str) -> tuple[str, ...]:
    """The groups a message asks a place for, in ORDER; () when it names none.

    Parents with children ("con mis hijos") count as a family, not as a child on their own.
    """
    if not text or text.startswith("/"):
        return ()
    folded = fold(text.replace("+", " "))
    found = [g for g in ORDER if _patterns()[g].search(folded)]
    if "families" in found and "children" in found:
        found.remove("children")
    return tuple(found)
