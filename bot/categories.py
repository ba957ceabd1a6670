"""IOM Mexico's protection categories and case priorities: one vocabulary for everyone.

Topics declare the category they belong to, cases are opened under one, and reports count by
them, so the words the assistant, the staff and the figures use are the same. They live on the
ground floor because content, handoff, staff and reports all need them.
"""

from __future__ import annotations

CASE_CATEGORIES = (
    "legal_migration_advice",
    "health",
    "education",
    "employment",
    "child_protection",
    "prenatal_care",
    "gender_based_violence",
    "trafficking",
    "crime_victim",
    "voluntary_return",
    "missing_person",
    "shelter",
    "other",
)
PRIORITIES = ("urgent", "high", "normal")
