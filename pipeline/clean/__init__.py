"""Cleaning: repair text, strip boilerplate, read metadata, find duplicates and noise."""
