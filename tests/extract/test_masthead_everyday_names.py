"""A broadcaster's masthead holds a name of its own (`Radio Vantor`), not a kicker's everyday
words (`Radio Interview`, `TV Tonight`); a section word that sits beside a site's name in a feed
title (`Harbour Times - Metro`) is still a paper's whole name alone (`Metro`, `Metro News`)."""

from __future__ import annotations

import pytest

from newsgraph.extract import extract
from newsgraph.extract.outlets import is_section, site_name, title_site
from newsgraph.extract.textclean import publication_name
from newsgraph.records import RawItem

BODY = (
    "The harbour minister, Ole Brandt, defended the budget on Monday in a long interview, saying "
    "the port needed new cranes before the winter season began in earnest.\n\nHe said the money "
    "would come from fees paid by shipping lines over the next decade."
)


@pytest.mark.parametrize("kicker", ["Radio Interview", "TV Tonight"])
def test_a_kicker_over_the_headline_is_no_outlet(kicker):
    text = f"{kicker}\n\nMinister defends the harbour budget\n\n24 November 2026\n\n{BODY}"
    raw = RawItem("a.txt", "text", text.encode(), {"url": "https://harbourtimes.example/a"})
    assert extract(raw).outlet != kicker
    assert not publication_name(kicker)


def test_a_broadcaster_with_a_name_of_its_own_is_a_masthead():
    assert publication_name("Radio Vantor") and publication_name("Harlow Radio")


def test_metro_alone_is_a_paper_beside_a_site_a_section():
    assert not is_section("Metro") and not is_section("Metro News")
    assert title_site("Council shuts the ferry pier | Metro") == "Metro"
    assert site_name("Harbour Times - Metro") == "Harbour Times"
