"""HTML pages go through trafilatura, then the same named rules as plain-text scrapes."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from pipeline.clean.__main__ import clean_article

SEED = Path(__file__).resolve().parents[2] / "data" / "raw" / "seeds" / "002_bcace05eaed1d481.txt"


def test_seed_page_as_html() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip())
    html = ('<html><head><title>Pj Wali Kota Bogor Kunjungi Disdukcapil - Ceklissatu</title>'
            '<meta property="article:published_time" content="2024-05-08T10:00:00+07:00"></head><body>'
            '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
            f'<article><h1>Pj Wali Kota Bogor Kunjungi Disdukcapil</h1>{paragraphs}</article>'
            '<footer><p>Copyright 2024 Ceklissatu. All rights reserved.</p></footer></body></html>')
    removed: Counter[str] = Counter()
    row = clean_article({"article_id": "002-html", "text": html, "html": True}, removed)
    assert removed == Counter({"read_also": 1})
    assert (row["status"], row["title"], row["published_date"]) == ("ok", "Pj Wali Kota Bogor Kunjungi Disdukcapil", date(2024, 5, 8))
    assert (row["publisher"], row["dateline"], row["author"]) == ("CEKLISSATU", "BOGOR", "Tubagus Reza Oktavian")
    assert row["text"].startswith("Penjabat (Pj) Wali Kota Bogor, Hery Antasari melakukan kunjungan")
    assert row["text"].endswith('untuk mencapai target tersebut," katanya.')
    assert not any(w in row["text"] for w in ("Home", "Copyright", "Baca Juga"))
