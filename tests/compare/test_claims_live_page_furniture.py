"""A live page's furniture is no claim: its word about itself (`Entries are newest first`),
its `Results and reaction as ...` standfirst, the headings of its entries (subheads under body
text); nor is a line that is only someone's quoted words (a fact check's rated claim)."""

from claims_support import claim_texts as _claims
from dossier_support import article as _art
from test_dossier_review8 import _dossier

LIVE = (
    "Results and reaction as Brisk county counts the votes in its council election. "
    "Entries are newest first; all times are local time.\n\n"
    "Turnout passes half\n\n"
    "The returning office said turnout had passed 52 per cent by noon across the county.\n\n"
    "Tolv concedes Harl ward\n\n"
    "Mara Tolv conceded the Harl ward to her rival shortly after the first recount ended."
)


def test_live_page_furniture_and_entry_headings_are_no_claims():
    got = _claims(LIVE)
    assert got == [
        "The returning office said turnout had passed 52 per cent by noon across the county.",
        "Mara Tolv conceded the Harl ward to her rival shortly after the first recount ended.",
    ]


def test_a_headline_above_the_body_is_still_read():
    got = _claims(
        "Harl ward bridge to close for a year\n\nThe county will close the old bridge on Monday."
    )
    assert got[0] == "Harl ward bridge to close for a year"


CHECK = (
    "We checked a claim about the Brisk county vote.\n\n"
    'Claim: "Half of the ballots in Harl ward were never counted."\n'
    "Who said it: Mara Tolv, at a meeting on 3 June.\n\n"
    "The returning office's records show every ballot in Harl ward was counted twice."
)


def test_a_rated_claim_is_not_the_fact_checkers_own_claim():
    d = _dossier([_art("a", "Verity Post", CHECK)])
    got = [c["text"] for c in d["unique"]["a" * 16]]
    assert not any("never counted" in t for t in got), got
    assert any("counted twice" in t for t in got)


def test_an_attributed_quotation_stays_the_reports_claim():
    text = (
        "The Brisk county council met on Monday to discuss the Harl ward recount.\n\n"
        'Mara Tolv spoke first. She added: "Every ballot in Harl ward will be counted again."'
    )
    d = _dossier([_art("a", "Verity Post", text)])
    got = [c["text"] for c in d["unique"]["a" * 16]]
    assert any("counted again" in t for t in got), got
