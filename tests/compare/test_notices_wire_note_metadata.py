"""A wire note the cleaner took off the story, kept in `metadata.wire_note`, is a notice of the
dossier with no span in the text (`notices.article_notices`): it fills the Corrected column and
the coverage's corrections, and the renderers list it without highlighting or linking a span.
Every text here is invented."""

from __future__ import annotations

from dossier_support import article

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.notices import article_notices
from newsgraph.compare.render import render_html, render_markdown

BODY = (
    "HOLLIN VALE, May 3 (TNW) - The water board of Hollin Vale agreed on Monday to raise the "
    "Tarrow reservoir dam by two metres at a cost of 18 million crowns, its chair said.\n\n"
    "Work on the wall is due to begin after the spring floods, the board said."
)
NOTE = "(Corrects cost of dam project in paragraph 1 to 18 million crowns, not 8 million)"


def _dossier(note: object) -> dict:
    wire = article("a", "Tarrow Newswire", BODY)
    if note is not None:
        wire["metadata"] = {"wire_note": note}
    arts = [wire, article("b", "Vale Courier", BODY.replace("Monday", "Monday evening"))]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    return assemble(StoryBundle(story, arts, []))


def test_the_kept_wire_note_is_a_notice_without_a_span():
    d = _dossier({"text": NOTE, "kind": "correction"})
    wire = next(a for a in d["articles"] if a["outlet"] == "Tarrow Newswire")
    assert wire["corrections"] == [{"kind": "correction", "text": NOTE, "start": None, "end": None}]
    assert [(c["outlet"], c["kind"]) for c in d["coverage"]["corrections"]] == [
        ("Tarrow Newswire", "correction")
    ]


def test_markdown_shows_it_in_the_corrected_column_and_lists_it_with_no_span():
    md = render_markdown(_dossier({"text": NOTE, "kind": "update"}))
    row = next(ln for ln in md.splitlines() if ln.startswith("| Tarrow Newswire"))
    assert row.rstrip(" |").endswith("update")
    assert "(Corrects cost of dam project" in md and "(not in the text)" in md
    assert ":None-None]" not in md


def test_html_lists_it_without_a_link_or_a_highlight():
    page = str(render_html(_dossier({"text": NOTE, "kind": "correction"})))
    plain = str(render_html(_dossier(None)))
    assert "(Corrects cost of dam project" in page and "(not in the text)" in page
    assert "-None-None" not in page
    # no span of the text is marked as a notice: only the legend and the style name the class
    assert page.count("hl-notice") == plain.count("hl-notice")


def test_no_note_or_a_malformed_one_adds_no_notice():
    for note in (None, {"text": NOTE, "kind": "retraction"}, {"kind": "update"}, "(Corrects x)"):
        d = _dossier(note)
        assert d["coverage"]["corrections"] == [], note


def test_a_note_the_text_still_prints_is_listed_once():
    a = article("c", "Tarrow Newswire", NOTE + "\n\n" + BODY)
    a["metadata"] = {"wire_note": {"text": NOTE, "kind": "correction"}}
    [n] = article_notices(a)
    assert n["start"] == 0
