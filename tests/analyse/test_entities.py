"""Entities of one article: cleaned mentions, grouped per referent, with roles and countries."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities
from newsgraph.extract import clean_text
from newsgraph.records import Entity

TEXT = (
    "Russian President Ortwin Valdemar met Chinese President Liang Mercer in Samarkand on "
    "Thursday. Valdemar praised Beijing's stance, while Tehran said it would join the group.\n\n"
    "The Russian president later spoke to reporters. Mercer said the talks were useful, and the "
    "Chinese leader thanked the hosts.\n\n"
    "Taiwan's foreign ministry criticised the meeting. Hedda Quist, a senior fellow with the "
    "Asia program at the Baltic Policy Institute, said the Kremlin wanted allies. Quist added "
    "that the Northern Fisheries Council (NFC) would meet again; the NFC is based in Oslo."
)


@pytest.fixture(scope="module")
def entities(nlp) -> list[Entity]:
    return extract_entities(nlp(TEXT))


def by_name(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert found, f"{name} not in {[e.name for e in entities]}"
    return found[0]


def mentions(e: Entity) -> set[tuple[str, str]]:
    return {(m.text, m.link) for m in e.mentions}


def test_spans_index_the_text(entities) -> None:
    for e in entities:
        for m in e.mentions:
            assert TEXT[m.start : m.end] == m.text


def test_person_with_title_surname_and_description(entities) -> None:
    v = by_name(entities, "Ortwin Valdemar")
    assert v.type == "PERSON" and v.country == "RUS"
    assert "Russian President" in v.roles
    assert {
        ("Valdemar", "name"),
        ("Russian President", "title"),
        ("The Russian president", "description"),
    } <= mentions(v)
    m = by_name(entities, "Liang Mercer")
    assert m.country == "CHN"
    assert ("Mercer", "name") in mentions(m)
    assert any(x.link == "description" and "Chinese leader" in x.text for x in m.mentions)


def test_apposition_is_a_role(entities) -> None:
    q = by_name(entities, "Hedda Quist")
    assert q.roles == ["senior fellow with the Asia program at the Baltic Policy Institute"]
    assert ("Quist", "name") in mentions(q)


def test_capitals_and_buildings_as_governments(entities) -> None:
    china = by_name(entities, "China")
    assert china.country == "CHN" and ("Beijing", "metonym") in mentions(china)
    assert ("Chinese", "name") in mentions(china)
    assert ("Tehran", "metonym") in mentions(by_name(entities, "Iran"))
    assert ("Kremlin", "metonym") in mentions(by_name(entities, "Russia"))


def test_places_are_geocoded_with_the_story(entities) -> None:
    samarkand = by_name(entities, "Samarkand")
    assert samarkand.country == "UZB" and samarkand.lat and samarkand.lon
    assert by_name(entities, "Oslo").country == "NOR"


def test_institutions_and_acronyms(entities) -> None:
    assert by_name(entities, "Taiwan's foreign ministry").country == "TWN"
    council = by_name(entities, "Northern Fisheries Council")
    assert ("NFC", "name") in mentions(council)


def test_line_breaks_split_spans(nlp) -> None:
    text = "Talks with Ortwin Valdemar ended.\n\nValdemar Harbour\nwas quiet."
    for e in extract_entities(nlp(text)):
        assert all("\n" not in m.text for m in e.mentions)


def test_no_leading_article_or_possessive(nlp) -> None:
    text = "The Northern Fisheries Council's chief met Liang Mercer's aides in Oslo."
    for e in extract_entities(nlp(text)):
        for m in e.mentions:
            assert not m.text.lower().startswith("the ") and not m.text.endswith("'s")


def test_two_people_sharing_a_surname(nlp) -> None:
    text = (
        "Mira Okonkwo met Dele Okonkwo in Lagos. Dele Okonkwo spoke first. "
        "Okonkwo said the deal was close."
    )
    ents = extract_entities(nlp(text))
    dele = by_name(ents, "Dele Okonkwo")
    mira = by_name(ents, "Mira Okonkwo")
    assert ("Okonkwo", "name") in mentions(dele)  # the latest one named before
    assert ("Okonkwo", "name") not in mentions(mira)


def test_deterministic(nlp) -> None:
    assert extract_entities(nlp(TEXT)) == extract_entities(nlp(TEXT))


# -- the seeds: every surname, title and description links to the full name --------------------

DW = {
    "Xi Jinping": {"Xi", "Chinese President", "Chinese leader"},
    "Vladimir Putin": {"Putin", "The Russian president", "The Russian leader"},
    "Ebrahim Raisi": {"Raisi", "Iranian President"},
    "Andrew Small": {"Small"},
    "Yuri Ushakov": {"Kremlin foreign policy adviser"},
}
MT = {
    "Ebrahim Raisi": {"Raisi", "the Iranian leader"},
    "Xi Jinping": {"Xi", "The Chinese leader"},
    "Alexander Lukashenko": {"Lukashenko"},
    "Recep Tayyip Erdogan": {"Erdogan", "Turkish President"},
    "Vladimir Putin": {"Putin", "the Russian leader"},
    "Shehbaz Sharif": {"Sharif"},
}


@pytest.mark.parametrize(
    ("seed", "expected"), [("000_6ae991318aee8f7d.txt", DW), ("002_78853b16a3a298c3.txt", MT)]
)
def test_seed_aliases(nlp, seeds_dir, seed: str, expected: dict[str, set[str]]) -> None:
    text = clean_text((seeds_dir / seed).read_text(encoding="utf-8")).text
    ents = extract_entities(nlp(text))
    for name, aliases in expected.items():
        e = by_name(ents, name)
        assert aliases <= {m.text for m in e.mentions}, name
    people = [e for e in ents if e.type == "PERSON"]
    assert len({e.name for e in people}) == len(people)  # one entity per person
    assert by_name(ents, "Vladimir Putin").country == "RUS"


def test_office_holder_name_gives_the_country(nlp) -> None:
    # No title or demonym: the Phoenix dictionaries know the name (and its other spellings).
    text = "Nouri al-Maliki met Alexander Lukashenko on Monday. Maliki later spoke to Hedda Quist."
    found = extract_entities(nlp(text), published="2010-05-01")
    assert by_name(found, "Nouri al-Maliki").country == "IRQ"
    assert by_name(found, "Alexander Lukashenko").country == "BLR"
    assert by_name(found, "Hedda Quist").country is None
