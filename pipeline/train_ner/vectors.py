"""Static floret vectors from the unlabelled news corpus, for the NER model's tok2vec.

The labelled corpora hold ~5,000 sentences; the 20,000 news articles teach the model what
Indonesian names, places and agencies look like in context. floret stores words and
subwords in one small hashed table, so every token (also unseen names) gets a vector and
the table stays a few MB. Gold articles are left out (`exclude.py`): the vectors must not see
what the name recall is measured on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy

from pipeline.config import JejakError


def corpus_texts(corpus_jsonl: Path, exclude: set[str]) -> Iterator[str]:
    """Article texts of a JSONL corpus, without the excluded ids and empty texts."""
    with corpus_jsonl.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("id") not in exclude and (row.get("text") or "").strip():
                yield row["text"]


def tokenized_lines(texts: Iterable[str]) -> Iterator[str]:
    """One line per paragraph, tokens as spaCy's Indonesian tokenizer splits them (as the NER model sees them)."""
    tokenizer = spacy.blank("id").tokenizer
    paragraphs = (p for text in texts for p in text.split("\n") if p.strip())
    for doc in tokenizer.pipe(paragraphs, batch_size=256):
        yield " ".join(t.text for t in doc if not t.is_space)


def inputs_stamp(corpus_jsonl: Path, exclude: set[str], options: dict[str, Any]) -> str:
    """What the vectors are made of: the corpus file (size, mtime), the excluded ids and the floret options."""
    stat = corpus_jsonl.stat()
    return json.dumps({"corpus": [str(corpus_jsonl), stat.st_size, int(stat.st_mtime)], "exclude": sorted(exclude),
                       "options": options, "code": 1}, sort_keys=True)


def train_vectors(corpus_jsonl: Path, exclude: set[str], options: dict[str, Any], out_dir: Path) -> Path:
    """Train floret vectors on the corpus without the `exclude`d articles; save them as a spaCy vectors pipeline.

    Vectors already in `out_dir` from the same inputs (`inputs.json`) are reused: floret takes most of
    an hour on a busy core, and the NER training is often rerun with other settings only.
    """
    import floret  # training-only dependency: `pip install 'jejak[train]'`
    from spacy.training.initialize import convert_vectors

    if not corpus_jsonl.exists():
        raise JejakError(f"news corpus for the vectors not found: {corpus_jsonl} (set train_ner.corpus_jsonl)")
    stamp, stamp_file, spacy_dir = inputs_stamp(corpus_jsonl, exclude, options), out_dir / "inputs.json", out_dir / "spacy"
    if spacy_dir.is_dir() and stamp_file.exists() and stamp_file.read_text(encoding="utf-8") == stamp:
        return spacy_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp_file.unlink(missing_ok=True)
    text_file = out_dir / "corpus.txt"
    with text_file.open("w", encoding="utf-8") as f:
        for line in tokenized_lines(corpus_texts(corpus_jsonl, exclude)):
            f.write(line + "\n")
    model = floret.train_unsupervised(str(text_file), model="skipgram", mode="floret", thread=1, verbose=0,
                                      **options)
    floret_file = out_dir / "vectors.floret"
    model.save_floret_vectors(str(floret_file))
    nlp = spacy.blank("id")
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(spacy_dir)
    text_file.unlink()
    floret_file.unlink()
    stamp_file.write_text(stamp, encoding="utf-8")
    return spacy_dir
