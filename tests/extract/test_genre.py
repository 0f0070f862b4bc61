"""A view piece's headline label, shared by story titles and the dossier. Text written here."""

from __future__ import annotations

import pytest

from newsgraph.compare.dossier import genre
from newsgraph.extract.genre import view_label
from newsgraph.group.stories import is_view_headline


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Opinion: The harbour levy is a mistake", "opinion"),
        ("ANALYSIS | Why the talks stalled", "analysis"),
        ("Op-ed \u2014 Keep the ferries running", "op-ed"),
        ("Comment - A port city deserves better", "comment"),
        ("Comment-free zones spread in city parks", None),
        ("Analysts expect a rate cut", None),
        (None, None),
    ],
)
def test_view_label(title, label) -> None:
    assert view_label(title) == label
    assert is_view_headline(title) is (label is not None)


def test_a_hyphenated_word_is_no_label_for_the_dossier_either() -> None:
    assert genre({"title": "Comment-free zones spread in city parks"}) is None
    assert genre({"title": "Comment: city parks need rules"}) == "opinion"
