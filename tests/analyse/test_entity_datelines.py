"""Session 13, product review 13: entities.

- a dateline is no part of the name after it (`KERROW - Ostrenia will …`, NER's ORG over both),
  and the name opening the paragraph after a dateline is a mention though NER left it bare;
- a company named by its trade (`Halvery Shipping`) is no person;
- a military rank of two words (`Rear Admiral`) before a name makes a person, whatever NER
  tagged the span;
- a country NER tags PERSON at some mentions is one place when the article gives it a
  country's cue (`X's foreign ministry`, `X nationals`, `an X-flagged tanker`);
- `X's foreign ministry` is an organisation for a country the tables lack too, named with the
  demonym the article uses (`Ostrenian navy`), which its other form then joins;
- linking one article at a time: a new place key takes over a one-word person key of its word
  that only bare names had (`Velmark will not accept it` stored before `in Velmark`).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.linking import Linker, link_entities
from newsgraph.records import Entity, EntityMention


def _by_name(entities):
    return {(e.name, e.type): e for e in entities}


def _starts(entity) -> set[int]:
    return {m.start for m in entity.mentions}


LEAD = (
    "Deal reached in Varnholt\n\n"
    "KERROW - Ostrenia will release nine fishermen on Monday under a deal reached late on "
    "Friday, but the trawler's captain will stay in Kerrow.\n\n"
    "Ostrenia says the boat was fishing illegally."
)


def test_name_after_a_dateline_is_a_mention(nlp):
    found = _by_name(extract_entities(nlp(LEAD)))
    assert ("Kerrow", "GPE") in found
    assert LEAD.index("Ostrenia will") in _starts(found[("Ostrenia", "GPE")])


def test_dateline_ner_glued_to_the_name_is_cut_off(nlp):
    doc = nlp(LEAD)
    at = next(t.i for t in doc if t.text == "KERROW")
    assert [t.text for t in doc[at : at + 3]] == ["KERROW", "-", "Ostrenia"]
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= at + 3] + [
        Span(doc, at, at + 3, label="ORG")
    ]
    entities = extract_entities(doc)
    assert not any("-" in e.name or "KERROW" in e.name for e in entities)
    found = _by_name(entities)
    assert LEAD.index("Ostrenia will") in _starts(found[("Ostrenia", "GPE")])


def test_company_named_by_its_trade_is_no_person(nlp):
    text = (
        "Coast guards boarded the Grey Heron on Monday. Halvery Shipping, which operates "
        "the ship, said it had broken no rule."
    )
    found = _by_name(extract_entities(nlp(text)))
    assert ("Halvery Shipping", "ORG") in found
    assert ("Halvery Shipping", "PERSON") not in found


def test_two_word_rank_before_a_name_makes_a_person(nlp):
    text = (
        '"The boat was stopped lawfully," Rear Admiral Tessa Brannock said in a statement '
        "carried by state radio."
    )
    found = _by_name(extract_entities(nlp(text)))
    person = found[("Tessa Brannock", "PERSON")]
    assert person.roles == ["Rear Admiral"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Velmark demanded the release of the trawler on Wednesday. Velmark's foreign "
            "ministry summoned the envoy. Twelve Velmark nationals are among the crew. "
            "Velmark puts the number at 14.",
            "Velmark",
            id="foreign-ministry-and-nationals",
        ),
        pytest.param(
            "A Marvell-flagged tanker was seized on Tuesday. Marvell will not accept it, the "
            "minister said.",
            "Marvell",
            id="flagged",
        ),
    ],
)
def test_country_cue_makes_one_place(nlp, text, name):
    entities = extract_entities(nlp(text))
    assert [e.type for e in entities if e.name == name] == ["GPE"]


def test_possessive_ministry_of_an_unlisted_country_is_an_organisation(nlp):
    text = (
        "Negotiators from Dravonia and Ostrenia met in Hollin. Dravonia puts the number at 24. "
        "Dravonia's foreign ministry said it would not pay any fine."
    )
    found = _by_name(extract_entities(nlp(text)))
    org = found[("Dravonia's foreign ministry", "ORG")]
    assert org.country is None
    assert ("Dravonia", "GPE") in found


def test_possessive_and_demonym_forms_are_one_organisation(nlp):
    """`Ostrenia's navy` is named by the demonym the article uses, so `the Ostrenian navy`
    in another sentence is the same organisation, not the country's mention."""
    text = (
        "The Ostrenian navy seized a trawler near Kerrow on Tuesday. Ostrenia's navy said the "
        "boat had been fishing illegally in Ostrenian waters."
    )
    entities = extract_entities(nlp(text))
    orgs = [e for e in entities if e.type == "ORG"]
    assert [(e.name, len(e.mentions)) for e in orgs] == [("Ostrenian navy", 2)]
    place = _by_name(entities)[("Ostrenia", "GPE")]
    assert all("navy" not in m.text for m in place.mentions)


def _entity(name: str, type_: str, role: str | None = None) -> Entity:
    mentions = [EntityMention(name, 0, len(name), "name")]
    if role:
        mentions.append(EntityMention(role, 0, len(role), "title"))
    return Entity(name, type_, mentions, [], [role] if role else [], None, None, None, name)


def test_place_takes_over_an_earlier_bare_person_key_of_its_word():
    """`Velmark will not accept it` (PERSON) stored before an article made Velmark a place:
    the later place key takes the person key over, as the batch rule joins them."""
    linker = Linker()
    first, _ = linker.link_article("a1", [_entity("Velmark", "PERSON")])
    assert first == {0: "person:velmark"}
    second, _ = linker.link_article("a2", [_entity("Velmark", "GPE")])
    assert second == {0: "gpe:velmark"}
    assert linker.rekeyed["person:velmark"].key == "gpe:velmark"
    batch, _ = link_entities(
        [("a1", [_entity("Velmark", "PERSON")]), ("a2", [_entity("Velmark", "GPE")])]
    )
    assert set(batch.values()) == {"gpe:velmark"}


def test_a_titled_person_key_stays_when_a_place_of_its_word_comes():
    linker = Linker()
    linker.link_article("a1", [_entity("Velmark", "PERSON", role="Senator")])
    linker.link_article("a2", [_entity("Velmark", "GPE")])
    assert "person:velmark" not in linker.rekeyed
