"""In-domain silver training sentences: officials' names in news sentences, labelled without a human.

The public corpora hold few sentences like "Bupati Majalengka Karna Sobahi meninjau ...", so the
model misses names right after long offices. The officials extractor finds such title + name
patterns from the gazetteer's titles without the NER model; a sentence with one becomes a training
sentence whose entities are the teacher model's PER/ORG/LOC, with the extractor's names written
over them as PER. Gold articles are never read (`exclude.py`), nor sentences of the test and dev
sets. Articles are read in a seeded random order, so the same params give the same sentences.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.clean.__main__ import clean_article
from pipeline.extract.base import Article
from pipeline.extract.officials import find_mentions
from pipeline.train_ner.prepare import fold_sentence

LABELS = ("PER", "ORG", "LOC")
MIN_TOKENS = 5


def corpus_articles(corpus_jsonl: Path, exclude: set[str], seed: int) -> list[dict[str, Any]]:
    """Raw corpus rows (as the clean stage reads them) without the excluded ids, in a seeded random order."""
    rows = []
    with corpus_jsonl.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row.get("id") not in exclude and (row.get("text") or "").strip():
                rows.append({"article_id": row["id"], "text": row["text"], "title": row.get("title"),
                             "published": row.get("published")})
    random.Random(seed).shuffle(rows)
    return rows


def name_spans(article: Article) -> list[tuple[int, int]]:
    """Character spans of the names the officials extractor reads next to a title."""
    spans = []
    for m in find_mentions(article):
        start = article.text.find(m["name"], m["char_start"], m["char_end"])
        if start >= 0:
            spans.append((start, start + len(m["name"])))
    return spans


def _trimmed(sent: Span) -> Span:
    """The sentence without leading and trailing whitespace tokens."""
    start, end = sent.start, sent.end
    while start < end and sent.doc[start].is_space:
        start += 1
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[start:end]


def sentence_doc(sent: Span, names: list[tuple[int, int]]) -> Doc | None:
    """One sentence as a labelled Doc: the teacher's entities, the pattern `names` as PER over them.

    None when a name does not fall on token boundaries or the sentence holds line breaks.
    """
    if any(t.is_space and "\n" in t.text for t in sent):
        return None
    words = [t.text for t in sent]
    spaces = [bool(t.whitespace_) for t in sent]
    spaces[-1] = False
    doc = Doc(sent.doc.vocab, words=words, spaces=spaces)
    off = sent.start_char
    pattern = [doc.char_span(s - off, e - off, label="PER") for s, e in names]
    if any(p is None for p in pattern):
        return None
    taken = {i for p in pattern for i in range(p.start, p.end)}
    teacher = [doc.char_span(e.start_char - off, e.end_char - off, label=e.label_) for e in sent.ents
               if e.label_ in LABELS]
    teacher = [t for t in teacher if t is not None and not taken.intersection(range(t.start, t.end))]
    doc.ents = filter_spans(pattern + teacher)
    return doc


def article_sentences(article: Article, per_article: int) -> Iterator[Doc]:
    """Up to `per_article` silver sentences of one annotated article."""
    names = name_spans(article)
    found = 0
    for sent in article.doc.sents:
        if found >= per_article:
            return
        sent = _trimmed(sent)
        if len(sent) < MIN_TOKENS:
            continue
        inside = [(s, e) for s, e in names if sent.start_char <= s and e <= sent.end_char]
        doc = sentence_doc(sent, inside) if inside else None
        if doc is not None:
            found += 1
            yield doc


def silver_docs(nlp: Language, rows: Iterable[dict[str, Any]], sentences: int, per_article: int,
                exclude_sentences: set[str]) -> list[Doc]:
    """`sentences` silver sentences from the rows, cleaned as the clean stage does and run through the
    teacher pipeline `nlp` (NER, sentences, the gazetteer ruler and the officials' name rules, as
    `pipeline.nlp` loads it).

    Repeated sentences and those whose folded text is in `exclude_sentences` (test and dev) are skipped.
    """
    seen = set(exclude_sentences)
    out: list[Doc] = []
    cleaned = (clean_article(row, Counter()) for row in rows)
    ok = ((row["text"], row["article_id"]) for row in cleaned if row["status"] == "ok")
    for doc, article_id in nlp.pipe(ok, as_tuples=True, batch_size=32):
        for sent in article_sentences(Article(doc=doc, article_id=article_id), per_article):
            key = fold_sentence([t.text for t in sent])
            if key not in seen:
                seen.add(key)
                out.append(sent)
                if len(out) >= sentences:
                    return out
    return out


def folded_sentences(docbins: Iterable[Path]) -> set[str]:
    """Folded texts of every sentence of the DocBins (the sets silver sentences must not repeat)."""
    vocab = Vocab()
    return {fold_sentence([t.text for t in d]) for p in docbins for d in DocBin().from_disk(p).get_docs(vocab)}


def entity_counts(docs: Iterable[Doc]) -> dict[str, int]:
    """Entities per label of the silver sentences (for the metrics)."""
    return dict(sorted(Counter(e.label_ for d in docs for e in d.ents).items()))
