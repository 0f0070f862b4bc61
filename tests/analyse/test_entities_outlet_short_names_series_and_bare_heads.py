"""The article's outlet named by its last word (`told the Examiner`) is the outlet; a
series whose episodes are numbered (`The Lenmora Briefing, Ep. 212`) is a work, no body; a
capitalised head noun alone (`the Government would provide`) is no body's name; an acronym
that opens a named body's own (`the UN appeal` beside `… (UNODR)`) is that body's; a place
NER calls a LOC that gives (`Corland pledged`) is a GPE; a word after an upper-case line
label (`BREAKING: Magnitude 7.2`) opens a sentence. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str, **kw) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text), **kw)}


def test_the_outlets_short_name_is_the_outlet(nlp) -> None:
    text = (
        "'We heard tapping at about four in the morning,' Ms Varro told the Courier by phone "
        "from Velmir."
    )
    found = _by_name(nlp, text, outlet="The Brennick Courier")
    assert "Courier" not in found, found
    assert found["Brennick Courier"].type == "ORG", found
    assert "Courier" in found["Brennick Courier"].aliases, found


def test_a_numbered_series_is_no_body(nlp) -> None:
    title = "The Kessel Briefing, Ep. 9: 'We will rebuild' - the mayor on the floods"
    text = (
        "The Kessel Briefing\n\nEp. 9: 'We will rebuild' - the mayor on the floods\n\n"
        "Host Ana Ruiz speaks to Mayor Ivo Brand.\n\nSubscribe to The Kessel Briefing "
        "wherever you get your podcasts."
    )
    found = _by_name(nlp, text, title=title)
    assert not any("Kessel Briefing" in name for name in found), found


def test_a_bare_head_noun_is_no_body(nlp) -> None:
    text = (
        "The Minister for Foreign Affairs, Grainne Walsh, announced on Wednesday that the "
        "Government would provide 4 million euro in humanitarian assistance."
    )
    found = _by_name(nlp, text)
    assert "Government" not in found, found


def test_an_acronym_opening_a_bodys_own_is_that_body(nlp) -> None:
    text = (
        "The United Nations Office for Flood Response (UNOFR) on Wednesday launched a flash "
        "appeal for $48 million.\n\nCorrection: An earlier version of this article said the "
        "UN appeal was for $84 million."
    )
    found = _by_name(nlp, text)
    assert "UN" not in found, found
    assert "UN" in found["United Nations Office for Flood Response"].aliases, found


def test_a_place_that_gives_is_a_state(nlp) -> None:
    text = (
        "Pledges so far include $10 million from Corland, 4 million euros from Halveth and "
        "2.5 million pounds from Oskara."
    )
    found = _by_name(nlp, text)
    assert found["Corland"].type == "GPE", found


def test_a_line_labels_next_word_opens_a_sentence(nlp) -> None:
    found = _by_name(nlp, "BREAKING: Magnitude 7.2 earthquake strikes southern Tavessa")
    assert "Magnitude" not in found, found


def test_a_countrys_one_body_stays(nlp) -> None:
    text = (
        "In 2005, the House passed a bill that would have made similar changes, but the bill "
        "died in the Senate."
    )
    found = _by_name(nlp, text)
    assert found.get("Senate") is not None and found["Senate"].type == "ORG", found
