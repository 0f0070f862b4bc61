"""Entity labels the product review found wrong: datelines, demonyms and places read as people
or organisations, a surname read as a place. All names here are invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import dateline, extract_entities, label_evidence
from newsgraph.records import Entity

DATELINE = (
    "HARROWGATE/VELMONT, June 3 (NPA) - President Osric Tannel met Corvanian Prime Minister "
    "Edda Lunst in Velmont on Tuesday. Tannel said Corvania's waters were open to fishing "
    "crews. Corvania's government welcomed the talks, and the news agency NPA said the leaders "
    "would meet again in Harrowgate.\n\n"
    "Foreign ministry spokesperson Marit Oskel said the Corvanian coast guard had released "
    "a trawler, the Silver Heron, and Tannel thanked Lunst."
)

TITLED = (
    "Leaders of Marvonia and Ostrel meet over river dispute\n\n"
    "DUNMERE, Marvonia — Marvonian President Anselm Quirke and Ostrelian Chancellor Vida "
    "Harrop met in Dunmere on Monday. Marvonia's ports would reopen, Quirke said. Harrop, who "
    "flew in from Ostrel, said the Marvonian proposal was fair."
)


@pytest.fixture(scope="module")
def first(nlp) -> list[Entity]:
    return extract_entities(nlp(DATELINE))


@pytest.fixture(scope="module")
def second(nlp) -> list[Entity]:
    return extract_entities(nlp(TITLED))


def types_of(entities: list[Entity], name: str) -> set[str]:
    return {e.type for e in entities if e.name.lower() == name.lower()}


def test_dateline_finds_places_and_agency() -> None:
    found = dateline(DATELINE)
    assert found is not None
    assert [p[0] for p in found.places] == ["Harrowgate", "Velmont"]
    for name, a, b in found.places:
        assert DATELINE[a:b] == name.upper()
    assert found.agency is not None and found.agency[0] == "NPA"
    titled = dateline(TITLED)
    assert titled is not None and [p[0] for p in titled.places] == ["Dunmere"]
    assert found.region is None  # `June 3` is a date
    assert titled.region is not None and titled.region[0] == "Marvonia"
    assert TITLED[titled.region[1] : titled.region[2]] == "Marvonia"
    assert dateline("BREAKING — Markets fell.") is None
    assert dateline("Talks went on. The US — and others — agreed.") is None


def test_dateline_places_are_places_in_title_case(first, second) -> None:
    for entities, name in ((first, "Harrowgate"), (first, "Velmont"), (second, "Dunmere")):
        assert types_of(entities, name) <= {"GPE", "LOC"}, [
            (e.name, e.type) for e in entities if e.name.lower() == name.lower()
        ]
        assert any(e.name == name for e in entities)
    harrowgate = next(e for e in first if e.name == "Harrowgate")
    assert {m.text for m in harrowgate.mentions} == {"HARROWGATE", "Harrowgate"}
    assert not any("/" in e.name for e in first)


def test_agency_is_an_organisation(first) -> None:
    assert types_of(first, "NPA") == {"ORG"}


def test_place_with_demonym_is_a_place_and_demonym_a_people(first, second) -> None:
    assert types_of(first, "Corvania") <= {"GPE"} and types_of(first, "Corvania")
    assert types_of(second, "Marvonia") == {"GPE"}
    assert "PERSON" not in types_of(first, "Corvanian")
    assert "PERSON" not in types_of(second, "Marvonian")
    assert "PERSON" not in types_of(second, "Ostrelian")


def test_one_label_per_name(first, second) -> None:
    for entities in (first, second):
        names = [e.name.lower() for e in entities]
        assert len(names) == len(set(names)), sorted(names)


def test_spokesperson_is_a_person_and_a_vessel_is_none(first) -> None:
    assert types_of(first, "Marit Oskel") == {"PERSON"}
    assert "PERSON" not in types_of(first, "Silver Heron")


SURNAME = (
    "Chancellor Ivo Renquist met the envoy. The delegation left Osterby that evening, and "
    "Renquist did not meet them during the summit. Renquist called it a mistake."
)


def test_surname_is_no_place(first, second, nlp) -> None:
    third = extract_entities(nlp(SURNAME))
    assert types_of(third, "Ivo Renquist") == {"PERSON"}
    cases = ((first, "Tannel"), (second, "Quirke"), (second, "Harrop"), (third, "Renquist"))
    for entities, surname in cases:
        assert not types_of(entities, surname), [(e.name, e.type) for e in entities]


def test_going_to_a_place(nlp) -> None:
    text = "President Ansel Dravik flew to Karsk on Monday. Officials left Karsk that night."
    assert types_of(extract_entities(nlp(text)), "Karsk") == {"GPE"}


def test_evidence_is_recorded(nlp) -> None:
    evidence = label_evidence(nlp(DATELINE))
    label, cues = evidence["Harrowgate"]
    assert label == "GPE" and "dateline" in cues
    label, cues = evidence["Corvania"]
    assert label == "GPE" and any("waters" in c or "demonym" in c for c in cues)


def test_organisation_named_as_a_known_place_is_that_place() -> None:
    from newsgraph.analyse.linking import link_entities

    keys, evidence = link_entities(
        [
            ("a1", [Entity("Dunmere", "GPE")]),
            ("a2", [Entity("Dunmere", "ORG"), Entity("Vida Harrop", "PERSON")]),
            ("a3", [Entity("Harrop", "GPE"), Entity("Harrop", "ORG")]),
        ]
    )
    assert keys[("a1", 0)] == keys[("a2", 0)] == "gpe:dunmere"
    assert ("a2", "place name") in {(e.article_id, e.reason) for e in evidence}
    # a person's full name holds `Harrop`: the organisation is not merged into the place
    assert keys[("a3", 1)] != keys[("a3", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING NEWS — Ruiz and Ilvane met in Portavel.",
        "FACT CHECK — Ruiz did not say that.",
        "LIVE UPDATES — The talks in Portavel go on.",
        "NATO — Allies agreed on Monday to meet again in Portavel.",
    ],
)
def test_labels_and_bodies_open_no_dateline(text) -> None:
    assert dateline(text) is None


def test_a_first_name_is_no_place_beside_a_longer_first_name(nlp) -> None:
    """`Julian` used only as a name is no demonym: it makes no place of `Julia`."""
    doc = nlp(
        "Julia met Julian in Portavel on Monday. Julia said the talks went well. Julian agreed."
    )
    assert all(e.type != "GPE" for e in extract_entities(doc) if e.name in ("Julia", "Julian"))


# -- product review 9: countries the tables lack, parties, ministries, bare places ---------------


def test_a_country_like_place_ner_also_tags_loc_is_one_gpe(nlp) -> None:
    """NER tags an invented country LOC once and ORG once; its demonym makes it one GPE."""
    doc = nlp(
        "Marvane and Doravia signed a protocol on Thursday that settles the northern part of "
        "their disputed border. Under the protocol, Marvane will pull back 300 troops from the "
        "north. Troops from Marvane remain in the hills of the south. The border between "
        "Marvane and Doravia runs through the mountains. Rain fell across northern Marvane on "
        "Friday. Brenn said Marvane would keep its troops on the border. Marvanian Foreign "
        "Minister Tomas Brenn promised more talks."
    )
    found = [(e.type, len(e.mentions)) for e in extract_entities(doc) if e.name == "Marvane"]
    # the two tagged mentions and, since review 12, its demonym (as `Portuguese` joins Portugal)
    assert found == [("GPE", 3)], found


def test_a_party_named_after_a_place_is_no_person(nlp) -> None:
    doc = nlp(
        "Mira Tolk, leader of the opposition Kessary First party, attacked the deal. Jon Vale "
        "of Kessary Forward called it a surrender. Kessary and Torvania signed the deal in "
        "Dunmore. The Kessarian government welcomed it."
    )
    entities = extract_entities(doc)
    assert types_of(entities, "Kessary Forward") == {"ORG"}
    assert not any(e.type == "PERSON" and "Kessary" in e.name for e in entities)


def test_a_ministry_wins_over_the_demonym_inside_it(nlp) -> None:
    doc = nlp(
        "About 900 Kessarian troops remain on the border, according to the Kessarian defence "
        "ministry. Kessary and Torvania met on Monday."
    )
    entities = extract_entities(doc)
    ministry = [e for e in entities if e.name == "Kessarian defence ministry"]
    assert [e.type for e in ministry] == ["ORG"], [(e.name, e.type) for e in entities]
    start = doc.text.index("Kessarian defence")
    inside = [
        e.name for e in entities for m in e.mentions if m.start == start and e is not ministry[0]
    ]
    assert inside == []  # the NORP `Kessarian` has no mention inside the ministry's name
    # a demonym before a plain `government` stays the country's reading (no new organisation)
    assert not [e for e in entities if e.name.endswith("troops")]


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 dockworkers walked off the job at the port of Gullhaven on Tuesday. "
        "Thousands of dockworkers went on strike at Gullhaven, bringing the port to a "
        "standstill. The Gullhaven Dockworkers Union said pay talks had failed.",
    ],
)
def test_a_name_after_a_locative_word_is_a_place_ner_missed(nlp, text) -> None:
    doc = nlp(text)
    assert not any(e.text == "Gullhaven" for e in doc.ents)  # the small model misses it
    found = [e for e in extract_entities(doc) if e.name == "Gullhaven"]
    assert [(e.type, len(e.mentions)) for e in found] == [("GPE", 2)]


def test_a_name_only_after_at_needs_a_second_place_cue(nlp) -> None:
    """`at` comes before shops and venues too: a name NER missed that only follows `at` is
    no place; a settlement noun beside it elsewhere (`the town of X`, `X port`) makes one."""
    venue = nlp(
        "Tickets for the final go on sale at Brantmoor on Monday. "
        "Fans queued at Brantmoor for hours."
    )
    assert not [e for e in extract_entities(venue) if e.name == "Brantmoor"]
    for text in (
        "Dockworkers went on strike at Brantmoor on Monday. "
        "The town of Brantmoor was quiet by noon.",
        "Dockworkers went on strike at Brantmoor on Monday, and Brantmoor port was closed.",
    ):
        found = [e for e in extract_entities(nlp(text)) if e.name == "Brantmoor"]
        assert [(e.type, len(e.mentions)) for e in found] == [("GPE", 2)]


def test_no_place_from_a_person_or_a_common_word_after_in(nlp) -> None:
    doc = nlp(
        "Officials met Lena Dorsk on Monday. Interest in Dorsk grew. The vote was held in "
        "March at Noon, and the council met in Parliament."
    )
    assert not [e for e in extract_entities(doc) if e.type == "GPE"]


def test_a_headline_keeps_a_surname_the_body_also_writes_in_lower_case(nlp) -> None:
    """`young voters` in the body does not cut `Young` from `Edvin Young Says …`."""
    doc = nlp(
        "Edvin Young Says Talks Will Resume\n\n"
        "The union negotiator said on Monday that talks with the port would resume next week. "
        '"We are close," Young said. Many young voters backed the union.'
    )
    people = [e for e in extract_entities(doc) if e.type == "PERSON"]
    assert "Edvin Young" in [e.name for e in people]
    assert "Edvin" not in [e.name for e in people]


def named(entities: list[Entity], name: str) -> list[Entity]:
    return [e for e in entities if e.name == name]


@pytest.mark.parametrize("ministry", ["Interior", "Foreign", "Defence", "Finance", "Justice"])
def test_a_ministry_word_before_a_title_is_no_organisation(nlp, ministry) -> None:
    # review 9: `Interior Minister Pavel …` gave an ORG `Interior` beside the person's role
    text = (
        f"The spokeswoman said the delegation was led by {ministry} Minister Dana Vell, who "
        "met the envoy for an hour before the session began."
    )
    found = extract_entities(nlp(text))
    assert not [e for e in found if e.type == "ORG"]
    [vell] = named(found, "Dana Vell")
    assert vell.roles == [f"{ministry} Minister"]


def test_an_organisation_before_a_title_is_kept(nlp) -> None:
    # guard: a body's own name before a title stays an organisation
    text = "Velmora Ports Authority Chairman Gil Tarn said the quays would reopen on Monday."
    found = extract_entities(nlp(text))
    assert [e.name for e in found if e.type == "ORG"] == ["Velmora Ports Authority"]


def test_roles_are_listed_once_whatever_their_case(nlp) -> None:
    # a role opening a sentence is capitalised there only: one role, in its own case
    text = (
        "Government spokeswoman Lina Ostrava said the talks would go on. The delegation "
        "arrived late, said government spokeswoman Lina Ostrava."
    )
    [ostrava] = named(extract_entities(nlp(text)), "Lina Ostrava")
    assert ostrava.roles == ["government spokeswoman"]


def test_roles_differing_in_case_only_are_one() -> None:
    from newsgraph.analyse.linking import distinct_roles

    assert distinct_roles(["Mediator", "mediator", "Foreign Minister"]) == [
        "mediator",
        "Foreign Minister",
    ]
    assert distinct_roles(["mediator", "Mediator"]) == ["mediator"]


def test_a_country_prefixed_organisation_is_one_with_its_bare_name(nlp) -> None:
    # review 9: `the Tarevian Red Crescent` and `the Red Crescent` were two organisations
    text = (
        "At least 12 people were killed, according to the Velmoran Red Crescent. Velmoran "
        "police sealed the road. The Red Crescent said its teams had reached the town."
    )
    found = extract_entities(nlp(text))
    [crescent] = [e for e in found if e.type == "ORG"]
    assert crescent.name == "Velmoran Red Crescent" and crescent.aliases == ["Red Crescent"]


def test_an_organisation_with_and_without_its_head_noun_is_one(nlp) -> None:
    text = (
        "The Ilvane Forward Party won 40 seats on Sunday. Pel Dorsan, who leads Ilvane "
        "Forward, said the result was clear."
    )
    found = extract_entities(nlp(text))
    [party] = [e for e in found if e.type == "ORG"]
    assert party.name == "Ilvane Forward Party" and party.aliases == ["Ilvane Forward"]


def test_a_bare_name_two_national_forms_hold_stays_apart(nlp) -> None:
    # guard: `the Red Crescent` beside two national societies is neither of them
    text = (
        "The Velmoran Red Crescent and the Ostran Red Crescent sent teams. Velmoran police "
        "and Ostran police helped them. The Red Crescent said the road was open."
    )
    orgs = {e.name: e.aliases for e in extract_entities(nlp(text)) if e.type == "ORG"}
    for name in ("Ostran Red Crescent", "Red Crescent", "Velmoran Red Crescent"):
        assert orgs[name] == []


# -- product review 10: descriptors, bare surnames, common nouns, organisation heads ----------
# spaCy's labels differ between model versions: each text sets the mislabels the review saw
# (`tagged`) over the parse, so the rules are tested, not the model.

DISPUTED = (
    "BRELLHAVEN, May 4 (KPA) — The electoral board on Monday ordered a recount in two "
    "provinces.\n\n"
    "About 90 people have been held since the protests began, according to the Brellhaven "
    "Lawyers Association, which is defending them.\n\n"
    "Challenger Maren Oszkaly welcomed the recount but said it came too late. Her Bright "
    "Morrow party wants a full recount.\n\n"
    "Turnout was 58.3 percent, the board said. Ostrava Courier counted 14 rallies, and Bright "
    "Morrow called them peaceful."
)

BARE_SURNAME = (
    "President Dalibor Venske won 51 percent of the vote to 46 percent for Maren Oszkaly, the "
    "board said on Thursday.\n\n"
    "Oszkaly said she would challenge the result in court on Friday."
)

FIRST_NAME = (
    "Grace Maren Oszkaly said on Tuesday that the count had been fair. Observers agreed with "
    "the statement."
)


def tagged(nlp, text: str, labels: dict[str, str]):
    """The parse of `text` with NER's entities replaced by `labels` (name -> label, every
    occurrence)."""
    import re

    doc = nlp(text)
    spans = []
    for name, label in labels.items():
        for m in re.finditer(re.escape(name), text):
            span = doc.char_span(m.start(), m.end(), label=label)
            assert span is not None, name
            spans.append(span)
    doc.set_ents(sorted(spans, key=lambda s: s.start), default="outside")
    return doc


@pytest.fixture(scope="module")
def disputed(nlp) -> list[Entity]:
    labels = {
        "BRELLHAVEN": "GPE",
        "Brellhaven Lawyers Association": "GPE",
        "Challenger Maren Oszkaly": "PERSON",
        "Bright Morrow": "PERSON",
        "Turnout": "PERSON",
        "Ostrava Courier": "PERSON",
    }
    return extract_entities(tagged(nlp, DISPUTED, labels))


def test_sentence_opening_descriptor_is_no_part_of_the_name(disputed) -> None:
    names = {e.name for e in disputed if e.type == "PERSON"}
    assert "Maren Oszkaly" in names
    assert not any(n.startswith("Challenger") for n in names)


def test_a_first_name_that_is_also_a_noun_stays(nlp) -> None:
    doc = tagged(nlp, FIRST_NAME, {"Grace Maren Oszkaly": "PERSON"})
    names = {e.name for e in extract_entities(doc) if e.type == "PERSON"}
    assert "Grace Maren Oszkaly" in names


def test_bare_surname_tagged_as_place_is_the_person(nlp) -> None:
    # the full name left to the capitalised runs, the surname alone tagged GPE
    doc = tagged(nlp, BARE_SURNAME, {"Dalibor Venske": "PERSON"})
    at = BARE_SURNAME.rindex("Oszkaly")
    doc.set_ents([*doc.ents, doc.char_span(at, at + len("Oszkaly"), label="GPE")])
    ents = extract_entities(doc)
    assert "Oszkaly" not in {e.name for e in ents}
    person = next(e for e in ents if e.name == "Maren Oszkaly")
    assert person.type == "PERSON"
    assert "Oszkaly" in {m.text for m in person.mentions}


def test_capitalised_common_noun_opening_a_sentence_is_no_person(disputed) -> None:
    assert types_of(disputed, "Turnout") == set()


def test_party_before_lower_case_head_is_an_organisation(disputed) -> None:
    assert types_of(disputed, "Bright Morrow") == {"ORG"}


def test_org_and_publication_heads_make_organisations(disputed) -> None:
    assert types_of(disputed, "Brellhaven Lawyers Association") == {"ORG"}
    assert types_of(disputed, "Ostrava Courier") == {"ORG"}


def test_demonym_after_every_makes_the_name_a_place(nlp) -> None:
    text = (
        "Tolvany's electoral board declared President Dalibor Venske the winner on Thursday. "
        '"I will serve every Tolvanese, whoever they voted for," Venske said.'
    )
    doc = tagged(nlp, text, {"Tolvany": "ORG", "Dalibor Venske": "PERSON", "Tolvanese": "ORG"})
    ents = extract_entities(doc)
    assert types_of(ents, "Tolvany") == {"GPE"}


# -- review of 23bb065: a first name the article also writes in lower case stays ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rose Mary Tellvane, the harbour director, resigned on Monday. Fuel prices rose by "
            "a third over the winter, and the port lost two shipping lines.",
            "Rose Mary Tellvane",
        ),
        (
            "Mark Anthony Brennick won the vote in Osterholm on Sunday. Supporters gathered "
            "in the square to mark the victory.",
            "Mark Anthony Brennick",
        ),
    ],
)
def test_first_name_written_in_lower_case_elsewhere_stays(nlp, text, name) -> None:
    doc = tagged(nlp, text, {name: "PERSON"})
    names = {e.name for e in extract_entities(doc) if e.type == "PERSON"}
    assert name in names
    assert name.split(" ", 1)[1] not in names


@pytest.mark.parametrize("word", ["Challenger", "Incumbent", "Opposition"])
def test_descriptor_opening_a_sentence_is_cut_without_a_lower_case_echo(nlp, word) -> None:
    text = f"{word} Ilse Varanyi said on Tuesday that the count had been fair."
    doc = tagged(nlp, text, {f"{word} Ilse Varanyi": "PERSON"})
    names = {e.name for e in extract_entities(doc) if e.type == "PERSON"}
    assert "Ilse Varanyi" in names
    assert not any(n.startswith(word) for n in names)


# Product review 11: a mountain pass and a firm's short name read as people, a time zone after
# a clock time read as an organisation, a region typed ORG in one sentence and LOC in another.
REVIEW11 = (
    "Harlow Creameries agreed on Wednesday to buy Fennick Dairies for $2 billion.\n\n"
    "Fennick chairman Oswin Tarrant told reporters the board had backed the offer, and Harlow "
    "chief executive Mira Dunleigh said the deal would go ahead.\n\n"
    '"We will put fresh cheese on every table from Dunmarch to the coast," Dunleigh said. '
    '"Our lorries cannot reach the farms above Torva Pass in winter."\n\n'
    "17:45 BST\nCheese prices rise\n\nUpdated at 15.31 BST"
)


@pytest.fixture(scope="module")
def review11(nlp) -> list[Entity]:
    return extract_entities(nlp(REVIEW11))


def test_a_geographic_head_noun_makes_a_place(review11):
    assert types_of(review11, "Torva Pass") == {"LOC"}


def test_a_time_zone_after_a_clock_time_is_no_entity(review11):
    assert types_of(review11, "BST") == set()


def test_a_first_word_before_a_role_noun_is_the_firms_short_name(review11):
    """`Fennick chairman Oswin Tarrant` beside `Fennick Dairies`: the chairman of the firm."""
    assert types_of(review11, "Fennick") == set() and types_of(review11, "Harlow") == set()
    firms = {e.name: {m.text for m in e.mentions} for e in review11 if e.type == "ORG"}
    assert firms["Fennick Dairies"] >= {"Fennick Dairies", "Fennick"}


def test_from_a_name_to_the_coast_is_a_place(review11, nlp):
    assert types_of(review11, "Dunmarch") == {"GPE"}
    firms = extract_entities(nlp("Shares rose at every bank from Apexa to Norbrook Holdings."))
    assert "GPE" not in {e.type for e in firms if e.name == "Apexa"}
