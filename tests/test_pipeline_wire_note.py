"""A wire story's bracketed note, removed from the body, is kept in `metadata.wire_note`."""

from __future__ import annotations

from newsgraph.pipeline import process
from newsgraph.records import RawItem

BODY = (
    "Harl port reopens after storm\n\n"
    "{note}"
    "HARL, March 3 (Norvik Wire) - The port of Harl reopened on Tuesday after a storm closed "
    "it for four days, the harbour authority said, and 14 ships entered before noon.\n\n"
    "Harbour master Lena Orr said crews had cleared the main channel overnight and that the "
    "smaller berths would open on Wednesday once divers had checked the quay walls.\n"
)


def _article(note: str):
    raw = RawItem(source="wire.txt", kind="text", content=BODY.format(note=note).encode())
    [article] = process(raw)
    return article


def test_a_correction_note_is_kept_in_the_metadata_and_not_in_the_text():
    art = _article("(Corrects number of ships in paragraph 1 to 14, not 41)\n\n")
    assert art.metadata["wire_note"] == {
        "text": "(Corrects number of ships in paragraph 1 to 14, not 41)",
        "kind": "correction",
    }
    assert "Corrects" not in art.text


def test_no_note_no_key():
    assert "wire_note" not in _article("").metadata
