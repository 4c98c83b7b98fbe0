"""Scoring the dataset against gold records (spec/annotation.md)."""
