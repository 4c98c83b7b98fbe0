"""Visits: an official goes to an agency or place (kunjungan, meninjau, sidak, ...).

One record per visitor and host per article. The visitor is the official named in the
visit sentence (else the last one named before it); hosts are the agencies named after
the visit verb, or a named place when there is none. People who greet or accompany
("disambut", "didampingi") are not hosts.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.extract import officials, quotes
from pipeline.extract.base import Article, record

TRIGGER = re.compile(r"\b(kunjungan(?: kerja)?|kunker|berkunjung|mengunjungi|dikunjungi|meninjau|ditinjau|tinjau|"
                     r"peninjauan|sidak|inspeksi mendadak|menyambangi|disambangi|mendatangi|blusukan|menghadiri|"
                     r"hadir di|tiba di|bertandang)\b", re.I)
PLANNED = re.compile(r"\b(akan|berencana|rencananya|dijadwalkan|minggu depan|pekan depan|bulan depan|nanti)\b", re.I)
NOT_HOST = re.compile(r"\b(disambut|didampingi|bersama|beserta|diterima)\b", re.I)
NOT_VISIT = re.compile(r"\b(batal|dibatalkan|ditunda|urung)\b", re.I)
PLACE = re.compile(r"\b(?P<place>(?:Balai Kota|Kantor|Gedung|Pendopo|Jalan|Jl\.|Pasar|Lapangan|Alun-alun|Masjid|"
                   r"Rumah Sakit|RSUD|Sekolah|SMPN?|SMAN?|SDN?|Puskesmas|Terminal|Stasiun|Pelabuhan|Bandara|Desa|"
                   r"Kelurahan|Kecamatan|Kampung)(?:\s+(?:[A-Z][\w'.-]*|\d+))+)")


def _visitor(article: Article, sent_start: int, trigger_start: int) -> dict[str, Any] | None:
    """The official named before the visit verb in its sentence, else the last one named."""
    best = None
    for o in article.results.get("officials", []):
        parts = [o["name"]] + [w for w in o["name"].split() if len(w) >= 3]
        for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, parts)) + r")\b", article.text[sent_start:trigger_start]):
            if best is None or m.start() > best[0]:
                best = (m.start(), o)
    if best:
        return best[1]
    name, _ = quotes.last_mentioned(article, trigger_start)
    return officials.resolve(article, name) if name else None


def _date_for(article: Article, start: int, end: int, host: str | None) -> tuple[Any, str | None]:
    """A date in the visit sentence, else one next to the host's other mentions, else the next sentence."""
    dates = [d for d in article.results.get("dates", []) if d["date"] is not None]
    inside = [d for d in dates if start <= d["char_start"] < end]
    if inside:
        return inside[0]["date"], inside[0]["text"]
    if host:
        for o in article.results.get("orgs", []):
            if o["org"] == host:
                near = [d for d in dates if d["sentence"] == o["sentence"]]
                if near:
                    return near[0]["date"], near[0]["text"]
    following = [d for d in dates if end <= d["char_start"] < end + 250]
    if following and "\n\n" not in article.text[end:following[0]["char_start"]].strip():
        return following[0]["date"], following[0]["text"]
    return None, None


def extract(article: Article) -> list[dict[str, Any]]:
    """Visit records, one per (visitor, host) pair."""
    records: dict[tuple[str, str], dict[str, Any]] = {}
    for sent in article.doc.sents:
        s_text = sent.text
        trig = TRIGGER.search(s_text)
        if not trig or NOT_VISIT.search(s_text):
            continue
        t_start = sent.start_char + trig.start()
        visitor = _visitor(article, sent.start_char, t_start)
        if visitor is None:
            continue
        stop = NOT_HOST.search(s_text, trig.end())
        host_end = sent.start_char + (stop.start() if stop else len(s_text))
        hosts = [o for o in article.results.get("orgs", []) if t_start <= o["char_start"] < host_end]
        status = "planned" if PLANNED.search(s_text[: trig.start()]) else "done"
        targets: list[tuple[str | None, str, str | None, str | None, int, int]] = [
            (o["org"], o["org_text"], o["region"], None, o["char_start"], o["char_end"]) for o in hosts]
        if not targets:
            place = PLACE.search(article.text, t_start, host_end)
            if not place:
                continue
            targets = [(None, place.group(), None, place.group(), place.start(), place.end())]
        for org, org_text, region, place_text, start, end in targets:
            key = (visitor["name"], org or place_text or "")
            if key in records:
                continue
            when, when_text = _date_for(article, sent.start_char, sent.end_char, org)
            records[key] = record(article, start, end, "visits.trigger", 0.7,
                                  visitor_name=visitor["name"], visitor_title=visitor["title"],
                                  visitor_jurisdiction=visitor["jurisdiction"], host_org=org, host_org_text=org_text,
                                  host_region=region or visitor["jurisdiction"], place_text=place_text,
                                  visit_date=when, visit_date_text=when_text, status=status)
    return list(records.values())
