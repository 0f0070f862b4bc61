"""An author box (a line naming the author over a bio) follows the article and holds no paragraph
between its name and its bio; a headline naming a person over the lead and a paragraph about
them ("Quell was appointed in 2019 and her contract…") is a news story, an obituary or a
profile, and keeps its headline, byline and lead. Text written for these tests."""

from __future__ import annotations

from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text

LEAD = (
    "The chief of the Northgate harbour authority, Mara Quell, resigned on Monday after an "
    "audit found that two contracts for the new quay had been signed without a tender."
)
BIO_LIKE = (
    "Quell was appointed in 2019 and her contract was due to run until 2027; she said in a "
    "statement that she had done nothing wrong but did not want the inquiry to distract the board."
)
LAST = (
    "The board will meet on Thursday to choose an acting chief, and the audit office said its "
    "full report would be published next month."
)


def test_a_headline_naming_a_person_over_a_paragraph_about_them_is_no_author_box():
    raw = "\n\n".join(
        [
            "Northgate Times",
            "Mara Quell, harbour chief, resigns after audit",
            "By Tom Rivers",
            LEAD,
            BIO_LIKE,
            LAST,
        ]
    )
    ext = clean_text(raw)
    assert ext.title == "Mara Quell, harbour chief, resigns after audit"
    assert ext.byline == "Tom Rivers"
    assert ext.text == "\n\n".join([LEAD, BIO_LIKE, LAST])


def test_a_name_line_over_a_paragraph_over_a_bio_is_no_author_box():
    # after the article: a subheading naming a person, a paragraph, then one about them
    raw = "\n\n".join([*PARAS, "Mara Quell", LEAD, BIO_LIKE])
    assert clean_text(raw).text.endswith(BIO_LIKE)


def test_an_author_box_after_the_article_is_still_removed():
    bio = (
        "Mara Quell is a reporter who has covered the harbour and the council for the paper "
        "since 2015; she lives in the old town."
    )
    raw = "\n\n".join([*PARAS, "Mara Quell", "Senior Reporter", bio])
    ext = clean_text(raw)
    assert ext.text == article()
    assert bio in [r.text for r in ext.removals if r.reason == "boilerplate"]
