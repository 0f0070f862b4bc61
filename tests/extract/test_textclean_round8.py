"""Round 8 of the plain-text cleaner: rules added after an error analysis of the tuning pages of
the benchmark; all on text written for these tests."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

from extract_support import PARAS as _PARAS
from extract_support import article as _article

from newsgraph.extract.textclean import clean_text


def _check_removals(raw, ext):
    norm = raw.replace("\r\n", "\n").replace("\r", "\n")
    for r in ext.removals:
        assert norm[r.start : r.end] == r.text


def test_a_section_about_a_place_is_not_an_author_box():
    # a heading naming a place over a paragraph that starts with the name and speaks of the
    # visitor's "experience": not a bio (a bio names a role, a pronoun, years of experience)
    place = (
        "Northgate Quarry is home to the oldest climbing routes in the county, and on a dry "
        "morning it offers a quiet experience to anyone willing to walk the last mile from the road."
    )
    raw = f"{_PARAS[0]}\n\n{_PARAS[1]}\n\nNorthgate Quarry\n\n{place}\n\n{_PARAS[2]}\n\n{_PARAS[3]}"
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert place in ext.text


def test_an_author_box_with_years_of_experience_is_still_removed():
    bio = "Tomas Verhoeven has fifteen years of experience in coastal engineering and writes about the sea."
    raw = f"{_article()}\n\nTomas Verhoeven\n\n{bio}"
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert "fifteen years" not in ext.text
    assert ext.text.endswith("end of the month.")


def test_recommended_content_after_the_article_is_an_end_section():
    raw = (
        f"{_article()}\n\nRecommended content\n\nBuilding a garden shed\n\n"
        "Learn how to plan a shed that lasts through every winter.\n\nPainting old doors\n\n"
        "Find the right paint for wood that has seen a few storms."
    )
    ext = clean_text(raw)
    _check_removals(raw, ext)
    assert ext.text == _article()


def test_recommended_courses_inside_a_list_of_courses_are_kept():
    # "Recommended courses:" heads a section of a guide to courses, not a list of other pages
    raw = (
        f"{_PARAS[0]}\n\n{_PARAS[1]}\n\nRecommended courses:\n\nHarbour Sailing Basics\n\n"
        f"{_PARAS[2]}\n\n{_PARAS[3]}"
    )
    ext = clean_text(raw)
    assert "Recommended courses:" in ext.text and _PARAS[3] in ext.text
