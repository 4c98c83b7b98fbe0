"""How good and how fast a trained NER pipeline is: the figures of `metrics/ner.json`.

Entity scores are exact-span P/R/F1 (spaCy's scorer) per test set and label. The name
recall asks what the extractors need: is each official of the gold records, where the
text writes the name, found inside a PER entity? It is measured for the model alone on
the raw text, and for the `nlp` stage's pipeline (model + gazetteer rulers + the officials'
name rules) on the text as the clean stage leaves it, which is what that pipeline reads.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example
from threadpoolctl import threadpool_limits


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def score_docbin(nlp: Language, path: Path) -> dict[str, Any]:
    """Entity P/R/F1 of `nlp` on the gold docs of a DocBin: micro over all labels and per label.

    The model reads the sentence text and tokenizes it itself, as it does in the pipeline.
    """
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    examples = [Example(pred, ref) for pred, ref in zip(nlp.pipe(d.text for d in gold), gold)]
    scores = Scorer.score_spans(examples, "ents")
    support = Counter(e.label_ for d in gold for e in d.ents)
    per_label = {label: {"precision": s["p"], "recall": s["r"], "f1": s["f"], "entities": support[label]}
                 for label, s in sorted((scores["ents_per_type"] or {}).items())}
    return _round({"precision": scores["ents_p"], "recall": scores["ents_r"], "f1": scores["ents_f"],
                   "sentences": len(gold), "entities": sum(support.values()), "per_label": per_label})


def words_per_second(nlp: Language, texts: list[str], repeats: int = 3) -> float:
    """Whitespace words per CPU second of `nlp.pipe` on one thread, best of `repeats` passes.

    CPU time rather than wall time: the figure must not depend on what else the machine runs.
    """
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    with threadpool_limits(limits=1):
        for _ in range(repeats):
            start = time.process_time()
            for _doc in nlp.pipe(texts, batch_size=64):
                pass
            best = min(best, time.process_time() - start)
    return round(words / best, 1)


def gold_texts(seed_dir: Path, jsonl_files: Iterable[Path]) -> dict[str, str]:
    """Raw texts of the articles that gold records may refer to: seed .txt files, then JSONL rows by id."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(seed_dir.glob("*.txt"))}
    for src in jsonl_files:
        if src.exists():
            with src.open(encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line)
                    texts.setdefault(row["id"], row["text"])
    return texts


def cleaned_texts(texts: dict[str, str]) -> dict[str, str]:
    """The texts as the clean stage passes them to the `nlp` stage (mojibake repaired, boilerplate cut);
    the raw text where cleaning rejects the article."""
    from pipeline.clean.__main__ import clean_article  # the clean stage's imports are needed here only

    out = {}
    for article_id, text in texts.items():
        row = clean_article({"article_id": article_id, "text": text}, Counter())
        out[article_id] = row["text"] if row["status"] == "ok" and row["text"] else text
    return out


def written_name(official: dict[str, Any], text: str) -> str | None:
    """The first of the official's gold name variants that the text writes out, if any."""
    names = official["name"] if isinstance(official["name"], list) else [official["name"]]
    return next((n for n in names if n and n in text), None)


def official_name_recall(nlp: Language, gold_files: Iterable[Path], texts: dict[str, str]) -> dict[str, Any]:
    """Share of (article, official) pairs whose written name lies, at one of its mentions at least, in a PER entity.

    Also the per-mention share, and every missed pair. Gold articles without a text here are counted
    in `articles_without_text` (the detik25 texts live only in ../shared).
    """
    found = total = mentions = mentions_found = 0
    missed: list[str] = []
    no_text = 0
    for path in gold_files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = texts.get(gold["article_id"])
        if text is None:
            no_text += 1
            continue
        spans = [(e.start_char, e.end_char) for e in nlp(text).ents if e.label_ == "PER"]
        for official in gold["officials"]:
            name = written_name(official, text)
            if name is None:
                continue  # not written out in the text (e.g. completed from the headline)
            hits = [any(s <= m.start() and m.end() <= e for s, e in spans)
                    for m in re.finditer(re.escape(name), text)]
            total += 1
            mentions += len(hits)
            mentions_found += sum(hits)
            if any(hits):
                found += 1
            else:
                missed.append(f"{gold['article_id']}: {name}")
    return {"recall": round(found / total, 4) if total else None, "names": total,
            "mention_recall": round(mentions_found / mentions, 4) if mentions else None, "mentions": mentions,
            "articles_without_text": no_text, "missed": missed}
