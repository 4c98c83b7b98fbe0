"""Pathological text through every extractor: each article finishes or is rejected at the time limit."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spacy.language import Language

from pipeline import dataset, schema
from pipeline.extract import __main__ as extract_stage
from pipeline.extract.base import Article
from pipeline.guard import Failed, Overrun, guarded_map
from pipeline.nlp import serialize
from pipeline.nlp.__main__ import NLP_SCHEMA
from pipeline.parquet import write_table_atomic

LEAD = "Wali Kota Bogor Hery Antasari meninjau Dinas Kesehatan Kota Bogor, Senin (16/9/2019)."


def pathological(n: int) -> dict[str, str]:
    """Texts that make rules backtrack or loop over every pair of mentions; `n` scales them."""
    return {
        "quote_marks": LEAD + "\n" + '" ' * (5 * n),
        "unclosed_quotes": ('"Kami akan membangun jalan, ' * (n // 3)) + "ujar Hery.",
        "long_word": f"{LEAD} {'x' * (10 * n)} {LEAD}",
        "titles": "Wali Kota Wakil Bupati Gubernur " * (n // 2),
        "names": LEAD + " " + "Hery Antasari, " * n,
        "numbers": "Rp " + "1." * (3 * n) + " persen " + "9" * (5 * n) + " miliar " + "1,5 " * (2 * n),
        "dates": "Senin, " * n + "(31/02/2025) " * (n // 2) + "akhir " * n,
        "brackets": "( " * (3 * n) + ") " * (3 * n),
        "cues": '"Kami akan membangun," ujar ' * n,
        "commitments": "akan menargetkan " * (2 * n),
        "agencies": "Dinas Kesehatan " * (2 * n),
        "invisible": "\u200b\u2028\U0001f600" * (3 * n),
    }


def _valid(text: str, results: dict) -> None:
    for table in schema.RECORD_TABLES:
        for rec in results.get(table, []):
            assert 0 <= rec["char_start"] < rec["char_end"] <= len(text), (table, rec)
            assert all(not (isinstance(v, float) and not math.isfinite(v)) for v in rec.values()), (table, rec)


@pytest.mark.parametrize("n", [250, pytest.param(1000, marks=pytest.mark.slow)])
def test_every_extractor_finishes_or_is_stopped_at_the_limit(n: int, nlp_pipeline: Language, params: dict) -> None:
    texts = pathological(n)
    limit = params["extract"]["article_timeout_s"]
    articles = [Article(nlp_pipeline(text), name) for name, text in texts.items()]
    outcomes = list(guarded_map(lambda skip: articles[skip:], extract_stage.extract_article, lambda a: a.article_id, limit))
    assert [o.label for o in outcomes] == list(texts)
    for outcome in outcomes:
        assert not isinstance(outcome.result, Failed), outcome  # an extractor raised
        if not isinstance(outcome.result, Overrun):
            _valid(texts[outcome.label], outcome.result)


def _runaway(article: Article) -> list:
    """An extractor with a catastrophic regex, as a careless rule could be."""
    if "aaaa" in article.text:
        re.match(r"(a+)+$", "a" * 40 + "b")
    return []


def test_extract_stage_rejects_the_article_over_the_limit(nlp_pipeline: Language, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_stage, "ORDER", [*extract_stage.ORDER, ("runaway", _runaway)])
    texts = {"a-before": LEAD, "b-runaway": LEAD + " aaaa", "c-after": LEAD}
    docs, spans = serialize.pack(nlp_pipeline.pipe(texts.values()))
    write_table_atomic(tmp_path / "nlp.parquet", [{"batch": 0, "article_ids": list(texts), "docs": docs, "spans": spans}], NLP_SCHEMA)
    rows = [{"article_id": k, "status": "ok", "text": t} for k, t in texts.items()]
    write_table_atomic(tmp_path / "articles.parquet", rows, schema.ARTICLES)

    counts = extract_stage.run(tmp_path / "nlp.parquet", tmp_path / "articles.parquet", tmp_path / "records", limit_s=1)
    assert pq.read_table(tmp_path / "records" / "failures.parquet").to_pylist() == \
        [{"article_id": "b-runaway", "reject_reason": "extraction took longer than 1 s (extract.article_timeout_s)"}]
    officials = pq.read_table(tmp_path / "records" / "officials.parquet").column("article_id").to_pylist()
    assert counts["officials"] == 2 and officials == ["a-before", "c-after"]

    dataset.run(tmp_path / "articles.parquet", tmp_path / "records", tmp_path / "out")
    status = {a["article_id"]: (a["status"], a["reject_reason"]) for a in pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()}
    assert status["b-runaway"] == ("rejected", "extraction took longer than 1 s (extract.article_timeout_s)")
    assert status["a-before"] == status["c-after"] == ("ok", None)
