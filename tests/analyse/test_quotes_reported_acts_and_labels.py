"""Reported future acts, noun-phrase objects and role labels (texts and names invented):
`X said A and that Y would respond "…"` is X's; `accusing them of spying` and `blames the Red
Kite group` name a charge or a culprit, not words; a possessive date (`Monday's accusation`) is
no speaker; `The minister: "…"` is the minister named before; a quotation paragraph signed
only by a name is that person's; the narrator's `I` is the byline's sole author, or no quote
where there is none."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

from newsgraph.analyse import quotes as quotes_module
from newsgraph.analyse.quotes import extract_quotes


def test_a_promised_reply_in_a_report_is_the_reporters_speakers(nlp) -> None:
    text = (
        'Dorian Pell said the strike had been "organised from abroad" and that Marland would '
        'respond "when we are ready".'
    )
    found = quotes(nlp, text)
    assert [q.speaker_name for q in found] == ["Dorian Pell"]
    assert "when we are ready" in found[0].text


def test_a_second_that_clause_stays_with_the_pronoun_speaker(nlp) -> None:
    text = (
        "Finance Minister Rolf Aker said the network had moved gold worth millions. He said "
        "Tessaly would ask its trading partners to adopt the list and that more names could "
        "be added later."
    )
    q = only(quotes(nlp, text), "more names could be added")
    assert q.speaker_name == "Rolf Aker"


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Tessaly expelled two diplomats, accusing them of spying.",
        "The website was defaced. Norland blames the Red Kite group; Sorvia denies any role.",
    ],
)
def test_a_named_charge_reason_or_culprit_is_no_quote(nlp, text: str) -> None:
    assert quotes(nlp, text) == []


def test_a_possessive_date_is_no_speaker(nlp) -> None:
    text = "Monday's accusation that Tessaly was behind the breach is the latest turn."
    for q in quotes(nlp, text):
        assert q.speaker is None or "Monday" not in q.speaker.text


def test_a_blamed_party_with_a_charge_still_reports(nlp) -> None:
    q = only(
        quotes(nlp, "Ruiz blamed the treasury for the long delays at the harbour."), "treasury"
    )
    assert q.cue.text == "blamed"


def test_a_role_label_with_a_colon_is_the_titled_person_before(nlp) -> None:
    text = (
        "Finance Minister Rolf Aker announced the measures on Wednesday. The minister: "
        '"Every coin that passes through our banks pays for another month of war. That ends '
        'today."'
    )
    q = only(quotes(nlp, text), "Every coin")
    assert (q.kind, q.speaker.text, q.speaker_name) == ("direct", "The minister", "Rolf Aker")


def test_a_paragraph_signed_by_a_name_is_that_persons(nlp) -> None:
    text = (
        "The foreign ministry's spokesman replied on his channel within an hour.\n\n"
        "\u201cOstavia had nothing to do with the fire in Dalsk, and the claims are "
        "baseless.\u201d Pavel Drozdov\n\nIn Dalsk the exchange was met with shrugs."
    )
    q = only(quotes(nlp, text), "nothing to do with the fire")
    assert q.speaker_name == "Pavel Drozdov"


OPED = (
    "I have long warned that a country which cannot guard its own dams cannot call itself "
    "safe.\n\nSorvia's then ambassador told me over dinner: \"You should not build your house "
    'out of glass."\n\nI urge the government to do three things this week.'
)


def test_the_narrators_i_is_the_sole_author(nlp) -> None:
    found = [q for q in extract_quotes(nlp(OPED), None, "Lina Morr") if q.label == "quote"]
    mine = [q for q in found if q.speaker is not None and q.speaker.text == "I"]
    assert mine and all(q.speaker_name == "Lina Morr" for q in mine)
    glass = only(found, "house out of glass")
    assert glass.addressee_name == "Lina Morr" and glass.speaker_name != "Lina Morr"


@pytest.mark.parametrize("byline", ["", "Northern Ledger staff", "Ana Ruiz and Tomas Brenn"])
def test_the_narrators_i_without_one_author_is_no_quote(nlp, byline: str) -> None:
    found = [q for q in extract_quotes(nlp(OPED), None, byline) if q.label == "quote"]
    assert all(q.speaker is None or q.speaker.text != "I" for q in found)
    assert only(found, "house out of glass").addressee_name is None


def test_a_byline_not_known_leaves_the_narrators_i_unnamed(nlp) -> None:
    found = [q for q in extract_quotes(nlp(OPED)) if q.label == "quote"]
    mine = [q for q in found if q.speaker is not None and q.speaker.text == "I"]
    assert mine and all(q.speaker_name is None for q in mine)


def test_calls_them_a_name_still_reports(nlp) -> None:
    found = quotes(nlp, "Sorvia calls the releases a gesture. Norland calls them an exchange.")
    assert only(found, "an exchange").speaker_name == "Norland"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Marta Vell", "Marta Vell"),
        ("Ana Ruiz; Security Correspondent", None),
        ("Coastline News photo desk", None),
        ("Ana Ruiz, Tomas Brenn", None),
        ("Reuters", None),
    ],
)
def test_sole_author(byline: str, author: str | None) -> None:
    assert quotes_module.sole_author(byline) == author


def test_a_relative_that_on_a_thing_opens_no_content(nlp) -> None:
    text = "Norland on Tuesday blamed Sorvia for the attack that cut power to 90,000 homes."
    assert not any(q.text.startswith("cut power") for q in quotes(nlp, text))
