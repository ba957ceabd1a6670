"""Menus reach every area, read from the topic files."""

from __future__ import annotations

from bot.content.topics import INTENT_TOPICS, load_topics
from bot.nlg import menus


def reachable(lang: str) -> set[str]:
    """Topics a person reaches from the main menu by buttons, two levels deep."""
    found: set[str] = set()
    queue = list(menus.main_menu(lang))
    seen: set[str] = set()
    while queue:
        button = queue.pop()
        if button.payload in seen:
            continue
        seen.add(button.payload)
        if button.payload == '/help_menu{"menu":"more"}':
            queue += menus.more_menu(lang)
        elif button.payload.startswith('/help_menu{"menu":'):
            area = button.payload.split('"menu":"')[1].rstrip('"}')
            queue += menus.area_menu(area, lang) or ()
        elif button.payload.split("{")[0].lstrip("/") in INTENT_TOPICS:
            topic = INTENT_TOPICS[button.payload.split("{")[0].lstrip("/")]
            if '"topic":"' in button.payload:
                topic = button.payload.split('"topic":"')[1].split('"')[0]
            found.add(topic)
            from bot.nlg.topics import way_forward

            queue += way_forward(load_topics()[topic], lang)
        elif '"topic":"' in button.payload:
            topic = button.payload.split('"topic":"')[1].split('"')[0]
            found.add(topic)
            from bot.nlg.topics import way_forward

            queue += way_forward(load_topics()[topic], lang)
    return found


def test_every_area_is_reachable_from_the_menu() -> None:
    areas = {t.area for t in load_topics().values()}
    reached_areas = {load_topics()[t].area for t in reachable("es")}
    assert areas <= reached_areas


def test_every_topic_is_reachable_by_buttons() -> None:
    assert set(load_topics()) <= reachable("en")


def test_a_danger_topic_button_never_opens_a_case() -> None:
    assert menus.topic_payload("danger") == '/ask_rights{"topic":"danger"}'


def test_the_main_menu_keeps_its_first_entries() -> None:
    payloads = [b.payload for b in menus.main_menu("es")]
    assert payloads[:3] == ["/ask_rights", "/ask_regularization", "/ask_asylum"]
    assert "/find_shelter" in payloads and "/request_human" in payloads
    assert payloads[-1] == '/help_menu{"menu":"more"}'
