"""HTML pages to plain text with trafilatura, keeping its title, date and author."""

from __future__ import annotations

from typing import Any

import trafilatura


def html_to_text(html: str) -> tuple[str, dict[str, Any]]:
    """Main text of a page (paragraphs as lines) and the metadata trafilatura found."""
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    found: dict[str, Any] = {}
    if meta is not None:
        found = {"title": meta.title, "published": meta.date, "author": meta.author, "url": meta.url,
                 "publisher": meta.sitename}
    return text, {k: v for k, v in found.items() if v}
