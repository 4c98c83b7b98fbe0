"""DVC plots: precision/recall per table and records per stage, declared in dvc.yaml and rendered."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.parquet import write_json_atomic
from pipeline.plots import eval_rows, stage_rows

REPO = Path(__file__).resolve().parents[1]


def test_eval_rows_keep_precision_recall_f1_per_record_table() -> None:
    scores = {"articles": 5, "gold_absent": [], "visits": {"precision": 0.5, "recall": 0.25, "f1": 0.3333, "tp": 1},
              "officials": {"precision": 1.0, "recall": 0.8, "f1": 0.8889}}
    assert eval_rows(scores) == [
        {"table": "officials", "precision": 1.0, "recall": 0.8, "f1": 0.8889},
        {"table": "visits", "precision": 0.5, "recall": 0.25, "f1": 0.3333},
    ]


def test_stage_rows_count_what_each_stage_wrote(seed_dataset: Path, seed_tables: dict) -> None:
    interim = seed_dataset / ".interim"
    rows = stage_rows(interim / "raw.parquet", interim / "articles.parquet", interim / "nlp.parquet",
                      interim / "records", seed_dataset)
    published = sum(len(seed_tables[t]) for t in ("officials", "visits", "commitments", "indicators", "quotes"))
    assert [(r["stage"], r["count"]) for r in rows][:3] == [("ingest", 5), ("clean", 5), ("nlp", 5)]
    assert rows[3]["stage"] == "extract" and rows[3]["count"] >= published
    assert rows[4] == {"stage": "dataset", "unit": "records", "count": published}


def test_dvc_plots_show_renders_the_declared_plots(seed_dataset: Path, tmp_path: Path) -> None:
    shutil.copy(REPO / "dvc.yaml", tmp_path / "dvc.yaml")
    dvc = [sys.executable, "-m", "dvc"]
    subprocess.run([*dvc, "init", "--no-scm", "-q"], cwd=tmp_path, check=True)
    scores = {"visits": {"precision": 0.5, "recall": 0.25, "f1": 0.3333}}
    write_json_atomic(tmp_path / "metrics" / "eval_plot.json", eval_rows(scores))
    interim = seed_dataset / ".interim"
    write_json_atomic(tmp_path / "metrics" / "stages.json",
                      stage_rows(interim / "raw.parquet", interim / "articles.parquet", interim / "nlp.parquet",
                                 interim / "records", seed_dataset))
    out = subprocess.run([*dvc, "plots", "show", "--json"], cwd=tmp_path, check=True, capture_output=True, text=True)
    plots = json.loads(out.stdout)["data"]
    assert set(plots) == {"precision_per_table", "recall_per_table", "records_per_stage"}
    precision = plots["precision_per_table"][0]["content"]
    assert precision["encoding"]["x"]["field"] == "precision" and precision["encoding"]["y"]["field"] == "table"
    assert [v["table"] for v in precision["data"]["values"]] == ["visits"]
    stages = [v["stage"] for v in plots["records_per_stage"][0]["content"]["data"]["values"]]
    assert stages == ["ingest", "clean", "nlp", "extract", "dataset"]
