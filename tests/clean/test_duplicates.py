"""Exact and near duplicates grouped into stories; the earliest copy is the original."""

from __future__ import annotations

from datetime import date

from pipeline.clean.duplicates import DuplicateFinder

# detik25-0017's lead, as republished with a different closing sentence
STORY = ("Operasi pasar murah kembali digelar Pemerintah Provinsi Riau. Operasi ini merupakan komitmen Gubernur Riau, "
         "Abdul Wahid menjaga stabilitas harga dan mengendalikan inflasi, akibat dari kenaikan harga cabai merah. "
         "Dalam operasi Pemprov Riau menyediakan cabai merah sebanyak 1,1 ton. Untuk harga jual Rp 65 ribu per kilogram. "
         "Tersedia di empat lokasi di Pekanbaru dan satu lokasi di Kabupaten Kampar. Berdasarkan pantauan, banyak warga "
         "yang mendatangi operasi pasar murah Pemprov Riau. Di lokasi itu tidak hanya menawarkan cabai merah, namun juga "
         "menyediakan beras SPHP Rp 60 ribu rupiah dan Minyakita Rp 15.500.")
OTHER = ("Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kota Bekasi, Lintong Dianto Putra, menekankan "
         "pentingnya optimalisasi kinerja Organisasi Perangkat Daerah (OPD) dalam mendukung 100 hari kerja Wali Kota.")


def test_exact_and_near_copies_point_to_the_earliest() -> None:
    finder = DuplicateFinder(threshold=0.8, num_perm=128)
    finder.add("late-copy", STORY.upper(), date(2025, 10, 10))            # same words, other case: exact
    finder.add("other", OTHER, date(2025, 4, 27))
    finder.add("original", STORY, date(2025, 10, 9))
    finder.add("edited", STORY + " Kegiatan ini akan terus digelar.", None)  # near copy, no date: after all dated ones
    assert finder.duplicate_of() == {"late-copy": "original", "edited": "original"}
    assert finder.clusters() == [["original", "late-copy", "edited"]]


def test_same_date_keeps_input_order() -> None:
    finder = DuplicateFinder()
    finder.add("first", STORY, date(2025, 10, 9))
    finder.add("second", STORY, date(2025, 10, 9))
    assert finder.duplicate_of() == {"second": "first"}


def test_different_stories_stay_apart() -> None:
    finder = DuplicateFinder()
    finder.add("a", STORY)
    finder.add("b", OTHER)
    assert finder.duplicate_of() == {} and finder.clusters() == []
