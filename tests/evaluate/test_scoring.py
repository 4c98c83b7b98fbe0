"""The scorer follows spec/annotation.md: names, hosts, text F1, units, quote starts."""

from __future__ import annotations

from datetime import date

from pipeline.evaluate.scoring import (any_name, date_matches, host_matches, indicator_matches, name_matches,
                                       quote_starts, score, text_f1)


def test_names_short_forms_match_only_when_unique() -> None:
    assert name_matches("Hery Antasari", "Pj Wali Kota Hery Antasari", [])
    assert name_matches("Hery Antasari", "Hery", ["Hery Antasari", "Ganjar Gunawan"])
    assert not name_matches("Tri Adhianto", "Tri", ["Tri Adhianto", "Tri Rismaharini"])
    assert name_matches("Erwin", "Kang Erwin", [])


def test_official_names_may_be_alternatives() -> None:
    """Spec: lists are accepted alternatives in any name field, officials' names included (dev2: Aher)."""
    others = ["Aher", "Ahmad Heryawan", "Ridwan Kamil"]
    assert any_name(["Aher", "Ahmad Heryawan"], "Heryawan", others)  # its own alternatives are not other people
    assert not any_name(["Aher", "Ahmad Heryawan"], "Ridwan", others)
    gold = {"x": {"officials": [{"name": ["Aher", "Ahmad Heryawan"], "title": "Gubernur"}]}}
    result = score(gold, {"officials": {"x": [{"name": "Ahmad Heryawan", "title": "Gubernur"}]}}, {})
    assert result["scores"]["officials"]["f1"] == 1.0


def test_text_f1_rejects_a_whole_sentence_for_a_clause() -> None:
    clause = "pengangguran harus diturunkan"
    sentence = "Kita pastikan masyarakat tidak terdampak, terutama dalam hal bahan pokok dan pengangguran harus diturunkan"
    assert text_f1(clause, clause) == 1.0 and text_f1(clause, sentence) < 0.5


def test_hosts_by_alias_and_places() -> None:
    gold = {"host_org": ["Dinas Kesehatan", "Dinkes"], "place": None}
    assert host_matches(gold, {"host_org": "Dinas Kesehatan", "host_org_text": "Dinas Kesehatan (Dinkes)"})
    assert host_matches(gold, {"host_org": None, "host_org_text": "Dinkes"})
    assert not host_matches(gold, {"host_org": "Dinas Pendidikan", "host_org_text": "Disdik"})
    assert host_matches({"host_org": None, "place": "Balai Kota Bandung"}, {"place_text": "Balai Kota Bandung"})


def test_indicator_values_apply_multipliers_and_percent() -> None:
    gold = {"indicator": ["Pendapatan Asli Daerah", "PAD"], "value": 66.13, "unit": "triliun rupiah"}
    assert indicator_matches(gold, {"indicator": "Pendapatan Asli Daerah", "value": 66130000000000.0, "unit": "rupiah"})
    assert not indicator_matches(gold, {"indicator": "PAD", "value": 66.13, "unit": "persen"})
    assert indicator_matches({"indicator": "IKM", "value": 89.13, "unit": "%"},
                             {"indicator_text": "IKM", "value": 89.13, "unit": "persen"})


def test_dates_match_on_prefix() -> None:
    assert date_matches("2025-05", date(2025, 5, 20)) and not date_matches("2025-05-21", date(2025, 5, 20))
    assert date_matches(None, None) and not date_matches("2024-01-01", None)


def test_quote_start_and_speaker() -> None:
    assert quote_starts("Sudah banyak prestasi yang diraih,", "Sudah banyak prestasi yang diraih, dan pelayanan")
    assert not quote_starts("Sudah banyak prestasi yang diraih,", "Tentu tidak bisa berhenti di situ saja")
    gold = {"a": {"published_date": None, "officials": [{"name": "Hery Antasari"}],
                  "quotes": [{"speaker": "Hery Antasari", "text_start": "Sudah banyak prestasi yang diraih,"}]}}
    right = {"quotes": {"a": [{"text": "Sudah banyak prestasi yang diraih, dan", "speaker_name": "Hery"}]}}
    wrong = {"quotes": {"a": [{"text": "Sudah banyak prestasi yang diraih, dan", "speaker_name": "Ganjar"}]}}
    assert score(gold, right, {"a": None})["scores"]["quotes"]["f1"] == 1.0
    s = score(gold, wrong, {"a": None})["scores"]
    assert (s["quotes"]["fp"], s["quotes"]["fn"], s["quotes_found"]["tp"]) == (1, 1, 1)
