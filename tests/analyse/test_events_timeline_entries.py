"""A timeline's entries are each their own event, dated by their own line's label: a label
whose day NER left out (`8 February 2024:` tagged `February 2024`), one the parser cut apart
(`12` + `June 2021:` after a blank line), one NER read on into the entry (`September 2025 -
Merrin` tagged one date); an undated act in one entry never merges into another entry's.
Text written for these tests (invented places); published Thursday 2031-03-13."""

from __future__ import annotations

_TIMELINE = (
    "Ostavia and Merrin: a timeline of the quarrel\n\n"
    "March 2019 - Ostavia expels two Merrin diplomats, accusing them of spying.\n\n"
    "12 June 2021: Ostavia bars Merrin trawlers from its northern waters. Merrin calls the "
    "decision illegal.\n\n"
    "8 February 2024: Ostavia bars Merrin companies from its power grid. Merrin calls the "
    "decision discriminatory.\n\n"
    "September 2025 - Merrin cuts gas deliveries to Ostavia, citing a pipeline fault.\n"
)


def _by_type(found, kind):
    return sorted((e.date, e.trigger) for e in found if e.type == kind)


def test_a_single_digit_day_label_dates_its_entry(events):
    found = events(_TIMELINE)
    assert _by_type(found, "coerce") == [("2021-06-12", "bars"), ("2024-02-08", "bars")]


def test_each_entry_keeps_its_own_undated_reply(events):
    found = events(_TIMELINE)
    assert _by_type(found, "accuse") == [("2021-06-12", "calls"), ("2024-02-08", "calls")]


def test_a_dash_label_read_on_into_the_entry_keeps_the_actor(events):
    found = [e for e in events(_TIMELINE) if e.date == "2025-09"]
    assert [(e.type, [a[1] for a in e.actors]) for e in found] == [("sanction", ["Merrin"])]
    assert found[0].date_text == "September 2025"


def test_a_day_cut_off_by_the_parser_still_labels_its_line(events):
    text = (
        "Timeline\n\n12 June 2021: Ostavia bars Merrin trawlers from its waters.\n\n"
        "September 2025 - Ostavia expels two Merrin diplomats.\n"
    )
    assert _by_type(events(text), "coerce") == [("2021-06-12", "bars")]


def test_an_unlabelled_line_under_another_entry_is_no_retelling(events):
    text = (
        "Timeline\n12 June 2021: Ostavia bars Merrin trawlers from its waters.\n"
        "Merrin calls the decision illegal.\n"
        "8 February 2024: Ostavia bars Merrin companies from its grid.\n"
        "Merrin calls the decision discriminatory.\n"
    )
    accusations = [e for e in events(text) if e.type == "accuse"]
    assert len(accusations) == 2
    assert all(len(e.mentions) == 1 for e in accusations)


def test_a_count_after_a_year_label_is_the_actor(events):
    text = (
        "Timeline\n2014 - 12 soldiers seized the port of Tarlow.\n"
        "2016 - Ostavia expels two Merrin diplomats.\n"
    )
    found = events(text)
    assert sorted((e.date, [a[1] for a in e.actors]) for e in found) == [
        ("2014", ["12 soldiers"]),
        ("2016", ["Ostavia"]),
    ]


def test_a_year_label_after_a_line_ending_in_a_day_keeps_its_year(events):
    # `3 March` ending one line and `1971:` opening the next read as one written day: the
    # year alone labels its line
    text = (
        "Orla Brennick was a dock clerk. A naval court sentenced her to two years in prison.\n\n"
        "Timeline\n1942: Born in Tarsby, 3 March\n1971: Jailed for two years after the strike\n"
        "1976: Founds the Tarsby Dockers' Guild\n"
    )
    assert [e.date for e in events(text) if e.type == "coerce"] == ["1971"]
