"""Property-based: the number, date, quote and name parsers, and whole extraction, on any string.

Never raise; every span lies inside the text, is not empty, and holds the record's evidence;
every value is finite.
"""

from __future__ import annotations

import math
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pipeline import schema
from pipeline.extract.__main__ import extract_article
from pipeline.extract.base import Article
from pipeline.extract.dates import parse_dates
from pipeline.extract.numbers import parse_number
from pipeline.extract.officials import clean_name
from pipeline.extract.quotes import quote_spans

# Pieces of Indonesian news that the parsers react to, to be mixed with arbitrary text.
PIECES = ["Wali Kota", "Bupati", "Wakil Gubernur", "Penjabat (Pj)", "Kepala Dinas Kesehatan", "Kota Bogor", "Hery Antasari",
          "dr. Ani, M.Kes.", "Kang Erwin", "H.", "S.Sos", "meninjau", "mengatakan", "ujarnya", "kata", "menurut", "akan",
          "menargetkan", '"', "\u201c", "\u201d", "'", ",", ".", ":", "\n", "\n\n", "(", ")", "Rp", "12,5", "miliar", "T",
          "persen", "999999999999", "1.234.567,89", "10.250", "1.5", "0,000001", "9" * 400, "Senin", "Selasa (23/4/2024)",
          "31/02/2025", "(45/13/2025)", "29 Februari 2023", "akhir tahun 2025", "akhir Oktober", "minggu depan", "kemarin",
          "tanggal", "2024", "\u2028", "\x00", "\u200b"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(" ".join)
bases = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))


@settings(deadline=None)  # wall clock is not what is tested here
@given(st.one_of(st.text(), st.from_regex(r"\d{1,16}([.,]\d{1,16}){0,4}", fullmatch=True)))
def test_parse_number_is_finite_or_none(s: str) -> None:
    value = parse_number(s)
    assert value is None or (isinstance(value, float) and math.isfinite(value))


@settings(deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_reads_indonesian_thousands(n: int) -> None:
    assert parse_number(str(n)) == n
    if n >= 1000:
        assert parse_number(f"{n:,}".replace(",", ".")) == n


@settings(deadline=None)
@given(texts, bases)
def test_parse_dates_spans_hold_their_text(text: str, base: date | None) -> None:
    for d in parse_dates(text, base):
        assert 0 <= d["start"] < d["end"] <= len(text)
        assert text[d["start"]:d["end"]].strip() == d["text"] != ""
        assert d["date"] is None or isinstance(d["date"], date)


@settings(deadline=None)
@given(texts)
def test_quote_spans_lie_inside_the_text(text: str) -> None:
    for start, end in quote_spans(text):
        assert 0 <= start < end <= len(text) and text[start:end].strip()


@settings(deadline=None)
@given(texts)
def test_clean_name_keeps_words_of_the_name_in_order(name: str) -> None:
    cleaned = clean_name(name)
    words = name.split()
    for word in cleaned.split():  # every word comes from the input, in order
        assert any(word in w for w in words), (word, words)
        words = words[next(i for i, w in enumerate(words) if word in w) + 1:]


# The field of each table that quotes the text at [char_start, char_end).
EVIDENCE = {"officials": "name", "visits": "host_org_text", "commitments": "text", "indicators": "value_text", "quotes": "text"}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, bases)
def test_extracted_records_point_at_their_evidence(nlp_pipeline: Language, text: str, base: date | None) -> None:
    article = Article(nlp_pipeline(text), "prop", base, None)
    results = extract_article(article)
    for table in schema.RECORD_TABLES:
        for rec in results.get(table, []):
            assert 0 <= rec["char_start"] < rec["char_end"] <= len(text), (table, rec)
            evidence = text[rec["char_start"]:rec["char_end"]]
            assert evidence.strip(), (table, rec)
            field = rec.get(EVIDENCE[table])
            assert field is None or field in evidence, (table, field, evidence)
            for key, value in rec.items():
                assert not (isinstance(value, float) and not math.isfinite(value)), (table, key, rec)
