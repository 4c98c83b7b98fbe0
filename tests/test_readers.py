"""Every input format becomes raw records; unreadable inputs become rejections, not crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.config import JejakError
from pipeline.readers import expand_inputs, read_inputs

LEAD = "Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor."


def test_txt_uses_file_stem_as_id(tmp_path: Path) -> None:
    (tmp_path / "seed-1.txt").write_text(LEAD, encoding="utf-8")
    [rec] = read_inputs([tmp_path])
    assert rec["article_id"] == "seed-1" and rec["text"] == LEAD and rec["reject_reason"] is None


def test_jsonl_fields_and_malformed_line(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "x1", "content": LEAD, "date": "2024-04-23", "url": "http://a/b"}) + "\n"
                 + "{not json\n" + json.dumps({"id": "x2", "text": 5}) + "\n", encoding="utf-8")
    recs = list(read_inputs([f]))
    assert recs[0]["article_id"] == "x1" and recs[0]["published"] == "2024-04-23" and recs[0]["url"] == "http://a/b"
    assert recs[1]["reject_reason"].startswith("a.jsonl:2: malformed JSON")
    assert recs[2]["reject_reason"] == "a.jsonl:3: text field is int, not a string"


def test_jsonl_is_read_line_by_line_with_bom_legacy_bytes_and_unicode_separators(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    lines = [json.dumps({"id": "u1", "text": LEAD + "\u2028" + "baris"}, ensure_ascii=False).encode("utf-8"),
             b"", json.dumps({"id": "w1", "text": "Caf\u00e9 " + LEAD}, ensure_ascii=False).encode("cp1252"),
             b"{not json"]
    f.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n")
    recs = list(read_inputs([f]))
    assert [r["article_id"] for r in recs[:2]] == ["u1", "w1"]
    assert recs[0]["text"] == LEAD + "\u2028baris"  # U+2028 inside a JSON string does not end the line
    assert recs[1]["text"].startswith("Caf\u00e9 ")  # a Windows-1252 line among UTF-8 ones
    assert recs[2]["reject_reason"].startswith("b.jsonl:4: malformed JSON")


def test_csv_with_embedded_newlines_and_parquet(tmp_path: Path) -> None:
    df = pd.DataFrame({"id": ["c1"], "body": [LEAD + "\n\nParagraf kedua."], "title": ["Judul"]})
    df.to_csv(tmp_path / "a.csv", index=False)
    df.rename(columns={"id": "id"}).assign(id=["p1"]).to_parquet(tmp_path / "b.parquet")
    recs = {r["article_id"]: r for r in read_inputs([tmp_path])}
    assert recs["c1"]["text"].endswith("Paragraf kedua.") and recs["c1"]["title"] == "Judul"
    assert recs["p1"]["text"] == recs["c1"]["text"]


def test_parquet_without_text_column_is_rejected(tmp_path: Path) -> None:
    pd.DataFrame({"id": ["1"], "judul": ["x"]}).to_parquet(tmp_path / "n.parquet")
    [rec] = read_inputs([tmp_path / "n.parquet"])
    assert "no text column" in rec["reject_reason"]


def test_binary_and_legacy_encodings(tmp_path: Path) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin.txt").write_bytes("Kepala Dinas menjelaskan caf\u00e9 dan na\u00efve".encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes("Gubernur Riau berkunjung".encode("utf-16"))
    recs = {r["article_id"]: r for r in read_inputs([tmp_path])}
    assert "binary" in recs["img"]["reject_reason"]
    assert recs["latin"]["text"].endswith("café dan naïve")
    assert recs["utf16"]["text"] == "Gubernur Riau berkunjung"


def test_duplicate_ids_are_kept_and_rejected(tmp_path: Path) -> None:
    rows = [{"id": "d", "text": LEAD}, {"id": "d", "text": LEAD + " Lagi."}]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    recs = list(read_inputs([tmp_path]))
    assert [r["article_id"] for r in recs] == ["d", "d~2"]
    assert "duplicate article id" in recs[1]["reject_reason"]


def test_missing_and_unknown_inputs_raise_user_errors(tmp_path: Path) -> None:
    with pytest.raises(JejakError, match="input not found"):
        expand_inputs([tmp_path / "nope"])
    (tmp_path / "x.docx").write_text("x")
    with pytest.raises(JejakError, match="unknown input format"):
        expand_inputs([tmp_path / "x.docx"])
