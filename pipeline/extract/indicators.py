"""Indicator values: a number with a unit, tied to the named measure it belongs to.

value_kind comes from the words around the number: target (target, ditargetkan, harus
mencapai), previous (tahun lalu, sebelumnya), change (naik/turun ... sebesar), else
actual. Plain counts of things that are not measures ("50 ASN") are not indicators.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pipeline import gazetteers
from pipeline.extract.base import Article, record
from pipeline.extract.numbers import NUMBER, SCALES, parse_number

UNITS = (r"persen|%|ton|hektare|hektar|ha|km|kilometer|meter|kg|kilogram|liter|wisatawan|penerima|pengunjung|"
         r"peserta|siswa|penumpang|kunjungan|unit rumah|rumah|KK|keluarga|jiwa|pasien|balita|poin|MW|megawatt")
VALUE = re.compile(rf"(?P<rp>Rp\.?\s?)?(?P<num>{NUMBER})\s?(?P<scale>ribu|rb|juta|jt|miliar|milyar|triliun|T|M)?\b\s?"
                   rf"(?P<unit>{UNITS})?(?![\w/])", re.I)
NAME_CUE = re.compile(r"\b(capaian|angka|tingkat|nilai|indeks|realisasi|serapan|harga|jumlah|target|pertumbuhan|"
                      r"inflasi|persentase|prevalensi|anggaran|pendapatan|kepatuhan|produksi|penyaluran|cakupan|"
                      r"rasio|pajak|belanja|dana|penerimaan|kemiskinan|pengangguran|luas|panjang)\b", re.I)
LINKS = re.compile(r"\s*(?:,?\s*(?:sebesar|mencapai|berada di angka|di angka|sebanyak|senilai|yakni|yaitu|hanya|baru|"
                   r"menjadi|adalah|ialah|sekitar|hingga|capai|tercatat|turun|naik|meningkat|menurun|ke|dari|"
                   r"pada|masih|sudah|telah|itu|ini|kini|saat ini)\s*)+[,:]?\s*$", re.I)
TARGET = re.compile(r"\b(target|ditargetkan|menargetkan|harus mencapai|diharapkan mencapai|sasaran)\b", re.I)
PREVIOUS = re.compile(r"\b(tahun sebelumnya|tahun lalu|sebelumnya|periode sebelumnya|semula)\b", re.I)
CHANGE = re.compile(r"\b(naik|turun|meningkat|menurun|bertambah|berkurang|kenaikan|penurunan)\s+(?:sebesar\s+|sekitar\s+)?$", re.I)
YEAR = re.compile(r"\b(19|20)\d{2}\b")


@lru_cache(maxsize=1)
def _aliases() -> list[tuple[re.Pattern[str], str]]:
    pairs = []
    for ind in gazetteers.load().indicators:
        for name in (ind.canonical, *ind.aliases):
            pairs.append((re.compile(r"\b" + re.escape(name) + r"\b", re.I), ind.canonical))
    return sorted(pairs, key=lambda p: -len(p[0].pattern))


def _name(before: str) -> tuple[str, str] | None:
    """Canonical and written indicator name from the words before the number."""
    window = LINKS.sub("", before)
    for rx, canon in _aliases():
        hits = list(rx.finditer(window))
        if hits and len(window) - hits[-1].end() < 80:
            return canon, hits[-1].group()
    cues = list(NAME_CUE.finditer(window))
    if not cues:
        return None
    phrase = window[cues[-1].start():].strip(" ,:")
    phrase = re.split(r"[.;\"]|\b(?:yang|dengan|karena|sehingga)\b", phrase)[0].strip(" ,")
    words = phrase.split()
    if not words or len(words) > 10:
        return None
    return phrase, phrase


def extract(article: Article) -> list[dict[str, Any]]:
    """Indicator records for numbers with a measure unit and a named indicator."""
    text = article.text
    records = []
    for sent in article.doc.sents:
        s = sent.text
        for m in VALUE.finditer(s):
            rp, unit, scale = m.group("rp"), m.group("unit"), m.group("scale")
            if not (rp or unit):
                continue
            value = parse_number(m.group("num"))
            if value is None or (not rp and YEAR.fullmatch(m.group("num")) and not unit):
                continue
            before = s[: m.start()]
            named = _name(before[-160:])
            if not named:
                continue
            unit_word = "persen" if unit in ("%", "persen") else (unit or "").lower()
            if rp:
                unit_word = "rupiah"
            if scale:  # the dataset keeps the full number and the base unit ("Rp 66,13 T" -> 6.613e13 rupiah)
                value *= SCALES[scale.lower()]
            context = before[-60:]
            kind = "change" if CHANGE.search(before) else "target" if TARGET.search(context) else \
                "previous" if PREVIOUS.search(context) else "actual"
            year = YEAR.search(named[1]) or YEAR.search(s[m.end(): m.end() + 30])
            start = sent.start_char + m.start()
            records.append(record(article, start, sent.start_char + m.end(), "indicators.value_unit", 0.6,
                                  indicator=named[0], indicator_text=named[1], value=value, unit=unit_word,
                                  value_text=m.group().strip(), value_kind=kind,
                                  period=year.group() if year else None, region=None, org=None))
    return records
