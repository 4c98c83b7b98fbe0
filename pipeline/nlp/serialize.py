"""Docs between the nlp and extract stages: a DocBin without span groups, the groups beside it.

spaCy serialises span groups with msgpack, and srsly's msgpack looks up its plugin registry
(every installed package's entry points) on each call: two lookups per Doc each way, ~1 ms each,
about a tenth of the NER model's own time. The groups travel as a plain Parquet column instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

SPAN = pa.struct([pa.field("start", pa.int32()), pa.field("end", pa.int32()), pa.field("label", pa.string()),
                  pa.field("id", pa.string())])
GROUP = pa.struct([pa.field("key", pa.string()), pa.field("spans", pa.list_(SPAN))])
SPANS = pa.list_(pa.list_(GROUP))  # per batch: the span groups of each Doc

Groups = list[dict[str, Any]]


def pack(docs: Iterable[Doc]) -> tuple[bytes, list[Groups]]:
    """The Docs as DocBin bytes (entities, sentences, tokens) and each Doc's span groups."""
    docbin = DocBin(store_user_data=False)
    groups = []
    for doc in docs:
        groups.append([{"key": key, "spans": [{"start": s.start, "end": s.end, "label": s.label_, "id": s.id_ or None}
                                              for s in group]} for key, group in doc.spans.items()])
        doc.spans.clear()
        docbin.add(doc)
    return docbin.to_bytes(), groups


def unpack(data: bytes, groups: list[Groups] | None, vocab: Vocab) -> Iterator[Doc]:
    """The Docs of `pack`, span groups (empty ones too) restored in their order."""
    for i, doc in enumerate(DocBin().from_bytes(data).get_docs(vocab)):
        for group in groups[i] if groups else []:
            doc.spans[group["key"]] = [Span(doc, s["start"], s["end"], label=s["label"], span_id=s["id"] or 0)
                                       for s in group["spans"]]
        yield doc
