"""A correction's right figure stays the report's claim unless the body already states it
(`The bridge cost 603 million crowns.` with a body giving no cost), and an editor's note that
tells news (`Officials said … killed 61 people`) is a claim: only a note about the article
itself (its sourcing, the outlet, an earlier version) is none. Invented text."""

from __future__ import annotations

from claims_support import claim_texts
from dossier_support import number_values

BODY = (
    "The new Orsa bridge opened to traffic on Tuesday after four years of work.\n\n"
    "Mayor Lena Harsk cut the ribbon in front of a crowd of residents."
)


def test_a_correction_s_figure_the_body_does_not_give_is_a_claim():
    got = claim_texts(
        "CORRECTION: An earlier version of this article misstated the cost of the Orsa bridge "
        "as 630 million crowns. The bridge cost 603 million crowns.\n\n" + BODY
    )
    assert [c for c in got if "603" in c] == ["The bridge cost 603 million crowns."]
    assert not [c for c in got if "630" in c]


def test_guard_a_correction_the_body_states_is_no_claim():
    got = claim_texts(
        "CORRECTION: An earlier version of this article misstated the cost of the Orsa bridge "
        "as 630 million crowns. The bridge cost 603 million crowns.\n\n"
        + BODY
        + "\n\nThe 603 million crowns the bridge cost came from the national budget."
    )
    assert [c for c in got if "603" in c] == [
        "The 603 million crowns the bridge cost came from the national budget."
    ]


def test_an_editor_s_note_with_news_is_a_claim():
    text = (
        BODY + "\n\nEditor's note: Officials said on Wednesday evening that the Varna earthquake "
        "killed 61 people, up from 35."
    )
    assert [c for c in claim_texts(text) if "61 people" in c]
    got = number_values(
        text, "The Varna earthquake killed 40 people, officials said on Wednesday evening."
    )
    assert ("people killed", ["40", "61"]) in got


def test_guard_an_editor_s_note_on_the_outlet_is_no_claim():
    got = claim_texts(
        BODY + "\n\nEditor's note: Lena Harsk, quoted above, is a former columnist for our paper."
    )
    assert not [c for c in got if "columnist" in c]


def test_guard_an_editor_s_note_on_the_pictures_is_no_claim():
    got = claim_texts(
        BODY + "\n\nEditor's note: This gallery holds pictures taken by residents of Orsa."
    )
    assert not [c for c in got if "gallery" in c]
