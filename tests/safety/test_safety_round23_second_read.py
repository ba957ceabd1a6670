"""A second read of round 23's changes: a helper who saw the change, not the sets, wrote 206
probes (mostly Spanish and French) and ran them against the versions before and after it. The
first version lost 6 danger messages and alarmed 37 calm ones:

- "ya se calmó", "c'est calme maintenant" ended a beating an hour ago; now they calm only a
  shooting days ago in the place, not the writer's own harm;
- "me dijeron que me podían matar si regresaba" lost its hearsay reading; now only a time of
  now or soon before the object ("nos dijeron que mañana nos suben") makes it told to them;
- held for a debt alarmed a shelter's curfew beside a cousin's loan; now it needs the one who
  holds the debt (a boss, armed men, the smuggler);
- "me van a picar las abejas", "la enfermera me va a picar el dedo", a mother who "se dio
  cuenta que tengo celular", security guards at a consulate, "mi esposo dijo que no lo
  golpearon" (a denial), "nadie nos pega", a school's letter for the children, a tantrum, a
  queue at the office ("c'est mon tour demain"), "voit flou depuis des mois": narrowed.

Pinned here: the 193 probes the screen gets right after the fixes. Still wrong, as before the
change: "nos van a desaparecer el viernes si no pagamos" (past harm), "on est dans le désert
sans eau depuis 2 jours, je risque de mourir ici?" (information), "ils sont armés dehors, je
risque de me faire tuer si je sors?" (none); seven calm Spanish probes alarm, among them "me
dijeron que me pueden deportar si me agarran trabajando" and "no me dejan salir del trabajo
hasta las 6, y así cómo voy a terminar de pagar la renta".
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety import doubt
from bot.safety.screen import screen

PROBES = yaml.safe_load(
    (Path(__file__).parent / "probes" / "round23_second_read.yml").read_text(encoding="utf-8")
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
