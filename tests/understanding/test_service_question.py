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
        ("find_health", "es", "necesito un psicologo gratis en tijuana", True),
    ],
)
def test_a_search_for_places_still_gets_the_list(
    intent: str, lang: str, text: str, place_named: bool
) -> None:
    assert service_topic(intent, text, lang, place_named=place_named).mode == "none"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "i need to talk to a psychologist"),
        ("fr", "je cherche un psychologue gratuit"),
        ("ht", "m bezwen yon sikolog"),
        ("es", "busco un terapeuta para mi hijo, tiene pesadillas"),
    ],
)
def test_someone_to_talk_to_without_a_place_gets_where_that_help_is(lang: str, text: str) -> None:
    """The free line at once and the list one tap away, not "in which city are you?"."""
    got = service_topic("find_health", text, lang, place_named=False)
    assert (got.mode, got.topic, got.kind) == ("followup", "mental_health", "where")


@pytest.mark.parametrize(
    ("lang", "text", "place_named"),
    [
        ("en", "i was raped 3 days ago where can i see a doctor", False),
        ("es", "a donde voy para la pastilla del dia siguiente despues de una violacion", False),
        ("ht", "ki kote m ka al we dokte apre yo kadejak mwen", False),
        ("fr", "ou aller a l hopital apres un viol a tijuana", True),
    ],
)
def test_care_after_sexual_violence_gets_the_page_for_the_first_days(
    lang: str, text: str, place_named: bool
) -> None:
    """Free care without a police report, the emergency pill, HIV medicine: then the list."""
    got = service_topic("find_health", text, lang, place_named=place_named)
    assert (got.mode, got.topic) == ("topic", "sexual_violence")


def test_the_cost_of_care_after_sexual_violence_is_its_answer() -> None:
    text = "es gratis la pastilla del dia siguiente si me violaron?"
    got = service_topic("find_health", text, "es", place_named=False)
    assert (got.mode, got.topic, got.kind) == ("followup", "sexual_violence", "cost")


@pytest.mark.parametrize(
    ("intent", "lang", "text"),
    [
        ("find_shelter", "es", "pero yo vivo en un albergue no tengo comprobante de domicilio"),
        ("find_shelter", "fr", "je dors dans un albergue, j'ai pas de facture ou de bail"),
        ("find_shelter", "ht", "m ap dòmi nan yon abri, m pa gen prèv adrès"),
    ],
)
def test_no_proof_of_address_after_the_papers_is_their_requirements(
    intent: str, lang: str, text: str
) -> None:
    """Development journeys, round 3: the shelter named is where they live, not a search."""
    got = service_topic(intent, text, lang, place_named=False, last_topic="reg_humanitarian")
    assert (got.mode, got.topic, got.kind) == ("followup", "reg_humanitarian", "requirements")
    # Without the papers just read about, a shelter asked for is still the list.
    asked = "necesito un albergue, no tengo donde dormir"
    assert (
        service_topic(intent, asked, lang, place_named=False, last_topic="reg_humanitarian").mode
        == "none"
    )
