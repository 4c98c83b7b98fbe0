"""The floret vectors' corpus: gold articles left out, text tokenized as the model sees it; a tiny real training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.train_ner.exclude import gold_article_ids
from pipeline.train_ner.vectors import corpus_texts, tokenized_lines, train_vectors

REPO = Path(__file__).resolve().parents[2]
GOLD_DIRS = [REPO / "data/gold/seeds", REPO / "data/gold/dev"]
HABIBIE = ("Eyang, sebutan itu melekat dalam diri ,. Presiden ketiga Republik Indonesia tersebut baru saja "
           "diumumkan meninggal dunia hari ini, Rabu 11 September 2019 sekitar pukul 18.05 WIB di RSPAD Gatot "
           "Subroto, Jakarta.\nDengan figurnya yang jadi panutan, almarhum Pak Habibie dipanggil Eyang.")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    rows = [{"id": "clickid-fimela-00149", "text": HABIBIE},
            {"id": "clickid-fimela-00581", "text": "Teks artikel gold."},
            {"id": "kosong", "text": "  "}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_gold_articles_and_empty_texts_are_left_out(corpus: Path) -> None:
    gold = gold_article_ids(GOLD_DIRS)
    assert "clickid-fimela-00581" in gold and "000_61cda29305c3ac69" in gold and len(gold) == 33
    assert list(corpus_texts(corpus, gold)) == [HABIBIE]


def test_one_line_per_paragraph_in_spacy_tokens() -> None:
    assert list(tokenized_lines([HABIBIE])) == [
        "Eyang , sebutan itu melekat dalam diri , . Presiden ketiga Republik Indonesia tersebut baru saja "
        "diumumkan meninggal dunia hari ini , Rabu 11 September 2019 sekitar pukul 18.05 WIB di RSPAD Gatot "
        "Subroto , Jakarta .",
        "Dengan figurnya yang jadi panutan , almarhum Pak Habibie dipanggil Eyang ."]


def test_trains_floret_vectors_spacy_can_load(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("floret")
    options = {"dim": 8, "bucket": 500, "hashCount": 2, "minn": 3, "maxn": 4, "epoch": 1, "minCount": 1}
    out = train_vectors(corpus, gold_article_ids(GOLD_DIRS), options, tmp_path / "vectors")
    nlp = spacy.load(out)
    assert nlp.vocab.vectors.mode == "floret" and nlp.vocab.vectors.shape == (500, 8)
    assert nlp.vocab["Bupati"].has_vector  # floret: every word, also unseen ones, gets a vector
    assert sorted(p.name for p in (tmp_path / "vectors").iterdir()) == ["inputs.json", "spacy"]


def test_vectors_of_the_same_inputs_are_reused(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("floret")
    options = {"dim": 8, "bucket": 500, "hashCount": 2, "minn": 3, "maxn": 4, "epoch": 1, "minCount": 1}
    out = train_vectors(corpus, set(), options, tmp_path / "vectors")
    made = (out / "vocab" / "vectors").stat().st_mtime_ns
    assert train_vectors(corpus, set(), options, tmp_path / "vectors") == out
    assert (out / "vocab" / "vectors").stat().st_mtime_ns == made
    train_vectors(corpus, {"clickid-fimela-00149"}, options, tmp_path / "vectors")  # other inputs: trained again
    assert (out / "vocab" / "vectors").stat().st_mtime_ns != made
