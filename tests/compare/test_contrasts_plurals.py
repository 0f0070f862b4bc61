"""`contrasts.plural`: the plural of a listed subject noun, as the contrast patterns read it."""

from __future__ import annotations

import pytest

from newsgraph.compare.contrasts import plural


@pytest.mark.parametrize(
    ("noun", "want"),
    [
        ("troop", "troops"),
        ("navy", "navies"),
        ("armed man", "armed men"),
        ("human", "humans"),
        ("police", "police"),
        ("riot police", "riot police"),
        ("crew", "crews"),
        ("people", "people"),
        ("convoy", "convoys"),
        ("gunman", "gunmen"),
        ("coastguard", "coastguards"),
        ("coach", "coaches"),
    ],
)
def test_plural(noun: str, want: str) -> None:
    assert plural(noun) == want
