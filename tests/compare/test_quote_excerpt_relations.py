"""A mixed quote's quoted words set against the full quotation: an excerpt (variant) survives a
reporter's clause after the closing mark and a relative clause shortened inside the fragment."""

from __future__ import annotations

from test_quote_relations import item

from newsgraph.compare.quotes import relation_between

REF = "We will not sign a treaty that was written in the dark rooms of Kessel."


def rel(member: str, ref: str = REF) -> str:
    return relation_between(item(member, "mixed", "m"), item(ref, "direct", "r"))


def test_a_relative_clause_shortened_inside_the_fragment_is_still_an_excerpt():
    # `a treaty that was written` quoted as `a treaty written`: the speaker's words, cut
    assert rel('she would "not sign a treaty written in the dark rooms of Kessel"') == "variant"


def test_a_clause_of_the_reporters_own_after_the_closing_mark_is_no_frame():
    member = (
        'she would "not sign a treaty written in the dark rooms" and lodged a complaint '
        "with the High Court on Friday"
    )
    assert rel(member) == "variant"
    member = (
        'she would "not sign a treaty that was written in the dark rooms of Kessel" but '
        "agreed to meet the envoys on Monday morning"
    )
    assert rel(member) == "variant"
    member = (
        'she would "not sign a treaty that was written in the dark rooms of Kessel" yet '
        "agreed to meet the envoys on Monday morning"
    )
    assert rel(member) == "variant"


def test_a_content_word_left_out_of_the_fragment_is_still_a_paraphrase():
    # the gap the fragment skips must be function words only (`that was`), not `dark`
    assert rel('she would "not sign a treaty that was written in the rooms of Kessel"') == (
        "paraphrase"
    )


def test_a_reporters_frame_before_a_short_fragment_is_still_a_paraphrase():
    member = (
        "the opposition leader told the rally outside parliament that her party would "
        '"not sign a treaty written in the dark rooms" and lodged a complaint'
    )
    assert rel(member) == "paraphrase"
