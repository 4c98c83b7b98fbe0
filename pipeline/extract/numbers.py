"""Indonesian numbers: decimal comma, thousands dot, scale words ("Rp 66,13 T" = 66.13 triliun)."""

from __future__ import annotations

import math
import re

SCALES = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9,
          "triliun": 1e12, "t": 1e12}
SCALE_WORD = {"rb": "ribu", "jt": "juta", "m": "miliar", "milyar": "miliar", "t": "triliun"}
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def parse_number(text: str) -> float | None:
    """`4,48` -> 4.48, `10.250` -> 10250, `1.234,5` -> 1234.5; None if not a finite number."""
    s = text.strip()
    if not re.fullmatch(NUMBER + r"|\d+\.\d+", s):
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    elif re.fullmatch(r"\d+\.\d{1,2}", s):
        pass  # "1.5" written the English way
    value = float(s)
    return value if math.isfinite(value) else None
