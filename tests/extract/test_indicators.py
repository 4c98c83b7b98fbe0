"""Indicator values from real sentences of the seeds and the corpus: measure, value, unit, kind."""

from __future__ import annotations

import pytest

from pipeline.extract.indicators import find_values, sentence_indicators


def _records(sentence: str, last_name: str | None = None) -> list[tuple]:
    return [(r["indicator_text"], r["value"], r["unit"], r["value_kind"]) for r in sentence_indicators(sentence, last_name)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Dari total belanja Rp 80,9 triliun, anggaran yang sudah diserap yakni Rp 38,5 triliun.",
     [("total belanja", 80.9e12, "rupiah", "actual"), ("anggaran yang sudah diserap", 38.5e12, "rupiah", "actual")]),
    # a chain of values: "atau" and "dari target" take the measure of the value before them
    ("Secara nasional program Upsus Siwab sejak tahun 2017 hingga 9 September 2019 menunjukkan realisasi yang sangat "
     "mengembirakan, yakni (i) Inseminasi Buatan/IB dengan realisasi 10.548.530 ekor akseptor atau 105,49 % dari target "
     "10 juta ekor akseptor; (ii) Kebuntingan sebanyak 5.498.695 ekor atau 76,37% dari target 7,2 juta kebuntingan.",
     [("Inseminasi Buatan/IB dengan realisasi", 10548530.0, "ekor", "actual"),
      ("Inseminasi Buatan/IB dengan realisasi", 105.49, "persen", "actual"),
      ("target Inseminasi Buatan/IB dengan realisasi", 10e6, "ekor", "target"),
      ("Kebuntingan", 5498695.0, "ekor", "actual"), ("Kebuntingan", 76.37, "persen", "actual"),
      ("target Kebuntingan", 7.2e6, "kebuntingan", "target")]),
    # a range gives one record per bound, same kind
    ("Sebagai informasi, target pertumbuhan ekonomi dalam RKP tahun 2026 yang dikeluarkan oleh Bappenas berada di "
     "rentang 5,8 hingga 6,3% pada 2026.",
     [("target pertumbuhan ekonomi dalam RKP tahun 2026 yang dikeluarkan oleh Bappenas", 5.8, "persen", "target"),
      ("target pertumbuhan ekonomi dalam RKP tahun 2026 yang dikeluarkan oleh Bappenas", 6.3, "persen", "target")]),
    ("Berdasarkan data BPS Provinsi DKI Jakarta pada Maret 2025, jumlah penduduk miskin bertambah menjadi 464.870 "
     "orang, naik sekitar 15.800 orang dari periode sebelumnya.",
     [("jumlah penduduk miskin", 464870.0, "orang", "actual"), ("jumlah penduduk miskin", 15800.0, "orang", "change")]),
    ("Meski begitu, jika dibandingkan periode yang sama tahun sebelumnya (Maret 2024), persentase kemiskinan di Jakarta "
     "sedikit menurun dari 4,30 persen menjadi 4,28 persen.",
     [("persentase kemiskinan di Jakarta", 4.3, "persen", "previous"),
      ("persentase kemiskinan di Jakarta", 4.28, "persen", "actual")]),
    # "Ha" is written out; a bracketed name "(Gerbang Patas)" belongs to the measure
    ("Ketut menuturkan bahwa pada 2019 ini, Kementan berusaha untuk melakukan pemenuhan pakan melalui kegiatan Gerakan "
     "Pengembangan dan Pemanfaatan Pakan Berkualitas (Gerbang Patas) seluas 9063 Ha dan pengembangan padang "
     "pengembalaan mencapai 8914 Ha.",
     [("Pengembangan dan Pemanfaatan Pakan Berkualitas (Gerbang Patas)", 9063.0, "hektar", "actual"),
      ("pengembangan padang pengembalaan", 8914.0, "hektar", "actual")]),
    # the measure after the value
    ("Ia memaparkan berdasarkan Data Tunggal Sosial Ekonomi Nasional (DTSEN), sekitar 52 persen masyarakat miskin "
     "berprofesi sebagai buruh tani, sebagian besar berdomisili di Pulau Jawa.",
     [("masyarakat miskin", 52.0, "persen", "actual")]),
    ("Ia optimistis penyerapan anggaran Kementerian PU bisa lebih tinggi dari proyeksi 94% dengan adanya proyek yang "
     "akan dikerjakan.",
     [("penyerapan anggaran Kementerian PU bisa lebih tinggi dari proyeksi", 94.0, "persen", "target")]),
    ("Di lokasi itu tidak hanya menawarkan cabai merah, namun juga menyediakan beras SPHP Rp 60 ribu rupiah dan "
     "Minyakita Rp 15.500.",
     [("menyediakan beras SPHP", 60000.0, "rupiah", "actual"), ("Minyakita", 15500.0, "rupiah", "actual")]),
])
def test_indicators_in_real_sentences(sentence: str, expected: list[tuple]) -> None:
    assert _records(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # policy parameters, thresholds and counts of people deployed are not indicators
    "Keringanan piutang pokok pajak daerah untuk BBN-KB akan dikenakan pemotongan sebesar 50% untuk BBN-KB kedua dan "
    "seterusnya.",
    "Setidaknya, masih terdapat tiga K/L dengan realisasi belanja di bawah 50%.",
    "Personel kecamatan terdiri dari Satpol PP 80 orang, PPSU 50 orang, LH & Satpel Lain 10 orang, polsek dan Koramil "
    "10 orang.",
    "Program 100 hari kerja Wali Kota dan Wakil Wali Kota melibatkan 37 perangkat daerah.",
])
def test_not_indicators(sentence: str) -> None:
    assert _records(sentence) == []


def test_parts_of_a_total_are_not_indicators() -> None:
    # clickid-sindonews-03320: the total is, its breakdown is not (annotation decision 3)
    assert _records("APBD Kabupaten Bekasi Tahun 2019 sebesar Rp6,4 triliun yang terdiri atas belanja tidak langsung "
                    "sebesar Rp2.946.702.750.854 dan belanja langsung sebesar Rp3.482.372.478.615.") == [
        ("APBD Kabupaten Bekasi Tahun 2019", 6.4e12, "rupiah", "actual")]


def test_anaphora_takes_the_measure_of_the_sentence_before() -> None:
    assert _records("Angka itu setara 62,8% dari outlook belanja K/L sepanjang tahun ini sebesar Rp 1.275,6 triliun.",
                    "realisasi belanja K/L") == [("realisasi belanja K/L", 62.8, "persen", "actual"),
                                                 ("belanja K/L", 1275.6e12, "rupiah", "target")]


def test_values_and_units() -> None:
    values = find_values("Rp 66,13 T, Rp9,35 triliun, 95,17%, 10.250 wisatawan, 1,7 juta siswa dan 5,2-5,8% yoy")
    assert [(v.value, v.unit, v.percent) for v in values] == [
        (66.13e12, "rupiah", False), (9.35e12, "rupiah", False), (95.17, "persen", True),
        (10250.0, "wisatawan", False), (1.7e6, "siswa", False), (5.2, "persen", True), (5.8, "persen", True)]
    assert [v.upper_bound for v in values][-2:] == [False, True]
