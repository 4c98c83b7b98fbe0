"""Cleaning gold: leaked and lost lines, counted exactly; the seeds pass their gold."""

from __future__ import annotations

from pathlib import Path

from pipeline.evaluate.clean import evaluate_clean, load_clean_gold, score_article

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold" / "clean"
ARTICLE = {
    "first_sentence": "Kedatangan mantan Kepala Badan disambut Kepala Disdukcapil Kota Bogor.",
    "last_sentence": '"Tahun sebelumnya target ke kami itu 20 persen," katanya.',
    "must_be_gone": ["Baca Juga : Ungkap Kasus Pelaku Penyerangan Petugas SPBU di Klapanunggal Bogor", "Top"],
    "must_be_kept": ["Hery pun mengapresiasi semangat teman-teman Disdukcapil."],
}
FIRST, LAST, KEPT = ARTICLE["first_sentence"], ARTICLE["last_sentence"], ARTICLE["must_be_kept"][0]


def test_clean_body_scores_zero() -> None:
    assert score_article(f"{FIRST}\n\n{KEPT}\n\n{LAST}", ARTICLE) == {"leaked": [], "lost": []}


def test_leaked_lines_and_text_around_the_body_count() -> None:
    text = f"Nasional Mondial Ekonomi\n{FIRST}\n{ARTICLE['must_be_gone'][0]}\n{KEPT}\n{LAST}\nTop"
    assert score_article(text, ARTICLE) == {"leaked": [ARTICLE["must_be_gone"][0], "Top",
                                                       "before the first sentence: Nasional Mondial Ekonomi",
                                                       "after the last sentence: Top"], "lost": []}


def test_short_boilerplate_only_matches_whole_lines() -> None:
    assert score_article(f"{FIRST}\n{KEPT} Top pejabat hadir.\n{LAST}", ARTICLE)["leaked"] == []


def test_lost_lines_count() -> None:
    assert score_article(f"{FIRST}\n{LAST}", ARTICLE) == {"leaked": [], "lost": [KEPT]}
    assert score_article(KEPT, ARTICLE)["lost"] == [FIRST, LAST]


def test_the_seeds_pass_their_cleaning_gold(seed_dataset: Path) -> None:
    result = evaluate_clean(seed_dataset, load_clean_gold([GOLD]))
    scores = result["scores"]
    assert (scores["articles"], scores["boilerplate_leaked"], scores["body_lost"]) == (5, 0, 0), result["errors"]
    assert scores["metadata_accuracy"] == 1.0 and scores["metadata_checked"] == 19
