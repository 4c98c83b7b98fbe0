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
@click.option("--workers", type=click.IntRange(min=0), help="Processes for the nlp and extract stages (0: every core; "
              "default: engine.workers in the parameters).")
@click.option("--engine", "engine_name", type=click.Choice(["local", "dask"]), help="Run the nlp and extract batches "
              "here (local) or on dask.distributed (default: engine.name in the parameters).")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a LocalCluster.")
def run(inputs: tuple[Path, ...], out_dir: Path, params_file: Path | None, workers: int | None,
        engine_name: str | None, scheduler: str | None) -> None:
    """Run every stage on INPUTS (folders or .txt .html .jsonl .json .csv .parquet files).

    Writes OUT/<table>.parquet for articles, officials, visits, commitments,
    indicators and quotes. Records are cached in OUT/.cache: running again after adding
    articles annotates and extracts only the new ones.
    """
    from pipeline.readers import expand_inputs
    from pipeline.run import run_all

    if not expand_inputs(list(inputs)):
        raise JejakError(f"no supported input files in {', '.join(map(str, inputs))}")
    if scheduler and engine_name not in (None, "dask"):
        raise JejakError("--scheduler is for --engine dask")
    params = load_params(params_file)
    given = {"workers": workers, "name": "dask" if scheduler and not engine_name else engine_name, "scheduler": scheduler}
    params["engine"] = {**(params.get("engine") or {}), **{k: v for k, v in given.items() if v is not None}}
    click.echo(run_all(list(inputs), out_dir, params, preload_nlp=True).format())


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


DATASET_OPTION = click.option("--dataset", "dataset_dir", default="data/processed/dataset", show_default=True,
                              type=click.Path(path_type=Path), help="Folder with the tables.")


@main.command()
@click.argument("sql")
@DATASET_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "markdown"]), default="table",
              show_default=True)
def query(sql: str, dataset_dir: Path, fmt: str) -> None:
    """Run read-only SQL (DuckDB) over the tables articles, officials, visits,
    commitments, indicators and quotes.

    \b
    jejak query "select visitor_name, count(*) from visits group by 1"
    Only SELECT is allowed: no COPY, ATTACH, INSTALL/LOAD, SET or reading other files.
    """
    from pipeline.query import query as run_sql
    from pipeline.render import emit

    emit(run_sql(dataset_dir, sql), fmt)


def _question(name: str, doc: str) -> None:
    """Register `jejak NAME` with the filters every ready-made question understands."""
    date_type = click.DateTime(formats=["%Y-%m-%d"])

    @main.command(name=name, help=doc)
    @click.option("--official", help="Name of an official; words match the start of name words (hery).")
    @click.option("--region", help="Region (bogor, kota bogor, jawa barat).")
    @click.option("--org", help="Agency, full or short name (dinkes, dinas kesehatan).")
    @click.option("--since", type=date_type, help="From this day (YYYY-MM-DD).")
    @click.option("--until", type=date_type, help="Up to this day (YYYY-MM-DD).")
    @click.option("--search", "search", help="Words anywhere in the record or its sentence.")
    @DATASET_OPTION
    @click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
    def command(official: str | None, region: str | None, org: str | None, since, until, search: str | None,
                dataset_dir: Path, fmt: str) -> None:
        from pipeline.query import connect
        from pipeline.questions import Filters, ask
        from pipeline.render import emit

        filters = Filters(official, region, org, since and since.date(), until and until.date(), search)
        emit(ask(connect(dataset_dir), name, filters), fmt, title=name.capitalize())


_question("officials", "Officials: title, region, agency, in how many articles and when. Case and accents do not matter.")
_question("visits", "Visits of officials to agencies and places, by date (visit date, else publication date).")
_question("commitments", "Promises, plans, targets and instructions, by publication date; "
          "--region is the actor's region.")
_question("indicators", "Indicator values by publication date; --region is the indicator's region, else that of "
          "the officials in its article, and --official finds the indicators of articles naming that official.")


@main.command()
@click.argument("article_id")
@DATASET_OPTION
def show(article_id: str, dataset_dir: Path) -> None:
    """Show an article's clean text with every extracted record marked and listed.

    ARTICLE_ID may be a unique prefix of the id (e.g. 002).
    """
    from pipeline.show import show as show_article

    show_article(dataset_dir, article_id)


@main.command()
@DATASET_OPTION
@click.option("--format", "fmt", type=click.Choice(["sqlite", "csv", "xlsx"]), default="sqlite", show_default=True)
@click.option("--to", "target", type=click.Path(path_type=Path),
              help="File (sqlite, xlsx) or folder (csv); default: jejak.db, jejak-csv/ or jejak.xlsx beside the dataset.")
def export(dataset_dir: Path, fmt: str, target: Path | None) -> None:
    """Export the tables to SQLite (full-text search, Datasette metadata), CSV files or Excel."""
    from pipeline.export import export as run_export, metadata_path

    out = run_export(dataset_dir, fmt, target)
    extra = f" (Datasette metadata: {metadata_path(out)})" if fmt == "sqlite" else ""
    click.echo(f"Wrote {out}{extra}")


@main.command()
@DATASET_OPTION
@click.option("--db", "db_path", type=click.Path(path_type=Path),
              help="SQLite export to serve (default: jejak.db beside the dataset; exported when missing or stale).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
def browse(dataset_dir: Path, db_path: Path | None, host: str, port: int, open_browser: bool) -> None:
    """Browse and search the dataset in Datasette (a local web page)."""
    from pipeline.browse import browse as serve
    from pipeline.export import default_target

    serve(dataset_dir, db_path or default_target(dataset_dir, "sqlite"), host, port, open_browser)


if __name__ == "__main__":
    main()
