"""A quotation one outlet cuts so that its negation is dropped (`"We will not sell the ferry …"`
/ the board would `"sell the ferry …"`): a paraphrase or a mixed quote that keeps a run of the
speaker's words but not the `not` / `never` / `no` before it is flagged `negation removed`,
listed as an attribution conflict, and the two sentences are never one shared claim.
Invented text (review 22, finding 1)."""

from __future__ import annotations

from typing import Any

from dossier_support import article
from test_quote_relations import item

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.quotes import negation_flags

ORIGINAL = (
    "The harbour board met on Monday to discuss the ferry service. "
    '"We will not sell the ferry to pay for the new quay," harbour chief Rosa Ellory told the '
    "board. A vote on the quay is due in April."
)
CUT = (
    'Harbour chief Rosa Ellory conceded on Monday that the board would "sell the ferry to pay '
    'for the new quay" as members discussed the loss-making service. A vote on the quay is due '
    "in April."
)


def _quote(qid: str, art: dict[str, Any], text: str, kind: str) -> dict[str, Any]:
    start = art["text"].index(text)
    return {
        "id": qid,
        "article": art["id"],
        "kind": kind,
        "text": text,
        "start": start,
        "end": start + len(text),
        "speaker": {"entity": "person:rosa-ellory", "name": "Rosa Ellory", "mention": None},
        "cue": "said",
        "addressee": None,
        "via": None,
        "label": "quote",
        "continues": None,
    }


def _dossier(cut: str) -> dict[str, Any]:
    a = article("a", "Dunmore Echo", ORIGINAL)
    b = article("b", "Dunmore Standard", cut)
    quotes = [
        _quote("qa", a, "We will not sell the ferry to pay for the new quay", "direct"),
        _quote("qb", b, cut[cut.index("the board") : cut.index(" service") + 8], "mixed"),
    ]
    story = {"id": "s-1", "title": "t", "articles": [a["id"], b["id"]], "wire_copies": []}
    return assemble(StoryBundle(story, [a, b], quotes))


def test_a_dropped_negation_is_flagged_in_the_ledger() -> None:
    d = _dossier(CUT)
    (group,) = [g for g in d["quote_groups"] if len(g["members"]) > 1]
    assert group["relation"] == "paraphrase" and group["flagged"]
    (member,) = [m for m in group["members"] if m["relation"] != "ref"]
    assert member["flags"] == ["negation removed: not"]


def test_a_dropped_negation_is_an_attribution_conflict() -> None:
    d = _dossier(CUT)
    (c,) = [c for c in d["conflicts"] if c["kind"] == "attribution"]
    assert c["about"].endswith(": negation removed")
    assert [v["article"][:1] for v in c["values"]] == ["a", "b"]


def test_the_reversed_quote_and_its_original_are_no_shared_claim() -> None:
    d = _dossier(CUT)
    for claim in d["shared"]:
        texts = " | ".join(s["text"] for s in claim["spans"])
        assert not ("not sell" in texts and "conceded" in texts), texts


def test_a_cut_that_keeps_the_negation_is_not_flagged() -> None:
    cut = CUT.replace('would "sell', 'would never "sell')
    d = _dossier(cut)
    assert not [c for c in d["conflicts"] if c["kind"] == "attribution"]
    assert not any(g["flagged"] for g in d["quote_groups"])


def test_an_added_negation_is_flagged_too() -> None:
    member = item('the board would never "sell the ferry to pay for the new quay"', "mixed", "m")
    ref = item("We will sell the ferry to pay for the new quay.", "direct", "r")
    assert negation_flags(member, ref) == ["negation added: never"]


def test_a_negation_far_from_the_shared_words_is_no_flag() -> None:
    member = item('the board would "sell the ferry to pay for the new quay"', "mixed", "m")
    ref = item(
        "We did not want this, but we must sell the ferry to pay for the new quay.", "direct", "r"
    )
    assert negation_flags(member, ref) == []


def test_two_negations_in_other_words_are_no_flag() -> None:
    member = item("nobody was detained at the harbour overnight", "indirect", "m")
    ref = item("Not a single protester was detained at the harbour overnight.", "direct", "r")
    assert negation_flags(member, ref) == []
