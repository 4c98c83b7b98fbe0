"""Human-readable score tables and error lists for `jejak evaluate`."""

from __future__ import annotations

from typing import Any

from pipeline.evaluate.scoring import TABLES


def format_scores(scores: dict[str, Any]) -> str:
    """One line per table: P, R, F1, counts and attribute accuracies."""
    lines = [f"{scores['articles']} gold articles scored; published_date accuracy "
             f"{_pct(scores['published_date_accuracy'])}",
             f"{'table':<13}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}  attributes"]
    for table in (*TABLES, "quotes_found"):
        s = scores[table]
        attrs = ", ".join(f"{k.removesuffix('_accuracy')} {_pct(v)}" for k, v in s.items() if k.endswith("_accuracy"))
        lines.append(f"{table:<13}{s['precision']:>7.2f}{s['recall']:>7.2f}{s['f1']:>7.2f}"
                     f"{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}  {attrs}")
    if scores.get("gold_absent"):
        lines.append(f"not in this dataset: {len(scores['gold_absent'])} gold articles")
    if "clean" in scores:
        c = scores["clean"]
        lines.append(f"cleaning: {c['articles']} gold articles, {c['boilerplate_leaked']} boilerplate lines leaked, "
                     f"{c['body_lost']} body lines lost, metadata {_pct(c['metadata_accuracy'])} of {c['metadata_checked']}")
    return "\n".join(lines)


def _pct(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.0%}"


def format_errors(errors: list[dict[str, Any]]) -> str:
    """Each missed gold record and each spurious prediction, with the sentence it came from."""
    lines = []
    for e in errors:
        if e["table"] == "clean":
            lines.append(f"CLEAN    {e['article_id']} {e['error']}: {e['line']}")
        elif e["error"] == "missed":
            body = ", ".join(f"{k}={v}" for k, v in e["gold"].items())
            lines.append(f"MISSED   {e['article_id']} {e['table']}: {body}")
        else:
            p = e["prediction"]
            keys = [k for k in p if k not in ("sentence", "char_start", "char_end", "extractor", "confidence")]
            body = ", ".join(f"{k}={p[k]}" for k in keys if p[k] not in (None, ""))
            lines.append(f"SPURIOUS {e['article_id']} {e['table']}: {body}\n         in: {p.get('sentence', '')[:200]}")
    return "\n".join(lines)
