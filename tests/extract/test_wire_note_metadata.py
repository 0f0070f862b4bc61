"""A wire's bracketed note on its version (`(Corrects …)`, `(Updates with …)`), which the cleaner
takes off the story, is kept as `{text, kind}` (`textclean.wire_note_of`, the article's
`metadata.wire_note`), from pre-scraped text and from HTML alike. Every text here is invented."""

from __future__ import annotations

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text, wire_note_of
from newsgraph.records import Removal

_PARAS = [
    "The water board of Hollin Vale agreed on Monday to raise the Tarrow reservoir dam by two "
    "metres, a project it said would cost 18 million crowns over three years.",
    "Board member Edda Vrane said the higher wall would hold enough water for the valley's "
    "farms through a dry summer, and that work would begin after the spring floods.",
    "Farmers downstream said they had asked for the work for a decade, but warned that the "
    "road over the dam would be closed for much of the building season.",
]
_CORRECTS = "(Corrects cost of dam project in paragraph 1 to 18 million crowns, not 8 million)"
_UPDATES = "(Updates with comment from downstream farmers in paragraph 3)"


def _txt(note: str | None) -> str:
    head = "Hollin Vale to raise Tarrow dam\n\n" + (f"{note}\n\n" if note else "")
    return head + "By Osk Lunden\n\n" + "\n\n".join(_PARAS) + "\n"


def _html(note: str | None) -> str:
    first = f"<p>{note}</p>" if note else ""
    body = "".join(f"<p>{p}</p>" for p in _PARAS)
    return (
        "<html><head><title>Hollin Vale to raise Tarrow dam</title></head><body><article>"
        f"<h1>Hollin Vale to raise Tarrow dam</h1>{first}{body}</article></body></html>"
    )


def test_a_correction_note_over_a_text_story_is_kept_with_its_kind():
    ext = clean_text(_txt(_CORRECTS), select_body=True)
    assert "Corrects" not in ext.text
    assert wire_note_of(ext.removals) == {"text": _CORRECTS, "kind": "correction"}


def test_an_update_note_over_a_text_story_is_kept_as_an_update():
    ext = clean_text(_txt(_UPDATES), select_body=False)
    assert wire_note_of(ext.removals) == {"text": _UPDATES, "kind": "update"}


def test_a_correction_note_opening_an_html_story_is_kept():
    ext = extract_html(_html(_CORRECTS))
    assert "Corrects" not in ext.text
    assert wire_note_of(ext.removals) == {"text": _CORRECTS, "kind": "correction"}


def test_no_note_gives_none():
    assert wire_note_of(clean_text(_txt(None), select_body=True).removals) is None
    assert wire_note_of(extract_html(_html(None)).removals) is None


def test_the_first_note_wins_and_whitespace_is_collapsed():
    removals = [
        Removal(0, 9, "Headline", "title"),
        Removal(10, 40, "(Updates with\n  farmers' comment)", "update notice"),
        Removal(41, 70, "(Corrects cost)", "correction notice"),
    ]
    assert wire_note_of(removals) == {"text": "(Updates with farmers' comment)", "kind": "update"}
    assert wire_note_of([Removal(0, 2, "  ", "correction notice")]) is None
