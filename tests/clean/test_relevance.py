"""The government-content model: stored as JSON, rebuilt exactly, trained on justified labels."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from pipeline.clean.relevance import (MODEL_PATH, RelevanceModel, government_hits, lead_official, load_model, model_to_json,
                                      speaking_official, vectorizer_options)
from pipeline.clean.train_relevance import section, train, weak_label
from pipeline.config import load_params

GOVERNMENT = ("Penjabat (Pj) Wali Kota Bogor, Hery Antasari, resmi memulai tugasnya di Kota Bogor dengan mengadakan serangkaian "
              "kunjungan ke beberapa Organisasi Perangkat Daerah (OPD). Beberapa OPD yang dikunjungi oleh Hery Antasari di antaranya "
              "Dinas Kesehatan (Dinkes) dan Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM).")
# clickid-fimela-00581 and clickid-okezone-02502 (CLICK-ID, CC BY 4.0)
LIFESTYLE = ("Berhubungan intim bahkan telah menjadi aktivitas wajib untuk meningkatkan kesehatan fisik pun psikis jadi lebih baik. "
             "Keduanya juga akan mencintai dan menyayangi dengan lebih baik lagi untuk satu sama lain.")
MUSIC = ("Afgan yang merupakan salah satu penyanyi solo tersukses di tanah air berharap agar kiprah Yory bisa eksis di industri "
         "musik tanah air. Kali ini, Yory Fortuna mengusung lagu bertajuk Tetap Santai.")


def test_stored_model_separates_government_from_lifestyle() -> None:
    threshold = load_params()["clean"]["relevance_threshold"]
    gov, life, music = load_model().scores([GOVERNMENT, LIFESTYLE, MUSIC])
    assert gov >= threshold > max(life, music)


def test_stored_model_is_plain_small_json() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["format"] == "jejak-relevance-1"
    assert len(data["terms"]) == len(data["idf"]) == len(data["coef"]) <= 10_000
    assert MODEL_PATH.stat().st_size < 1_000_000


def test_json_round_trip_gives_the_fitted_probabilities() -> None:
    texts = [GOVERNMENT, LIFESTYLE, MUSIC, GOVERNMENT.replace("Bogor", "Bandung"), LIFESTYLE.upper(), MUSIC.lower()] * 5
    labels = [1, 0, 0, 1, 0, 0] * 5
    options = {**vectorizer_options(), "min_df": 1, "max_df": 1.0}
    vec = TfidfVectorizer(**options)
    clf = LogisticRegression().fit(vec.fit_transform(texts), labels)
    data = json.loads(json.dumps(model_to_json(vec, clf, {})))
    rebuilt = RelevanceModel(data)
    expected = np.round(clf.predict_proba(vec.transform([GOVERNMENT, MUSIC]))[:, 1], 4)
    assert rebuilt.scores([GOVERNMENT, MUSIC]) == pytest.approx(list(expected), abs=1e-4)


@pytest.mark.parametrize(("lead", "expected"), [
    # detik25-0748: a mayor on floods, which the model scores 0.35
    ("Wali Kota Bandung Muhammad Farhan mengaku telah menemukan masalah krusial mengenai upaya penanganan banjir",
     "Wali Kota Bandung Muhammad"),
    # clickid-wowkeren-02645: a minister's trip abroad, the office spelled out with its acronym
    ("Menteri Badan Usaha Milik Negara (BUMN) Rini Soemarno baru saja bertemu dengan Menteri Pertambangan",
     "Menteri Badan Usaha Milik Negara (BUMN) Rini"),
    ("Pelaksana Tugas Bupati Kudus, Hartopo, menyatakan", "Pelaksana Tugas Bupati Kudus, Hartopo"),
    # foreign offices and generic titles name no Indonesian official
    ("Perdana Menteri India, Narendra Modi mengatakan", None),
    ("Kabar duka itu disampaikan oleh Presiden Klub Borneo FC Nabil Husein Said.", None),
    ("Presiden Prancis, Jacques Chirac meninggal dunia", None),
])
def test_lead_official_names_an_indonesian_office_and_a_person(lead: str, expected: str | None) -> None:
    assert lead_official(lead) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # clickid-wowkeren-02312 (dev8): an airline story in which a head of a provincial agency speaks
    ("Maskapai Garuda Indonesia menutup rute di Bandara Kertajati. Sementara itu, Kepala Dinas Perhubungan Jabar Hery "
     "Antasari mengatakan bahwa hal ini berkaitan dengan keterisian penumpang.", "Kepala Dinas Perhubungan"),
    ("\"Jalur itu rawan macet,\" kata Kapolres Metro Jakarta Utara Kombes Budhi Herdi.",
     "Kapolres Metro Jakarta Utara Kombes"),
    # named but not speaking; a company's spokesman
    ("Film itu dibintangi artis ternama dan ditonton Wali Kota Medan Tengku Dzulmi Eldin bersama keluarga.", None),
    ("Juru Bicara Facebook Andy Stone mengatakan pihaknya menghapus akun itu.", None),
])
def test_speaking_official(text: str, expected: str | None) -> None:
    assert speaking_official(text) == expected


def test_lead_official_reads_the_lead_only() -> None:
    text = "Afgan merilis lagu baru. " * 20 + "Wali Kota Bandung Muhammad Farhan hadir."
    assert lead_official(text) is None
    assert lead_official(text, chars=len(text)) == "Wali Kota Bandung Muhammad"


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown relevance model format"):
        RelevanceModel({"format": "pickle"})


@pytest.mark.parametrize(("url", "expected"), [
    ("https://nasional.okezone.com/read/2019/09/16/337/2105025/x", "nasional"),
    ("https://www.tribunnews.com/regional/2019/09/10/x", "regional"),
    ("https://www.wowkeren.com/berita/tampil/00277683.html", "entertainment"),
    ("https://bola.kompas.com/read/2019/09/10/x", "bola"),
    (None, None),
])
def test_section_of_a_url(url: str | None, expected: str | None) -> None:
    assert section(url) == expected


def test_weak_labels_need_section_and_gazetteer_to_agree() -> None:
    gov_url, sport_url = "https://regional.kompas.com/read/2019/x", "https://bola.kompas.com/read/2019/x"
    assert government_hits(GOVERNMENT) >= 3 and government_hits(MUSIC) == 0
    assert weak_label(gov_url, government_hits(GOVERNMENT), 3) == 1
    assert weak_label(gov_url, 0, 3) == 0
    assert weak_label(gov_url, 1, 3) is None
    assert weak_label(sport_url, government_hits(MUSIC), 3) == 0
    assert weak_label(sport_url, 5, 3) is None
    assert weak_label("https://dunia.tempo.co/read/1", 5, 3) is None


def test_training_without_the_shared_corpus_says_so(tmp_path) -> None:
    params = load_params()["clean"]
    params = {**params, "relevance_training": {**params["relevance_training"], "corpus": str(tmp_path / "missing.jsonl")}}
    with pytest.raises(SystemExit, match="missing.jsonl not found: training needs the shared corpus"):
        train(params)
