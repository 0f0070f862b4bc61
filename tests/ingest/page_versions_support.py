"""Shared by the page-version tests: a run as made before page keys read declared URLs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from newsgraph import pipeline


@contextmanager
def keys_by_input_url(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Inside: `pipeline.page_key` ignores the URL a page declares (a store made before
    session 16 keyed each page by the URL it was fetched from)."""
    by_input_url = pipeline.page_key
    with monkeypatch.context() as m:
        m.setattr(
            pipeline,
            "page_key",
            lambda url, outlet=None, title=None, declared=None: by_input_url(url, outlet, title),
        )
        yield
