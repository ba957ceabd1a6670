"""Which intent a topic's area belongs to: what a question about it "is" in Rasa's contract.

On the ground floor, beside the normaliser: the Rasa project teaches these intents from the
topic examples (`bot.rasa.topic_data`), and the app reads a topic's intent from here when it
answers (`bot.understanding.meaning`).
"""

from __future__ import annotations

# Areas whose topic examples teach Rasa their intent.
TRAINED_AREAS: dict[str, str] = {
    "rights": "ask_rights",
    "regularization": "ask_regularization",
    "asylum": "ask_asylum",
    "trafficking": "ask_trafficking_signs",
    "return": "ask_voluntary_return",
    "missing": "ask_missing_person",
    "us": "ask_regularization",
}
# Topics that are about someone in danger now by definition (what is shown at once on a
# danger signal): their examples teach `report_danger` too. The other danger-area topics mix
# questions and emergencies; the danger screen and its own training data decide those.
TRAINED_TOPICS: dict[str, str] = {"danger": "report_danger", "danger_us": "report_danger"}
# Danger topics belong to `report_danger`, which the danger screen and its data own.
AREA_INTENTS: dict[str, str] = {**TRAINED_AREAS, "danger": "report_danger"}
