"""The command line: help everywhere, one-line errors, run and evaluate on real input."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_help_on_every_command() -> None:
    runner = CliRunner()
    for args in ([], *([name] for name in main.commands)):
        result = runner.invoke(main, [*args, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_user_mistakes_are_one_line_errors(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and result.output.strip().splitlines() == [f"jejak: error: input not found: {tmp_path / 'missing'}"]
    result = CliRunner().invoke(main, ["evaluate", "--dataset", str(tmp_path), "--gold", str(REPO / "data/gold/seeds")])
    assert result.exit_code == 2 and "no dataset" in result.output


def test_evaluate_prints_scores_per_table(seed_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["evaluate", "--dataset", str(seed_dataset), "--gold", str(REPO / "data/gold/seeds"),
                                       "--json", str(out), "--errors"])
    assert result.exit_code == 0, result.output
    assert "5 gold articles scored" in result.output
    for table in ("officials", "visits", "commitments", "indicators", "quotes"):
        assert table in result.output
    assert out.exists()
