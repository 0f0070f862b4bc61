"""Number conflicts from session 13, on invented articles: a count in digits against the same
count in words (`two dozen`) or as an estimate (`nearly 30`: a conflict only outside its
range), a count a ship or a company has whatever else its sentence tells (`its 24 crew`), and a
level in percent however it is written (`18 per cent`, `18%`)."""

from __future__ import annotations

from dossier_support import article as _art
from test_dossier_review8 import _dossier, _numbers

from newsgraph.compare.claims import Sentence
from newsgraph.compare.conflicts import number_facts


def _facts(text: str) -> list[tuple[float, str]]:
    return [(f[0], f[1]) for f in number_facts(Sentence("", "", 0, len(text), text, []))]


def test_a_count_in_dozens_is_its_figure():
    assert _facts("The barge sank with its two dozen deckhands still aboard.") == [
        (24.0, "deckhand")
    ]


def test_per_cent_and_the_percent_sign_are_one_unit_of_the_level_measured():
    spelled = _facts("The lakes that feed Morrow hold 41 per cent of their capacity.")
    sign = _facts("Its lakes stood at 41% on Friday.")
    word = _facts("The lakes are at 44 percent.")
    assert spelled == [(41.0, "percent lake")]
    assert sign == [(41.0, "percent lake")]
    assert word == [(44.0, "percent lake")]


def test_a_since_after_a_superlative_starts_no_running_total():
    text = "It was the wettest spring since records began with 12 villages flooded."
    assert [key for _, key in _facts(text)] == ["villag"]


FERRY_DIGITS = (
    "Port officials in Garran impounded the Grey Heron, a ferry with 31 deckhands, after "
    "it docked without papers on Monday."
)
FERRY_WORDS = (
    "Lawyers for the owners of the Grey Heron met judges in Esk on Thursday to argue for the "
    "release of the ship and its nearly 40 deckhands."
)
FERRY_CLOSE = (
    "Lawyers for the owners of the Grey Heron met judges in Esk on Thursday to argue for the "
    "release of the ship and its nearly 33 deckhands."
)


def test_a_count_a_ship_has_differs_between_outlets_whatever_else_they_tell():
    a = _art("a", "Garran Post", FERRY_DIGITS + "\n\nThe harbour was closed.")
    b = _art("b", "Esk Radio", FERRY_WORDS + "\n\nThe hearing was adjourned.")
    d = _dossier([a, b])
    assert _numbers(d) == [[("Esk Radio", "40"), ("Garran Post", "31")]]
    (c,) = [c for c in d["conflicts"] if c["kind"] == "number"]
    assert [v.get("approx") for v in c["values"]] == [None, "nearly"]


ABOARD = "{} deckhands were aboard the Grey Heron when it docked in Garran on Monday."


def test_an_estimate_conflicts_only_outside_its_range():
    exact = _art("a", "Garran Post", ABOARD.format("Thirty-one"))
    for told, conflict in [
        ("About 30", False),  # 27 to 33
        ("Nearly 33", False),  # 29.7 to 33
        ("Roughly 26", True),  # 23.4 to 28.6
        ("Nearly 40", True),
        ("At least 29", True),  # a bound is compared as its figure
    ]:
        other = _art("b", "Esk Radio", ABOARD.format(told))
        assert bool(_numbers(_dossier([exact, other]))) is conflict, told


def test_a_level_in_percent_differs_between_outlets():
    a = _art(
        "a",
        "Morrow Herald",
        "The lakes that feed Morrow hold 12 per cent of their capacity, the water board said.",
    )
    b = _art("b", "Lake Radio", '"The lakes are at 16%. We have to act now," the board chief said.')
    assert _numbers(_dossier([a, b])) == [[("Lake Radio", "16"), ("Morrow Herald", "12")]]


def test_a_level_told_alike_by_two_outlets_lists_both_against_the_third():
    a = _art(
        "a",
        "Morrow Herald",
        "Morrow will cut supplies for six hours a day from Monday, the water board said on "
        "Friday, after a dry summer left its lakes at 16 per cent of capacity.\n\n"
        '"The lakes are at 16 per cent. We have to act now," the board chief said.',
    )
    b = _art(
        "b", "Lake Radio", '"The lakes are at 16 per cent. We have no time," the board chief said.'
    )
    c = _art(
        "c",
        "Morrow Post",
        "The lakes that feed the city and its farms hold 12 per cent of their capacity.",
    )
    assert _numbers(_dossier([a, b, c])) == [
        [("Lake Radio", "16"), ("Morrow Herald", "16"), ("Morrow Post", "12")]
    ]


WATERS = "The coastguard said the trawler Marla Dunn was {} when it was stopped on Sunday."


def test_international_and_national_waters_exclude_each_other():
    a = _art("a", "Orsa Courier", WATERS.format("in international waters"))
    b = _art("b", "Kelmor Daily", WATERS.format("inside Velgrad territorial waters"))
    d = _dossier([a, b])
    (c,) = [c for c in d["conflicts"] if c["kind"] == "place"]
    assert sorted((v["outlet"], v["value"]) for v in c["values"]) == [
        ("Kelmor Daily", "Velgrad territorial waters"),
        ("Orsa Courier", "international waters"),
    ]
    same = _art("c", "Lisk Times", WATERS.format("in international waters"))
    assert not [c for c in _dossier([a, same])["conflicts"] if c["kind"] == "place"]
