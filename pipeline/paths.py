"""Where the DVC stages read and write, relative to the repository root."""

from pathlib import Path

RAW_DIR = Path("data/raw")
INTERIM = Path("data/interim")
RAW = INTERIM / "raw.parquet"
ARTICLES = INTERIM / "articles.parquet"
NLP = INTERIM / "nlp.parquet"
RECORDS = INTERIM / "records"
DATASET = Path("data/processed/dataset")
METRICS = Path("metrics")
CACHE = Path("data/cache")   # records by article key (pipeline.cache): outside the DVC outs
