"""Language identification with lingua on corpus paragraphs."""

from __future__ import annotations

from pathlib import Path

from pipeline.clean.language import FAST_ACCEPT_SHARE, detect_language, function_word_share, language_reason

CANDIDATES = ("id", "ms", "en", "nl")
ACCEPT = ("id", "ms")
INDONESIAN = ("Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor dengan mengadakan "
              "serangkaian kunjungan ke beberapa Organisasi Perangkat Daerah (OPD).")
# clickid-sindonews-02982, an English wire story in the Indonesian corpus
ENGLISH = ("Israel's prime minister will soon be coming to Moscow for the 3rd time this year. Ties between the two states "
           "significantly deteriorated after a Russian plane was downed in a friendly fire incident.")


def test_indonesian_passes() -> None:
    assert detect_language(INDONESIAN, CANDIDATES)[0] == "id"
    assert language_reason(INDONESIAN, CANDIDATES, ACCEPT) is None


def test_english_is_irrelevant_with_its_reason() -> None:
    assert language_reason(ENGLISH, CANDIDATES, ACCEPT) == "language en (lingua confidence 1.00), not id/ms"


def test_text_without_letters_is_undecided() -> None:
    assert detect_language("2019 - 2020 : 12,5 %", CANDIDATES) == (None, 0.0)


def test_function_words_accept_indonesian_without_lingua_and_never_english(monkeypatch) -> None:
    article = (Path(__file__).resolve().parents[2] / "data/raw/seeds/004_1de3d0c439e19941.txt").read_text(encoding="utf-8")
    assert function_word_share(article) >= FAST_ACCEPT_SHARE
    assert function_word_share(ENGLISH) == 0.0
    monkeypatch.setattr("pipeline.clean.language.detect_language", lambda *_: (_ for _ in ()).throw(AssertionError("lingua asked")))
    assert language_reason(article, CANDIDATES, ACCEPT) is None
