"""Two needs in one message: the first answered, the other offered, not dropped."""

from __future__ import annotations

from bot.core.rasa_answer import other_needs


def custom(response: str, **args: object) -> dict[str, object]:
    return {"custom": {"response": response, "args": args}}


def test_a_shelter_and_a_lawyer() -> None:
    raw = [custom("utter_directory_results", service="shelter", results=[])]
    out = other_needs(raw, "necesito un albergue en tijuana y un abogado", "es", "web")
    assert len(out) == 1 and [b.payload for b in out[0].buttons] == ["/find_legal_help"]


def test_two_topics_the_one_not_answered_is_offered() -> None:
    raw = [custom("utter_topic_page", topic="asylum", page=0, part=0)]
    out = other_needs(raw, "quiero pedir asilo y tambien como saco la curp", "es", "web")
    assert [b.payload for b in out[0].buttons] == ['/ask_regularization{"topic":"reg_curp"}']


def test_the_second_need_answered_offers_the_first() -> None:
    raw = [custom("utter_directory_results", service="legal_aid", results=[])]
    out = other_needs(raw, "necesito un albergue y un abogado en tijuana", "es", "web")
    assert [b.payload for b in out[0].buttons] == ["/find_shelter"]


def test_nothing_is_added_to_one_need_a_choice_or_a_payload() -> None:
    raw = [custom("utter_topic_page", topic="reg_curp", page=0, part=0)]
    assert other_needs(raw, "como saco la curp", "es", "web") == []
    choice = [custom("utter_topic_choice", options=["asylum", "reg_curp"])]
    assert other_needs(choice, "quiero pedir asilo y tambien la curp", "es", "web") == []
    assert other_needs(raw, '/ask_rights{"topic":"reg_curp"}', "es", "web") == []


def test_asking_for_a_person_as_well_is_offered_in_each_language() -> None:
    raw = [custom("utter_directory_results", service="shelter", results=[])]
    for text, lang in (
        ("necesito un albergue en tijuana y tambien quiero hablar con alguien", "es"),
        ("i need a shelter in tijuana. can someone call me?", "en"),
        ("je cherche un foyer a tijuana et je veux parler a une personne", "fr"),
        ("m bezwen yon abri nan tijuana epi m vle pale ak yon moun", "ht"),
    ):
        out = other_needs(raw, text, lang, "web")
        assert [b.payload for b in out[0].buttons] == ["/request_human"], text


def test_a_lone_second_need_from_another_area_is_offered_not_one_from_the_same() -> None:
    """The answer was about asylum; the only need the parts name clearly is a shelter (another
    area): offered. A lone need in the answer's own area is the answered one, read again."""
    asylum = [custom("utter_topic_page", topic="asylum", page=0, part=0)]
    out = other_needs(asylum, "hola buenas. quiero pedir refugio y donde hay albergue", "es", "web")
    assert out and "/find_shelter" in [b.payload for b in out[0].buttons]
    process = [custom("utter_topic_page", topic="asylum_process", page=0, part=0)]
    assert other_needs(process, "hola buenas. como pido asilo en mexico", "es", "web") == []
