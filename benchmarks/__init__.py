"""Benchmarks and gold runs that read the large files in ../shared (not part of `make test`)."""
