"""Dates of entries in a list the parser reads as one sentence (`1971: Jailed ...` lines), and
in-article merging that keeps apart a charge and a custody order, or a crowd told anew and a
named person's earlier act. Text written for these tests (invented people and places); the
fixture's paper is published on Thursday 2031-03-13."""

from __future__ import annotations


def _of(found, kind):
    return [e for e in found if e.type == kind]


def test_timeline_line_dates_only_its_own_entry(events):
    found = events(
        "Orla Brennick was a dock clerk in Tarsby. A naval court sentenced her to two years "
        "in prison.\n\nKey dates\n1962: Born in Tarsby\n1983: Jailed for two years after the "
        "dock strike\n1988: Founds the Tarsby Dockers' Guild\n1994: Elected mayor of Tarsby\n"
    )
    assert [e.date for e in _of(found, "coerce")] == ["1983"]


def test_bulleted_timeline_line_dates_only_its_own_entry(events):
    # the same list with its lines opened by a dash or a bullet
    for mark in ("- ", "\u2022 "):
        found = events(
            "Orla Brennick was a dock clerk in Tarsby. A naval court sentenced her to two years "
            f"in prison.\n\nKey dates\n{mark}1962: Born in Tarsby\n{mark}1983: Jailed for two "
            f"years after the dock strike\n{mark}1988: Founds the Tarsby Dockers' Guild\n"
            f"{mark}1994: Elected mayor of Tarsby\n"
        )
        assert [e.date for e in _of(found, "coerce")] == ["1983"], mark


def test_charge_is_not_merged_into_a_custody_order(events):
    found = events(
        "A judge in Velmor on Tuesday ordered the owner of the ferry company held in custody "
        "for 20 days.\n\nPiet Amsel, 61, is charged with negligent manslaughter."
    )
    charged = [e for e in _of(found, "coerce") if "charged" in e.trigger]
    # the charge is its own event, with no date taken from the custody order's Tuesday
    assert [([t[1] for t in e.targets], e.date) for e in charged] == [(["Piet Amsel"], None)]


def test_new_crowd_is_not_merged_into_a_named_persons_protest(events):
    found = events(
        "In 1977 Dara Voskuil organised a strike at the Tarsby docks. She later became "
        "mayor of Tarsby and then a senator.\n\nHer vote in 1999 to close the docks divided "
        "the city. Thousands protested in Tarsby, and the harbour master resigned."
    )
    protests = _of(found, "protest")
    assert ["Thousands"] in [[a[1] for a in e.actors] for e in protests]
    assert [e.date for e in protests if [a[1] for a in e.actors] == ["Thousands"]] == [None]


def test_named_persons_protest_is_not_merged_into_an_earlier_crowd(events):
    found = events(
        "Thousands protested in Tarsby after the vote.\n\n"
        "In 1977 Dara Voskuil organised a strike at the Tarsby docks."
    )
    assert sorted(([a[1] for a in e.actors], e.date) for e in _of(found, "protest")) == [
        (["Dara Voskuil"], "1977"),
        (["Thousands"], None),
    ]


def test_counted_crowd_is_not_merged_into_a_named_persons_strike(events):
    # `Thousands of dockers`: the parser names the counted noun, the count still says a new crowd
    for crowd in ("Thousands of dockers", "Hundreds of dockers"):
        found = events(
            "Dara Voskuil organised a strike at the Tarsby docks in 1977.\n\n"
            f"{crowd} protested in Tarsby."
        )
        assert sorted(([a[1] for a in e.actors], e.date) for e in _of(found, "protest")) == [
            (["Dara Voskuil"], "1977"),
            (["dockers"], None),
        ], crowd


def test_named_crowd_retold_still_merges(events):
    # positive control: `the dockers` may re-tell the strike their leader organised
    found = events(
        "Dara Voskuil organised a strike at the Tarsby docks in 1977.\n\n"
        "The dockers protested in Tarsby."
    )
    assert [e.date for e in _of(found, "protest")] == ["1977"]
