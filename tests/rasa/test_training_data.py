"""The training data Rasa learns from: normalised as the app normalises messages, topic
examples included under their area's intent."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.rasa import project, topic_data
from bot.rasa.training_data import normalise_example, normalised_copy


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def examples(path: Path) -> dict[str, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for block in data["nlu"]:
        key = block.get("intent") or block.get("lookup") or block.get("synonym")
        lines = str(block["examples"]).splitlines()
        out[key] = [line[2:] for line in lines if line.startswith("- ")]
    return out


def test_annotations_keep_their_markup() -> None:
    assert normalise_example("Estoy en [Ciudad Juárez](location) ayudaaa", "es") == (
        "estoy en [ciudad juarez](location) ayuda"
    )
    assert normalise_example('en [Inglés]{"entity": "language", "value": "en"} xfa', "es") == (
        'en [ingles]{"entity": "language", "value": "en"} por favor'
    )


def test_copy_normalises_dedups_and_drops_contradictions(tmp_path: Path) -> None:
    source = tmp_path / "nlu_data"
    write(
        source / "ht" / "nlu.yml",
        'version: "3.1"\nnlu:\n- intent: find_shelter\n  examples: |\n    - M bezwen yon abri\n'
        "    - m bezwen yon abri!!\n- intent: greet\n  examples: |\n    - mwen bezwen yon abri\n"
        "    - bonjou\n",
    )
    write(
        source / "lookups" / "location.yml",
        'version: "3.1"\nnlu:\n- lookup: location\n  examples: |\n    - Acámbaro\n    - Acambaro\n',
    )
    write(tmp_path / "flows" / "rules.yml", 'version: "3.1"\nrules: []\n')
    out = normalised_copy([source, tmp_path / "flows"], tmp_path / "out")
    nlu = examples(out[0] / "ht" / "nlu.yml")
    assert nlu["find_shelter"] == ["mwen bezwen yon abri"]
    assert nlu["greet"] == ["bonjou"]  # the same words under another intent are dropped
    assert examples(out[0] / "lookups" / "location.yml")["location"] == ["acambaro"]
    assert (out[1] / "rules.yml").read_text(encoding="utf-8").startswith('version: "3.1"')


def test_topic_examples_teach_their_area_intent(tmp_path: Path) -> None:
    topics, ex = tmp_path / "topics", tmp_path / "examples"
    write(topics / "reg_curp.yml", "id: reg_curp\narea: regularization\n")
    write(topics / "danger.yml", "id: danger\narea: danger\n")
    write(topics / "violence_home.yml", "id: violence_home\narea: danger\n")
    write(
        ex / "reg_curp.yml",
        "es: [como saco la curp]\nfollowups:\n  cost:\n    es: [cuanto cuesta la curp]\n",
    )
    write(ex / "danger.yml", "es: [ayuda me tienen encerrada]\n")
    write(ex / "violence_home.yml", "es: [que hago si mi pareja me pega]\n")
    write(ex / "orphan.yml", "es: [sin tema]\n")
    found = topic_data.intent_examples(ex, topics)
    assert found["es"] == {
        "ask_regularization": ["como saco la curp", "cuanto cuesta la curp"],
        "report_danger": ["ayuda me tienen encerrada"],
    }
    written = examples(topic_data.write_nlu(tmp_path / "out", ex, topics) / "es" / "topics.yml")
    assert written["ask_regularization"] == ["como saco la curp", "cuanto cuesta la curp"]


def test_the_model_hash_follows_the_normaliser_and_the_examples() -> None:
    assert project.NORMALISER in project.training_files()
    assert topic_data.signature() == topic_data.signature()
