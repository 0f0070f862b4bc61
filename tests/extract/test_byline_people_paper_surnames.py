"""A byline's credit of two words opening with a given name is a person even when its surname
holds or is a newspaper's word (`Rosenblatt`, `Bote`, `Echo`); a paper's name is no person
(invented names)."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import byline_people


@pytest.mark.parametrize(
    "byline", ["By Ilse Rosenblatt", "By Karl Bote", "By Nina Echo", "By Marta Tageblatt"]
)
def test_given_name_and_a_papers_word_is_a_person(byline):
    assert byline_people(byline) == [byline[3:]]


@pytest.mark.parametrize(
    "byline", ["Northern Echo", "Der Bote", "Kestrower Abendblatt", "Kestrower Nachrichten"]
)
def test_papers_name_is_no_person(byline):
    assert byline_people(byline) == []


def test_person_and_a_paper_in_one_byline():
    assert byline_people("By Ilse Rosenblatt, Kestrower Nachrichten") == ["Ilse Rosenblatt"]
