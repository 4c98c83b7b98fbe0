"""`jejak show`: the article text with every record labelled where its span starts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.show import Mark, marked_text, marks_for, summarize_record

# From seed 002 (CEKLISSATU, Bogor).
SENTENCE = ("Penjabat (Pj) Wali Kota Bogor, Hery Antasari melakukan kunjungan ke kantor Dinas Kependudukan "
            "dan Catatan Sipil (Disdukcapil) Kota Bogor")
VISIT = {"visitor_name": "Hery Antasari", "host_org": "Dinas Kependudukan dan Pencatatan Sipil",
         "host_org_text": "Dinas Kependudukan dan Catatan Sipil (Disdukcapil)", "place_text": None,
         "visit_date": date(2024, 5, 8), "visit_date_text": "Rabu, 8 Mei 2024", "status": "done",
         "char_start": 31, "char_end": 125, "sentence": SENTENCE}
OFFICIAL = {"name": "Hery Antasari", "title": "Penjabat Wali Kota", "organization": None,
            "jurisdiction": "Kota Bogor", "char_start": 0, "char_end": 44, "sentence": SENTENCE}


def test_labels_go_before_spans_and_styles_cover_exactly_the_span() -> None:
    marks = marks_for({"visits": [VISIT], "officials": [OFFICIAL]}, len(SENTENCE))
    text = marked_text(SENTENCE, marks)
    assert text.plain == ("[O1]Penjabat (Pj) Wali Kota Bogor, [V1]Hery Antasari melakukan kunjungan ke kantor "
                          "Dinas Kependudukan dan Catatan Sipil (Disdukcapil) Kota Bogor")
    painted = {text.plain[s.start:s.end] for s in text.spans if s.style in ("black on green", "bold cyan")}
    assert SENTENCE[31:125] in painted and SENTENCE[0:44].replace("Hery", "[V1]Hery") in painted


def test_nested_spans_start_at_the_same_place_longest_first() -> None:
    marks = [Mark("Q1", "quotes", 0, 20, "", None), Mark("C1", "commitments", 0, 9, "", None)]
    assert marked_text("Kita pastikan semua.", marks).plain == "[Q1][C1]Kita pastikan semua."


def test_records_without_usable_offsets_are_listed_but_not_placed() -> None:
    bad = dict(VISIT, char_start=10, char_end=9999)
    (mark,) = marks_for({"visits": [bad]}, len(SENTENCE))
    assert (mark.start, mark.end) == (None, None)
    assert marked_text(SENTENCE, [mark]).plain == SENTENCE


def test_summaries_show_what_a_reader_checks() -> None:
    assert summarize_record("visits", VISIT) == (
        "Hery Antasari -> Dinas Kependudukan dan Pencatatan Sipil, 2024-05-08, done")
    assert summarize_record("indicators", {"indicator": "Aktivasi Identitas Kependudukan Digital", "value": 30.0,
                                           "unit": "persen", "value_kind": "target", "period": None,
                                           "region": "Kota Bogor", "org": None}) == (
        "Aktivasi Identitas Kependudukan Digital = 30 persen, target, Kota Bogor")


def test_show_by_id_prefix_lists_every_record_with_its_characters(seed_dataset: Path, seed_tables: dict) -> None:
    article = next(a for a in seed_tables["articles"] if a["article_id"].startswith("002_"))
    result = CliRunner().invoke(main, ["show", "002", "--dataset", str(seed_dataset)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert article["article_id"] in out
    for table in ("officials", "visits", "commitments", "indicators", "quotes"):
        records = [r for r in seed_tables[table] if r["article_id"] == article["article_id"]]
        assert f"{len(records)} {table}" in out
        for r in records:
            if r["char_start"] is not None:
                assert article["text"][r["char_start"]:r["char_end"]].split()[0] in out
    assert "[V1] visits: Hery Antasari -> " in out


def test_unknown_or_ambiguous_ids_are_one_line_errors(seed_dataset: Path) -> None:
    missing = CliRunner().invoke(main, ["show", "nope", "--dataset", str(seed_dataset)])
    assert missing.exit_code == 2 and missing.output == f"jejak: error: no article 'nope' in {seed_dataset}\n"
    ambiguous = CliRunner().invoke(main, ["show", "00", "--dataset", str(seed_dataset)])
    assert ambiguous.exit_code == 2 and ambiguous.output.startswith("jejak: error: '00' matches 5 articles: ")
