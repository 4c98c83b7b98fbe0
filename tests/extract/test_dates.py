"""Date mentions resolved against the publication date, weekday checked (annotation decision 6)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.dates import parse_dates


def _one(text: str, published: date) -> tuple[str, date | None, str, str]:
    (d,) = parse_dates(text, published)
    return d["text"], d["date"], d["precision"], d["kind"]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # seeds and corpus sentences
    ("ujar Hery Antasari saat ditemui di Kantor DPMPTSP Kota Bogor pada Selasa, 23 April 2024.", date(2024, 4, 23),
     ("Selasa, 23 April 2024", date(2024, 4, 23), "day", "long")),
    ("Penjabat Wali Kota Bogor, Hery Antasari, Kamis (27/6), mengatakan bahwa", date(2024, 6, 28),
     ("Kamis (27/6)", date(2024, 6, 27), "day", "numeric")),
    ("ujar Lintong Dianto Putra kepada rakyatbekasi.com saat dikonfirmasi, Minggu (27/04/2025).", date(2025, 4, 27),
     ("Minggu (27/04/2025)", date(2025, 4, 27), "day", "numeric")),
    ("di lingkungan Balai Kota Bandung, Senin 24 Februari 2025.", date(2025, 2, 24),
     ("Senin 24 Februari 2025", date(2025, 2, 24), "day", "long")),
    ("data kependudukan per tanggal 2 Mei 2024", date(2024, 5, 8),
     ("tanggal 2 Mei 2024", date(2024, 5, 2), "day", "long")),
    ("Pada tanggal 20 Mei nanti, kami akan mengevaluasi mana OPD", date(2025, 4, 27),
     ("tanggal 20 Mei", date(2025, 5, 20), "day", "long")),
    ("Mulai minggu depan saya akan berkunjung ke Dandim", date(2024, 4, 23),
     ("minggu depan", date(2024, 4, 30), "week", "relative")),
    ("Kemarin wali kota bekerja sama dengan Polres Jakarta Utara", date(2019, 9, 18),
     ("Kemarin", date(2019, 9, 17), "day", "relative")),
    ("saat meninjau lokasi Jum'at, (13/9/2019).", date(2019, 9, 14),
     ("Jum'at, (13/9/2019)", date(2019, 9, 13), "day", "numeric")),
    ("Periode pertama sampai dengan akhir September.", date(2019, 9, 11),
     ("akhir September", date(2019, 9, 30), "month", "month_end")),
    ("diharapkan tuntas pada akhir tahun 2025", date(2025, 3, 1),
     ("akhir tahun 2025", date(2025, 12, 31), "year", "year_end")),
    ("Tahun ini kami targetkan penyelesaian detail enggineering desain", date(2019, 9, 13),
     ("Tahun ini", date(2019, 9, 13), "year", "relative")),
])
def test_dates_in_real_sentences(text: str, published: date, expected: tuple) -> None:
    assert _one(text, published) == expected


def test_weekday_that_contradicts_the_day_gives_no_date() -> None:
    # 29 September 2019 was a Sunday; 11 May 2019 a Saturday
    assert _one("ujar Anies di Balai Kota, Jakarta Pusat, Senin 29 September 2019.", date(2019, 9, 30))[1] is None
    assert _one("kata Yusiono ketika dihubungi di Jakarta, Rabu 11 Mei 2019.", date(2019, 9, 12))[1] is None


def test_impossible_day_and_missing_publication_date() -> None:
    assert _one("Senin (31/02/2025)", date(2025, 3, 1))[1] is None
    assert _one("Kamis (27/6)", None)[1] is None
    assert _one("kemarin", None)[1] is None


def test_month_far_after_publication_belongs_to_the_previous_year() -> None:
    assert _one("Jumat (13/12)", date(2025, 1, 10))[1] == date(2024, 12, 13)


def test_mistyped_year_gives_no_date() -> None:
    # clickid-kompas-01032: "saat jumpa pers di Hotel Borobudur Jakarta (21/8/019)."
    assert _one("saat jumpa pers di Hotel Borobudur Jakarta (21/8/019).", date(2019, 9, 10))[1] is None


def test_a_month_abbreviation_inside_a_word_is_no_date() -> None:
    # clickid-tribunnews-00232: "2 Desa Buntet" is a place, not 2 December
    found = parse_dates("kata Uu di , Al Ishlah 2 Desa Buntet, Kec. Astanajapura, Kab.Cirebon, Selasa (10/9/19).",
                        date(2019, 9, 11))
    assert [(d["text"], d["date"]) for d in found] == [("Selasa (10/9/19)", date(2019, 9, 10))]


def test_the_end_of_a_year_without_tahun() -> None:
    # clickid-sindonews-00344: "ditargetkan rampung pada akhir 2019"
    assert _one("ditargetkan rampung pada akhir 2019", date(2019, 9, 12)) == (
        "akhir 2019", date(2019, 12, 31), "year", "year_end")
