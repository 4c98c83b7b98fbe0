"""Scoring predictions against gold exactly as spec/annotation.md says.

Pure functions over plain dicts: gold files as loaded from JSON, predictions as rows of
the dataset tables. Each gold record is matched to at most one prediction of the same
article; precision, recall and F1 are micro-averaged over articles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipeline import gazetteers

TABLES = ("officials", "visits", "commitments", "indicators", "quotes")
MULTIPLIERS = {"ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12}
_WORD = re.compile(r"\w+", re.UNICODE)


def alternatives(value: Any) -> list[str]:
    """Gold fields may hold one string or a list of accepted alternatives."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def words(text: str | None) -> set[str]:
    return set(_WORD.findall((text or "").lower()))


def overlap(a: str | None, b: str | None) -> float:
    """|A ∩ B| / min(|A|, |B|) over lowercase word sets."""
    wa, wb = words(a), words(b)
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def text_f1(a: str | None, b: str | None) -> float:
    """2|A ∩ B| / (|A| + |B|): a whole sentence does not match a short clause."""
    wa, wb = words(a), words(b)
    return 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0


def _title_words() -> set[str]:
    g = gazetteers.load()
    return {w for form in g.title_forms for w in form.split()}


def norm_name(name: str | None) -> str:
    """Case-folded name without honorifics and title words, whitespace folded."""
    if not name:
        return ""
    drop = {h.lower().rstrip(".") for h in gazetteers.load().honorifics} | _title_words()
    toks = [t for t in re.findall(r"[\w'-]+", name.lower()) if t not in drop]
    return " ".join(toks)


