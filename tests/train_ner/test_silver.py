"""Silver sentences: the extractor's official names as PER over the teacher's entities, gold and test kept out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.extract.base import Article
from pipeline.nlp.model import load_pipeline
from pipeline.train_ner.prepare import fold_sentence
from pipeline.train_ner.silver import corpus_articles, entity_counts, name_spans, sentence_doc, silver_docs

REPO = Path(__file__).resolve().parents[2]
# clickid-okezone-01382 (its mojibake dash as the corpus has it: the clean stage repairs it)
DUMAI = ("DUMAI \u201a\u00c4\u00ec Tim Bea Cukai Dumai menggagalkan penyelundupan ribuan ekor belangkas (xiphosura) "
         "yang dikemas dalam 32 boks fiber di Panipahan, Kabupaten Rokan Hilir, Riau. Belangkas merupakan hewan laut "
         "dilindungi lantaran terancam punah.\nKepala Kantor Bea Cukai Dumai, Fuad Fauzi mengatakan, sebanyak 2.943 "
         "ekor belangkas dikemas dalam boks fiber untuk mengelabui petugas. Ribuan belangkas yang disita dalam kondisi "
         "mati.\nBea Cukai Dumai berkoordinasi dengan TNI AL Dumai, Karantina Hewan dan Balai Besar Konservasi Sumber "
         "Daya Alam (BBKSDA), dalam menggagalkan penyelundupan belangkas tersebut. Fuad menambahkan, ribuan belangkas "
         "selanjutnya diserahkan ke BBKSDA untuk dikubur di daerah Bukit Jin, Kota Dumai.")
FUAD = ("Kepala Kantor Bea Cukai Dumai, Fuad Fauzi mengatakan, sebanyak 2.943 ekor belangkas dikemas dalam boks fiber "
        "untuk mengelabui petugas.")


@pytest.fixture(scope="module")
def rules() -> Language:
    """No NER model: sentences and the gazetteer ruler only (the teacher's entities are set by hand below)."""
    return load_pipeline({"backend": "spacy", "model": None, "entity_ruler": True})


def test_extractor_names_as_character_spans(rules: Language) -> None:
    article = Article(doc=rules(FUAD), article_id="clickid-okezone-01382")
    assert [FUAD[s:e] for s, e in name_spans(article)] == ["Fuad Fauzi"]


def test_pattern_person_overrides_the_teachers_entities(rules: Language) -> None:
    doc = rules(FUAD)
    bea, start = FUAD.index("Bea Cukai Dumai"), FUAD.index("Fuad Fauzi")
    # the teacher read "Bea Cukai Dumai" as LOC and "Fuad" alone as ORG
    doc.ents = [doc.char_span(bea, bea + 15, label="LOC"), doc.char_span(start, start + 4, label="ORG")]
    sent = sentence_doc(doc[:], [(start, start + len("Fuad Fauzi"))])
    assert sent.text == FUAD
    assert [(e.text, e.label_) for e in sent.ents] == [("Bea Cukai Dumai", "LOC"), ("Fuad Fauzi", "PER")]


def test_name_off_token_boundaries_gives_no_sentence(rules: Language) -> None:
    start = FUAD.index("Fuad Fauzi")
    assert sentence_doc(rules(FUAD)[:], [(start, start + len("Fuad Fauz"))]) is None


def test_one_sentence_per_title_name_pattern_and_held_sentences_skipped(rules: Language) -> None:
    rows = [{"article_id": "clickid-okezone-01382", "text": DUMAI, "title": None, "published": None}]
    docs = silver_docs(rules, rows, sentences=10, per_article=3, exclude_sentences=set())
    assert [d.text for d in docs] == [FUAD]
    assert entity_counts(docs) == {"PER": 1}
    held = {fold_sentence([t.text for t in docs[0]])}
    assert silver_docs(rules, rows, sentences=10, per_article=3, exclude_sentences=held) == []


def test_corpus_order_is_seeded_and_gold_left_out(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    ids = [f"clickid-okezone-{i:05d}" for i in range(20)]
    path.write_text("".join(json.dumps({"id": i, "text": "Teks."}) + "\n" for i in ids), encoding="utf-8")
    first = [r["article_id"] for r in corpus_articles(path, {ids[3]}, seed=13)]
    assert first == [r["article_id"] for r in corpus_articles(path, {ids[3]}, seed=13)]
    assert sorted(first) == sorted(set(ids) - {ids[3]}) and first != sorted(first)


@pytest.mark.slow
def test_real_corpus_silver_with_the_shipped_teacher() -> None:
    """200 silver sentences from the shared news corpus: each holds a PER, none comes from a gold article."""
    import os

    from pipeline.config import load_params
    from pipeline.train_ner.exclude import excluded_ids

    corpus = Path(os.environ.get("JEJAK_SHARED", REPO.parent / "shared")) / "corpus/news.jsonl"
    if not corpus.exists():
        pytest.skip("needs the shared news corpus")
    params = load_params(REPO / "params.yaml")["train_ner"]
    exclude = excluded_ids({**params, "exclude_gold_roots": [str(REPO / "data/gold")], "gold_dirs": [],
                            "heldout_gold_dirs": []})
    rows = corpus_articles(corpus, exclude, seed=13)[:400]
    teacher = load_pipeline({"backend": "spacy", "model": str(REPO / "models/ner-id"), "entity_ruler": True})
    docs = silver_docs(teacher, rows, sentences=200, per_article=3, exclude_sentences=set())
    assert len(docs) == 200 and all(any(e.label_ == "PER" for e in d.ents) for d in docs)
    assert not {r["article_id"] for r in rows} & exclude
