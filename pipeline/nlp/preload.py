"""Imported by the nlp stage's fork server (`LocalEngine.preload_server`): loads the pipeline of the
parameters in `$JEJAK_NLP_PRELOAD` (`PRELOAD_ENV`) there, so the stage's workers fork with it loaded."""

from __future__ import annotations

import json
import os

from pipeline.nlp.__main__ import PRELOAD_ENV, preload_pipeline

if os.environ.get(PRELOAD_ENV):
    preload_pipeline(json.loads(os.environ[PRELOAD_ENV]))
