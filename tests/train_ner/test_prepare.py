"""Corpus preparation: both file formats, label mapping and IOB repair, de-duplication, no test sentence in training."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from spacy.tokens import DocBin
from spacy.vocab import Vocab

from pipeline.train_ner.prepare import dedupe, fold_sentence, map_tags, prepare, read_conll, to_doc

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared/corpora/ner"
LABELS = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))["train_ner"]["label_map"]

# idner-news-2k train.txt (MIT): `token POS tag`, CRLF line ends
IDNER = (b"Rachlan PROPN B-PER\r\nNasidik PROPN I-PER\r\nusai VERB O\r\ndiskusi NOUN O\r\n"
         b"di ADP O\r\nJakarta PROPN B-LOC\r\n, PUNCT O\r\nJumat PROPN O\r\n. PUNCT O\r\n\r\n")
# NERGrit train_preprocess.txt (MIT, IndoNLU): `token<TAB>tag`
NERGRIT = ("Beristri\tO\nMirna\tB-PERSON\nAli\tI-PERSON\n,\tO\nyang\tO\nberasal\tO\ndari\tO\n"
           "Minangkabau\tB-PLACE\n(\tO\nPadang\tB-PLACE\n,\tO\nSumatera\tB-PLACE\nBarat\tI-PLACE\n)\tO\n\n"
           "Pada\tO\ntahun\tO\n1996\tO\n")


def test_reads_both_corpus_formats(tmp_path: Path) -> None:
    (tmp_path / "train.txt").write_bytes(IDNER)
    (tmp_path / "train_preprocess.txt").write_text(NERGRIT, encoding="utf-8")
    assert list(read_conll(tmp_path / "train.txt")) == [
        (["Rachlan", "Nasidik", "usai", "diskusi", "di", "Jakarta", ",", "Jumat", "."],
         ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "O", "O", "O"])]
    grit = list(read_conll(tmp_path / "train_preprocess.txt"))
    assert len(grit) == 2 and grit[1] == (["Pada", "tahun", "1996"], ["O", "O", "O"])
    assert grit[0][1][:4] == ["O", "B-PERSON", "I-PERSON", "O"]


def test_label_mapping_drops_other_labels_and_repairs_iob() -> None:
    tags = ["B-PERSON", "I-PERSON", "B-TIME", "I-TIME", "I-LOCATION", "O", "B-ORGANIZATION", "I-PLACE", "I-PLACE"]
    assert map_tags(tags, LABELS) == ["B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-ORG", "B-LOC", "I-LOC"]


def test_doc_carries_the_mapped_entities() -> None:
    words = ["Beristri", "Mirna", "Ali", ",", "yang", "berasal", "dari", "Padang"]
    tags = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PLACE"]
    doc = to_doc(Vocab(), words, map_tags(tags, LABELS))
    assert [(e.text, e.label_) for e in doc.ents] == [("Mirna Ali", "PER"), ("Padang", "LOC")]


def test_dedupe_folds_case_and_spacing() -> None:
    cased = (["Rachlan", "Nasidik", "usai", "diskusi", "di", "Jakarta", ",", "Jumat", "."],
             ["B-PER", "I-PER", "O", "O", "O", "B-LOC", "O", "O", "O"])
    lowered = (["rachlan", "nasidik", "usai", "diskusi", "di", "jakarta,", "jumat."], ["B-PER"] + ["O"] * 6)
    assert fold_sentence(cased[0]) == fold_sentence(lowered[0]) == "rachlan nasidik usai diskusi di jakarta jumat"
    assert dedupe([cased, lowered], set()) == [cased]
    assert dedupe([cased], {fold_sentence(lowered[0])}) == []


@pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora/ner is not here")
def test_no_test_or_dev_sentence_in_training(tmp_path: Path) -> None:
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))["train_ner"]
    counts = prepare(CORPORA, params, tmp_path)
    assert counts["train"] > 4000 and counts["test-combined"] > counts["test-news"] > 900

    def keys(name: str) -> set[str]:
        return {fold_sentence([t.text for t in d]) for d in DocBin().from_disk(tmp_path / f"{name}.spacy").get_docs(Vocab())}

    train, dev, test = keys("train"), keys("dev"), keys("test-combined")
    assert len(train) == counts["train"] and not train & test and not train & dev and not dev & test
    assert keys("test-news") == keys("test-idner-news-2k") | keys("test-indolem-nerui")

