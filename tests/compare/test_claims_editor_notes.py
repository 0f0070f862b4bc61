"""An editor's note (`Editor's note: …`) and a correction whose body text is already right
(`CORRECTION: An earlier version … said 630 million crowns. It was 603 million crowns.`) are
notes about the article, not claims about the story: neither is listed as a claim. A
correction that replaces a sentence the body still tells wrongly stays the report's claim
(`test_claims_pr12`). Invented text."""

from __future__ import annotations

from claims_support import claim_texts

BODY = (
    "Harlow Foods reported a net profit of 603 million crowns for the quarter on Tuesday.\n\n"
    "Its shares rose in early trading in Orsa after the results were published."
)


def test_a_correction_the_body_already_follows_is_no_claim():
    got = claim_texts(
        "CORRECTION: An earlier version of this article misstated Harlow Foods' net profit for "
        "the quarter as 630 million crowns. It was 603 million crowns.\n\n" + BODY
    )
    assert not [c for c in got if "It was 603" in c or "630" in c]
    assert (
        "Harlow Foods reported a net profit of 603 million crowns for the quarter on Tuesday."
        in got
    )


def test_an_editor_s_note_is_no_claim():
    got = claim_texts(
        "Editor's note: Rina Holt, an analyst quoted below, is a paid adviser to Harlow "
        "Foods.\n\n" + BODY
    )
    assert not [c for c in got if "paid adviser" in c]
    assert "Its shares rose in early trading in Orsa after the results were published." in got


def test_guard_an_update_with_news_keeps_its_news():
    got = claim_texts(
        BODY + "\n\nUpdate: Harlow Foods said on Wednesday that its chief executive would step "
        "down in March."
    )
    assert [c for c in got if "step down in March" in c]
