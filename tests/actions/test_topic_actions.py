"""The topic actions as Rasa calls them: the specific answer first, follow-ups in context, More,
choices, "I can help with" and a person on the second miss."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.actions.test_rasa_endpoints import action_call, tracker


def run(client: TestClient, action: str, intent: str, text: str, **extra: Any) -> dict[str, Any]:
    trk = tracker("s", intent, **extra)
    trk["latest_message"]["text"] = text
    resp = client.post("/rasa/actions", json=action_call(action, trk))
    assert resp.status_code == 200, resp.text
    data: dict[str, Any] = resp.json()
    return data


def said(data: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(r["utter_action"], r["custom"]["args"]) for r in data["responses"]]


def slots(data: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in data["events"] if e.get("event") == "slot"}


def test_a_named_topics_detail_is_answered_first(client: TestClient) -> None:
    data = run(
        client, "action_show_topic", "ask_regularization", "cuanto cuesta la tarjeta humanitaria"
    )
    assert said(data)[0] == (
        "utter_followup",
        {"topic": "reg_humanitarian", "kind": "cost", "part": 0},
    )
    assert slots(data) == {"topic": "reg_humanitarian"}


def test_a_specific_question_gets_its_topics_first_page(client: TestClient) -> None:
    data = run(client, "action_show_topic", "ask_regularization", "como saco la curp")
    assert said(data)[0] == ("utter_topic_page", {"topic": "reg_curp", "page": 0, "part": 0})


def test_a_follow_up_refers_to_the_last_topic(client: TestClient) -> None:
    data = run(
        client, "action_followup", "ask_cost", "y cuanto cuesta", slots={"topic": "reg_curp"}
    )
    assert said(data)[0][1]["topic"] == "reg_curp" and said(data)[0][1]["kind"] == "cost"


def test_a_follow_up_without_a_topic_asks_which(client: TestClient) -> None:
    data = run(client, "action_followup", "ask_where", "donde queda")
    assert said(data)[0][0] == "utter_followup_no_topic"


def test_a_service_named_in_a_follow_up_goes_to_the_directory(client: TestClient) -> None:
    data = run(client, "action_followup", "ask_where", "donde hay un doctor")
    assert {"event": "followup", "name": "action_find_service"}.items() <= data["events"][0].items()


def test_more_shows_the_next_page(client: TestClient) -> None:
    entities = [{"entity": "topic", "value": "asylum"}, {"entity": "page", "value": "1"}]
    data = run(client, "action_show_topic", "show_more", "/show_more", entities=entities)
    assert said(data)[0] == ("utter_topic_page", {"topic": "asylum", "page": 1, "part": 0})


def test_nothing_matched_then_again_offers_a_person(client: TestClient) -> None:
    first = run(client, "action_show_topic", "nlu_fallback", "asdkjh qwpeoiu")
    assert said(first) == [("utter_help_with", {})]
    before = [
        {"event": "bot", "metadata": {"utter_action": "utter_help_with"}},
        {"event": "user", "parse_data": {"intent": {"name": "nlu_fallback"}}},
    ]
    second = run(client, "action_show_topic", "nlu_fallback", "lkjasd poiqwe", events=before)
    assert said(second)[0][0] == "utter_fallback_offer_human"


def test_the_menu_action_passes_the_menu_asked_for(client: TestClient) -> None:
    entities = [{"entity": "menu", "value": "more"}]
    data = run(
        client, "action_show_menu", "help_menu", '/help_menu{"menu":"more"}', entities=entities
    )
    assert said(data) == [("utter_help_menu", {"menu": "more"})]


def test_bare_question_words_are_about_the_last_topic(client: TestClient) -> None:
    """The classifier alone read "how much does it cost" as the T and U visa family petition
    (dev journey, round 2): with the asylum topic just shown, it is asylum's cost."""
    for text in ("how much does it cost", "ok where is the office here", "konbyen li koute"):
        data = run(client, "action_show_topic", "ask_cost", text, slots={"topic": "asylum"})
        assert said(data)[0][1]["topic"] == "asylum", text


def test_a_detail_the_last_topic_lacks_comes_from_the_one_it_leads_to(
    client: TestClient,
) -> None:
    """ "what do i need to bring" after the constancia (asylum_process has no list of papers):
    the humanitarian card's papers, under its title, not "I do not have that detail"."""
    data = run(
        client,
        "action_followup",
        "ask_requirements",
        "what i need to bring",
        slots={"topic": "asylum_process"},
    )
    assert said(data)[0] == (
        "utter_followup",
        {"topic": "reg_humanitarian", "kind": "requirements", "part": 0, "titled": True},
    )
    assert slots(data) == {"topic": "reg_humanitarian"}


def test_even_without_papers_asks_about_the_last_topic(client: TestClient) -> None:
    for text in ("menm si m pa gen papye?", "aunque no tenga papeles?", "even without papers?"):
        data = run(
            client, "action_show_topic", "nlu_fallback", text, slots={"topic": "rights_health"}
        )
        assert said(data)[0][1]["topic"] == "rights_health", text


def test_a_choice_with_nothing_to_offer_says_what_i_can_help_with(client: TestClient) -> None:
    """Rasa hesitating between two intents that have no button ("thank" and "ask_duration")
    had offered a choice of the main menu alone (third development round of journeys)."""
    trk = tracker("s", "nlu_fallback", lang="en")
    trk["latest_message"]["text"] = "how many they give per year"
    trk["latest_message"]["intent_ranking"] = [
        {"name": "nlu_fallback", "confidence": 0.4},
        {"name": "thank", "confidence": 0.35},
        {"name": "ask_duration", "confidence": 0.3},
    ]
    resp = client.post("/rasa/actions", json=action_call("action_show_topic", trk))
    assert resp.status_code == 200, resp.text
    assert said(resp.json())[0][0] == "utter_help_with"
