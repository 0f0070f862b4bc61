"""`N2.5bn` is a sum in naira only where the article names the naira or Nigeria: Nigerian
outlets write the sign as `N`; elsewhere a bare `N` before a figure is no sign. Invented text."""

from __future__ import annotations

from dossier_support import number_values

_A = "The new Ikanu port in Nigeria would cost N2.5bn, the state governor said."
_B = "The new Ikanu port in Nigeria would cost N4.1bn, the state governor said."


def test_n_is_the_naira_in_a_nigerian_story():
    assert number_values(_A, _B) == [("cost naira", ["2500000000", "4100000000"])]


def test_n_is_no_sign_elsewhere():
    a, b = (t.replace(" in Nigeria", " in Orsk") for t in (_A, _B))
    assert number_values(a, b) == []
