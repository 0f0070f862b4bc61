"""A nationality before a role noun (`A Belvari nurse`, `Tavessan officials`) describes an
unnamed speaker, never the country (nor a person NER makes of the demonym); a place NER calls
an organisation (`the port city of Delt`) is no body a later `the agency said` stands for.
Names invented."""

from __future__ import annotations

from newsgraph.analyse import analyse
from newsgraph.records import Article


def _quotes(text: str):
    article = Article(id="t", source="t", kind="text", text=text)
    analyse(article)
    out = []
    for q in article.quotes:
        entity = None if q.speaker_entity is None else article.entities[q.speaker_entity].name
        out.append((q.text, q.speaker_name, entity))
    return out


def _one(found, fragment):
    hits = [f for f in found if fragment in f[0]]
    assert len(hits) == 1, found
    return hits[0]


def test_a_nationality_and_a_role_is_no_named_speaker():
    found = _quotes(
        "A Belvari nurse has described how she treated children in a flooded clinic. "
        "Mira Sol said the water rose in minutes."
    )
    assert _one(found, "treated children")[1:] == (None, None)


def test_officials_of_a_country_written_as_its_adjective_are_not_the_country():
    found = _quotes(
        "An earthquake struck Tavessa on Monday. The death toll rose to 40, according to "
        "Tavessan officials."
    )
    assert _one(found, "death toll")[1:] == (None, None)


def test_an_agency_is_not_the_port_city_named_before():
    found = _quotes(
        "Interior Minister Ion Vasko announced a curfew.\n\nThe government said a second "
        "curfew would begin in the port city of Delt on Friday.\n\nA strong earthquake "
        "struck northern Belvar on Monday, killing at least 40 people, the civil protection "
        "agency said."
    )
    assert _one(found, "earthquake struck")[1:] == (None, None)


def test_a_company_named_before_is_still_the_company():
    found = _quotes(
        "Norvik Oil cut 300 jobs in Delt on Monday. The company said the cuts were needed."
    )
    assert _one(found, "cuts were needed")[1] == "Norvik Oil"
