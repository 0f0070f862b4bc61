"""A filing's defined term, quoted in a bracket after the company's name (`Korvane plc
("Korvane" or "the Company")`), is the company's alias: `the Company` is no body of its own,
and the quotes it makes are the company's. Names invented."""

from __future__ import annotations

from newsgraph.analyse import analyse
from newsgraph.analyse.entities import extract_entities
from newsgraph.records import Article

_FILING = (
    '1. Korvane plc ("Korvane" or "the Company") today reports its results for the quarter.\n\n'
    "2. The Company raises its guidance for the financial year.\n\n"
    "3. On 19 November the board of the Company received a proposal to acquire the Company "
    "for KRN 38.00 in cash per share.\n\n"
    '4. "The board has concluded that the proposal undervalues Korvane," the Company said.'
)


def test_a_defined_term_is_the_company_s_alias(nlp) -> None:
    entities = extract_entities(nlp(_FILING))
    firms = [e for e in entities if "Company" in e.name or "Company" in e.aliases]
    assert len(firms) == 1, [(e.type, e.name, e.aliases) for e in entities]
    assert firms[0].name == "Korvane plc", firms[0]
    assert not any(e.name.startswith(("Company", "The Company")) for e in entities), entities


def test_the_defined_term_s_quote_is_the_company_s() -> None:
    article = Article(id="t", source="t", kind="text", text=_FILING)
    analyse(article)
    said = [q for q in article.quotes if q.text.startswith("The board has concluded")]
    assert said and said[0].speaker_entity is not None, article.quotes
    assert article.entities[said[0].speaker_entity].name == "Korvane plc"


def test_an_amount_is_no_part_of_the_defined_term(nlp) -> None:
    names = [e.name for e in extract_entities(nlp(_FILING))]
    assert not any("for" in n.split() or "38.00" in n for n in names), names
