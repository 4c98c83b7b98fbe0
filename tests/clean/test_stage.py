"""The clean stage end to end: statuses, reasons, duplicates and the per-rule counts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import ingest
from pipeline.clean import __main__ as stage, cache as clean_cache
from pipeline.clean.__main__ import run
from pipeline.clean.relevance import lead_official, speaking_official
from pipeline.engine import LocalEngine

SEEDS = Path(__file__).resolve().parents[2] / "data" / "raw" / "seeds"
BEKASI = "004_1de3d0c439e19941"
# clickid-sindonews-02982 (CLICK-ID, CC BY 4.0): an English wire story
ENGLISH = (", - Israel's prime minister will soon be coming to Moscow for the 3rd time this year. Ties between the two states "
           "significantly deteriorated after a Russian plane was downed in a friendly fire incident off the Syrian coast, "
           "for which Moscow blamed Israeli pilots. The two leaders are expected to discuss the situation in Syria.")
# clickid-okezone-02502 (CLICK-ID): celebrity news
MUSIC = ("-,dan Rossa tak henti-hentinya memberi dukungan kepada penyanyi Yory Fortuna. Kali ini, Yory Fortuna mengusung lagu "
         "bertajuk Tetap Santai.\nAfgan yang merupakan salah satu penyanyi solo tersukses di tanah air berharap agar kiprah Yory "
         "bisa eksis di industri musik tanah air.,,,,Baca Juga:,\"Saya ucapkan selamat atas rilisnya single kedua Yory Fortuna "
         "'Tetap Santai', semoga lagu ini bisa diterima dengan baik oleh penikmat musik Indonesia.\" kata Afgan.")


def test_stage_statuses_and_metrics(tmp_path: Path, params: dict) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, inp / f.name)
    rows = [{"id": "bekasi-copy", "published": "2025-05-01", "text": (SEEDS / f"{BEKASI}.txt").read_text(encoding="utf-8")},
            {"id": "english", "text": ENGLISH}, {"id": "music", "text": MUSIC}, {"id": "short", "text": "BOGOR - Singkat."}]
    (inp / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingest.run([inp], tmp_path / "raw.parquet")
    report = run(tmp_path / "raw.parquet", tmp_path / "articles.parquet", params["clean"], tmp_path / "clean.json")

    got = {r["article_id"]: r for r in pq.read_table(tmp_path / "articles.parquet").to_pylist()}
    assert {k: v["status"] for k, v in got.items()} == {
        "000_61cda29305c3ac69": "ok", "001_ad25a8ac6268d2f2": "ok", "002_bcace05eaed1d481": "ok", "003_a1c69c33f22e4ed5": "ok",
        BEKASI: "ok", "bekasi-copy": "duplicate", "english": "irrelevant", "music": "irrelevant", "short": "rejected"}
    assert got["bekasi-copy"]["duplicate_of"] == BEKASI  # the header date 2025-04-27 is earlier than 2025-05-01
    assert got["english"]["reject_reason"] == "language en (lingua confidence 1.00), not id/ms"
    assert got["music"]["reject_reason"].startswith("no government content (relevance 0.")
    assert got["short"]["reject_reason"] == "too short: 8 characters after cleaning (minimum 200)"
    c = params["clean"]
    assert all(got[k]["relevance"] >= c["relevance_threshold"] or
               (got[k]["relevance"] >= c["lead_official_min_relevance"] and lead_official(got[k]["text"])) or
               (got[k]["relevance"] >= c["speaking_official_min_relevance"] and speaking_official(got[k]["text"]))
               for k in got if got[k]["status"] == "ok")

    assert report == json.loads((tmp_path / "clean.json").read_text())
    assert report["status"] == {"ok": 5, "duplicate": 1, "irrelevant": 2, "rejected": 1}
    assert report["duplicate_clusters"] == 1
    assert report["removed_lines"]["scroll_prompt"] == 2 and report["removed_lines"]["read_also"] == 2
    assert not list(tmp_path.glob("articles.parquet*[!t]"))  # no first-pass or temporary file left


def _seed_raw(tmp_path: Path, extra: list[dict] | None = None) -> Path:
    inp = tmp_path / "in"
    inp.mkdir(exist_ok=True)
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, inp / f.name)
    rows = [{"id": "bekasi-copy", "published": "2025-05-01", "text": (SEEDS / f"{BEKASI}.txt").read_text(encoding="utf-8")},
            {"id": "music", "text": MUSIC}, *(extra or [])]
    (inp / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ingest.run([inp], tmp_path / "raw.parquet")
    return tmp_path / "raw.parquet"


def test_rerun_cleans_only_new_articles_and_writes_the_same_table(tmp_path: Path, params: dict, monkeypatch) -> None:
    cleaned: list[str] = []
    real = stage._clean_rows
    monkeypatch.setattr(stage, "_clean_rows", lambda batch, *a: cleaned.extend(r["article_id"] for r in batch) or real(batch, *a))
    cache = tmp_path / "cache"
    raw = _seed_raw(tmp_path)
    first = run(raw, tmp_path / "a.parquet", params["clean"], cache_root=cache)
    assert len(cleaned) == 7
    cleaned.clear()
    again = run(raw, tmp_path / "b.parquet", params["clean"], cache_root=cache)
    assert cleaned == []
    assert pq.read_table(tmp_path / "b.parquet").equals(pq.read_table(tmp_path / "a.parquet"))
    assert {k: v for k, v in again.items() if k != "seconds"} == {k: v for k, v in first.items() if k != "seconds"}

    # one more article: only it is cleaned, and the duplicate pass still sees every article
    raw = _seed_raw(tmp_path, [{"id": "bekasi-copy-2", "published": "2025-05-02",
                                "text": (SEEDS / f"{BEKASI}.txt").read_text(encoding="utf-8")}])
    run(raw, tmp_path / "c.parquet", params["clean"], cache_root=cache)
    assert cleaned == ["bekasi-copy-2"]
    got = {r["article_id"]: r for r in pq.read_table(tmp_path / "c.parquet").to_pylist()}
    assert got["bekasi-copy-2"]["status"] == "duplicate" and got["bekasi-copy-2"]["duplicate_of"] == BEKASI

    # other parameters are another version: everything is cleaned again, and the old version goes
    cleaned.clear()
    run(raw, tmp_path / "d.parquet", {**params["clean"], "min_chars": 300}, cache_root=cache)
    assert len(cleaned) == 8
    assert len([d for d in cache.iterdir() if d.is_dir()]) == 1


def test_two_workers_write_the_same_table_as_one(tmp_path: Path, params: dict) -> None:
    raw = _seed_raw(tmp_path)
    run(raw, tmp_path / "one.parquet", params["clean"])
    run(raw, tmp_path / "two.parquet", {**params["clean"], "batch_size": 2}, engine=LocalEngine(2))
    assert pq.read_table(tmp_path / "two.parquet").equals(pq.read_table(tmp_path / "one.parquet"))


def test_raw_key_covers_every_raw_field() -> None:
    raw = {"article_id": "a", "source": "s", "url": None, "title": "T", "published": "2025-05-01", "text": "x",
           "html": False, "reject_reason": None}
    keys = {clean_cache.raw_key("v", raw)} | {clean_cache.raw_key("v", {**raw, f: "changed"}) for f in raw}
    assert len(keys) == len(raw) + 1
    assert clean_cache.raw_key("w", raw) != clean_cache.raw_key("v", raw)
