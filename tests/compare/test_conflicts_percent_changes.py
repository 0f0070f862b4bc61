"""A change told `by` a percentage is keyed by the thing changed, the noun before `by`: two
outlets that tell one devaluation with other verbs and subjects (`the bank devalued the crown
by 12%` / `Osk cut the value of the crown by 15%`) give two figures of one fact; the same move
measured on another thing (`the dollar rose 13.6%`) is not a third figure (invented text)."""

from __future__ import annotations

from dossier_support import number_values

DEVALUED = (
    "Osk's central bank devalued the crown by 12% on Tuesday, after weeks of pressure on its "
    "reserves."
)
CUT = (
    "The central bank of Osk cut the value of the crown by 15% on Tuesday, after weeks of "
    "pressure on its reserves."
)
DOLLAR = (
    "Measured the other way, the dollar rose 13.6% against the crown on Tuesday, after weeks "
    "of pressure on reserves."
)


def test_one_change_told_with_two_figures_conflicts() -> None:
    assert number_values(DEVALUED, CUT) == [("percent crown", ["12", "15"])]


def test_the_same_change_measured_on_another_thing_is_no_third_figure() -> None:
    assert number_values(DEVALUED, DOLLAR) == []


def test_two_outlets_telling_one_figure_agree() -> None:
    assert number_values(DEVALUED, CUT.replace("15%", "12%")) == []
