"""What every extractor shares: whole-word string search agrees with `re`'s word boundaries."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.base import word_starts

# detik25-0017's lead (a seed article), with forms that test the boundaries
TEXT = ("Operasi pasar murah kembali digelar Pemerintah Provinsi Riau. Operasi ini merupakan komitmen Gubernur Riau, "
        "Abdul Wahid menjaga stabilitas harga. Riau_2 dan RiauPos bukan Riau; Kab. Kampar, 'Riau'. Wahid-Wahid.")


@pytest.mark.parametrize("phrase", ["Riau", "Abdul Wahid", "Wahid", "Kab.", "'Riau'", "Operasi", "harga.", "iau", "-Wahid"])
def test_word_starts_finds_what_the_bounded_regex_finds(phrase: str) -> None:
    expected = [m.start() for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", TEXT)]
    assert list(word_starts(TEXT, phrase)) == expected
