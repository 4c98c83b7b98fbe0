"""A corpus full of bad input runs to the end and every input is accounted for in `articles`."""

from __future__ import annotations

import math
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline import schema
from pipeline.cli import main

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
LEAD = "Bupati Bogor Ade Yasin meninjau Dinas Kesehatan Kabupaten Bogor, Senin (16/9/2019), dan meminta pelayanan dipercepat."

# Inputs per file: one per txt/html, one per non-blank JSONL line, CSV row or JSON item.
EXPECTED = {
    "cp1252.txt": 1, "nested/dup-1.txt": 1, "duplicate_ids.jsonl": 5, "embedded_newlines.csv": 4, "empty.txt": 1,
    "english.txt": 1, "huge.txt": 1, "javanese.txt": 1, "latin1.txt": 1, "long_line.txt": 1, "malformed.jsonl": 13,
    "mojibake.txt": 1, "no_rows.csv": 1, "no_text.parquet": 1, "numbers_dates.txt": 1, "photo.txt": 1,
    "quotes10k.txt": 1, "script_only.html": 1, "truncated.parquet": 1, "typed.parquet": 2, "unbalanced_quotes.txt": 1,
    "utf16_bom.txt": 1, "whitespace.txt": 1, "nested/array.json": 3,
}


def _generate(folder: Path) -> None:
    """The cases too big or too binary to commit."""
    # 5 MB of distinct paragraphs (repeated lines would be stripped as boilerplate)
    paras = [f"Pada hari ke-{i}, Wali Kota Bogor Hery Antasari meninjau {i % 97} sekolah dan {i % 13} puskesmas di kecamatan ke-{i}."
             for i in range(50_000)]
    (folder / "huge.txt").write_text("\n".join(paras)[:5_000_000], encoding="utf-8")
    (folder / "long_line.txt").write_text(f"{LEAD}\nKode dokumen: {'x' * 10_000} tercantum dalam lampiran.\n{LEAD[:-1]} lagi.\n"
                                          f"Warga menyambut baik kunjungan itu dan berharap pelayanan membaik.", encoding="utf-8")
    (folder / "quotes10k.txt").write_text(LEAD + "\n" + '"' * 10_000 + "\nKepala Dinas Kesehatan mengatakan pelayanan "
                                          "akan ditambah mulai bulan depan di seluruh puskesmas.", encoding="utf-8")
    pd.DataFrame({"id": ["p1"], "judul": ["x"]}).to_parquet(folder / "no_text.parquet")
    pd.DataFrame({"id": ["t1", "t2"], "text": [LEAD * 3, None]}).to_parquet(folder / "typed.parquet")
    good = folder / "typed.parquet"
    (folder / "truncated.parquet").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    (folder / "no_rows.csv").write_text("id,text\n", encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "dup-1.txt").write_text(LEAD * 3, encoding="utf-8")  # its id is also in duplicate_ids.jsonl
    (folder / "nested" / "scan.png").write_bytes((BAD / "photo.txt").read_bytes())  # not a text format: skipped
    (folder / ".hidden.txt").write_text(LEAD * 3, encoding="utf-8")  # hidden: not an input
    (folder / "nested" / "array.json").write_text('[{"id": "a1", "text": "%s"}, 17, {"text": {"p": 1}}]' % (LEAD * 2),
                                                  encoding="utf-8")


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict], dict[str, list[dict]], str]:
    """`jejak run` over every bad input at once: articles by id, all tables, what it printed."""
    inp = tmp_path_factory.mktemp("bad_in")
    shutil.copytree(BAD, inp, dirs_exist_ok=True)
    (inp / "README.md").unlink()
    _generate(inp)
    out = tmp_path_factory.mktemp("bad_out")
    result = CliRunner().invoke(main, ["run", str(inp), "--out", str(out)])
    assert result.exit_code == 0, result.output
    tables = {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in schema.TABLES}
    return {a["article_id"]: a for a in tables["articles"]}, tables, result.stdout


def _file(source: str) -> str:
    return source.split(":")[0].split("[")[0]


def test_every_input_is_accounted_for_once(bad_run) -> None:
    articles, tables, _ = bad_run
    assert len(articles) == len(tables["articles"]) == sum(EXPECTED.values())
    assert Counter(_file(a["source"]) for a in articles.values()) == EXPECTED
    for a in articles.values():
        assert a["status"] in schema.STATUSES
        if a["status"] in ("rejected", "irrelevant"):
            assert a["reject_reason"], a
        if a["status"] == "duplicate":
            assert a["duplicate_of"] in articles and articles[a["duplicate_of"]]["status"] == "ok"


