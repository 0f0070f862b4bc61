"""One reading of a byline's people and one list of legal forms for every stage.

`credits.byline_people` is the byline's people for the entity reader (the author is a person
whatever NER tagged) and the quote reader (the narrator's `I`): credits split at `, ; / & |` and
`and`, `By` dropped, two to four capitalised name words (initials, `O’Neil`, particles inside),
no desk, agency, job or known outlet. `wordlists.legal_form` is the one list of legal forms, in
a text's own case (`GmbH`, `LTD`, `Co.`; not `Co`, `Spa`) or any case (a line in capitals).
Names invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.linking import bare_forms
from newsgraph.extract.outlets import issuer_name


def _types(doc, byline: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in extract_entities(doc, None, None, byline):
        out.setdefault(e.name, set()).add(e.type)
    return out


def _tagged_org(nlp, text: str, words: int):
    """The parse of `text` with NER's tag over its first `words` tokens forced to ORG."""
    doc = nlp(text)
    doc.ents = sorted(
        [e for e in doc.ents if e.start >= words] + [Span(doc, 0, words, label="ORG")],
        key=lambda e: e.start,
    )
    return doc


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        ("By Ana Vidic and Tomas Hult", ["Ana Vidic", "Tomas Hult"]),
        ("Ana Vidic & Tomas Hult", ["Ana Vidic", "Tomas Hult"]),
        ("Jo Lane; Security Correspondent", ["Jo Lane"]),
        ("Teodor Vance, Continental Press Service", ["Teodor Vance"]),
        ("Mara O’Neil | J. R. Hartley", ["Mara O’Neil", "J. R. Hartley"]),
        ("Ana de la Cruz", ["Ana de la Cruz"]),
        ("Northern Ledger staff", []),
        ("Kestrel Herald", []),
        ("Reuters", []),
        ("", []),
        (None, []),
    ],
)
def test_byline_people(byline: str | None, people: list[str]) -> None:
    from newsgraph.extract.credits import byline_people

    assert byline_people(byline) == people


def test_the_callers_own_knowledge_rules_a_credit_out() -> None:
    from newsgraph.extract.credits import byline_credits, byline_people

    assert byline_people("Ana Vidic, Harlow Care", lambda c: c.endswith("Care")) == ["Ana Vidic"]
    assert byline_credits("By Ana Vidic, Harlow Care") == ["Ana Vidic", "Harlow Care"]


_LEAD = "{name} is the leader of the Green Party and was Ostravia's trade minister."


@pytest.mark.parametrize(
    ("name", "words", "byline"),
    [
        ("Lise Brandvold", 2, "Lise Brandvold & Ana Vidic"),  # `&` parts two people
        ("Ana de Brandvold", 3, "Ana de Brandvold"),  # a particle inside the name
    ],
)
def test_the_bylines_author_is_a_person_whatever_ner_tagged(nlp, name, words, byline) -> None:
    doc = _tagged_org(nlp, _LEAD.format(name=name), words)
    assert _types(doc, byline).get(name) == {"PERSON"}


def test_the_datelines_agency_takes_a_credit_after_by(nlp) -> None:
    text = (
        "KELDOR, Nov 4 (NWA) - Ostrelia's polls closed on Tuesday with turnout above 60 per "
        "cent.\n\nLena Harsk said she would accept the result."
    )
    orgs = {e.name for e in extract_entities(nlp(text), None, None, "By Northwind Wire Agency")}
    assert "Northwind Wire Agency" in orgs, orgs


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("Ltd", True), ("LTD", True), ("Ltd.", True), ("GmbH", True), ("GMBH", True),
        ("plc", True), ("Plc", True), ("S.p.A.", True), ("S.A.", True), ("Co.", True),
        ("INC", True), ("LIMITED", True),
        ("Co", False), ("SA", False), ("NV", False), ("Spa", False), ("Ag", False),
        ("ltd", False), ("Company", False),
    ],
)  # fmt: skip
def test_a_legal_form_in_a_texts_own_case(word: str, written: bool) -> None:
    from newsgraph.wordlists import legal_form

    assert legal_form(word) is written
    assert legal_form(word, any_case=True) is (word != "Company")


@pytest.mark.parametrize("form", ["INC", "GMBH", "LIMITED", "CORP"])
def test_a_legal_form_in_capitals_leaves_the_short_name(form: str) -> None:
    assert "Corvane Timber" in bare_forms(("Corvane", "Timber", form), lambda w: False)


@pytest.mark.parametrize(
    ("line", "issuer"),
    [("VARNA SHIPPING JSC", "Varna Shipping JSC"), ("Tarsk Mining Oyj", "Tarsk Mining Oyj")],
)
def test_a_company_line_closed_by_any_listed_legal_form_is_an_issuer(line, issuer) -> None:
    assert issuer_name(line) == issuer
