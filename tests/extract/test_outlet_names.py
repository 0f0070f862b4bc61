"""Outlet names come from the article's own input and one outlet has one name (session 7)."""

from extract_support import BODY as _BODY

from newsgraph.extract.outlets import site_name
from newsgraph.extract.textclean import clean_text


def test_acronym_with_generic_word_is_the_acronym():
    assert site_name("TRV News") == site_name("TRV") == "TRV"
    assert site_name("TRV Online") == "TRV"
    assert site_name("Harbour News") == "Harbour News"  # not an acronym: kept whole


def test_masthead_names_the_outlet_when_the_host_spells_it():
    raw = (
        "TRV - Tessaly Radio Voice\n"
        "English | Deutsch\n"
        "Council closes ferry pier for four months of repairs\n"
        "Original url: https://www.trv.example/local/2025/04/02/ferry-pier\n\n" + _BODY
    )
    assert clean_text(raw).outlet == "TRV"


def test_masthead_without_url_needs_a_menu_after_it():
    page = "Skip to content\nThe Harbourline Gazette\nHome | Local | Sport\n"
    page += "Council closes ferry pier\n\n"
    assert clean_text(page + _BODY).outlet == "The Harbourline Gazette"
    # a first line with no navigation around it is not taken for a masthead
    bare = "The Harbourline Gazette\nCouncil closes ferry pier\n\n"
    assert clean_text(bare + _BODY).outlet is None
