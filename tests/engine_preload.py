"""Imported by the fork server of `test_engine`: what it sees of the environment when it starts."""

import os

VALUE = os.environ.get("JEJAK_TEST_PRELOAD")
