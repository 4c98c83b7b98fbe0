"""Sentence breaks at paragraphs and the gazetteer span rulers."""

from __future__ import annotations

from pipeline.nlp.__main__ import MemoryZone
from pipeline.nlp.model import load_pipeline


def test_paragraphs_and_gazetteer_spans(params: dict) -> None:
    nlp = load_pipeline(params["nlp"])
    doc = nlp("Peningkatan infrastruktur jalan\nKepala Disdukcapil Kota Bogor, Ganjar Gunawan, menyambut Pj Wali Kota.")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents[0] == "Peningkatan infrastruktur jalan"
    spans = {(s.text, s.label_, s.id_) for s in doc.spans["gazetteer"]}
    assert ("Kepala Disdukcapil", "TITLE", "Kepala Dinas") in spans
    assert ("Disdukcapil", "OPD", "Dinas Kependudukan dan Pencatatan Sipil") in spans
    assert ("Kota Bogor", "REGION", "Kota Bogor") in spans


def test_tokenizer_splits_slash_joined_offices_and_dateline_dashes(params: dict) -> None:
    nlp = load_pipeline(params["nlp"])
    assert nlp.tokenizer.__class__.__name__ == "Tokenizer"
    words = [t.text for t in nlp.make_doc("Menteri PPN/Kepala Bappenas (PPN)/Kepala -Gubernur DKI Jakarta")]
    assert words == ["Menteri", "PPN", "/", "Kepala", "Bappenas", "(", "PPN", ")", "/", "Kepala", "-", "Gubernur", "DKI", "Jakarta"]
    assert [t.text for t in nlp.make_doc("Pemkot Bogor")] == ["Pemkot", "Bogor"]


def test_memory_zone_frees_the_strings_of_its_batches_once_full(params: dict) -> None:
    nlp = load_pipeline(params["nlp"])
    base = len(nlp.vocab.strings)
    zone = MemoryZone(nlp, max_new_strings=3)
    zone.renew_if_full()
    nlp("Kata zzqa zzqb zzqc zzqd baru.")
    assert len(nlp.vocab.strings) > base + 3
    zone.renew_if_full()  # full: the old zone closes, its strings go, a new one opens
    assert len(nlp.vocab.strings) == base
    nlp("Kata zzqe.")
    zone.renew_if_full()  # not full: the zone stays
    assert "zzqe" in nlp.vocab.strings
    zone.close()
    assert "zzqe" not in nlp.vocab.strings
