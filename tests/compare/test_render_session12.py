"""Session 12 on rendering the dossier: a figure a report's own correction replaced is shown as
corrected from the body's figure, a report's own clause riding on a shared sentence points at
that shared row, and a paraphrase whose figure changed is flagged like a variant."""

from __future__ import annotations

import re
from typing import Any

import pytest
from dossier_support import article as _art
from ledger_support import OTHERS, quote

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import anchor, render_html, render_markdown

A = (
    "Coast guard patrols seized 52 trawlers off the Velmar banks on Monday, the ministry said."
    '\n\nMayor Oren Tallis said "half of the old town is gone" after the quake.'
)
B = (
    "Coast guard patrols seized 40 trawlers off the Velmar banks on Monday, the fisheries "
    "ministry said.\n\n"
    'Mayor Oren Tallis told reporters that "half of the old town is gone" and that the '
    "town's <script>alert(1)</script> water supply had been cut.\n\n"
    "Correction: An earlier version of this article said the coast guard had seized 40 "
    "trawlers. The coast guard seized 52 trawlers. We regret the error."
)
C = "The coast guard seized 40 trawlers off the Velmar banks on Monday, the ministry said."

TOLL = "the death toll from the landslide that buried the lower village rose to 40 on Tuesday"
KILLED = "at least 14 people have been killed in the landslide that buried the lower village"


def _story(arts: list[dict[str, Any]], quotes: list[dict[str, Any]] = ()) -> dict[str, Any]:
    story = {"id": "s-r", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return assemble(StoryBundle(story, arts, list(quotes), [], []))


@pytest.fixture(scope="module")
def claims() -> dict[str, Any]:
    arts = [_art("a", "Orsa Courier", A), _art("b", "Kelmor Daily", B), _art("c", "Tarn Post", C)]
    return _story(arts)


def _quoted(qid: str, art: dict[str, Any], words: str) -> dict[str, Any]:
    rec = quote(qid, art["id"], words, "indirect", "Mira Oss")
    rec["start"] = art["text"].index(words)
    rec["end"] = rec["start"] + len(words)
    return rec


@pytest.fixture(scope="module")
def ledger() -> dict[str, Any]:
    """One toll told as 40 by one report and as 14 killed by another, among other statements
    that weigh the words as in a real story."""
    arts = [
        _art("a", "Orsa Courier", f"Governor Mira Oss said {TOLL}.\n\nRoads were closed."),
        _art("b", "Kelmor Daily", f"Governor Mira Oss said {KILLED}.\n\nSchools shut early."),
    ]
    quotes = [_quoted("1", arts[0], TOLL), _quoted("2", arts[1], KILLED)]
    for n, other in enumerate(OTHERS):
        art = _art(chr(ord("c") + n), f"Outlet {n}", f"Officials said {other['text']}.")
        arts.append(art)
        quotes.append(_quoted(f"o{n}", art, other["text"]))
    return _story(arts, quotes)


def _corrected(d: dict[str, Any]) -> dict[str, Any]:
    (v,) = [v for c in d["conflicts"] for v in c["values"] if v.get("corrects")]
    return v


def test_markdown_shows_a_corrected_figure_and_the_figure_it_replaced(claims):
    v = _corrected(claims)
    old = v["corrects"]
    md = render_markdown(claims)
    assert (
        f"**52** [bbbbbbbb:{v['start']}-{v['end']}] "
        f"(corrected from 40 [bbbbbbbb:{old['start']}-{old['end']}])"
    ) in md
    assert B[old["start"] : old["end"]] == "40 trawlers"


def test_html_links_a_corrected_figure_to_the_body_figure_it_replaced(claims):
    v = _corrected(claims)
    old = v["corrects"]
    html = render_html(claims)
    target = anchor(v["article"], old["start"], old["end"])
    assert f'(corrected from <a href="#{target}">40</a>)' in html
    assert f'<a id="{target}"></a><span class="hl-superseded">40 trawlers</span>' in html
    # The value itself is still linked and marked at the correction's figure.
    assert f'<a href="#{anchor(v["article"], v["start"], v["end"])}">' in html


def test_a_riding_clause_points_at_its_shared_row_in_markdown(claims):
    (own,) = [c for c in claims["unique"]["b" * 16] if c.get("part_of")]
    md = render_markdown(claims)
    (row,) = [i for i, c in enumerate(claims["shared"], 1) if c["id"] == own["part_of"]]
    assert f"(2 reports): **S{row}**\n" in md
    shared_block = md.split(f"**S{row}**\n")[1].split("\n- ")[0]
    assert "half of the old town is gone" in shared_block
    (line,) = [ln for ln in md.splitlines() if "water supply had been cut" in ln and "S" in ln]
    assert line.endswith(f"— the later part of a sentence in shared claim S{row}")


def test_a_riding_clause_links_to_its_shared_row_in_html(claims):
    (own,) = [c for c in claims["unique"]["b" * 16] if c.get("part_of")]
    html = render_html(claims)
    assert f'<tr id="{own["part_of"]}">' in html
    assert f'<a href="#{own["part_of"]}">shared claim S' in html


def test_guard_a_riding_clause_whose_row_is_missing_renders_without_a_link(claims):
    """A dossier edited or trimmed by hand: the claim is listed, with no dangling link."""
    d = {**claims, "shared": []}
    html = render_html(d)
    md = render_markdown(d)
    assert "a sentence in" not in html and "a sentence in" not in md
    assert "water supply had been cut" in md


def test_guard_article_text_in_the_new_rows_is_escaped(claims):
    html = render_html(claims)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; water supply" in html


def test_a_flagged_paraphrase_group_is_marked_in_html(ledger):
    (g,) = [g for g in ledger["quote_groups"] if "1" in g["quotes"]]
    assert g["relation"] == "paraphrase" and g["flagged"]
    html = render_html(ledger)
    box = re.search(rf'<div class="group flagged" id="{g["id"]}">(.*?)\n</div>', html, re.S)
    assert box is not None
    head = box.group(1).split('<div class="member">')[0]
    assert '<span class="flag"' in head and "⚑" in head
    assert "⚑ number changed: " in box.group(1)


def test_a_flagged_paraphrase_group_is_marked_in_markdown(ledger):
    md = render_markdown(ledger)
    assert "- **paraphrase** ⚑ — Mira Oss (2 reports)" in md
    (line,) = [ln for ln in md.splitlines() if "“at least 14 people have been killed" in ln]
    assert line.startswith("  - paraphrase · Kelmor Daily") and "— ⚑ number changed: " in line
    # A group of one report says so in the singular.
    assert "(1 report)" in md and "(1 reports)" not in md