def name_matches(gold: str, pred: str | None, others: list[str]) -> bool:
    """Same name, or a longer/shorter form of it that no other gold name of the article shares."""
    g, p = norm_name(gold), norm_name(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    if set(pw) <= set(gw) or set(gw) <= set(pw):
        shared = set(pw) & set(gw)
        return not any(shared & set(norm_name(o).split()) for o in others if norm_name(o) != g)
    return False


def any_name(gold_value: Any, pred: str | None, others: list[str]) -> bool:
    """`name_matches` for any alternative of the gold name; its own alternatives are not "other" names."""
    alts = alternatives(gold_value)
    rest = [o for o in others if o not in alts]
    return any(name_matches(g, pred, rest) for g in alts)


def same_text(gold_value: Any, pred: str | None) -> bool:
    """Case-insensitive equality with any alternative (for titles, jurisdictions, units, kinds)."""
    alts = alternatives(gold_value)
    if not alts:
        return not pred
    p = " ".join(_WORD.findall((pred or "").lower()))
    return any(" ".join(_WORD.findall(g.lower())) == p for g in alts)


def _contains(big: str, small: str) -> bool:
    b, s = " ".join(_WORD.findall(big.lower())), " ".join(_WORD.findall(small.lower()))
    return bool(s) and re.search(r"(^| )" + re.escape(s) + r"($| )", b) is not None


def host_matches(gold: dict, pred: dict) -> bool:
    """Any host alias against host_org/host_org_text; else the place against place_text."""
    hosts = alternatives(gold.get("host_org"))
    if hosts:
        fields = [pred.get("host_org") or "", pred.get("host_org_text") or ""]
        return any(_contains(f, h) for h in hosts for f in fields if f)
    places = alternatives(gold.get("place"))
    text = pred.get("place_text") or pred.get("host_org_text") or ""
    return bool(text) and any(_contains(text, p) or _contains(p, text) for p in places)


def date_matches(gold: Any, pred: Any) -> bool:
    """ISO day equality; a gold year or month ("2026", "2026-05") matches on that prefix."""
    if gold in (None, ""):
        return pred in (None, "")
    if pred in (None, ""):
        return False
    p = pred.isoformat() if isinstance(pred, date) else str(pred)
    return p.startswith(str(gold))


def unit_multiplier(unit: str | None) -> tuple[float, str]:
    """`triliun rupiah` -> (1e12, `rupiah`); `%` counts as `persen`."""
    ws = (unit or "").lower().replace("%", "persen").split()
    mult = 1.0
    rest = []
    for w in ws:
        if w in MULTIPLIERS:
            mult *= MULTIPLIERS[w]
        else:
            rest.append(w)
    return mult, " ".join(rest)


def indicator_matches(gold: dict, pred: dict) -> bool:
    gm, gu = unit_multiplier(gold.get("unit"))
    pm, pu = unit_multiplier(pred.get("unit"))
    try:
        gv, pv = float(gold["value"]) * gm, float(pred["value"]) * pm
    except (TypeError, ValueError):
        return False
    if not (math.isfinite(gv) and math.isfinite(pv)) or not math.isclose(gv, pv, rel_tol=1e-6, abs_tol=1e-9):
        return False
    if (gu == "persen") != (pu == "persen"):
        return False
    names = [pred.get("indicator"), pred.get("indicator_text")]
    return any(overlap(a, n) >= 0.5 for a in alternatives(gold.get("indicator")) for n in names if n)


def quote_starts(text_start: str, pred_text: str | None) -> bool:
    """>= 80% of text_start's words among the prediction's first words."""
    gold_words = _WORD.findall(text_start.lower())
    first = _WORD.findall((pred_text or "").lower())[: len(gold_words) + 2]
    if not gold_words:
        return False
    return sum(1 for w in gold_words if w in first) / len(gold_words) >= 0.8


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attrs: dict[str, list[int]] = field(default_factory=dict)

    def attr(self, name: str, ok: bool) -> None:
        self.attrs.setdefault(name, [0, 0])
        self.attrs[name][0] += int(ok)
        self.attrs[name][1] += 1

    def summary(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out: dict[str, Any] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                               "tp": self.tp, "fp": self.fp, "fn": self.fn}
        for name, (ok, n) in sorted(self.attrs.items()):
            out[f"{name}_accuracy"] = round(ok / n, 4) if n else None
        return out


Matcher = Callable[[dict, dict, list[str]], float]


def _match(gold: list[dict], preds: list[dict], score: Matcher, others: list[str]) -> list[tuple[dict, dict | None]]:
    """Greedy one-to-one matching: each gold record takes its best still-free prediction."""
    free = list(range(len(preds)))
    pairs = []
    for g in gold:
        best, best_score = None, 0.0
        for i in free:
            s = score(g, preds[i], others)
            if s > best_score:
                best, best_score = i, s
        if best is not None:
            free.remove(best)
            pairs.append((g, preds[best]))
        else:
            pairs.append((g, None))
    return pairs


def _official_score(g: dict, p: dict, others: list[str]) -> float:
    return float(any_name(g["name"], p.get("name"), others))


def _visit_score(g: dict, p: dict, others: list[str]) -> float:
    return float(any_name(g.get("visitor"), p.get("visitor_name"), others) and host_matches(g, p))


def _commitment_score(g: dict, p: dict, _: list[str]) -> float:
    best = max((text_f1(alt, p.get("text")) for alt in alternatives(g.get("text"))), default=0.0)
    return best if best >= 0.5 else 0.0


def _indicator_score(g: dict, p: dict, _: list[str]) -> float:
    return float(indicator_matches(g, p))


def _quote_score(g: dict, p: dict, others: list[str]) -> float:
    return float(quote_starts(g["text_start"], p.get("text")) and any_name(g.get("speaker"), p.get("speaker_name"), others))


def _quote_found_score(g: dict, p: dict, _: list[str]) -> float:
    return float(quote_starts(g["text_start"], p.get("text")))


SCORERS: dict[str, Matcher] = {"officials": _official_score, "visits": _visit_score,
                               "commitments": _commitment_score, "indicators": _indicator_score,
                               "quotes": _quote_score, "quotes_found": _quote_found_score}


def _attributes(table: str, g: dict, p: dict, tally: Tally, others: list[str]) -> None:
    if table == "officials":
        tally.attr("title", same_text(g.get("title"), p.get("title")))
        tally.attr("jurisdiction", same_text(g.get("jurisdiction"), p.get("jurisdiction")))
    elif table == "visits":
        tally.attr("date", date_matches(g.get("date"), p.get("visit_date")))
        tally.attr("status", same_text(g.get("status"), p.get("status")))
    elif table == "commitments":
        tally.attr("actor", any_name(g.get("actor"), p.get("actor_name"), others)
                   or any(_contains(p.get("actor_org") or "", a) for a in alternatives(g.get("actor")) if p.get("actor_org")))
        tally.attr("value", g.get("target_value") == p.get("target_value") or
                   (g.get("target_value") is not None and p.get("target_value") is not None
                    and math.isclose(float(g["target_value"]), float(p["target_value"]))))
        tally.attr("deadline", date_matches(g.get("deadline"), p.get("deadline")))
    elif table == "indicators":
        tally.attr("value_kind", same_text(g.get("value_kind"), p.get("value_kind")))
        tally.attr("unit", unit_multiplier(g.get("unit"))[1] == unit_multiplier(p.get("unit"))[1])


def score(gold: dict[str, dict], predictions: dict[str, dict[str, list[dict]]],
          published: dict[str, Any]) -> dict[str, Any]:
    """Scores for every table, published_date accuracy, and per-article errors.

    `gold`: article_id -> gold JSON; `predictions`: table -> article_id -> rows;
    `published`: article_id -> predicted published_date.
    """
    tallies = {t: Tally() for t in (*TABLES, "quotes_found")}
    errors: list[dict[str, Any]] = []
    date_ok = 0
    for aid, g in sorted(gold.items()):
        date_ok += date_matches(g.get("published_date"), published.get(aid))
        others = [name for o in g.get("officials", []) for name in alternatives(o["name"])]
        for table, tally in tallies.items():
            gold_rows = g.get("quotes" if table == "quotes_found" else table, [])
            preds = predictions.get("quotes" if table == "quotes_found" else table, {}).get(aid, [])
            pairs = _match(gold_rows, preds, SCORERS[table], others)
            matched = [p for _, p in pairs if p is not None]
            tally.tp += len(matched)
            tally.fn += len(pairs) - len(matched)
            tally.fp += len(preds) - len(matched)
            for gr, p in pairs:
                if p is not None:
                    _attributes(table, gr, p, tally, others)
                elif table != "quotes_found":
                    errors.append({"article_id": aid, "table": table, "error": "missed", "gold": gr})
            if table != "quotes_found":
                matched_ids = {id(p) for p in matched}
                errors += [{"article_id": aid, "table": table, "error": "spurious",
                            "prediction": {k: v for k, v in p.items() if k not in ("article_id",)}}
                           for p in preds if id(p) not in matched_ids]
    result: dict[str, Any] = {t: tallies[t].summary() for t in tallies}
    result["published_date_accuracy"] = round(date_ok / len(gold), 4) if gold else None
    result["articles"] = len(gold)
    return {"scores": result, "errors": errors}
