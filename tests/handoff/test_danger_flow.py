"""Danger, graded, as a person meets it in the web chat (Rasa down in `client`) and as Rasa's
own `report_danger` drives it (the action endpoint with Rasa's tracker shape).

- immediate: the lines for where the person is and an urgent case at once;
- past harm: the topic and the offer of a person, a `high` case only on yes;
- information: the topic, no case;
- a calm-graded message the danger net, or Rasa, reads as danger: the lines and "are you in
  danger right now?"; only yes opens the urgent case;
- a request for discretion makes the contact quiet; a safe time or code word goes on the case.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from bot.db.models import Contact, Conversation, Message
from bot.db.session import Database
from bot.handoff.models import Case
from tests.staff.helpers import run_action, tracker

MX_LINE, US_LINE = "800 5533 000", "1-888-373-7888"


def say(client: TestClient, sender: str, text: str, lang: str = "es", **extra: Any) -> str:
    body = {"sender": sender, "text": text, "lang": lang, **extra}
    data = client.post("/api/chat", json=body).json()
    return " ".join(str(m.get("text", "")) for m in data["messages"])


def cases(db: Database, sender_text: str | None = None) -> list[Case]:
    with db.session() as s:
        return list(s.scalars(select(Case).order_by(Case.id)).all())


def last_inbound(db: Database) -> Message:
    with db.session() as s:
        msg = s.scalars(
            select(Message).where(Message.direction == "in").order_by(Message.id.desc())
        ).first()
        assert msg is not None
        s.expunge(msg)
        return msg


def test_immediate_danger_gets_the_mexican_lines_and_an_urgent_case(
    client: TestClient, db: Database
) -> None:
    said = say(client, "imm-1", "me tienen encerrada en un cuarto y no me dejan salir")
    # Nobody knows where she is: Mexico's lines first, then the US hotline in case.
    assert "911" in said and MX_LINE in said and said.index(MX_LINE) < said.index(US_LINE)
    assert "Si estás en Estados Unidos" in said
    msg = last_inbound(db)
    assert msg.danger_grade == "immediate" and "harm:trapped" in (msg.danger_reasons or [])
    [case] = cases(db)
    assert (case.priority, case.source, case.grade) == ("urgent", "danger", "immediate")


def test_in_mexico_only_the_mexican_lines(client: TestClient, db: Database) -> None:
    said = say(client, "imm-mx", "estoy en tijuana y me tienen encerrada en un cuarto")
    assert "911" in said and MX_LINE in said and US_LINE not in said
    assert last_inbound(db).place == "mx"


def test_in_the_us_the_us_lines(client: TestClient, db: Database) -> None:
    said = say(client, "imm-us", "aqui en houston mi patron me encerro y me quito el pasaporte")
    assert "911" in said and US_LINE in said and MX_LINE not in said
    assert last_inbound(db).place == "us"


def test_the_place_comes_from_earlier_messages(client: TestClient) -> None:
    say(client, "imm-earlier", "hola estoy en dallas, quiero saber de asilo")
    said = say(client, "imm-earlier", "ayuda me tienen encerrada")
    assert US_LINE in said and MX_LINE not in said


def test_the_place_comes_from_a_shared_location(client: TestClient) -> None:
    say(client, "imm-point", "", location={"lat": 29.76, "lon": -95.37})  # Houston
    said = say(client, "imm-point", "help they have me locked in", lang="en")
    assert US_LINE in said and MX_LINE not in said


def test_past_harm_gets_the_topic_and_a_person_only_on_yes(
    client: TestClient, db: Database
) -> None:
    said = say(client, "past-1", "hace 3 años me secuestraron en tamaulipas, quiero denunciar")
    assert "no es tu culpa" in said  # the offer of a person
    assert "Si estás en peligro ahora" not in said  # no alarm: not the emergency lines
    assert last_inbound(db).danger_grade == "past_harm"
    assert cases(db) == []
    asked = say(client, "past-1", "si")  # yes to "would you like to talk to a person?"
    assert asked  # the consent question
    say(client, "past-1", "si")  # yes to sharing the conversation with staff
    [case] = cases(db)
    assert (case.priority, case.source) == ("high", "past_harm")


def test_past_harm_no_thanks_opens_nothing(client: TestClient, db: Database) -> None:
    say(client, "past-2", "last year i was beaten on the train", lang="en")
    say(client, "past-2", "no", lang="en")
    assert cases(db) == []


def test_information_opens_nothing(client: TestClient, db: Database) -> None:
    said = say(client, "info-1", "que hago si me secuestran?")
    assert last_inbound(db).danger_grade == "information"
    assert cases(db) == []
    assert "No vayas" in said  # the kidnapping topic's page, with Rasa down too


@pytest.mark.parametrize("answer", ["no", "si"])
def test_the_danger_net_asks_and_only_yes_opens_the_urgent_case(
    client: TestClient, db: Database, answer: str
) -> None:
    """No danger word the patterns know, yet it reads like danger: the lines and the question."""
    sender = f"net-{answer}"
    said = say(client, sender, "estoy en un cuarto en el bronx, me hacen atender clientes")
    msg = last_inbound(db)
    assert (msg.danger_grade, msg.danger_reasons) == ("none", ["danger_net"])
    assert "911" in said and US_LINE in said and "peligro ahora mismo" in said
    assert cases(db) == []
    say(client, sender, answer)
    if answer == "no":
        assert cases(db) == []
    else:
        [case] = cases(db)
        assert case.priority == "urgent"


def test_a_calm_message_is_not_asked(client: TestClient, db: Database) -> None:
    said = say(client, "calm-1", "hola buenas tardes, donde queda el albergue mas cercano")
    assert "peligro ahora mismo" not in said
    assert last_inbound(db).danger_reasons is None
    assert cases(db) == []


def test_rasa_report_danger_on_a_calm_message_asks_first(client: TestClient, db: Database) -> None:
    """Rasa's intent alone never opens an urgent case: the lines and the question."""
    data = client.post("/api/chat", json={"sender": "rasa-calm", "text": "hola", "lang": "es"})
    public_id = data.json()["conversation"]["id"]
    trk = tracker(public_id, "report_danger")
    trk["latest_message"]["metadata"].update(grade="none", place="us")
    result = run_action(client, "action_danger", trk)
    assert [r["utter_action"] for r in result["responses"]] == ["utter_danger_check"] * 2
    assert cases(db) == []
    say(client, "rasa-calm", "si")
    [case] = cases(db)
    assert case.priority == "urgent"


