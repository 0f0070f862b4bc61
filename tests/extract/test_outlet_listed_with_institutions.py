"""An outlet's name listed with an institution's ("Reuters and the Foreign Office") is a
mention of the outlet: `and` and `the` join words into one name only inside it ("Foreign
Affairs and Trade Committee"). Invented text."""

from __future__ import annotations

import pytest

from newsgraph.extract.outlets import mention_pattern


def _found(text: str) -> str | None:
    m = mention_pattern().search(text)
    return m.group() if m else None


@pytest.mark.parametrize(
    "text",
    [
        "The transport minister told Reuters and the Foreign Office that the port would reopen.",
        "The minister spoke to the Foreign Office and Reuters on Monday.",
        "Officials briefed Reuters & the Harbour Authority on the repairs.",
    ],
)
def test_an_outlet_listed_with_an_institution_is_mentioned(text: str) -> None:
    assert _found(text) == "Reuters"


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Affairs and Trade Committee met on Monday.",
        "The Foreign Affairs Committee met on Monday.",
        "The Reuters Foundation gave the grant.",
    ],
)
def test_an_outlet_inside_an_institution_name_is_no_mention(text: str) -> None:
    assert _found(text) is None
