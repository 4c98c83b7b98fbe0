"""Extractors: pure functions from an annotated `Article` to records, run in `ORDER`.

Later extractors read earlier results from `article.results` (quotes need officials,
visits need officials and dates, commitments need quotes).
"""
