"""Dossier behaviours from product review 8, on invented articles: a missing value is never
printed as `None`; numbers of one measured thing that differ between articles (number words
and wire copies included) are a conflict, different things counted are not; shared claims need
the same polarity and shared content besides who they are about."""

from __future__ import annotations

from typing import Any

from dossier_support import article as _art

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import render_html, render_markdown


def _person(name: str) -> dict[str, Any]:
    return {"id": "person:" + name.split()[-1].lower(), "name": name, "type": "PERSON"}


def _dossier(arts: list[dict], wire=(), entities=()) -> dict[str, Any]:
    story = {
        "id": "s-" + arts[0]["id"],
        "title": arts[0]["title"],
        "articles": [a["id"] for a in arts],
        "wire_copies": [list(p) for p in wire],
    }
    return assemble(StoryBundle(story, arts, [], [], list(entities)))


def _numbers(d: dict[str, Any]) -> list[list[tuple[str, str]]]:
    return [
        sorted((v["outlet"], v["value"]) for v in c["values"])
        for c in d["conflicts"]
        if c["kind"] == "number"
    ]


# 1. A contrast tied to no target: no `None` in the Markdown or the HTML.


def test_an_untied_contrast_prints_no_none():
    a = _art(
        "a", "Orsa Courier", "Two fishermen died in the storm off the cape, the coast guard said."
    )
    b = _art("b", "Kelmor Daily", "Two fishermen were killed in the storm off the cape on Sunday.")
    d = _dossier([a, b])
    (c,) = d["contrasts"]
    assert c["target"] is None
    md, html = render_markdown(d), render_html(d)
    assert "None" not in md.split("## Wording contrasts")[1]
    assert "<td>None</td>" not in html and ">None<" not in html


# 2. Numbers of one measured thing.

SIX = (
    "Ministers Ana Ruiz and Piet Lomm met for six hours at the Orsa palace on Monday, "
    "officials from both sides said."
)
NINE = "The talks in Orsa lasted nine hours, according to an official from Lomm's side."


def test_a_duration_in_words_differing_between_outlets_is_a_conflict():
    a = _art("a", "Orsa Courier", SIX + "\n\nThe palace was closed to visitors.")
    b = _art("b", "Kelmor Daily", NINE + "\n\nFishing quotas topped the agenda.")
    assert _numbers(_dossier([a, b])) == [[("Kelmor Daily", "9"), ("Orsa Courier", "6")]]


def _walkout(n: str, hours: str) -> str:
    return (
        f"At least {n} nurses walked out at the Kelmor general hospital on Monday in a row over "
        f"night shifts, their union said. Talks with the health board lasted {hours} hours "
        "before they broke down. The board called the walkout reckless."
    )


def test_wire_copies_with_different_numbers_conflict_in_one_row_each():
    a = _art("a", "Orsa Courier", _walkout("2,400", "six"))
    b = _art("b", "Kelmor Daily", _walkout("1,800", "seven"))
    c = _art("c", "Lisk Times", _walkout("1,800", "7"))
    d = _dossier([a, b, c], wire=[(a["id"], b["id"]), (a["id"], c["id"])])
    assert d["story"]["reports"] == 1
    assert sorted(_numbers(d)) == [
        [("Kelmor Daily", "1800"), ("Lisk Times", "1800"), ("Orsa Courier", "2400")],
        [("Kelmor Daily", "7"), ("Lisk Times", "7"), ("Orsa Courier", "6")],
    ]


def test_different_things_counted_do_not_conflict():
    a = _art(
        "a",
        "Orsa Courier",
        "Some 2,400 nurses walked out at the Kelmor general hospital on Monday over night "
        "shifts. The hospital hired 300 nurses last year to cover the wards.",
    )
    b = _art(
        "b",
        "Kelmor Daily",
        "Some 40 doctors walked out at the Kelmor general hospital on Monday over night shifts. "
        "The building has a 12-mile fence, though the grounds lie nine miles from the town.",
    )
    assert _numbers(_dossier([a, b])) == []


