"""Abbreviated titles that are also given names (`Hon`, `Maj`) are titles only with their
period; `UN` beside an agency's own acronym stays the UN when its noun is none the agency's
sentences use; a short form of the outlet's name that is another known paper's name is that
paper; a bare head that is the article's only body and acts stays; an apposition's role ends
before a relative clause. Names invented."""

from __future__ import annotations

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.headline_names import title_name
from newsgraph.records import Entity


def _by_name(nlp, text: str, **kw) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text), **kw)}


def test_hon_and_maj_without_a_period_are_given_names() -> None:
    assert title_name("Hon Li wins Orsa council seat", "Li") == ("", "Hon Li")
    assert title_name("Maj Sjowall wins crime-writing prize", "Sjowall") == ("", "Maj Sjowall")


def test_hon_and_maj_with_a_period_are_titles() -> None:
    assert title_name("Hon. Li wins Orsa council seat", "Li") is None
    assert title_name("Maj. Ivo Brandt wins medal", "Brandt") == ("", "Ivo Brandt")


def test_un_peacekeepers_beside_an_agencys_acronym_are_the_uns(nlp) -> None:
    text = (
        "The United Nations Development Programme (UNDP) said on Monday it would double its "
        "aid to Orsa. UN peacekeepers patrolled the border town of Orsa."
    )
    found = _by_name(nlp, text)
    assert "UN" in found, found
    assert "UN" not in found["United Nations Development Programme"].aliases, found


def test_another_papers_name_in_the_outlets_is_that_paper(nlp) -> None:
    found = _by_name(
        nlp,
        "The Times reported on Monday that the mayor of Orsa would resign.",
        outlet="The Sunday Times",
    )
    assert "Times" in found and "Sunday Times" not in found, found
    found = _by_name(
        nlp,
        "The mayor told the Financial Times on Monday that she would resign.",
        outlet="The Velmar Financial Times",
    )
    assert "Financial Times" in found and "Velmar Financial Times" not in found, found


def test_a_papers_name_as_its_own_newsroom_is_the_outlet(nlp) -> None:
    text = "The mayor of Orsa told the Times's reporter on Monday that she would resign."
    found = _by_name(nlp, text, outlet="The Velmar Times")
    assert "Times" not in found, found
    assert "Times" in found["Velmar Times"].aliases, found


def test_the_only_body_that_acts_stays(nlp) -> None:
    text = (
        "The Board said on Monday it would close the plant in Orsa. The Board will meet "
        "again on Friday."
    )
    found = _by_name(nlp, text)
    assert found.get("Board") is not None and found["Board"].type == "ORG", found


def test_a_role_ends_before_a_relative_clause(nlp) -> None:
    text = (
        '"We are doing all we can," said Dr Ama Keta, director of the National Institute for '
        "Disease Control, who returned on Sunday from two days in Kasumo."
    )
    roles = {r for e in extract_entities(nlp(text)) for r in e.roles}
    assert "director of the National Institute for Disease Control" in roles, roles
    assert not any("returned" in r for r in roles), roles
