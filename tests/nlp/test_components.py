"""Sentence breaks at paragraphs and the gazetteer span rulers."""

from __future__ import annotations

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
