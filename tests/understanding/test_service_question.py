"""A directory intent whose words ask about a named topic gets that topic's page; a search for
places gets the list (`bot.understanding.meaning.service_question`)."""

from __future__ import annotations

import pytest

from bot.understanding.meaning.service_question import service_topic


@pytest.mark.parametrize(
    ("intent", "lang", "text", "place_named", "topic", "kind"),
    [
        (
            "find_health",
            "es",
            "donde puedo hablar con un psicologo",
            False,
            "mental_health",
            "where",
        ),
        ("find_health", "en", "where can i talk to a therapist", False, "mental_health", "where"),
        (
            "find_health",
            "es",
            "ando muy triste y con ansiedad, cuanto cobra un psicologo en tapachula?",
            True,
            "mental_health",
            "cost",
        ),
        (
            "find_health",
            "en",
            "pregnancy checkups w no papers in mexicali, where?",
            True,
            "pregnancy_care",
            "where",
        ),
        (
            "find_legal_help",
            "en",
            "do i pay a lawyer to sue my boss?",
            False,
            "labour_rights",
            "cost",
        ),
        (
            "find_legal_help",
            "es",
            "el abogado pa demandar a mi patron cobra?",
            False,
            "labour_rights",
            "cost",
        ),
    ],
)
def test_a_question_about_a_named_topic_gets_its_page(
    intent: str, lang: str, text: str, place_named: bool, topic: str, kind: str
) -> None:
    got = service_topic(intent, text, lang, place_named=place_named)
    assert (got.mode, got.topic, got.kind) == ("followup", topic, kind)


@pytest.mark.parametrize(
    ("intent", "lang", "text", "place_named"),
    [
        ("find_health", "es", "donde hay un doctor", False),
        ("find_health", "es", "me duele mucho el estomago, donde me atienden?", False),
        ("find_health", "en", "where is the nearest clinic in tijuana", True),
        ("find_shelter", "es", "donde hay un albergue en reynosa", True),
        ("find_shelter", "fr", "je cherche un refuge pour ce soir", False),
    ],
)
def test_a_search_for_places_still_gets_the_list(
    intent: str, lang: str, text: str, place_named: bool
) -> None:
    assert service_topic(intent, text, lang, place_named=place_named).mode == "none"
