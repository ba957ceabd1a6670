"""A second read of round 22's changes: a helper who saw the change, not the sets, wrote 273
probes and ran them against the versions before and after it. The first version lost 18 danger
messages that had been reached and alarmed 35 calm ones:

- "sigue igual" / "toujours pareil" read as a question about the past hid "mi hijo sigue
  igual, no despierta"; now only "¿ahora es igual o ya no?" and its like compare with then;
- a decade ("en los 80", "in the 90s") ended every harm in the message, even "como en los 90,
  estan disparando ahorita" and the heat "in the 90s"; now only in a story told of then
  ("cuando cruzó en los 80", "back in the 90s");
- the job that "va a matar" hid the foreman who will ("el encargado de mi trabajo me va a
  matar"); now the job must be the subject;
- "este es mi último mensaje" alarmed the last message of the day or of a group; now it needs
  a farewell beside it ("cuiden a mis hijos", "los quiero", "ya no aguanto");
- a broken bone alarmed falls, balls and dentists; now it needs someone who did it;
- "si no me dejo de juntar con esos chavos", a parent who must sleep beside a sick child "o si
  no", "deport me" as the price: sex demanded now needs a reported demand ("dice que tengo que
  dormir con él") and the price a detention's punishment (the cell, solitary);
- "yo tire" closing a sentence (a photo taken, money withdrawn) was shooting; now only as a
  short cry, asked with the lines, or "tire sou nou", "m tande yo tire".

Pinned here: the 249 probes the screen gets right after the fixes (danger reached, calm not
alarmed). Still wrong, all but one as before the change: "m gen 16 an paswa a vle m dòmi avè
l" (a spelling of "pasè a") is not reached; 23 calm probes still alarm, among them "este es
mi ultimo mensaje del grupo, me salgo...", "this is my last message for today", "se me rompio
el brazo cuando me cai", "hace 16 años el pollero me encerro en una casa, eso me sirve para el
asilo?" and past seizures in Creole ("li te gen konvilsyon le l te piti").
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import doubt
from bot.safety.screen import screen

PROBES = yaml.safe_load(
    (Path(__file__).parent / "probes" / "round22_second_read.yml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "text", [p["text"] for p in PROBES if p["expect"] == "immediate"], ids=lambda t: t[:40]
)
def test_danger_probe_is_reached(text: str) -> None:
    found = screen(text)
    assert found.danger or doubt.doubtful(text, found.grade, found.reasons), found


@pytest.mark.parametrize(
    "text", [p["text"] for p in PROBES if p["expect"] == "calm"], ids=lambda t: t[:40]
)
def test_calm_probe_opens_no_case(text: str) -> None:
    assert not screen(text).danger, screen(text)