@pytest.mark.parametrize(("text", "place"), [("us emergency numbers", "us"), ("ayuda", "")])
def test_rasa_report_danger_on_a_question_for_the_us_numbers_gives_the_us_lines(
    client: TestClient, text: str, place: str
) -> None:
    """Nothing placed the writer, but the words asked for the United States' numbers."""
    data = client.post("/api/chat", json={"sender": "rasa-us", "text": "hola", "lang": "en"})
    trk = tracker(data.json()["conversation"]["id"], "report_danger", lang="en")
    trk["latest_message"].update(text=text)
    trk["latest_message"]["metadata"].update(grade="none")
    result = run_action(client, "action_danger", trk)
    assert {r["place"] for r in result["responses"]} == {place}


@pytest.mark.parametrize("answer", ["no", "si"])
def test_rasa_report_danger_on_a_harm_asked_about_gives_its_page_then_asks(
    client: TestClient, db: Database, answer: str
) -> None:
    """ "¿Qué hago si alguien se desmaya por el calor?": the screen reads a medical emergency
    asked about (information); Rasa reads danger. The emergency topic's first page (911 first)
    comes before the question; no gives the rest of the topic, not the first page again; only
    yes opens the urgent case."""
    sender = f"rasa-info-{answer}"
    data = client.post("/api/chat", json={"sender": sender, "text": "hola", "lang": "es"})
    public_id = data.json()["conversation"]["id"]
    trk = tracker(public_id, "report_danger")
    trk["latest_message"]["text"] = "que hago si alguien se desmaya por el calor?"
    trk["latest_message"]["metadata"].update(grade="information", harms=["medical"])
    result = run_action(client, "action_danger", trk)
    names = [r["utter_action"] for r in result["responses"]]
    assert set(names) == {"utter_question_after"} and len(names) >= 2
    assert {"event": "slot", "name": "topic", "value": "medical_emergency"} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in result["events"]
    ]
    assert cases(db) == []
    said = say(client, sender, answer)
    if answer == "no":
        assert cases(db) == []
        # The topic's next page, not its first again.
        assert "Embarazada" in said and "Mientras llega la ayuda" not in said
    else:
        [case] = cases(db)
        assert case.priority == "urgent"


