"""Events, session 12: a pledge of money is aid, not an agreement; opening places of relief is
aid, and told with `will` it stays aid, planned (not an intent typed agree); a conjoined verb
with its own auxiliary keeps its own tense (`will open ... and has launched`); a pronoun inside
a quotation is not resolved to a person named before the quotation opened. Sentences written
for these tests (invented places and people)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Norvik government pledged 40 million dollars to help flood victims in Portavel.",
        "The Ilvane cabinet promised $12 million for the rebuilding of Vorran.",
    ],
)
def test_pledge_of_money_is_aid(events, text):
    found = events(text)
    assert [e.type for e in found] == ["aid"]


def test_pledge_to_act_stays_agree(events):
    found = events("The Norvik government pledged to respect the ceasefire.")
    assert [e.type for e in found] == ["agree"]


def test_relief_sites_to_open_are_planned_aid(events):
    found = events("The agency will open three mobile hospitals in Vorran by Friday.")
    assert [(e.type, e.status) for e in found] == [("aid", "planned")]
    assert found[0].place is not None and found[0].place[0] == "Vorran"


def test_conjoined_verb_keeps_its_own_tense(events):
    found = events(
        "The agency will open three mobile hospitals in Vorran by Friday and has launched "
        "an appeal for 2 million dollars."
    )
    kinds = {(e.type, e.status) for e in found}
    assert ("request", "happened") in kinds


@pytest.mark.parametrize("mark", [('"', '"'), ("\u201c", "\u201d")])
def test_pronoun_in_quote_is_not_earlier_person(events, mark):
    opening, closing = mark
    found = events(
        f"Prime Minister Clara Vons praised the rescuers. {opening}She asked for her mother "
        f"and a glass of milk,{closing} said Lena Marsh, the team's leader."
    )
    assert all(e.type != "request" for e in found)


def test_pronoun_outside_quote_still_resolves(events):
    found = events("Clara Vons met the families on Tuesday. She asked for more help from Norvik.")
    requests = [e for e in found if e.type == "request"]
    assert requests and requests[0].actors[0][1] == "Clara Vons"


def test_body_reviewing_a_deal_investigates(events):
    found = events("The Ilvane Trade Authority will review the takeover next month.")
    assert [(e.type, e.mode, e.status) for e in found] == [("accuse", "investigate", "planned")]
    assert (found[0].date, found[0].date_precision) == ("2031-04", "month")


def test_reviewing_a_book_is_no_event(events):
    assert events("The critic reviewed the new novel.") == []
