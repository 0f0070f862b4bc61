"""A digest (a newsletter with item headings, a wire briefs page with datelines) splits into its
items; an article with subheadings, or a guide's undated entries, stays one text."""

from __future__ import annotations

import digest_support as ds
import pytest

from newsgraph.extract import extract
from newsgraph.extract.digest import split_digest
from newsgraph.records import RawItem


def _extracted(text: str, kind: str = "text"):
    return extract(RawItem("d." + ("html" if kind == "html" else "txt"), kind, text.encode()))


def test_newsletter_items_under_headings_split():
    items = split_digest(_extracted(ds.NEWSLETTER_HTML, "html"))
    assert items is not None
    assert [i.title for i in items] == [
        "Ferry pier closes for repairs",
        "Central bank holds its rate",
        "Harlow Rovers reach the cup final",
    ]
    assert items[1].text.startswith("The Bank of Ostmark kept")
    assert all("Good evening" not in i.text and "See you" not in i.text for i in items)
    assert {i.byline for i in items} == {"Ines Valdor"}


def test_briefs_opened_by_datelines_split():
    parent = _extracted(ds.BRIEFS)
    items = split_digest(parent)
    assert items is not None and len(items) == 4
    assert items[2].text.startswith("MERRIN FALLS, Nov 20 (NWS) — The regional court")
    # an item with no heading is titled by its first sentence, without the dateline
    assert items[1].title.startswith("A landslide blocked the coastal railway")
    # the parent's furniture audit stays with the first item only
    assert items[0].removals == parent.removals and not items[1].removals


@pytest.mark.parametrize("text", [ds.FEATURE, ds.FEATURE_NO_LEAD], ids=["lead", "no lead"])
def test_article_with_subheadings_does_not_split(text):
    assert split_digest(_extracted(text)) is None


def test_guide_entries_without_news_do_not_split():
    assert split_digest(_extracted(ds.GUIDE)) is None


def test_short_preamble_is_kept_as_a_removal_of_the_first_item():
    text = ds.BRIEFS.replace(
        "PORT AVEL,", "In today's briefs: a walkout ends, a landslide, a verdict.\n\nPORT AVEL,", 1
    )
    items = split_digest(_extracted(text))
    assert items is not None and len(items) == 4
    [preamble] = [r for r in items[0].removals if r.reason == "digest preamble"]
    assert preamble.text == "In today's briefs: a walkout ends, a landslide, a verdict."
    assert preamble.start == -1


def test_briefs_naming_one_country_in_two_items_still_split():
    text = ds.BRIEFS.replace("the union said", "the Osterlandic dockers' union said").replace(
        "the electoral commission said", "the Osterlandic electoral commission said"
    )
    assert text.count("Osterlandic") == 2
    items = split_digest(_extracted(text))
    assert items is not None and len(items) == 4
