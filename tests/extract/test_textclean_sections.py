"""Session 12: a heading over another heading is a teaser only where the body has one such pair;
a guide whose sections each open with a heading and a subheading keeps them."""

# ruff: noqa: E501 - the fixtures are scraped lines, as long as real ones

from __future__ import annotations

from extract_support import PARAS, article

from newsgraph.extract.textclean import clean_text

SECTIONS = [
    (
        "Cafe Marlin serves the best harbour breakfast",
        "Where to find it: Pier Road",
        "The cafe opens at seven and serves smoked fish on rye bread, with tables on the quay when the weather allows it.",
    ),
    (
        "The old ferry house now bakes bread daily",
        "Where to find it: Ferry Lane",
        "The bakery took over the waiting room of the ferry house and sells its rye loaves until they run out, usually by noon.",
    ),
    (
        "Lighthouse Kitchen cooks the catch of the day",
        "Where to find it: North Mole",
        "The kitchen buys its fish from the boats that land in the morning and writes the menu on a board by the door.",
    ),
]


def _guide() -> str:
    parts = [article(PARAS[:2])]
    for head, sub, prose in SECTIONS:
        parts += [head, sub, prose]
    parts.append(article(PARAS[2:]))
    return "\n\n".join(parts)


def test_section_headings_of_a_guide_are_kept():
    ext = clean_text(_guide())
    for head, sub, _ in SECTIONS:
        assert f"\n\n{head}\n\n" in ext.text
        assert f"\n\n{sub}\n\n" in ext.text
    assert not [r for r in ext.removals if r.reason == "teaser"]


def test_one_heading_over_a_subheading_is_still_a_teaser():
    head, sub, prose = SECTIONS[0]
    raw = "\n\n".join([article(PARAS[:2]), head, sub, prose, article(PARAS[2:])])
    ext = clean_text(raw)
    assert head not in ext.text and f"\n\n{sub}\n\n" in ext.text
    assert [r.text for r in ext.removals if r.reason == "teaser"] == [head]
