"""The shipped model alone (no gazetteer ruler) finds the seed articles' officials as PER entities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "data/gold/seeds").glob("*.json"))


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load(REPO / "models/ner-id")


def test_model_has_the_three_labels(nlp: spacy.language.Language) -> None:
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert set(nlp.get_pipe("ner").labels) >= {"PER", "ORG", "LOC"}


def test_bogor_acting_mayor_is_a_person(nlp: spacy.language.Language) -> None:
    doc = nlp("Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor dengan "
              "mengadakan serangkaian kunjungan ke beberapa Organisasi Perangkat Daerah (OPD).")
    assert ("Hery Antasari", "PER") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("gold_path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_officials_are_person_entities(nlp: spacy.language.Language, gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (REPO / "data/raw/seeds" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
    persons = {e.text for e in nlp(text).ents if e.label_ == "PER"}
    names = {o["name"] for o in gold["officials"]}
    assert names and names <= persons
