"""Named removal rules for scraped Indonesian news, applied line by line.

Like trafilatura's lists, each rule has a name so that `metrics/clean.json` can count
what it removed. `INLINE_RULES` cut a link marker out of a line and keep the rest (the
CLICK-ID scraper dropped the linked headline, so "Baca juga:,,Didi meminta ..." goes on
with body text); `LINE_RULES` drop one line; `TAIL_RULES` drop the line and everything
after it (related-article blocks, comment sections, subscription prompts, republication
notes). Structural rules catch what no single line shows: a caption printed twice, the
caption under a photo credit, a paragraph repeated by a multi-page scrape.
"""

from __future__ import annotations

import re
from collections import Counter

_LINK_MARKER = r"(?:baca|lihat|simak)\s+(?:juga|pula)|baca selengkapnya"

# (rule, pattern, replacement): "\n" where the marker stood between two paragraphs.
INLINE_RULES: list[tuple[str, re.Pattern[str], str]] = [
    # "Baca juga:,,Didi meminta ...", "Baca juga: <headline>,,<body>"; "(Baca juga: ,)", "(Baca juga: <headline>)".
    ("read_also", re.compile(rf"^(?:(?:{_LINK_MARKER})\s*:?(?:\s*,|[^\n]{{0,200}}?,,)[,\s]*)+", re.I), ""),
    ("read_also", re.compile(rf"\(\s*(?:{_LINK_MARKER})\s*:[^()]{{0,200}}\)[,\s]*|\(\s*(?:{_LINK_MARKER})\s*\)[,\s]*", re.I), " "),
    # "... isi Pasal 418 di RKHUP:,Baca Juga :,,,Laki-laki ...", "Apa sebabnya? Baca selengkapnya di ,Jika ...".
    ("read_also", re.compile(rf"(?<=[,.:?!])\s*(?:{_LINK_MARKER})(?:\s+di)?\s*:?\s*,+\s*", re.I), "\n"),
    # Fimela's widget "Boldsky,[bacajuga:Baca Juga](3809787 3617927 4052322),Kulit kita ...".
    ("read_also", re.compile(r",?\[bacajuga:[^\]]*\]\([^)]*\),?", re.I), "\n"),
    # "Simak video ubahan pada New Toyota Calya:,Penggunaan ..." : the video link, then body.
    ("video_embed", re.compile(r"^(?:simak|saksikan|tonton)\s+(?:juga\s+)?video\b[^,]{0,120}?:\s*,+", re.I), ""),
    # "... banyak manfaat., ,#GrowFearless with FIMELA": a campaign hashtag closing the article.
    ("slogan", re.compile(r"[\s,]*#\w+ with \w+[\s,.]*$", re.I), ""),
    # "Foto: Instagram nikitamirzanimawardi_17,Laura Meizani ..." : the credit, then body.
    ("photo_credit", re.compile(r"^(?:foto|photo)\s*:\s*[^,]{1,60},(?=[A-Z\"])", re.I), ""),
    # "Penulis: ,Saat ini masyarakat ..." : a byline whose name was a lost link.
    ("byline_stub", re.compile(r"^(?:penulis|reporter|editor)\s*:\s*,+", re.I), ""),
    # "... ujarnya. (trb),,,loading..." / "... Artikel ini telah tayang di ..." at the end of a paragraph.
    ("advertisement", re.compile(r"(?<=\S)[\s,]*\bloading\.{3}\s*$", re.I), ""),
    ("republished_note", re.compile(r"(?<=\S)[\s,]*\bartikel ini (?:telah )?(?:tayang|terbit|dimuat) di.*$", re.I), ""),
]

