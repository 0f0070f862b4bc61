"""`newsgraph quotes` lists a linked speaker under the entity's canonical name, and a name it
printed finds those quotes again: an article that calls a speaker by surname alone (`Tamsin
Orrel` in one report, `Ms Orrel told …` in the next) lists both quotes under the one full name.
Text written for these tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsgraph.cli import main

ARTICLES = [
    {
        "id": "a1",
        "title": "Harbour pier closes",
        "outlet": "Harbour Times",
        "published": "2025-06-02",
        "text": '"The old pier is no longer safe for anyone," harbour master Tamsin Orrel told '
        "reporters on Monday.\n\nThe pier will stay closed until the autumn.",
    },
    {
        "id": "a2",
        "title": "Pier repairs to begin",
        "outlet": "Coast Daily",
        "published": "2025-06-03",
        "text": 'Repairs to the Portavel pier will begin next week. "We expect the work to take '
        'three months," Ms Orrel told the council on Tuesday.\n\nShe gave no cost for the repairs.',
    },
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(ingest_articles) -> str:
    return ingest_articles(ARTICLES, "canonical")


def test_surname_speaker_is_listed_under_the_full_name(db):
    out = run("quotes", "--db", db).output
    lines = [line for line in out.splitlines() if "pier" in line or "three months" in line]
    assert len(lines) == 2, out
    assert all(" Tamsin Orrel to " in line for line in lines), out


def test_the_printed_name_finds_every_quote_again(db):
    out = run("quotes", "--speaker", "Tamsin Orrel", "--db", db).output
    assert len(out.strip().splitlines()) == 2, out
    assert len(run("quotes", "--speaker", "orrel", "--db", db).output.strip().splitlines()) == 2


def test_the_api_reads_a_canonical_name_as_the_cli_does(db):
    from newsgraph.store import Store, browse

    with Store(db) as store:
        for name in ("Tamsin", "tamsin orrel"):
            page = browse.list_quotes(store, speaker=name)
            assert page.total == 2, name
            names = browse.speaker_names(store)
            assert browse.list_quotes(store, speaker=name, names=names).total == 2, name
