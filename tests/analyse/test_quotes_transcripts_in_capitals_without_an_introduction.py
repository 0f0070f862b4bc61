"""A short transcript whose labels are full names in capitals, with no paragraph introducing
anyone (the case round 1 of session 20 noted): NER does not read `ILSE DORN` as a person, so
the block was no transcript and the host's question became a quote. A capitalised label that
can only be a name (no English word, role or section label in it) is the person, written as
names are. Names invented."""

from __future__ import annotations

from quote_support import only, quotes

_TURNS = (
    "TOMAS VREL: Mayor, will the wall hold?\n\n"
    "ILSE DORN: It will hold. It was built for a flood twice the size of the last one.\n\n"
    "TOMAS VREL: And the cost?\n\n"
    "ILSE DORN: Twelve million, and every cent was in the budget.\n"
)


def test_a_capitalised_full_name_label_is_the_persons_direct_quote(nlp):
    found = quotes(nlp, _TURNS)
    for fragment in ("It will hold", "Twelve million"):
        q = only(found, fragment)
        assert (q.kind, q.speaker_name) == ("direct", "Ilse Dorn")


def test_the_hosts_questions_are_no_quotes(nlp):
    assert not [q for q in quotes(nlp, _TURNS) if "wall hold?" in q.text or "cost" in q.text]


def test_a_label_of_common_words_is_no_name(nlp):
    text = (
        "Residents asked the council about the wall.\n\n"
        "FLOOD DESK: The river rose by two metres overnight in Karva and the roads are shut.\n"
    )
    assert not [q for q in quotes(nlp, text) if q.speaker_name == "Flood Desk"]
