"""Footnote markers glued to the text they annotate are dropped from the clean text (kept as
removals); a closing `Notes` list of numbered notes, a release's `Notes to editors` and its
closing `Note:` about the document are furniture; a byline keeps no honorific (invented text)."""

from __future__ import annotations

from newsgraph.extract.textclean import clean_text

PARAS = [
    "The river tribunal ruled on Thursday that a handshake deal over fishing rights could not "
    "be read as a binding line on the map between the two valley towns.[1]",
    "Lawyers for both towns had argued for months about whether the old arrangement covered "
    "anything beyond the fishing season, and the tribunal decided that it did not.[2]",
    'Judge Orla Penn warned that the approach "will upset dozens of agreements that nobody '
    'has ever thought to challenge".[3] Her colleagues in the majority disagreed with her.',
    "The ruling follows the tribunal's earlier decision in a dispute between two mill owners, "
    "which it cited at length in its reasons.",
]
NOTES = [
    "Notes",
    "[1] Ruling of 11 March 2027, paras. 40-52.",
    "[2] Ibid., para. 61.",
    "[3] Separate opinion of Judge Penn, para. 7.",
]
HEAD = ["The Quarry Review", "", "What the river ruling means for the valley towns", ""]


def _page(*blocks: list[str] | str) -> str:
    parts = [b if isinstance(b, str) else "\n".join(b) for b in blocks]
    return "\n".join(HEAD) + "\n" + "\n\n".join(parts) + "\n"


def test_glued_footnote_markers_leave_the_text_as_removals():
    got = clean_text(_page(*PARAS))
    assert "[1]" not in got.text and "[3]" not in got.text
    assert 'to challenge". Her colleagues' in got.text
    assert "on the map between the two valley towns." in got.text
    marks = [r.text for r in got.removals if r.reason == "markup residue"]
    assert marks == ["[1]", "[2]", "[3]"]


def test_closing_notes_list_is_furniture():
    got = clean_text(_page(*PARAS, NOTES))
    assert "Ibid" not in got.text and "Notes" not in got.text
    assert got.text.rstrip().endswith("in its reasons.")
    removed = {r.text for r in got.removals if r.reason == "boilerplate"}
    assert "[2] Ibid., para. 61." in removed


def test_a_plain_numbered_list_without_markers_stays():
    paras = [p.replace("[1]", "").replace("[2]", "").replace("[3]", "") for p in PARAS]
    items = ["Notes", "1. Bring a warm coat for the river walk.", "2. Meet at the old mill."]
    got = clean_text(_page(*paras, items))
    assert "Bring a warm coat" in got.text


def test_bracket_numbers_after_a_space_stay():
    paras = [*PARAS[:3], "The tribunal's table lists the votes as | [1] | nine | two | in full."]
    got = clean_text(_page(*paras))
    assert "| [1] |" in got.text


def test_author_bio_after_the_notes_is_furniture_and_byline_has_no_honorific():
    head = "\n".join(HEAD) + "\nBy Dr Mara Quist\n\n"
    bio = "Dr Mara Quist teaches the law of rivers at the University of Lentford."
    got = clean_text(head + "\n\n".join([*PARAS, "\n".join(NOTES), bio]) + "\n")
    assert got.byline == "Mara Quist"
    assert "teaches the law" not in got.text


RELEASE = [
    "The Tribunal today delivered its ruling in the case concerning the Aster river between "
    "the two valley towns, and drew a new line along the middle of the river.",
    "By nine votes to two, the Tribunal found that the old fishing arrangement did not "
    "establish a boundary between the two towns at any point of the river.",
    "Note: The Tribunal's press releases are prepared by its Registry for information "
    "purposes only and do not bind the Tribunal.",
]


def test_release_closing_document_note_is_furniture():
    got = clean_text(_page(*RELEASE))
    assert "prepared by its Registry" not in got.text
    assert "By nine votes to two" in got.text


def test_release_notes_to_editors_are_furniture():
    editors = ["Notes to editors", "The Tribunal was founded in 1951 and sits in Lentford."]
    got = clean_text(_page(*RELEASE[:2], editors))
    assert "founded in 1951" not in got.text
    assert "By nine votes to two" in got.text


def test_closing_line_on_the_author_without_a_bio_verb_stays():
    head = "\n".join(HEAD) + "\nBy Mara Quist\n\n"
    last = "Mara Quist could not reach the tribunal's registry for comment on Friday."
    got = clean_text(head + "\n\n".join([*PARAS, last]) + "\n")
    assert "could not reach the tribunal" in got.text


def test_html_footnote_markers_leave_the_text():
    from newsgraph.extract.html import extract_html

    paras = "".join(f"<p>{p}</p>" for p in PARAS).replace("[1]", "<sup>[1]</sup>")
    page = f"<html><body><article><h1>River ruling</h1>{paras}</article></body></html>"
    got = extract_html(page)
    assert "[1]" not in got.text and "[3]" not in got.text
    assert 'to challenge". Her colleagues' in got.text
    assert sorted(r.text for r in got.removals if r.reason == "markup residue") == [
        "[1]",
        "[2]",
        "[3]",
    ]
    assert not [r for r in got.removals if r.reason == "page text not extracted"]
