"""Jejak: Indonesian news to a dataset of regional-government activity."""
__version__ = "0.1.0"
