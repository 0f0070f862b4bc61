"""A state's act written where NER tagged nothing (`Velmora vetoes ceasefire` in the headline)
is a country's cue for the name's other mentions: the name opening the paragraph after a
dateline (`PORT ASHEN - Velmora blocked …`) is then a place of its own beside the dateline's."""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities

TEXT = (
    "Velmora vetoes ceasefire as Kessel waits\n\n"
    "PORT ASHEN - Velmora blocked a council resolution on Friday that would have ordered a "
    "truce in the Darrow valley.\n\n"
    "Twelve of the council's 13 members voted for the text; Velmora alone voted against."
)


def _as_people_word(doc, word: str):
    """NER's reading seen in such texts: the name tagged NORP at its last use only."""
    last = max(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if word not in e.text] + [Span(doc, last, last + 1, "NORP")]
    return doc


def test_headline_state_act_makes_the_lead_name_after_a_dateline_a_place(nlp):
    entities = extract_entities(_as_people_word(nlp(TEXT), "Velmora"))
    found = {(e.name, e.type): e for e in entities}
    assert ("Port Ashen", "GPE") in found
    starts = {m.start for m in found[("Velmora", "GPE")].mentions}
    assert TEXT.index("Velmora blocked") in starts
    assert not any("PORT" in e.name or " - " in e.name for e in entities)


def test_a_person_who_vetoes_a_bill_gets_no_place_cue(nlp):
    text = (
        "Marlow vetoes housing bill\n\n"
        "Governor Ines Marlow vetoed the housing bill on Friday.\n\n"
        "Marlow said the bill cost too much."
    )
    found = {(e.name, e.type) for e in extract_entities(nlp(text))}
    assert ("Marlow", "GPE") not in found


BODY = (
    "PORT ASHEN - Velmora blocked a council resolution on Friday that would have ordered a "
    "truce in the Darrow valley.\n\n"
    "Twelve of the council's 13 members voted for the text; Velmora alone voted against.\n\n"
    "Velmora said the text was one-sided."
)


def test_the_lead_after_a_dateline_stays_a_mention_when_ner_reads_its_uses_apart(nlp):
    """NER's `PORT ASHEN - Velmora` (GPE), then `Velmora` NORP and ORG: the lead name is
    cut from the dateline and kept, not dropped for want of one label elsewhere."""
    doc = nlp(BODY)
    uses = [t.i for t in doc if t.text == "Velmora"]
    ents = [e for e in doc.ents if "Velmora" not in e.text and e.start > uses[0]]
    doc.ents = [
        *ents,
        Span(doc, 0, uses[0] + 1, "GPE"),
        Span(doc, uses[1], uses[1] + 1, "NORP"),
        Span(doc, uses[2], uses[2] + 1, "ORG"),
    ]
    entities = extract_entities(doc)
    assert ("Port Ashen", "GPE") in {(e.name, e.type) for e in entities}
    velmora = {m.start for e in entities if e.name == "Velmora" for m in e.mentions}
    assert BODY.index("Velmora blocked") in velmora
    assert not any("PORT" in e.name or " - " in e.name for e in entities)
