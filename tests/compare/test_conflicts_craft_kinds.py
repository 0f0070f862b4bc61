"""The kinds of craft a place of status is told of come from the shared word list
(`newsgraph.wordlists`): a supertanker and a frigate are two craft, each a kind of its own.
Invented text."""

from __future__ import annotations

import pytest
from dossier_support import article as _art
from test_dossier_review8 import _dossier


def _places(x: str, y: str) -> list[dict]:
    d = _dossier([_art("a", "Pell Gazette", x), _art("b", "Esk Radio", y)])
    return [c for c in d["conflicts"] if c["kind"] == "place"]


FRIGATE = "Brask said a frigate had entered Harlan territorial waters on Monday."


@pytest.mark.parametrize("kind", ["supertanker", "tugboat", "icebreaker", "dredger"])
def test_two_kinds_of_ship_in_two_waters_are_no_place_conflict(kind):
    assert _places(f"Harlan said a {kind} was in international waters on Monday.", FRIGATE) == []


def test_one_kind_of_ship_in_two_waters_is_a_place_conflict():
    told = "Harlan said a frigate was in international waters on Monday."
    assert len(_places(told, FRIGATE)) == 1