# 3. Shared claims: the same polarity and content besides who.

PEOPLE = [
    _person("Lena Voss"),
    _person("Ana Ruiz"),
    {"id": "gpe:velmar", "name": "Velmar", "type": "GPE"},
]


def _shared(x: str, y: str) -> list[list[str]]:
    a = _art("a", "Orsa Courier", x + "\n\nFishing quotas topped the agenda of the meeting.")
    b = _art("b", "Kelmor Daily", y + "\n\nThe harbour was closed to visitors for the day.")
    d = _dossier([a, b], entities=PEOPLE)
    return [[s["text"] for s in c["spans"]] for c in d["shared"]]


def test_a_denial_and_an_assertion_about_one_person_are_not_one_claim():
    x = "Velmar's prime minister, Lena Voss, did not attend the summit."
    y = "Velmar's prime minister, Lena Voss, welcomed the outcome."
    assert _shared(x, y) == []


def test_one_person_doing_different_things_is_not_one_claim():
    x = "Prime Minister Ana Ruiz hosted the talks."
    y = "Prime Minister Ana Ruiz said after the talks that the two sides had come a long way."
    assert _shared(x, y) == []


def test_two_denials_saying_the_same_are_one_claim():
    x = "Prime Minister Lena Voss did not attend the summit in Orsa on Monday."
    y = "Lena Voss, the prime minister, did not attend Monday's summit in Orsa."
    assert _shared(x, y) == [[x, y]]


def test_a_unit_is_not_the_end_of_another_unit():
    """Found by the session's code review: `kilometer` ends with `meter`."""
    a = _art("a1", "Norvik Post", "The marchers walked 5 kilometers through Ilvane on Sunday.")
    b = _art("a2", "Vesper Daily", "The marchers walked 5,000 meters through Ilvane on Sunday.")
    assert _numbers(_dossier([a, b])) == []


def test_many_alike_sentences_do_not_give_every_pair_of_their_numbers():
    """Found by the session's code review: ten alike sentences in each of two reports gave
    every pair of their numbers as a conflict."""

    def report(aid: str, outlet: str, base: int) -> dict[str, Any]:
        lines = [f"{base + k} people were affected in district {k} of Ilvane." for k in range(10)]
        return _art(aid, outlet, " ".join(lines))

    rows = _numbers(_dossier([report("a1", "Norvik Post", 100), report("a2", "Vesper Daily", 200)]))
    assert len(rows) <= 11  # a row per district, and at most one more per pair of reports


class _Stories:
    """A store of two stories whose ids share a prefix; its own rule finds neither."""

    def resolve_story_id(self, ref: str) -> str | None:
        return None

    def story_records(self) -> list[dict[str, Any]]:
        return [{"id": "s-ab12"}, {"id": "s-ab34"}]


def test_a_story_reference_that_finds_nothing_says_why():
    import pytest

    from newsgraph.compare.bundle import StoryNotFound, resolve_story

    with pytest.raises(StoryNotFound, match="ambiguous: 2 stories"):
        resolve_story(_Stories(), "ab")
    with pytest.raises(StoryNotFound, match="no story 'zz'"):
        resolve_story(_Stories(), "zz")


def test_a_union_leader_named_leader_elsewhere_is_not_an_official():
    """Found in the review inputs: a union leader whose roles are `Union leader` and `leader`
    was counted as an official through the bare title."""
    from newsgraph.compare.sourcing import kind_of

    quill = {"id": "person:brisk", "type": "PERSON", "roles": ["Union leader", "leader"]}
    assert kind_of("Tam Brisk", "Tam Brisk", quill) == "other"
    voss = {"id": "person:voss", "type": "PERSON", "roles": ["party leader", "prime minister"]}
    assert kind_of("Lena Voss", "Lena Voss", voss) == "official"
    assert kind_of("Ana Ruiz", "Ana Ruiz", {"id": "p", "roles": ["leader"]}) == "official"
