"""Labels and within-article links that read the words around a name, not a list of names.

Every text here is invented; each test failed before the rule it checks."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities, label_evidence
from newsgraph.records import Entity


def named(entities: list[Entity], name: str) -> list[Entity]:
    return [e for e in entities if e.name == name]


def mentions(e: Entity) -> list[str]:
    return [m.text for m in e.mentions]


def test_the_and_a_title_is_one_person(nlp) -> None:
    # `the X` drops things (`the Morning Gull`), but a title after `the` names a person
    text = (
        "The Dalai Lama arrived in Dharamsala on Monday. The Dalai Lama told students that "
        "compassion mattered. Later the Dalai Lama met the mayor."
    )
    doc = nlp(text)
    lama = named(extract_entities(doc), "Dalai Lama")
    assert len(lama) == 1 and lama[0].type == "PERSON" and len(lama[0].mentions) == 3
    # a PERSON by the rule, not by NER's luck with the capitalised run
    assert label_evidence(doc)["Dalai Lama"][0] == "PERSON"


def test_a_natural_feature_is_one_place(nlp) -> None:
    # NER tags the two mentions FAC and PERSON; the head word makes one LOC
    text = (
        "A Velorian frigate entered Kell Strait on Tuesday, the navy said. Kell Strait links "
        "the two seas."
    )
    strait = named(extract_entities(nlp(text)), "Kell Strait")
    assert len(strait) == 1 and strait[0].type == "LOC" and len(strait[0].mentions) == 2


def test_a_club_named_after_its_city_is_no_city(nlp) -> None:
    text = (
        "Norvik City beat Draymoor 2-0 on Saturday. Fans in Norvik celebrated. Norvik City "
        "manager Tobias Wren said Norvik had earned it."
    )
    found = extract_entities(nlp(text))
    club = named(found, "Norvik City")
    assert len(club) == 1 and club[0].type == "ORG"
    assert mentions(club[0]).count("Norvik") == 1  # `Norvik had earned it`
    city = named(found, "Norvik")
    assert len(city) == 1 and city[0].type == "GPE" and mentions(city[0]) == ["Norvik"]


def test_a_company_named_after_its_city_keeps_its_short_name(nlp) -> None:
    text = (
        "Portavel Holdings said on Monday it would cut 300 jobs in Portavel, a port city of "
        "200,000. Portavel shares fell 4 percent after the announcement, and Portavel said "
        "more cuts could follow."
    )
    found = extract_entities(nlp(text))
    firm = named(found, "Portavel Holdings")
    assert len(firm) == 1 and "Portavel" in mentions(firm[0])
    city = named(found, "Portavel")
    assert len(city) == 1 and city[0].type == "GPE"
    said = text.rindex("Portavel said")
    assert all(m.start != said for m in city[0].mentions)


def test_a_place_before_a_title_is_no_person(nlp) -> None:
    # NER reads `Charlotte Mayor` as a person's name; the place is the mayor's
    text = (
        "Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be "
        "released. Protests in Charlotte continued, and Charlotte remains under a state of "
        "emergency."
    )
    found = extract_entities(nlp(text))
    assert not [e for e in found if e.type == "PERSON" and "Charlotte" in e.name]
    city = named(found, "Charlotte")
    assert len(city) == 1 and city[0].type == "GPE" and len(city[0].mentions) == 3
    assert named(found, "Jennifer Roberts")[0].type == "PERSON"


def test_a_first_name_finds_the_full_name_in_a_show_title(nlp) -> None:
    text = (
        "Christie blasted Clinton as a disgrace Wednesday on The Marla Vintry Show.\n\n"
        "“The same way, as you very aptly pointed out, Marla, people jumped to conclusions,” "
        "he said."
    )
    found = extract_entities(nlp(text))
    assert not named(found, "Marla")
    host = named(found, "Marla Vintry")
    assert len(host) == 1 and mentions(host[0]) == ["Marla"]


def test_headline_words_are_no_part_of_a_name(nlp) -> None:
    text = (
        "Orvald Brisk Says Talks Will Resume\n\n"
        "Orvald Brisk told reporters on Monday that talks with the union would resume. Brisk "
        "said the strike had cost the port dearly, and the talks says little yet."
    )
    found = extract_entities(nlp(text))
    assert not [e for e in found if "Says" in e.name]
    brisk = named(found, "Orvald Brisk")
    assert len(brisk) == 1 and "Brisk" in mentions(brisk[0])


def test_the_name_the_article_introduces_is_the_name(nlp) -> None:
    # a longer form quoted later (a nickname in a tweet) does not rename the person
    text = (
        "Senator Halla Verrin spoke in Ohio on Monday. Verrin said the bill would pass.\n\n"
        "In one tweet, the candidate wrote: “Did Crooked Halla Verrin lie to voters?” Halla "
        "Verrin did not reply."
    )
    found = extract_entities(nlp(text))
    verrin = [e for e in found if "Verrin" in e.name]
    assert [e.name for e in verrin] == ["Halla Verrin"]


def test_one_weak_cue_does_not_make_a_person_a_place(nlp) -> None:
    # `confidence in X` among many mentions NER reads as a person
    text = (
        "Voters said they trusted Mr. Brannagh. Mr. Brannagh told the rally that wages would "
        "rise, and Mr. Brannagh promised to return. Polls show growing confidence in "
        "Brannagh among young voters."
    )
    found = extract_entities(nlp(text))
    assert not [e for e in found if e.name == "Brannagh" and e.type == "GPE"]


def test_a_demonstrative_and_a_people_are_kept(nlp) -> None:
    text = (
        "Many Kestrian-Americans feel pride, and the briefings contrast with this White House "
        "and its policies."
    )
    found = extract_entities(nlp(text))
    assert ("White House", "metonym") in {(m.text, m.link) for e in found for m in e.mentions}
    assert [e.type for e in named(found, "Kestrian-Americans")] == ["NORP"]


def test_a_first_name_after_in_is_the_city(nlp) -> None:
    # a person's first name that is also a city: `Charlotte said` is the person, `drove to
    # Charlotte` and `protests in Charlotte` the city (a surname would stay the person)
    text = (
        "Charlotte Brandt, a volunteer, drove to Charlotte on Friday. Protests in Charlotte "
        "continued into the night. Charlotte said she had never seen the city so tense."
    )
    found = extract_entities(nlp(text))
    person = named(found, "Charlotte Brandt")
    assert len(person) == 1 and mentions(person[0]) == ["Charlotte Brandt", "Charlotte"]
    city = named(found, "Charlotte")
    assert len(city) == 1 and city[0].type == "GPE" and len(city[0].mentions) == 2
