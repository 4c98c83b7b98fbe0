"""Mojibake, quotes, dashes and whitespace, on real corpus strings."""

from __future__ import annotations

import pytest

from pipeline.clean.repair import fix_mac_roman, mojibake_sequences, repair_text


@pytest.mark.parametrize(("broken", "fixed"), [
    # UTF-8 read as Mac-Roman (CLICK-ID Kompas, Tempo, Sindonews, Okezone)
    ("Press Conference ‚ÄúLaunching Shopee Liga 1‚Äù di", 'Press Conference "Launching Shopee Liga 1" di'),
    ("rupanya¬†Mpok Alpa masih tetap dikenal", "rupanya Mpok Alpa masih tetap dikenal"),
    ("memberikan izin penyadapan dalam waktu 1√ó24 jam.", "memberikan izin penyadapan dalam waktu 1×24 jam."),
    ("1 sdt Desaku Ketumbar Bubuk,¬Ω sdt Desaku Kunyit Bubuk", "1 sdt Desaku Ketumbar Bubuk,½ sdt Desaku Kunyit Bubuk"),
    ("sesuai dengan ketentuan dan syari√°t.", "sesuai dengan ketentuan dan syariát."),
    ("Courtois; Carvajal, Varane, Milit√£o, Mendy", "Courtois; Carvajal, Varane, Militão, Mendy"),
    ("koordinat 7¬∞13‚Äô59,23‚Äù LS", "koordinat 7°13'59,23\" LS"),
    # UTF-8 read as Latin-1 (detik25)
    ("digelar di Nims CafÃ©, Jakarta", "digelar di Nims Café, Jakarta"),
])
def test_mojibake_is_undone(broken: str, fixed: str) -> None:
    assert repair_text(broken) == fixed


def test_real_curly_quotes_and_dashes_are_not_mojibake() -> None:
    assert fix_mac_roman("“Ésta” – ok") == "“Ésta” – ok"
    assert repair_text("KORANMANDALA.COM – Pj Wali Kota Bogor") == "KORANMANDALA.COM - Pj Wali Kota Bogor"
    assert repair_text("BANDUNG, BEREDUKASI.COM — WAKIL Wali Kota") == "BANDUNG, BEREDUKASI.COM - WAKIL Wali Kota"


def test_comma_joined_paragraphs_become_lines() -> None:
    scraped = ("tergolong fenomena alam yang jarang terjadi.,‚ÄúGempa seperti itu kini masih menyisakan banyak tanda tanya.‚Äù,Karena episenter"
               " sangat dalam.,,,Kemudian pada Pasal 12B. ,Kala itu, merupakan awal. pungkasnya. ,")
    assert repair_text(scraped) == ('tergolong fenomena alam yang jarang terjadi.\n"Gempa seperti itu kini masih menyisakan banyak tanda tanya."\n'
                                    "Karena episenter sangat dalam.\nKemudian pada Pasal 12B.\nKala itu, merupakan awal. pungkasnya.")


def test_whitespace_folds_and_paragraphs_stay() -> None:
    assert repair_text("A   A   A   Pengaturan Font\n\n\n\nBOGOR - Dalam rangka\t percepatan ") == "A A A Pengaturan Font\n\nBOGOR - Dalam rangka percepatan"


def test_mojibake_detector_finds_what_repair_removes() -> None:
    broken = "Press Conference ‚ÄúLaunching‚Äù di Nims CafÃ©, 1√ó24 jam,¬†Mpok"
    assert mojibake_sequences(broken) == ["‚Ä", "‚Ä", "Ã©", "√ó", "¬†"]
    assert mojibake_sequences(repair_text(broken)) == []
    assert mojibake_sequences("“Ésta” – ok, 7°13' LS, Rp 1,5 triliun") == []


def test_byline_joined_to_the_last_paragraph_gets_its_own_line() -> None:
    assert repair_text('"Jadi kami pasti akan selesaikan tahun ini," kata Guntur., ,Reporter: Vendi Yhulia Susanto') == \
        '"Jadi kami pasti akan selesaikan tahun ini," kata Guntur.\nReporter: Vendi Yhulia Susanto'
