"""A range written with a dash (`300–400 trucks`, `300-400`) is a range told, as `300 to 400`
is: it agrees with a figure inside it and conflicts with one outside; a dash after a higher
figure is a score (`won 20-13`), no count. Invented text."""

from __future__ import annotations

import pytest
from dossier_support import number_values

from newsgraph.compare.conflicts import _number_facts

CONVOY = "{} trucks of aid crossed into the valley through the Marrow gate on Tuesday."


@pytest.mark.parametrize("told", ["300–400", "300-400", "300 – 400"])
def test_a_dash_range_agrees_with_a_figure_inside_it(told):
    assert number_values(CONVOY.format(told), CONVOY.format("350")) == []


@pytest.mark.parametrize("told", ["300–400", "300-400"])
def test_a_dash_range_conflicts_with_a_figure_outside_it(told):
    assert number_values(CONVOY.format(told), CONVOY.format("700")) == [("truck", ["400", "700"])]


def test_a_dash_range_in_millions():
    text = "1–2 million people fled the city on Tuesday, the agency said."
    other = "1.5 million people fled the city on Tuesday, the agency said."
    assert number_values(text, other) == []


def test_a_score_is_no_range():
    assert _number_facts("Holm won 20-13 on Sunday.", 0) == ()
