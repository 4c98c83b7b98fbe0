"""Scoring of the NER model: entity P/R/F1 on a DocBin, officials' name recall."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import DocBin

from pipeline.train_ner.evaluate import cleaned_texts, gold_texts, official_name_recall, score_docbin

REPO = Path(__file__).resolve().parents[2]
BOGOR = REPO / "data/gold/seeds/000_61cda29305c3ac69.json"
SENTENCE = "Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor."


def ruler_nlp(patterns: list[dict]) -> Language:
    nlp = spacy.blank("id")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def test_entity_scores_per_label(tmp_path: Path) -> None:
    gold = spacy.blank("id")(SENTENCE)
    name, place = SENTENCE.index("Hery Antasari"), SENTENCE.rindex("Kota Bogor")
    gold.ents = [gold.char_span(name, name + 13, "PER"), gold.char_span(place, place + 10, "LOC")]
    DocBin(docs=[gold]).to_disk(tmp_path / "test.spacy")
    nlp = ruler_nlp([{"label": "PER", "pattern": "Hery Antasari"}, {"label": "ORG", "pattern": "Kota Bogor"}])
    scores = score_docbin(nlp, tmp_path / "test.spacy")
    assert (scores["precision"], scores["recall"], scores["f1"], scores["entities"]) == (0.3333, 0.5, 0.4, 2)
    assert scores["per_label"]["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "entities": 1}
    assert scores["per_label"]["LOC"]["recall"] == 0.0 and scores["per_label"]["ORG"]["precision"] == 0.0


def test_official_name_recall_needs_the_name_inside_a_person() -> None:
    texts = gold_texts(REPO / "data/raw/seeds", [])
    found = official_name_recall(ruler_nlp([{"label": "PER", "pattern": "Hery Antasari"}]), [BOGOR], texts)
    assert (found["recall"], found["names"], found["mention_recall"], found["missed"]) == (1.0, 1, 1.0, [])
    partial = official_name_recall(ruler_nlp([{"label": "PER", "pattern": "Hery"}]), [BOGOR], texts)
    assert (partial["recall"], partial["missed"]) == (0.0, ["000_61cda29305c3ac69: Hery Antasari"])
    assert official_name_recall(ruler_nlp([]), [BOGOR], {})["articles_without_text"] == 1



def test_pipeline_recall_reads_the_text_as_the_clean_stage_leaves_it() -> None:
    # clickid-tempo-02329: a no-break space read as Mac-Roman glues the name to the region in the raw text
    sentence = "Gubernur Jawa Barat\u00ac\u2020Ridwan Kamil menilai petisi yang meminta penggantian nama bandara itu. "
    texts = cleaned_texts({"long": sentence * 3, "short": sentence})
    assert texts["long"].startswith("Gubernur Jawa Barat Ridwan Kamil menilai")
    assert texts["short"] == sentence  # rejected by the clean stage (too short): the raw text is scored
