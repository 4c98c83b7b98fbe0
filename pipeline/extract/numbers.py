"""Indonesian numbers: decimal comma, thousands dot, scale words ("Rp 66,13 T" = 66.13 triliun)."""

from __future__ import annotations

import math
import re

SCALES = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9,
          "triliun": 1e12, "triliyun": 1e12, "trilyun": 1e12, "t": 1e12}
SCALE_WORD = {"rb": "ribu", "jt": "juta", "m": "miliar", "milyar": "miliar", "t": "triliun", "triliyun": "triliun",
              "trilyun": "triliun"}  # misspellings as written in the news ("Rp1,284 triliyun")
# A list that lost its line breaks glues the next item number to an amount ("Rp420.000,2. Uang representasi"):
# after thousands dots, ",2." before a space is that number, not a decimal.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+(?![.)](?:\s|$)))?|\d+(?:,\d+)?"
# An English decimal point before a unit or scale word ("14.28 km", "1.5 juta"): one or two digits after the
# dot cannot be a thousands group; only read where a unit follows, so times ("pukul 10.30") are not numbers.
ENGLISH_DECIMAL = r"\d{1,3}\.\d{1,2}(?![\d.,])"
# Thousands written with a dot: "10.250", "1.275,6"; a single dot followed by one or two
# digits ("1.5") is an English decimal point.
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


# Numbers written as words, as they are before a scale word ("empat juta anak", "dua ribu ton", "setengah juta").
WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "setengah": 0.5}
WORD_NUMBER = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|setengah)"


def parse_number(text: str) -> float | None:
    """`4,48` -> 4.48, `10.250` -> 10250, `1.234,5` -> 1234.5, `1.5` -> 1.5, `empat` -> 4; None if not a number."""
    s = text.strip()
    if s.lower() in WORDS:
        return float(WORDS[s.lower()])
    if not re.fullmatch(NUMBER + r"|\d+\.\d+", s):
        return None
    if _THOUSANDS.fullmatch(s):
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    value = float(s)
    return value if math.isfinite(value) else None


def scale_of(word: str | None, rupiah: bool = False) -> tuple[float, str | None]:
    """Multiplier and full scale word: `M` is miliar and `T` triliun only after `Rp`."""
    if not word:
        return 1.0, None
    w = word.lower()
    if w in ("m", "t") and not rupiah:
        return 1.0, None
    return SCALES[w], SCALE_WORD.get(w, w)