def test_the_question_after_a_harm_page_shows_911_first() -> None:
    from bot.handoff import emergency

    got = emergency.question_after("es", "medical_emergency")
    assert "911" in got[0].text
    assert "peligro ahora mismo" in got[-1].text and len(got[-1].buttons) == 2


def test_rasa_report_danger_on_immediate_opens_the_case(client: TestClient, db: Database) -> None:
    data = client.post("/api/chat", json={"sender": "rasa-imm", "text": "hola", "lang": "es"})
    public_id = data.json()["conversation"]["id"]
    trk = tracker(public_id, "report_danger")
    trk["latest_message"]["metadata"].update(grade="immediate", danger=["kidnapped"])
    result = run_action(client, "action_danger", trk)
    assert result["events"][-1]["name"] == "action_request_human"
    [case] = cases(db)
    assert (case.priority, case.danger) == ("urgent", ["kidnapped"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("borré el chat, no me escriban ustedes", "es"),
        ("someone checks my phone, don't text me first", "en"),
        ("ne m'écrivez pas, mon mari regarde mon téléphone", "fr"),
        ("pa ekri m anvan, mari m fouye telefon mwen", "ht"),
    ],
)
def test_discretion_makes_the_contact_quiet(
    client: TestClient, db: Database, text: str, lang: str
) -> None:
    said = say(client, f"quiet-{lang}", text, lang=lang)
    assert said
    with db.session() as s:
        contact = s.scalars(select(Contact)).one()
        assert contact.discreet_at is not None and contact.quiet()


def test_a_safe_time_goes_on_the_case(client: TestClient, db: Database) -> None:
    say(client, "safe-1", "me tienen encerrada, ayuda")
    say(client, "safe-1", "solo escribanme despues de las 8 de la noche")
    [case] = cases(db)
    assert case.safe_contact and "despues de las 8" in case.safe_contact


def test_the_grade_is_kept_with_every_message(client: TestClient, db: Database) -> None:
    say(client, "keep-1", "hola")
    say(client, "keep-1", "vi en las noticias que hubo secuestros en reynosa")
    with db.session() as s:
        conv = s.scalars(select(Conversation)).one()
        grades = s.scalars(
            select(Message.danger_grade)
            .where(Message.conversation_id == conv.id, Message.direction == "in")
            .order_by(Message.id)
        ).all()
    assert grades == ["none", "information"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("es", "se abre un caso de inmediato, antes de preguntarte"),
        ("en", "a case opens at once, before we ask you"),
        ("fr", "un dossier s'ouvre tout de suite"),
        ("ht", "yon dosye louvri tousuit"),
    ],
)
def test_the_privacy_notice_says_a_case_opens_at_once_in_danger(
    client: TestClient, lang: str, said: str
) -> None:
    page = client.get(f"/privacy?lang={lang}").text
    assert said in page.replace("&#39;", "'")