def test_unreadable_inputs_say_what_and_where(bad_run) -> None:
    articles, _, _ = bad_run
    reasons = {a["source"]: a["reject_reason"] for a in articles.values() if a["status"] == "rejected"}
    assert reasons["empty.txt"] == "empty.txt: empty file"
    assert reasons["whitespace.txt"] == "whitespace.txt: only whitespace"
    assert reasons["photo.txt"] == "photo.txt: binary file, not text"
    assert reasons["malformed.jsonl:2"] == "malformed.jsonl:2: malformed JSON (Unterminated string starting at: column 26)"
    assert reasons["malformed.jsonl:3"] == \
        "malformed.jsonl:3: malformed JSON (Expecting property name enclosed in double quotes: column 2)"
    assert reasons["malformed.jsonl:4"] == "malformed.jsonl:4: text field is int, not a string"
    assert reasons["malformed.jsonl:5"] == "malformed.jsonl:5: text field is list, not a string"
    assert reasons["malformed.jsonl:6"] == "malformed.jsonl:6: no text field (text|content|body)"
    assert reasons["malformed.jsonl:9"] == "malformed.jsonl:9: expected an object, got NoneType"
    assert reasons["malformed.jsonl:13"] == "malformed.jsonl:13: text field is float, not a string"
    assert reasons["malformed.jsonl:14"] == "malformed.jsonl:14: empty text field"
    assert reasons["embedded_newlines.csv:12"] == "embedded_newlines.csv:12: no text field (text|content|body)"
    assert reasons["no_rows.csv"] == "no_rows.csv: no articles in the file"
    assert reasons["no_text.parquet"] == "no_text.parquet: no text column (text|content|body; columns: id, judul)"
    assert reasons["typed.parquet[row 1]"] == "typed.parquet[row 1]: no text field (text|content|body)"
    assert reasons["truncated.parquet"].startswith("truncated.parquet: not a readable Parquet file")
    assert reasons["nested/array.json[1]"] == "nested/array.json[1]: expected an object, got int"
    assert reasons["nested/array.json[2]"] == "nested/array.json[2]: text field is dict, not a string"
    assert reasons["duplicate_ids.jsonl:3"] == \
        "duplicate_ids.jsonl:3: duplicate article id 'dup-1' (first at duplicate_ids.jsonl:1)"
    assert reasons["nested/dup-1.txt"] == "nested/dup-1.txt: duplicate article id 'dup-1' (first at duplicate_ids.jsonl:1)"
    assert reasons["huge.txt"].startswith("too long: ") and reasons["huge.txt"].endswith("(maximum 200000; clean.max_chars)")
    assert reasons["script_only.html"] == "empty text after cleaning"


def test_run_summary_lists_every_unreadable_input(bad_run) -> None:
    articles, _, printed = bad_run
    read_errors = [a["reject_reason"] for a in articles.values() if a["reject_reason"] and a["reject_reason"].startswith(a["source"])]
    assert f"rejected while reading ({len(read_errors)}):" in printed
    listed = printed.split("rejected while reading")[1]
    assert len(read_errors) == 24 and all(reason in listed for reason in read_errors)
    assert printed.rstrip().splitlines()[-1].startswith("skipped, not a supported format (1): ")
    assert printed.rstrip().endswith("/nested/scan.png")


def test_encodings_are_decoded_to_the_same_text(bad_run) -> None:
    articles, _, _ = bad_run
    # the same article in UTF-8 (CSV) and Latin-1, in UTF-8 (JSONL) and UTF-16, mojibake and Windows-1252
    assert articles["latin1"]["text"] == articles["csv-apbd"]["text"] and articles["latin1"]["status"] == "duplicate"
    assert articles["utf16_bom"]["text"] == articles["dup-1"]["text"] and articles["utf16_bom"]["status"] == "duplicate"
    assert "\"Bagi para perokok, itu saya tidak akan masukan di PBI" in articles["cp1252"]["text"]  # 0x93 read as a quote mark
    assert articles["mojibake"]["text"] == articles["cp1252"]["text"]
    assert articles["jl-sep"]["status"] == "duplicate" and "\u2028" not in articles["jl-sep"]["source"]


def test_records_only_for_extracted_articles_with_sound_provenance(bad_run) -> None:
    articles, tables, _ = bad_run
    assert sum(len(tables[t]) for t in schema.RECORD_TABLES) > 0
    for name in schema.RECORD_TABLES:
        for rec in tables[name]:
            article = articles[rec["article_id"]]
            assert article["status"] == "ok", (name, rec)
            assert 0 <= rec["char_start"] < rec["char_end"] <= len(article["text"]), (name, rec)
            for key, value in rec.items():
                assert not (isinstance(value, float) and not math.isfinite(value)), (name, key, rec)
    values = {i["value_text"]: i["value"] for i in tables["indicators"] if i["article_id"] == "numbers_dates"}
    assert values.get("999999999999 persen") == 999999999999.0
