"""The need's category in words a partner reads: on its page and in the link's e-mail."""

from bot.i18n import N_

CATEGORY_WORDS = {
    "legal_migration_advice": N_("legal or migration advice"),
    "health": N_("health care"),
    "prenatal_care": N_("prenatal care"),
    "education": N_("education"),
    "employment": N_("employment"),
    "shelter": N_("shelter"),
    "child_protection": N_("child protection"),
    "gender_based_violence": N_("support after gender-based violence"),
    "trafficking": N_("support for a victim of trafficking"),
    "crime_victim": N_("support for a victim of crime"),
    "voluntary_return": N_("voluntary return"),
    "missing_person": N_("search for a missing person"),
    "other": N_("other help"),
}
