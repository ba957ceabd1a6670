"""A worry named in danger gets the message of the harm's topic that answers it, right after the
first: the emergency pill's five days after a rape, pressure on a bleeding wound (development
journeys, round 2: "me hicieron cosas ... tengo miedo de quedar embarazada" got only "go to a
hospital", with the five days two pages down)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bot.content.topics import load_topics
from bot.handoff import emergency
from bot.nlg.worries import answering_message
from tests.handoff.test_danger_flow import say
from tests.staff.helpers import run_action, tracker


@pytest.mark.parametrize(
    ("text", "harms", "phrase"),
    [
        ("me violaron anoche, tengo miedo de quedar embarazada", ["raped"], "emergency pill"),
        ("they raped me, can i get pregnant? what do i do", ["raped"], "emergency pill"),
        ("on m a violee hier, j ai peur du sida", ["raped"], "emergency pill"),
        ("yo vyole m, m pè m ansent", ["raped"], "emergency pill"),
        ("mi esposa esta embarazada y esta sangrando mucho", ["medical"], "Pregnant and bleeding"),
        ("my friend is bleeding a lot from his leg", ["medical"], "press hard on the wound"),
    ],
)
def test_the_answering_message_is_found_by_its_words(
    text: str, harms: list[str], phrase: str
) -> None:
    index = emergency.worry_in(text, harms)
    topic = emergency.harm_topic(harms, emergency.NOW_TOPICS)
    assert topic is not None and index > 0
    assert phrase in topic.messages[index]


@pytest.mark.parametrize(
    ("text", "harms"),
    [
        ("me violaron anoche, no se que hacer", ["raped"]),
        ("mi hijo no respira", ["medical"]),
        ("nos tienen encerrados, estoy embarazada", ["kidnapped"]),  # no such message there
    ],
)
def test_no_worry_no_extra_message(text: str, harms: list[str]) -> None:
    assert emergency.worry_in(text, harms) == 0


def test_a_topic_without_the_phrase_gets_nothing_extra() -> None:
    """Found by its words, not its place: a topic reworded so the phrase is gone points at no
    message rather than at the wrong one."""
    topic = load_topics()["sexual_violence"]
    reworded = topic.__class__(**{**topic.__dict__, "messages": topic.messages[:1]})
    assert answering_message(reworded, "tengo miedo de quedar embarazada") == 0


def test_the_web_chat_gives_the_five_days_after_the_first_steps(client: TestClient) -> None:
    said = say(
        client,
        "worry-web",
        "anoche unos tipos me agarraron y me hicieron cosas, tengo miedo de quedar embarazada",
    )
    assert "hospital" in said
    assert "5 días" in said
    assert said.index("hospital") < said.index("5 días")


def test_rasa_s_action_says_the_same(client: TestClient) -> None:
    data = client.post("/api/chat", json={"sender": "worry-rasa", "text": "hola", "lang": "es"})
    public_id = data.json()["conversation"]["id"]
    trk = tracker(public_id, "report_danger")
    trk["latest_message"]["text"] = "me violaron, tengo miedo de estar embarazada"
    trk["latest_message"]["metadata"].update(grade="immediate", danger=["raped"], harms=["raped"])
    result = run_action(client, "action_danger", trk)
    said = [r["custom"]["args"] for r in result["responses"]]
    assert {args["worry"] for args in said} == {1}
    assert len(said) == 4  # the lines, the first steps, the five days, the phone


def test_past_harm_opens_on_the_page_that_answers_the_worry() -> None:
    """Three days after, "je peux encore prendre la pilule du lendemain?" (development journeys,
    round 2, fr #13) got the topic's first page; the pill's five days were a tap away."""
    text = (
        "il y a 3 jours un homme m a agressée sexuellement a miami, j ai peur d aller a l hopital. "
        "je peux encore prendre la pilule du lendemain?"
    )
    said = " ".join(m.text for m in emergency.after_harm("fr", ["raped"], text, "us"))
    assert "5 jours" in said
    assert "1-800-656-4673" in said


def test_past_harm_without_a_worry_opens_on_the_first_page() -> None:
    said = emergency.after_harm("es", ["raped"], "hace un año me violaron, quiero hablar de eso")
    assert "no es tu culpa" in said[0].text


def test_the_topic_asked_about_opens_on_the_page_that_answers_the_worry(
    client: TestClient,
) -> None:
    """Rasa's topic action, when it reads the sexual violence topic in a question about the
    morning-after pill (development journeys, round 2, fr #13, with Rasa up)."""
    data = client.post("/api/chat", json={"sender": "worry-topic", "text": "bonjour", "lang": "fr"})
    public_id = data.json()["conversation"]["id"]
    trk = tracker(public_id, "nlu_fallback", lang="fr")
    trk["latest_message"]["text"] = "je peux encore prendre la pilule du lendemain?"
    trk["latest_message"]["entities"] = [{"entity": "topic", "value": "sexual_violence"}]
    result = run_action(client, "action_show_topic", trk)
    pages = {r["custom"]["args"].get("page") for r in result["responses"] if "custom" in r}
    assert pages == {1}
