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


def test_a_time_or_a_measure_before_by_is_not_the_thing_changed() -> None:
    """`grew in March by 12%` / `rose last week by 9%`: the noun before `by` tells when or in
    what, so two things that changed that month are two facts, not one told two ways."""
    for when in ("in March", "over the year", "last week", "in value"):
        exports = f"Exports from the port of Osk grew {when} by 12%, the harbour office said."
        imports = f"Imports through the port of Osk grew {when} by 9%, the harbour office said."
        assert number_values(exports, imports) == [], when
