"""Agencies, national bodies and vertical institutions in real passages of the seeds and the corpus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pipeline.extract import orgs
from pipeline.extract.base import Article

Row = tuple[str, str, str, str | None]


@pytest.fixture
def named(nlp: Language) -> Callable[[str], list[Row]]:
    """(canonical name, as written, category, region) of each agency mention."""
    def run(text: str) -> list[Row]:
        return [(r["org"], r["org_text"], r["category"], r["region"]) for r in orgs.extract(Article(nlp(text), "test"))]
    return run


def test_variant_name_with_bracketed_acronym_and_region_suffix(named: Callable) -> None:
    text = ("Penjabat (Pj) Wali Kota Bogor, Hery Antasari melakukan kunjungan ke kantor Dinas Kependudukan dan Catatan "
            "Sipil (Disdukcapil) Kota Bogor, Jalan Pandu Raya, Kecamatan Bogor Utara.")
    assert named(text) == [
        ("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Catatan Sipil (Disdukcapil)", "dinas",
         "Kota Bogor"),
        ("Kecamatan", "Kecamatan", "kecamatan", None),
    ]


def test_national_bodies_and_vertical_institutions_told_apart(named: Callable) -> None:
    text = ("Ganjar menyebut bahwa Disdukcapil memang mendapat target langsung dari Kementerian Dalam Negeri "
            "(Kemendagri) Ditjen Dukcapil.\n"
            "\"Mulai minggu depan saya akan berkunjung ke Dandim, Polresta Bogor, Kejaksaan Negeri dan Dinas Kesehatan "
            "Kab. Bogor,\" jelasnya.")
    assert named(text) == [
        ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", None),
        ("Kementerian Dalam Negeri", "Kementerian Dalam Negeri (Kemendagri)", "national", None),
        ("Direktorat Jenderal Kependudukan dan Pencatatan Sipil", "Ditjen Dukcapil", "national", None),
        ("Komando Distrik Militer", "Dandim", "vertical", None),
        ("Kepolisian Resor", "Polresta", "vertical", "Kota Bogor"),
        ("Kejaksaan Negeri", "Kejaksaan Negeri", "vertical", None),
        ("Dinas Kesehatan", "Dinas Kesehatan", "dinas", "Kabupaten Bogor"),
    ]


def test_merged_names_fuzzy_matched_or_kept_by_head_word(named: Callable) -> None:
    text = ("Beberapa OPD yang dikunjungi di antaranya Badan Perencanaan Pembangunan Riset dan Inovasi Daerah "
            "(Bapperinda) dan Dinas Lingkungan Hidup DKI Jakarta.\n"
            "Tingkat penyerapan anggaran yang paling rendah yakni Dinas Perumahan Rakyat dan Kawasan Permukiman.")
    assert named(text) == [
        ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
         "Badan Perencanaan Pembangunan Riset dan Inovasi Daerah (Bapperinda)", "badan", None),
        ("Dinas Lingkungan Hidup", "Dinas Lingkungan Hidup", "dinas", "Provinsi DKI Jakarta"),
        ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "dinas",
         None),
    ]


def test_canonical_by_name_acronym_and_fuzzy_threshold() -> None:
    assert orgs.canonical("Dinas Kependudukan dan Catatan Sipil") == "Dinas Kependudukan dan Pencatatan Sipil"
    assert orgs.canonical("Disdukcapil") == "Dinas Kependudukan dan Pencatatan Sipil"
    assert orgs.canonical("Dinas Kependudukan dan Catatan Sipil", threshold=99) is None
    assert orgs.canonical("Dandim") == "Komando Distrik Militer"
