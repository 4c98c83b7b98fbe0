"""Title, publisher, dateline, date and author from the scrape, each with its source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.clean.metadata import extract_metadata, footer_publisher, parse_header_date, parse_input_date

SEEDS = Path(__file__).resolve().parents[2] / "data" / "raw" / "seeds"
LEAD = "Penjabat (Pj) Wali Kota Bogor, Hery Antasari melakukan kunjungan ke kantor Dinas Kependudukan dan Catatan Sipil."


@pytest.mark.parametrize(("line", "publisher", "place"), [
    ("KORANMANDALA.COM - ", "KORANMANDALA.COM", None),
    ("BOGOR, CEKLISSATU - ", "CEKLISSATU", "BOGOR"),
    ("BANDUNG, BEREDUKASI.COM - ", "BEREDUKASI.COM", "BANDUNG"),
    ("TEMPO.CO, Jakarta - ", "TEMPO.CO", "Jakarta"),
    ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
    ("BOGOR - ", None, "BOGOR"),
])
def test_masthead_and_dateline_forms(line: str, publisher: str | None, place: str | None) -> None:
    meta, body = extract_metadata(line + LEAD, {})
    assert (meta["publisher"], meta["dateline"], body) == (publisher, place, LEAD)


@pytest.mark.parametrize(("residue"), ["- ", ", , - ", "-,", "-", ",,,"])
def test_clickid_dateline_residue_goes(residue: str) -> None:
    assert extract_metadata(residue + LEAD, {})[1] == LEAD


@pytest.mark.parametrize(("ending", "author"), [
    ("\n\n(Reporter: Tubagus Reza Oktavian)", "Tubagus Reza Oktavian"),
    ("\n\nRedaktur : Aloysius Widiyatmaka\nPenulis : Antara", "Aloysius Widiyatmaka; Antara"),
    (" (rob).", "rob"),
    ("- *** nicko", "nicko"),
    (" wid/Ant/G-1", "wid/Ant/G-1"),
    (" (Tribunjateng/gum).", "Tribunjateng/gum"),
    ("\nPenulis: Annesa K. Ramadhany,", "Annesa K. Ramadhany"),
    ("\nReporter: Vendi Yhulia Susanto", "Vendi Yhulia Susanto"),
])
def test_author_forms(ending: str, author: str) -> None:
    meta, body = extract_metadata(LEAD + ending, {})
    assert (meta["author"], body) == (author, LEAD)


def test_header_date_and_never_today() -> None:
    assert parse_header_date("Minggu, 27 April 2025 - 13:43 WIB") == date(2025, 4, 27)
    assert parse_header_date("Kantor Wali Kota Bekasi.") is None
    assert parse_input_date("2019-09-16T07:15") == date(2019, 9, 16)
    assert parse_input_date(None) is None and parse_input_date("kemarin sore") is None
    meta, _ = extract_metadata(LEAD, {})
    assert meta["published_date"] is None


def test_input_metadata_wins_over_the_text() -> None:
    meta, _ = extract_metadata("Minggu, 27 April 2025 - 13:43 WIB\n\n" + LEAD, {"published": "2025-04-28", "title": "Judul"})
    assert (meta["published_date"], meta["title"]) == (date(2025, 4, 28), "Judul")
    assert meta["metadata_sources"] == "published_date=input,title=input"


def test_bekasi_seed_gets_its_header_date_title_and_footer_publisher() -> None:
    from pipeline.clean.boilerplate import strip_boilerplate
    from pipeline.clean.repair import repair_text

    text = repair_text((SEEDS / "004_1de3d0c439e19941.txt").read_text(encoding="utf-8"))
    publisher = footer_publisher(text)
    meta, body = extract_metadata(strip_boilerplate(text)[0], {"footer_publisher": publisher})
    assert meta["published_date"] == date(2025, 4, 27)
    assert meta["title"] == "Jelang 100 Hari Kerja Wali Kota Bekasi, Asda 1: Kinerja OPD Masih On The Track"
    assert meta["publisher"] == "RakyatBekasi.Com"
    assert meta["metadata_sources"] == "published_date=header,publisher=footer,title=headline"
    assert body.startswith("Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kota Bekasi, Lintong Dianto Putra,")


@pytest.mark.parametrize(("lead"), [
    "Kecelakaan,kembali terjadi di Tol Cipularang.",                       # clickid-tribunnews-00260
    "Mantan Ketua Umum terpilih , , ditangkap Penyidik Polda Sulawesi Selatan.",  # clickid-tribunnews-00202
])
def test_a_short_lead_sentence_is_body_not_header(lead: str) -> None:
    text = f"{lead}\nKali ini, ada dua kecelakaan yang terjadi, Senin (10/9/2019) sekitar pukul 14.00 WIB."
    assert extract_metadata(text, {})[1] == text


def test_a_caption_above_the_dateline_is_header() -> None:
    meta, body = extract_metadata(f"Bogor Klaim Komitmen Perbaiki Birokrasi\nPj Wali Kota Bogor Hery Antasari.\nBOGOR - {LEAD}", {})
    assert (meta["title"], meta["dateline"], body) == ("Bogor Klaim Komitmen Perbaiki Birokrasi", "BOGOR", LEAD)
