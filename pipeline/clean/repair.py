"""Unicode repair: mojibake, quotes, dashes and whitespace, keeping paragraphs."""

from __future__ import annotations

import re

import ftfy
import ftfy.fixes

# CLICK-ID joined <p> paragraphs with commas: ".,,"Next", ". ,Next", '.,"Next' and '.",Next'
# are paragraph breaks (the corpus copy split only ".,Next", before the quotes were repaired).
# The mark before the commas is matched (and put back), not looked behind for: a pattern that
# starts with a look-behind is tried at every character of the text, three times slower.
_EMPTY_PARAGRAPHS = re.compile(r'([.!?"])\s*,{2,}\s*(?=\S)|([.!?])\s+,\s*(?=[A-Z"])|([.!?]"?),(?=[A-Z"])')
# "... kata Guntur., ,Reporter: Vendi Yhulia Susanto": a byline joined to the last paragraph.
_BYLINE_JOIN = re.compile(r"(?<=\S)[\s,]*,\s*(?=(?:Reporter|Penulis|Editor|Redaktur|Pewarta)\s*:\s*[A-Z])")
_BYLINE_WORD = re.compile(r"Reporter|Penulis|Editor|Redaktur|Pewarta")
_TRAILING_COMMAS = re.compile(r'(?<=[.!?"])[\s,]+$')
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-", "\u00ad": None})
_SPACE_CHARS = "[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\u2800]"
# A run of spaces becomes one " ": runs that are one " " already are not matched (most of them).
_SPACES = re.compile(f" {_SPACE_CHARS}+|[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\u2800]{_SPACE_CHARS}*")
_BLANKS = re.compile(r"\n\s*\n+")

# UTF-8 bytes read as Mac-Roman ("‚Äú" for “, "¬†" for a no-break space, "√ó" for ×).
# ftfy judges a whole text at once and leaves short runs such as "1√ó24" or "¬Ω sdt" when
# the rest of the text looks clean, so runs of Mac-Roman upper-half characters are
# re-decoded here. Lead bytes 0xD0-0xD5 (– — “ ” ‘ ’) are left out: they are common
# as themselves and would only stand for Cyrillic or Armenian letters.
_MAC_LEAD = "".join(bytes([b]).decode("mac_roman") for b in range(0xC2, 0xF5) if not 0xD0 <= b <= 0xD5)
_MAC_CONT = "".join(bytes([b]).decode("mac_roman") for b in range(0x80, 0xC0))
_MAC_RUN = re.compile(
    f"[{re.escape(_MAC_LEAD)}][{re.escape(_MAC_CONT)}]+(?:[{re.escape(_MAC_LEAD)}][{re.escape(_MAC_CONT)}]+)*")
_UTF8_SEQ = re.compile(rb"[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}")


def _redecode(match: re.Match[str]) -> str:
    """A run of Mac-Roman characters back to the UTF-8 text it was, sequence by sequence."""
    raw = match.group().encode("mac_roman")
    out, pos = [], 0
    for seq in _UTF8_SEQ.finditer(raw):
        out.append(raw[pos : seq.start()].decode("mac_roman"))
        try:
            out.append(seq.group().decode("utf-8"))
        except UnicodeDecodeError:  # overlong or surrogate: not mojibake
            out.append(seq.group().decode("mac_roman"))
        pos = seq.end()
    out.append(raw[pos:].decode("mac_roman"))
    return "".join(out)


# What is left of mojibake after repair, for measuring: a Mac-Roman lead/continuation pair
# ("‚Äú", "¬†", "√ó") or a Latin-1 one ("Ã©", "â€", "Â ").
MOJIBAKE = re.compile(f"[{re.escape(_MAC_LEAD)}][{re.escape(_MAC_CONT)}]|[ÃÂ][\u0080-\u00bf]|â€")


def mojibake_sequences(text: str) -> list[str]:
    """Mojibake pairs still in `text` (empty when the text is clean)."""
    return MOJIBAKE.findall(text)


def fix_mac_roman(text: str) -> str:
    """Undo UTF-8-read-as-Mac-Roman sequences that ftfy left in place."""
    return _MAC_RUN.sub(_redecode, text)


# In ASCII text, ftfy can only change HTML entities, carriage returns, terminal escapes and control characters.
_ASCII_FIXABLE = re.compile(r"[&\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def repair_text(text: str) -> str:
    """Fix broken encodings (ftfy, then Mac-Roman runs), straighten quotes and dashes, fold spaces."""
    if not text.isascii() or _ASCII_FIXABLE.search(text):  # ftfy returns the rest unchanged (half the corpus)
        text = ftfy.fix_text(text, uncurl_quotes=True, fix_line_breaks=True, normalization="NFC")
    if not text.isascii():
        text = ftfy.fixes.uncurl_quotes(fix_mac_roman(text))
        text = text.translate(_DASHES).replace("\u2018", "'").replace("\u2019", "'")
    text = _EMPTY_PARAGRAPHS.sub(lambda m: (m[1] or m[2] or m[3]) + "\n", text)
    if _BYLINE_WORD.search(text):
        text = _BYLINE_JOIN.sub("\n", text)
    lines = [line.strip() for line in _SPACES.sub(" ", text).split("\n")]
    lines = [_TRAILING_COMMAS.sub("", line) if line.endswith(",") else line for line in lines]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
