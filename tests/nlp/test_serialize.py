"""Docs survive the trip from the nlp stage to the extract stage with their entities, sentences and spans."""

from __future__ import annotations

from pathlib import Path

from spacy.lang.id import Indonesian
from spacy.vocab import create_vocab

from pipeline.nlp import serialize
from pipeline.nlp.model import load_pipeline

SEED = Path(__file__).resolve().parents[2] / "data" / "raw" / "seeds" / "004_1de3d0c439e19941.txt"


def _view(doc):  # type: ignore[no-untyped-def]
    return ([t.text_with_ws for t in doc], [(e.start, e.end, e.label_) for e in doc.ents],
            [s.start for s in doc.sents], {k: [(s.start, s.end, s.label_, s.id_) for s in g] for k, g in doc.spans.items()})


def test_pack_and_unpack_keep_tokens_entities_sentences_and_spans(params: dict) -> None:
    nlp_pipeline = load_pipeline(params["nlp"])
    texts = [SEED.read_text(encoding="utf-8"), "Kepala Disdukcapil Kota Bogor, Ganjar Gunawan, hadir.", "Tanpa apa-apa."]
    expected = [_view(d) for d in nlp_pipeline.pipe(texts)]
    assert expected[1][3]["gazetteer"]  # the ruler found the office, the agency and the city
    data, spans = serialize.pack(nlp_pipeline.pipe(texts))
    got = [_view(d) for d in serialize.unpack(data, spans, create_vocab("id", Indonesian.Defaults))]
    assert got == expected
