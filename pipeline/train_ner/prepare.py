"""Public Indonesian NER corpora to spaCy DocBins with one label set (PER, ORG, LOC).

The corpora overlap (NER-UGM's sentences are nearly all idner-news-2k's, annotated differently;
NERP holds lowercased copies of both), so sentences are de-duplicated on their case- and
punctuation-folded text, earlier corpora in the list winning, and any sentence of a test set
is kept out of dev and train, any dev sentence out of train.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training.iob_utils import iob_to_biluo, tags_to_entities
from spacy.vocab import Vocab

from pipeline.config import JejakError

Sentence = tuple[list[str], list[str]]


@dataclass(frozen=True)
class Split:
    """One corpus file of one split."""

    corpus: str
    path: str


def read_conll(path: Path) -> Iterator[Sentence]:
    """Sentences of a token-per-line file whose last column is the IOB tag."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\r\n").split()
            if not parts:
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            words.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    if words:
        yield words, tags


def map_tags(tags: list[str], label_map: dict[str, str]) -> list[str]:
    """Map corpus labels to Jejak's; unmapped labels become O and broken I- tags become B-."""
    out: list[str] = []
    for tag in tags:
        if tag == "O" or "-" not in tag:
            out.append("O")
            continue
        prefix, label = tag.split("-", 1)
        new = label_map.get(label)
        if new is None:
            out.append("O")
            continue
        if prefix == "I" and not (out and out[-1] != "O" and out[-1][2:] == new):
            prefix = "B"
        out.append(f"{prefix}-{new}")
    return out


def fold_sentence(words: list[str]) -> str:
    """The de-duplication key: lowercase words without punctuation spacing differences."""
    return re.sub(r"\W+", " ", " ".join(words).lower()).strip()


def entity_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """(label, first token, last token) of every entity of an IOB tag sequence."""
    return tags_to_entities(iob_to_biluo(tags))


def to_doc(vocab: Vocab, words: list[str], tags: list[str]) -> Doc:
    doc = Doc(vocab, words=words)
    doc.ents = [doc.char_span(doc[s].idx, doc[e].idx + len(doc[e]), label=label)
                for label, s, e in entity_spans(tags)]
    return doc


def load_split(root: Path, splits: list[Split], label_map: dict[str, str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for split in splits:
        path = root / split.corpus / split.path
        if not path.exists():
            raise JejakError(f"NER corpus file not found: {path} (set train_ner.corpora_dir)")
        sentences += [(w, map_tags(t, label_map)) for w, t in read_conll(path)]
    return sentences


def dedupe(sentences: list[Sentence], exclude: set[str]) -> list[Sentence]:
    """Drop repeats and sentences whose folded text is in `exclude`."""
    seen = set(exclude)
    out = []
    for words, tags in sentences:
        key = fold_sentence(words)
        if key and key not in seen:
            seen.add(key)
            out.append((words, tags))
    return out


def prepare(root: Path, config: dict, out_dir: Path) -> dict[str, int]:
    """Write train/dev DocBins and one test DocBin per corpus, plus all test sets combined and the
    news corpora's (`news_tests`) combined."""
    label_map = config["label_map"]
    splits = {name: [Split(**s) for s in config["splits"][name]] for name in ("train", "dev", "test")}
    tests = {s.corpus: dedupe(load_split(root, [s], label_map), set()) for s in splits["test"]}
    test_keys = {fold_sentence(w) for sents in tests.values() for w, _ in sents}
    dev = dedupe(load_split(root, splits["dev"], label_map), test_keys)
    dev_keys = {fold_sentence(w) for w, _ in dev}
    train = dedupe(load_split(root, splits["train"], label_map), test_keys | dev_keys)
    combined = dedupe([s for sents in tests.values() for s in sents], set())
    news = dedupe([s for corpus in config["news_tests"] for s in tests[corpus]], set())
    vocab = Vocab()
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("*.spacy"):  # e.g. the test set of a corpus no longer configured
        stale.unlink()
    counts = {}
    for name, sents in [("train", train), ("dev", dev), ("test-combined", combined), ("test-news", news),
                        *((f"test-{corpus}", sents) for corpus, sents in tests.items())]:
        DocBin(docs=(to_doc(vocab, w, t) for w, t in sents)).to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(sents)
    return counts
