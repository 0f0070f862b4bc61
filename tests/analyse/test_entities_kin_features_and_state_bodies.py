"""Review 22's entity mistypes, on texts written here (names invented): a first name NER types
as a place inside a quotation is the person's; one name typed two ways is one entity; a
relative named by a given name alone stays their own person; a name before a natural feature
is the feature's; a state-owned firm is no country; `Minister of Finance` is the role, and a
bare portfolio word beside a fuller role goes; a one-word name owning a state body is a
country."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import _Evidence, _state_body_at, extract_entities
from newsgraph.analyse.linking import distinct_roles
from newsgraph.records import Entity


def _entities(nlp, text: str) -> list[Entity]:
    return extract_entities(nlp(text))


def _typed(entities: list[Entity]) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in entities}


@pytest.mark.parametrize("given", ["Alvina", "Halena", "Corina"])
def test_a_first_name_inside_a_quote_is_the_persons(nlp, given) -> None:
    text = (
        f"{given} Ostrek is not, by her own account, an exciting person. She grew up in a river "
        "town and studied law.\n\nHer old professor, Lars Ekdahl, who now teaches at a college "
        f'in the north, is less sure. "{given} is the most careful minister we have had," he '
        'says. "But care does not win elections."'
    )
    ents = _entities(nlp, text)
    assert not [e for e in ents if e.name == given], _typed(ents)
    person = [e for e in ents if e.name == f"{given} Ostrek"]
    assert person and person[0].type == "PERSON" and len(person[0].mentions) == 2


def test_a_full_name_in_apposition_to_a_leader_of_a_body_is_a_person(nlp) -> None:
    text = (
        'Pensioners have called a protest for Saturday.\n\n"He said it himself. There is '
        "nothing left to explain,\" said Anders Mool, the leader of the Farmers' League."
    )
    ents = _entities(nlp, text)
    assert ("PERSON", "Anders Mool") in _typed(ents)
    assert ("ORG", "Anders Mool") not in _typed(ents)


def test_one_name_typed_two_ways_takes_the_label_of_most_mentions() -> None:
    person = _Evidence()
    person.labels, person.unknown = ["PERSON", "ORG", "PERSON"], True
    assert person.settle()[0] == "PERSON"
    city = _Evidence()  # a place a table knows, NER's person (`Banda Aceh`): left alone
    city.labels = ["PERSON", "ORG", "PERSON"]
    assert city.settle()[0] == ""
    firm = _Evidence()
    firm.labels, firm.one_word, firm.unknown = ["ORG", "GPE", "ORG"], True, True
    assert firm.settle()[0] == "ORG"
    known = _Evidence()  # a place a table knows keeps each mention's label (metonymy)
    known.labels, known.one_word = ["ORG", "GPE", "ORG"], True
    assert known.settle()[0] == ""
    surname = _Evidence()  # one-word person labels stay with the surname rules
    surname.labels, surname.one_word, surname.unknown = ["PERSON", "ORG", "PERSON"], True, True
    assert surname.settle()[0] == ""


def test_a_relative_named_by_a_given_name_is_not_another_namesake(nlp) -> None:
    text = (
        "Rita Saarne, 71, ran the bakery on the square for forty years. Her husband, Peeter, "
        "who died in May, had signed the first petition.\n\nThe council's lawyer, Peeter Vaht, "
        "said the town would appeal."
    )
    ents = _entities(nlp, text)
    lawyer = [e for e in ents if e.name == "Peeter Vaht"]
    husband = [e for e in ents if e.name == "Peeter"]
    assert lawyer and husband and husband[0].type == "PERSON", _typed(ents)
    assert len(lawyer[0].mentions) == 1


def test_a_name_before_a_natural_feature_is_a_place(nlp) -> None:
    ents = _entities(nlp, "Ines Varga grew up in Kessby, a mill town in the Dorvan valley.")
    assert ("LOC", "Dorvan") in _typed(ents), _typed(ents)
    ents = _entities(nlp, "Farmers along the Selka river lost their harvest when it rose.")
    assert ("LOC", "Selka") in _typed(ents), _typed(ents)


def test_a_surname_before_a_valley_stays_the_persons(nlp) -> None:
    text = (
        "Headteacher Ivo Hallam opened the school in 1990, and the Hallam valley school now "
        "has 300 pupils."
    )
    assert not [e for e in _entities(nlp, text) if e.type == "LOC"]


@pytest.mark.parametrize(
    "text",
    [
        "The court ordered state-owned Velmoria to pay 40 million euros to the farmers.",
        "The ruling hit Brantek, the state-owned utility that runs the dam. Brantek's chief "
        "executive, Ola Sunde, said the company would pay.",
    ],
)
def test_a_state_owned_firm_is_no_country(nlp, text) -> None:
    ents = _entities(nlp, text)
    firm = text.split("state-owned ")[1].split()[0] if "owned V" in text else "Brantek"
    assert {e.type for e in ents if e.name == firm} == {"ORG"}, _typed(ents)


def test_minister_of_a_portfolio_before_a_name_is_one_role(nlp) -> None:
    text = "The statement was signed by Minister of Finance Ada Koru on Friday."
    person = [e for e in _entities(nlp, text) if e.name == "Ada Koru"]
    assert person and person[0].roles == ["Minister of Finance"]


def test_a_bare_portfolio_word_goes_beside_a_fuller_role() -> None:
    assert distinct_roles(["Finance", "Finance Minister"]) == ["Finance Minister"]
    assert distinct_roles(["Health", "Deputy Minister of Health"]) == ["Deputy Minister of Health"]
    assert distinct_roles(["Finance"]) == ["Finance"]  # alone, kept: nothing fuller holds it
    assert distinct_roles(["Mayor", "Deputy Mayor"]) == ["Mayor", "Deputy Mayor"]


def test_a_one_word_name_owning_a_state_body_is_a_country(nlp) -> None:
    text = (
        "A team of nine Dunmarrow engineers reached the coast on Monday to repair the water "
        'plant. "Dunmarrow will stay as long as it is needed," Trade Minister Ona Reiss said.'
        "\n\nThe engineers travelled with the help of the Dunmarrow Department of Foreign "
        "Affairs."
    )
    ents = _entities(nlp, text)
    assert {e.type for e in ents if e.name == "Dunmarrow"} == {"GPE"}, _typed(ents)
    text = "Corvane doctors arrived on Monday. Corvane's Ministry of Health paid for the flights."
    assert ("GPE", "Corvane") in _typed(_entities(nlp, text))


@pytest.mark.parametrize(
    ("words", "body"),
    [
        ("the Darrow Department of Foreign Affairs", "Department of Foreign Affairs"),
        ("the Darrow Ministry of Health", "Ministry of Health"),
        ("the Darrow Department of Defence", "Department of Defence"),
        ("the Kelso Department of Foreign Languages", ""),  # a university's
        ("the Kelso Department of Finance", ""),  # a firm's or a university's too
        ("the Kelso Department of Economics", ""),
    ],
)
def test_only_a_state_body_makes_its_owner_a_country(nlp, words, body) -> None:
    doc = nlp(f"Staff came from {words} on Monday.")
    assert _state_body_at(doc, 5) == body


def test_a_relative_named_by_a_given_name_joins_the_familys_full_name(nlp) -> None:
    text = (
        "Senator Ola Brenn said critics had attacked his wife, Mari, and his son, Tobias. "
        "Mari Brenn, a teacher, has not spoken about the case.\n\nOla Brenn said he would "
        "not step down."
    )
    ents = _entities(nlp, text)
    assert not [e for e in ents if e.name == "Mari"], _typed(ents)
    wife = [e for e in ents if e.name == "Mari Brenn"]
    assert wife and len(wife[0].mentions) == 2


def test_a_name_after_a_relatives_noun_ending_a_clause_is_no_relative(nlp) -> None:
    text = (
        "Former champion Dario Vesk, 41, won again on Saturday. When police arrested his "
        "brother, Vesk blamed the press.\n\nVesk will fight again in May."
    )
    ents = _entities(nlp, text)
    assert [e.name for e in ents if e.type == "PERSON"] == ["Dario Vesk"], _typed(ents)


def test_a_relatives_second_bare_mention_is_the_same_relative(nlp) -> None:
    text = (
        "Ilmar Tosk kept the title he shares with his older brother, Oleksi.\n\nOleksi was "
        "in his corner as usual, and acted as cheerleader."
    )
    ents = _entities(nlp, text)
    brother = [e for e in ents if e.name == "Oleksi"]
    assert len(brother) == 1 and len(brother[0].mentions) == 2, _typed(ents)
