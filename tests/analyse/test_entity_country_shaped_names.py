"""The name after `Bank of` / `University of` ending like a country's (`-ia`, `-stan`) is a
place though the article never writes it alone (`the Bank of Valdoria`), unless it is a given
name or surname of the dictionaries' people (`the Bank of Lucia`); `-land` stays a surname's
(`Copeland`)."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _places(nlp, text: str) -> dict[str, list[str]]:
    return {
        e.name: [m.link for m in e.mentions]
        for e in extract_entities(nlp(text))
        if e.type in ("GPE", "LOC")
    }


@pytest.mark.parametrize("place", ["Valdoria", "Ostrenia", "Sarvania"])
def test_an_invented_country_only_nested_in_a_bank_is_a_place(nlp, place: str) -> None:
    text = f"LUNSK - The Bank of {place} raised its main interest rate on Thursday."
    assert _places(nlp, text)[place] == ["nested"]


@pytest.mark.parametrize(
    "founder", ["Lucia", "Maria", "Claudia", "Patricia", "Strickland", "Copeland"]
)
def test_a_given_name_or_land_name_after_bank_of_is_no_place(nlp, founder: str) -> None:
    text = f"Shares rose after the Bank of {founder} cut its lending rate on Monday."
    assert founder not in _places(nlp, text)
