"""A short `Label: value` line with no final stop (`Rating: False`) is no part of the next
line's claim, and a claim quoted whole keeps its closing quote mark."""

import pytest
from claims_support import claim_texts as _claims

CHECK = (
    "The Tarrow Ledger checked what the mayor said about the harbour vote.\n\n"
    'Claim: "Every ballot in the harbour ward was counted by hand."\n'
    "{label}\n"
    "The returning office counted the harbour ward by machine on Sunday night."
)


@pytest.mark.parametrize(
    "label", ["Rating: False", "Verdict: Mostly true", "Our rating: Misleading"]
)
def test_a_label_line_ends_before_the_next_claim(label):
    got = _claims(CHECK.format(label=label))
    assert "The returning office counted the harbour ward by machine on Sunday night." in got
    assert not any(label in t for t in got), got


def test_a_sentence_broken_after_a_long_clause_stays_one_claim():
    got = _claims("Speaker: Mira Holt said the new bridge\nwould open to traffic in May.")
    assert got == ["Speaker: Mira Holt said the new bridge\nwould open to traffic in May."]


def test_a_quoted_claim_keeps_its_closing_quote():
    got = _claims(
        'Harbour pilots told the inquiry: "The channel was dredged too late."\n'
        "The port authority said the dredging ended two weeks before the storm."
    )
    assert got[0] == 'Harbour pilots told the inquiry: "The channel was dredged too late."'


def test_a_bracketed_sentence_keeps_its_closing_bracket():
    got = _claims(
        "(The council has four seats for the harbour ward.) Three of them changed hands "
        "in Sunday's vote."
    )
    assert got[0] == "(The council has four seats for the harbour ward.)"