LINE_RULES: dict[str, re.Pattern[str]] = {
    "video_embed": re.compile(r"^['\"]?((simak|saksikan|tonton|lihat)\s+(juga\s+)?(video|live).*|\[gambas:.*\])$", re.I),
    "read_also": re.compile(rf"^[\s,]*(?:{_LINK_MARKER})\b", re.I),
    "read_more": re.compile(r"\bbaca (selengkapnya|artikel lengkapnya)( di sini)?\s*:?[\s,]*$", re.I),
    "scroll_prompt": re.compile(r"^scroll to (continue|resume)( with)? content$", re.I),
    "advertisement": re.compile(r"^(advertisement|ads|iklan|sponsored|loading\.*)$", re.I),
    "share_row": re.compile(r"^((facebook|twitter|whatsapp|telegram|line|copy|linkedin|email|x)( icon)?\s*){2,}$", re.I),
    "url_copied": re.compile(r"^(url|link) berhasil (di)?(copy|salin)$", re.I),
    # At most 25 words; "(\S+\s*){1,25}$" backtracked exponentially on a longer line starting "Foto:".
    "photo_credit": re.compile(r"^(foto|photo|ilustrasi|dok)\s*[:.]\s*\S+(\s+\S+){0,24}\s*$", re.I),
    "font_widget": re.compile(r"^(a\s+){2,}a?\s*(pengaturan font)?$", re.I),
    "article_nav": re.compile(r"^(previous|next) (article|post)$|^you may also like$|^more in \w+", re.I),
    "byline_stub": re.compile(r"^-?\s*(jurnalis|admin|redaksi|editor)$", re.I),
    "tag_strip": re.compile(r"^(?:[A-Z][a-z]+){3,}$"),
    "menu": re.compile(r"^(?:[A-Z][\w-]*\s+){9,}[A-Z][\w-]*$"),
    "widget_residue": re.compile(r"^(\(\)|top|0|\d{1,3} komentar|bagikan|share|tags?\s*:.*)$", re.I),
    "subscription": re.compile(r"^(berlangganan|langganan sekarang|lanjutkan membaca|follow (whatsapp|google news|instagram)|"
                               r"ikuti (berita|kami)|dapatkan (update|berita))\b", re.I),
    # Tempo prints the photographer's name in capitals on its own line under a photo.
    "photo_credit_caps": re.compile(r"^(?=[A-Z][A-Z.'/ -]{2,40}$).*[A-Z]{3}"),
}

TAIL_RULES: dict[str, re.Pattern[str]] = {
    "related_block": re.compile(r"^(berita terkait|berita terbaru|berita lainnya|artikel terkait|terpopuler|rekomendasi)\s*:?$", re.I),
    "comments": re.compile(r"^(komentar|tulis komentar|kirim komentar)\s*$", re.I),
    "explore_more": re.compile(r"^eksplorasi konten lain\b", re.I),
    "article_nav_block": re.compile(r"^(previous article|next article)$", re.I),
    "republished_note": re.compile(r"^artikel ini (telah )?(tayang|terbit|dimuat) di", re.I),
}

# Every inline rule needs one of these words or marks: a line with none skips all ten patterns.
_INLINE_TRIGGER = re.compile(r"baca|lihat|simak|video|#|foto|photo|penulis|reporter|editor|loading|artikel ini", re.I)

STRUCTURAL_RULES = ("repeated_caption", "caption", "repeated_paragraph")
RULE_NAMES = tuple(dict.fromkeys([*(r[0] for r in INLINE_RULES), *LINE_RULES, *TAIL_RULES, *STRUCTURAL_RULES]))


def _caption_pair_end(lines: list[str], i: int) -> int | None:
    """Index of the second copy when a short line is printed twice in a row (a photo caption)."""
    line, j = lines[i].strip(), _next_nonblank(lines, i + 1)
    if j is not None and line == lines[j].strip() and line[:1].isalnum() and 2 <= len(line.split()) <= 20:
        return j
    return None


def strip_inline(line: str, removed: Counter[str]) -> str:
    """Cut link markers whose headline was lost out of a line, keeping the text around them.

    A marker that stood between two paragraphs becomes a line break."""
    if not _INLINE_TRIGGER.search(line):
        return line
    for name, rx, replacement in INLINE_RULES:
        line, n = rx.subn(replacement, line)
        if n:
            removed[name] += n
            line = "\n".join(re.sub(r" {2,}", " ", part).strip(" ,") for part in line.split("\n"))
    return line


def strip_boilerplate(text: str) -> tuple[str, Counter[str]]:
    """Drop boilerplate lines; return the kept text and lines removed per rule."""
    lines = text.split("\n")
    removed: Counter[str] = Counter()
    kept: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(lines):
        line = strip_inline(lines[i].strip(), removed)
        if "\n" in line:  # a marker stood between two paragraphs: look at each on its own
            lines[i : i + 1] = line.split("\n")
            continue
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
        pair_end = _caption_pair_end(lines, i)
        if pair_end is not None:
            removed["repeated_caption"] += 2
            i = pair_end + 1
            continue
        rule = next((name for name, rx in LINE_RULES.items() if rx.search(line)), None)
        if rule:
            removed[rule] += 1
            nxt = _next_nonblank(lines, i + 1)
            if rule == "photo_credit" and nxt is not None and _is_caption(lines[nxt]):
                removed["caption"] += 1
                i = nxt
        elif len(line.split()) >= 8 and line in seen:
            removed["repeated_paragraph"] += 1
        else:
            seen.add(line)
            kept.append(line)
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
