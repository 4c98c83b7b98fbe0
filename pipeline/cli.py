"""The `jejak` command line: run the pipeline on any input, evaluate against gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.config import JejakError, load_params


class JejakGroup(click.Group):
    """Turns user mistakes (JejakError, missing files) into one line and exit code 2."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except (JejakError, FileNotFoundError) as e:
            click.echo(f"jejak: error: {e}", err=True)
            sys.exit(2)


@click.group(cls=JejakGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jejak")
def main() -> None:
    """Jejak: Indonesian news to a dataset of visits, commitments and indicator values."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Folder for the six tables.")
@click.option("--params", "params_file", type=click.Path(path_type=Path), help="Parameters file (default: params.yaml).")
def run(inputs: tuple[Path, ...], out_dir: Path, params_file: Path | None) -> None:
    """Run every stage on INPUTS (folders or .txt .html .jsonl .json .csv .parquet files).

    Writes OUT/<table>.parquet for articles, officials, visits, commitments,
    indicators and quotes.
    """
    from pipeline.readers import expand_inputs
    from pipeline.run import run_all

    if not expand_inputs(list(inputs)):
        raise JejakError(f"no supported input files in {', '.join(map(str, inputs))}")
    counts = run_all(list(inputs), out_dir, load_params(params_file))
    click.echo(f"Wrote {out_dir}/: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@main.command()
@click.option("--dataset", "dataset_dir", default="data/processed/dataset", show_default=True,
              type=click.Path(path_type=Path), help="Folder with the tables.")
def summary(dataset_dir: Path) -> None:
    """How many records each table holds, and where."""
    from pipeline.dataset import summarize

    if not dataset_dir.is_dir():
        raise JejakError(f"no dataset in {dataset_dir} (run `make run` or `jejak run INPUT --out DIR` first)")
    click.echo(summarize(dataset_dir))


@main.command()
@click.option("--dataset", "dataset_dir", required=True, type=click.Path(path_type=Path), help="Folder with the tables.")
@click.option("--gold", "gold_dirs", required=True, multiple=True, type=click.Path(path_type=Path),
              help="Folder of gold JSON files (repeatable).")
@click.option("--json", "json_file", type=click.Path(path_type=Path), help="Also write the scores to this file.")
@click.option("--errors", is_flag=True, help="List every missed and spurious record with its sentence.")
def evaluate(dataset_dir: Path, gold_dirs: tuple[Path, ...], json_file: Path | None, errors: bool) -> None:
    """Score a dataset against gold records (P/R/F1 per table, attribute accuracies)."""
    from pipeline.evaluate.__main__ import evaluate as run_evaluate
    from pipeline.evaluate.report import format_errors, format_scores

    result = run_evaluate(dataset_dir, list(gold_dirs))
    click.echo(format_scores(result["scores"]))
    if errors:
        click.echo(format_errors(result["errors"]))
    if json_file:
        json_file.write_text(json.dumps(result["scores"], indent=2, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
