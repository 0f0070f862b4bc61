"""A country's army, police or government, and its foreign ministry written in lower case,
speak as themselves (texts and names invented): the quote's speaker is never the country that
owns them, whatever the tagger calls the country (a person's bare office still speaks for the
person: `test_speaker_offices_and_groups.py`)."""

from __future__ import annotations

import pytest
from test_speaker_entities import _article
from test_speaker_offices_and_groups import BORDER, _entity_name, _quote


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tamberg's army said 280 trucks had been cleared.", "Tamberg's army"),
        ("Tamberg's government said 280 trucks had been cleared.", "Tamberg's government"),
        ("Tamberg's police said 280 trucks had been cleared.", "Tamberg's police"),
        (
            "The Tamberg foreign ministry said 280 trucks had been cleared.",
            "Tamberg foreign ministry",
        ),
        (
            "Tamberg's defence ministry said 280 trucks had been cleared.",
            "Tamberg's defence ministry",
        ),
    ],
)
def test_a_state_office_is_not_its_country(nlp, sentence: str, name: str) -> None:
    article = _article(nlp, BORDER + sentence)
    q = _quote(article, "280 trucks")
    assert q.speaker_name == name
    assert _entity_name(article, q) in (None, q.speaker_name)
