"""A wire's bracketed note on its version (`(Corrects …)`, `(Updates with …)`) among a text's
first lines is a correction or update notice of the dossier, of the kind the cleaner gives it,
so the Corrected column is filled by it; the same shape deeper in the text, or a bracket of
news, is none. Invented text."""

from __future__ import annotations

from dossier_support import article

from newsgraph.compare.notices import amendments, corrections

BODY = (
    "SALTMERE, March 4 (XNA) - The harbour board of Saltmere approved a 40 million crown dredging "
    "plan on Tuesday, its chair said.\n\n"
    "Work on the eastern channel is due to start in June, the board said."
)


def test_a_bracketed_correction_note_over_the_story_is_a_correction_notice():
    text = "(Corrects dredging cost in first paragraph)\n\n" + BODY
    [n] = corrections(text)
    assert n["kind"] == "correction"
    assert text[n["start"] : n["end"]] == "(Corrects dredging cost in first paragraph)"
    # it names no wrong or right text: it replaces nothing in the body
    assert amendments(text)[0]["changed"] == set()


def test_a_bracketed_update_note_after_the_headline_is_an_update_notice():
    text = "Saltmere backs dredging plan\n(Updates with harbour board chair's comments)\n\n" + BODY
    assert [(n["kind"], n["text"]) for n in corrections(text)] == [
        ("update", "(Updates with harbour board chair's comments)")
    ]


def test_a_note_that_updates_and_clarifies_is_a_correction():
    text = "(Updates with dates; clarifies channel in paragraph 2)\n\n" + BODY
    assert [n["kind"] for n in corrections(text)] == ["correction"]


def test_the_bracketed_shape_deep_in_the_text_or_a_bracket_of_news_is_no_notice():
    late = BODY + "\n\nThe board met twice.\n\nIt voted 5-2.\n\n(Adds a second dredger in May)"
    assert corrections(late) == []
    assert corrections("(The board met in private)\n\n" + BODY) == []


def test_the_dossier_shows_the_wire_note_in_the_corrected_column():
    from newsgraph.compare.bundle import StoryBundle
    from newsgraph.compare.dossier import assemble
    from newsgraph.compare.render import render_markdown

    arts = [
        article("a", "Harbour Wire", "(Corrects dredging cost in first paragraph)\n\n" + BODY),
        article("b", "Saltmere Echo", BODY),
    ]
    story = {"id": "s-1", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, []))
    wire = next(a for a in d["articles"] if a["outlet"] == "Harbour Wire")
    assert [n["kind"] for n in wire["corrections"]] == ["correction"]
    assert [c["outlet"] for c in d["coverage"]["corrections"]] == ["Harbour Wire"]
    row = next(ln for ln in render_markdown(d).splitlines() if ln.startswith("| Harbour Wire"))
    assert row.rstrip(" |").split("|")[-1].strip().startswith("correction")
