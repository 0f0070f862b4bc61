"""A Title Case headline's verb is no given name (codereview21a, minor): under `Premier Urges
Calm Over Tolls`, `PREMIER CALM:` is not `Urges Calm`; the body's `Premier Ivo Calm` names
the person, and a given name that only looks like an `-es` form (`James`) stays one. Names
invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.headline_names import label_name, title_name
from newsgraph.analyse.nlp import load_nlp
from newsgraph.analyse.quotes import extract_quotes

_TITLE = "Premier Urges Calm Over Harbour Tolls"
_BODY = "Premier Ivo Calm spoke to dock workers in Selm on Tuesday."


def test_a_headline_verb_is_no_given_name_of_the_label():
    assert label_name("PREMIER CALM", (_TITLE, _BODY)) == "Ivo Calm"
    assert label_name("PREMIER CALM", (_TITLE, "No name here.")) is None


@pytest.mark.parametrize("verb", ["Urges", "Meets", "Pushes", "Rallies"])
def test_a_headline_verb_is_no_given_name_of_the_title(verb):
    assert title_name(f"Minister {verb} Calm Over Tolls", "Calm") is None


@pytest.mark.parametrize("given", ["Ines", "Marcus", "Miles", "Agnes"])
def test_a_given_name_ending_in_s_stays_one(given):
    assert title_name(f"Minister {given} Calm Visits Selm", "Calm") == (
        "minister",
        f"{given} Calm",
    )


@pytest.mark.parametrize("given", ["James", "Marcus", "Miles", "Agnes"])
def test_a_given_name_ending_in_s_stays_the_label_s(given):
    title = f"Premier {given} Calm Visits Selm"
    assert label_name("PREMIER CALM", (title, "She spoke.")) == f"{given} Calm"


def test_the_label_speaks_as_the_body_s_full_name():
    text = (
        _BODY + "\n\n"
        "HOST: Welcome. What do you say to the dockers?\n\n"
        "PREMIER CALM: Thank you. The tolls will be halved in May, and we will keep that.\n"
    )
    found = [q for q in extract_quotes(load_nlp()(text), title=_TITLE) if q.label == "quote"]
    hits = [q for q in found if "tolls will be halved" in q.text]
    assert len(hits) == 1
    assert hits[0].speaker_name == "Ivo Calm"
