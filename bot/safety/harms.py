"""The harms the screen names, and what each means for grading, follow-up and staff.

`severe` harms can be immediate danger; the others (documents kept, a debt, a robbery, unpaid
wages, a missing relative, trafficking named) are past or ongoing harm at most, however they
are written. `lasting` harms stay dangerous after the act ("me secuestraron", "they took my
son", "me violaron": still held, the child still gone, care needed within days), so a past verb
without a time word still counts as now; a beating or a robbery told in the past is over.
`topics` are the follow-up topics in order of preference (the first that exists is shown; for
someone in the United States, the first for there: a T visa and the US hotline after forced
work there, not Mexico's signs of forced labour);
`category` is the case category (bot/categories.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Harm:
    id: str
    severe: bool
    lasting: bool
    category: str
    topics: tuple[str, ...]
    # Whether "yesterday", "an hour ago" still count as now (kidnapped: yes; beaten: no).
    fresh: bool = True


HARMS: dict[str, Harm] = {
    h.id: h
    for h in (
        Harm(
            "child_taken",
            True,
            True,
            "child_protection",
            ("kidnapping_extortion", "children_unaccompanied", "missing_person"),
        ),
        Harm("self_harm", True, True, "health", ("self_harm", "mental_health")),
        Harm("medical", True, True, "health", ("medical_emergency", "rights_health"), fresh=False),
        Harm("abandoned", True, True, "other", ("abandoned",)),
        Harm("raped", True, True, "gender_based_violence", ("sexual_violence",)),
        Harm("domestic_violence", True, True, "gender_based_violence", ("violence_home",)),
        Harm(
            "forced_sex",
            True,
            True,
            "trafficking",
            ("trafficking_what_to_do", "trafficking", "us_visas"),
        ),
        Harm(
            "forced_work",
            True,
            True,
            "trafficking",
            ("trafficking_forced_labour", "trafficking_what_to_do", "trafficking", "us_visas"),
        ),
        Harm(
            "trapped",
            True,
            True,
            "trafficking",
            # Held somewhere: the page on someone held now comes first; forced work or sex
            # beside it brings the trafficking line's page (`bot.handoff.emergency`).
            ("kidnapping_extortion", "trafficking_what_to_do", "trafficking", "us_visas"),
        ),
        Harm("kidnapped", True, True, "crime_victim", ("kidnapping_extortion",)),
        Harm(
            "threatened",
            True,
            True,
            "crime_victim",
            ("kidnapping_extortion", "crime_victims", "rights_justice"),
        ),
        Harm("extortion", True, True, "crime_victim", ("kidnapping_extortion",)),
        Harm(
            "beaten", True, True, "crime_victim", ("crime_victims", "rights_justice"), fresh=False
        ),
        Harm("help_now", True, True, "other", ()),
        Harm("attack", True, True, "crime_victim", ("crime_victims", "rights_justice")),
        Harm(
            "exploited", False, False, "employment", ("trafficking_forced_labour", "labour_rights")
        ),
        Harm(
            "documents_taken",
            False,
            False,
            "trafficking",
            ("trafficking_forced_labour", "trafficking", "us_visas"),
        ),
        Harm(
            "debt",
            False,
            False,
            "trafficking",
            ("trafficking_forced_labour", "trafficking", "us_visas"),
        ),
        Harm(
            "wage_theft", False, False, "employment", ("labour_rights", "trafficking_forced_labour")
        ),
        Harm("robbery", False, False, "crime_victim", ("crime_victims", "rights_justice")),
        Harm("missing", False, False, "missing_person", ("missing_person", "missing_abroad")),
        # Named beside someone held now ("soy victima de trata, a quien llamo"): its line's page.
        Harm("trafficking", False, False, "trafficking", ("trafficking", "trafficking_what_to_do")),
        # Held by the authorities (INM, ICE, Border Patrol): a matter of rights in detention,
        # or of the consulate's line for Mexicans held in the US.
        Harm(
            "detained",
            False,
            False,
            "legal_migration_advice",
            ("rights_detention", "mexicans_in_us"),
        ),
    )
}
# Most pressing first: the first harm found names the case and the follow-up topic.
ORDER = tuple(HARMS)


def pressing_first(harms: set[str] | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(h for h in ORDER if h in set(harms))
