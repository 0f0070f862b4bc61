from __future__ import annotations

import pytest

from newsgraph.analyse.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture()
def events(nlp):
    """`events(text)`: the events of a text written for a test, published on Thursday
    2031-03-13 (test_events.py overrides it with one that also checks spans)."""
    from newsgraph.analyse.entities import extract_entities
    from newsgraph.analyse.events import extract_events

    def run(text: str) -> list:
        doc = nlp(text)
        return extract_events(doc, extract_entities(doc), "2031-03-13")

    return run
