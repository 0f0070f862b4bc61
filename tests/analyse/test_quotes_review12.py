"""Review 12 quote fixes, each on a sentence written for it: an outlet named as the object of
`told` / `said to` is the channel that carried the words (`via`), not their addressee, while
an audience (`reporters`, `parliament`) and a government agency stay addressees."""

from __future__ import annotations

import pytest
from quote_support import only
from quote_support import quotes as _quotes

INTRO = (
    "Harbour commissioner Lena Moravec visited the flooded port of Kessin on Tuesday "
    "after the storm.\n\n"
)


def quotes(nlp, body: str):
    return _quotes(nlp, INTRO + body)


@pytest.mark.parametrize(
    ("body", "via"),
    [
        (
            "The repairs will take at least a month, Moravec told the Oskar News Agency.",
            "the Oskar News Agency",
        ),
        (
            "The quays must be rebuilt before winter, Moravec told state television.",
            "state television",
        ),
        (
            "The harbour will reopen in spring, Moravec told the Kessin Ledger newspaper.",
            "the Kessin Ledger newspaper",
        ),
        (
            "The repairs will cost millions, Moravec said to the Tallin Morning radio.",
            "the Tallin Morning radio",
        ),
    ],
)
def test_outlet_told_is_the_channel_not_the_addressee(nlp, body, via):
    q = only(quotes(nlp, body), "")
    assert q.addressee is None
    assert q.via == via


@pytest.mark.parametrize(
    ("body", "addressee"),
    [
        ("The repairs will take at least a month, Moravec told reporters.", "reporters"),
        ("The repairs will take at least a month, Moravec told parliament.", "parliament"),
        (
            "The quays must be rebuilt before winter, Moravec told the Coastal Protection Agency.",
            "the Coastal Protection Agency",
        ),
    ],
)
def test_audience_told_stays_the_addressee(nlp, body, addressee):
    q = only(quotes(nlp, body), "")
    assert q.addressee is not None and q.addressee.text == addressee
    assert not q.via


@pytest.mark.parametrize(
    "body",
    [
        # a fundraising appeal asks for money; the sum is nobody's words
        "The shelter has opened a ward in Tarn and has launched an appeal for 2 million dollars.",
        # a relative clause on the people told, after the direct quote, is about them
        '"No one will be forgotten," Moravec told workers gathered in the factory yard, '
        "many of whom have waited for weeks.",
    ],
)
def test_reported_acts_and_relative_clauses_are_no_quotes(nlp, body):
    found = [q for q in quotes(nlp, body) if q.kind != "direct"]
    assert found == [], [q.text for q in found]


def test_relative_clause_before_the_reported_clause_is_skipped(nlp):
    body = (
        "Moravec told families waiting at the bridge, most of whom have stayed outdoors since "
        "Friday, that help was coming."
    )
    assert only(quotes(nlp, body), "help").text == "help was coming"


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Moravec asked which roads would be closed.", "which roads would be closed"),
        (
            'Senator Ivo Rhee accused the port authority of "wasting money like water".',
            '"wasting money like water"',
        ),
        (
            "Moravec renewed her appeal for calm, saying the harbour would be safe by spring.",
            "the harbour would be safe by spring",
        ),
    ],
)
def test_questions_and_quoted_accusations_stay_quotes(nlp, body, content):
    assert content in only(quotes(nlp, body), content.strip('"')).text


def test_wire_by_name_is_the_channel_and_a_broadcaster_by_name_the_addressee(nlp):
    wire = only(quotes(nlp, "The quays will reopen in May, Moravec told Reuters."), "quays")
    assert (wire.addressee, wire.via) == (None, "Reuters")
    own = only(quotes(nlp, "The quays will reopen in May, Moravec told DW."), "quays")
    assert own.addressee is not None and own.addressee.text == "DW" and not own.via
