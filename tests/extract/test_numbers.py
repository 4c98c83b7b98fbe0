"""Indonesian number notation: decimal comma, thousands dot, scale words."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.numbers import ENGLISH_DECIMAL, parse_number, scale_of


@pytest.mark.parametrize(("text", "value"), [
    ("4,48", 4.48), ("95,17", 95.17), ("10.250", 10250.0), ("10.548.530", 10548530.0), ("1.275,6", 1275.6),
    ("66,13", 66.13), ("2.946.702.750.854", 2946702750854.0), ("9063", 9063.0), ("1.5", 1.5),
    ("empat", 4.0), ("Sepuluh", 10.0), ("setengah", 0.5),  # before a scale word: "empat juta anak" (detik25-0889)
])
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "4,48,1", "1.2.3"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def test_an_english_decimal_is_read_only_before_a_unit() -> None:
    assert re.fullmatch(ENGLISH_DECIMAL, "14.28") and parse_number("14.28") == 14.28  # "14.28 km" (clickid-pos-00295)
    assert not re.fullmatch(ENGLISH_DECIMAL, "1.500")  # a thousands group


def test_scale_words() -> None:
    assert scale_of("triliun") == (1e12, "triliun")
    assert scale_of("T", rupiah=True) == (1e12, "triliun")  # "Rp 66,13 T"
    assert scale_of("M", rupiah=True) == (1e9, "miliar")
    assert scale_of("M") == (1.0, None)  # "20 m" is metres, not miliar
    assert scale_of("jt") == (1e6, "juta")
    assert scale_of(None) == (1.0, None)
