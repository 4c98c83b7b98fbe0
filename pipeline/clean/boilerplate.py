"""Named removal rules for scraped Indonesian news, applied line by line.

Like trafilatura's lists, each rule has a name so that `metrics/clean.json` can count
what it removed. `LINE_RULES` drop one line; `TAIL_RULES` drop the line and everything
after it (related-article blocks, comment sections, subscription prompts).
"""

from __future__ import annotations

import re
from collections import Counter

LINE_RULES: dict[str, re.Pattern[str]] = {
    "read_also": re.compile(r"^(baca|lihat|simak)\s+(juga|pula)\b", re.I),
    "scroll_prompt": re.compile(r"^scroll to (continue|resume)( with)? content$", re.I),
    "advertisement": re.compile(r"^(advertisement|ads|iklan|sponsored)$", re.I),
    "video_embed": re.compile(r"^(simak video\b.*|\[gambas:.*\]|video:?.*\bdetik\b.*)$", re.I),
    "share_row": re.compile(r"^((facebook|twitter|whatsapp|telegram|line|copy|linkedin|email|x)( icon)?\s*){2,}$", re.I),
    "url_copied": re.compile(r"^(url|link) berhasil (di)?(copy|salin)$", re.I),
    "photo_credit": re.compile(r"^(foto|photo|ilustrasi|dok)\s*[:.]\s*\S.*$", re.I),
    "font_widget": re.compile(r"^(a\s+){2,}a?\s*(pengaturan font)?$", re.I),
    "article_nav": re.compile(r"^(previous|next) (article|post)$|^you may also like$|^more in \w+", re.I),
    "byline_stub": re.compile(r"^-?\s*(jurnalis|admin|redaksi|editor)$", re.I),
    "tag_strip": re.compile(r"^(?:[A-Z][a-z]+){3,}$"),
    "menu": re.compile(r"^(?:[A-Z][\w-]*\s+){6,}[A-Z][\w-]*$"),
    "widget_residue": re.compile(r"^(\(\)|top|0|\d{1,3} komentar|bagikan|share|tags?:?.*)$", re.I),
    "subscription": re.compile(r"^(berlangganan|langganan sekarang|lanjutkan membaca|follow (whatsapp|google news|instagram)|"
                               r"ikuti (berita|kami)|dapatkan (update|berita))\b", re.I),
}

TAIL_RULES: dict[str, re.Pattern[str]] = {
    "related_block": re.compile(r"^(berita terkait|berita terbaru|berita lainnya|artikel terkait|terpopuler|rekomendasi)\s*:?$", re.I),
    "comments": re.compile(r"^(komentar|tulis komentar|kirim komentar)\s*$", re.I),
    "explore_more": re.compile(r"^eksplorasi konten lain\b", re.I),
    "article_nav_block": re.compile(r"^(previous article|next article)$", re.I),
}


def _is_caption_pair(lines: list[str], i: int) -> bool:
    """A short line printed twice in a row is a photo caption (seen in WordPress scrapes)."""
    return i + 1 < len(lines) and lines[i] == lines[i + 1] and 0 < len(lines[i].split()) <= 20


def strip_boilerplate(text: str) -> tuple[str, Counter[str]]:
    """Drop boilerplate lines; return the kept text and lines removed per rule."""
    lines = text.split("\n")
    removed: Counter[str] = Counter()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            kept.append("")
            i += 1
            continue
        tail = next((name for name, rx in TAIL_RULES.items() if rx.search(line)), None)
        if tail:
            removed[tail] += sum(1 for rest in lines[i:] if rest.strip())
            while tail == "article_nav_block" and kept and (not kept[-1].strip() or _is_nav_headline(kept[-1])):
                removed[tail] += bool(kept.pop().strip())
            break
        if _is_caption_pair(lines, i):
            removed["repeated_caption"] += 2
            i += 2
            continue
        rule = next((name for name, rx in LINE_RULES.items() if rx.search(line)), None)
        if rule:
            removed[rule] += 1
            nxt = _next_nonblank(lines, i + 1)
            if rule == "photo_credit" and nxt is not None and _is_caption(lines[nxt]):
                removed["caption"] += 1
                i = nxt
        else:
            kept.append(lines[i])
        i += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), removed


def _is_nav_headline(line: str) -> bool:
    """The linked headline printed above "Previous article" / "Next article"."""
    line = line.strip()
    return 0 < len(line.split()) <= 20 and line[-1:] not in '.!?")'


def _next_nonblank(lines: list[str], start: int) -> int | None:
    return next((j for j in range(start, len(lines)) if lines[j].strip()), None)


def _is_caption(line: str) -> bool:
    """The line under a photo credit, when short, is that photo's caption."""
    words = line.split()
    return 0 < len(words) <= 15
