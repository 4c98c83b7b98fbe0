"""Unicode repair: mojibake, quotes, dashes and whitespace, keeping paragraphs."""

from __future__ import annotations

import re

import ftfy

# CLICK-ID joined empty <p> paragraphs with commas: ".,,"Next" is a paragraph break.
_EMPTY_PARAGRAPHS = re.compile(r'(?<=[.!?"])\s*,{2,}\s*(?=\S)')
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANKS = re.compile(r"\n\s*\n+")


def repair_text(text: str) -> str:
    """Fix broken encodings (ftfy), straighten quotes and dashes, fold spaces per line."""
    text = ftfy.fix_text(text, uncurl_quotes=True, fix_line_breaks=True, normalization="NFC")
    text = text.translate(_DASHES).replace("\u2018", "'").replace("\u2019", "'")
    text = _EMPTY_PARAGRAPHS.sub("\n", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
