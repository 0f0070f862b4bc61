"""Short names of an organisation the article names in full are that organisation: its head
noun alone (`the Commission`, `Court spokesman`), a country's lower-case office (`Ostrelia's
electoral commission`) and an acronym (`NWA`, before or after the full name, in brackets or
by its initials); the dateline's agency takes the byline's credit of its initials as its name.
Only one full name may fit."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import extract_entities


def _orgs(nlp, text: str, byline: str | None = None) -> dict[str, list[str]]:
    return {
        e.name: [m.text for m in e.mentions]
        for e in extract_entities(nlp(text), None, None, byline)
        if e.type == "ORG"
    }


def test_the_capitalised_head_alone_joins_the_full_name(nlp) -> None:
    text = (
        "The National Polling Commission today confirmed the results of the vote.\n\n"
        '"Anyone may appeal, and the Commission will answer there," said Ada Morrel.\n\n'
        "The Commission has ordered a recount in two districts."
    )
    orgs = _orgs(nlp, text)
    assert "Commission" not in orgs, orgs
    assert orgs["National Polling Commission"].count("Commission") == 2, orgs


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (  # a head before a role
            "Tomas Avel said he would ask the Supreme Court to annul the vote.\n\n"
            "The Supreme Court said on Wednesday it would hear the appeal on Friday. Court "
            "spokesman Rolf Danner said the judges would rule quickly.",
            "Court",
            "Supreme Court",
        ),
        (  # a country's lower-case office
            "KELDOR, Nov 4 (NWA) - Ostrelia's electoral commission declared Lena Harsk the "
            "winner on Tuesday.\n\n"
            "Piet Valen, chair of the National Electoral Commission, defended the count.",
            "Ostrelia's electoral commission",
            "National Electoral Commission",
        ),
    ],
)
def test_a_short_form_joins_the_one_full_name(nlp, text: str, short: str, full: str) -> None:
    orgs = _orgs(nlp, text)
    assert short not in orgs, orgs
    assert short in orgs[full], orgs


def test_two_full_names_of_one_head_leave_it_alone(nlp) -> None:
    text = (
        "The Supreme Court and the Constitutional Court disagreed on Monday.\n\n"
        "The Court said it would not hear the case. Court spokesman Rolf Danner declined to "
        "comment."
    )
    orgs = _orgs(nlp, text)
    assert "Court" not in orgs.get("Supreme Court", []), orgs
    assert "Court" not in orgs.get("Constitutional Court", []), orgs


@pytest.mark.parametrize(
    "second",
    [
        "The Northwind Wire Agency (NWA) said turnout was high.",
        "Reporters for the Northwind Wire Agency counted the queues at ten stations.",
    ],
)
def test_an_acronym_before_its_full_name_joins_it(nlp, second: str) -> None:
    text = f"KELDOR, Nov 4 (NWA) - Ostrelia's polls closed on Tuesday.\n\n{second}"
    orgs = _orgs(nlp, text)
    assert "NWA" not in orgs, orgs
    assert "NWA" in orgs["Northwind Wire Agency"], orgs


_WIRE = (
    "KELDOR, Nov 4 (NWA) - Ostrelia's polls closed on Tuesday with turnout above 60 per "
    "cent.\n\nLena Harsk said she would accept the result."
)


def test_the_datelines_agency_takes_the_bylines_credit(nlp) -> None:
    orgs = _orgs(nlp, _WIRE, "Teodor Vance, Northwind Wire Agency")
    assert orgs.get("Northwind Wire Agency") == ["NWA"], orgs


@pytest.mark.parametrize("byline", [None, "Teodor Vance and Nadia Wells Adams"])
def test_no_agency_credit_keeps_the_acronym(nlp, byline: str | None) -> None:
    assert "NWA" in _orgs(nlp, _WIRE, byline)


def test_the_analyse_stage_passes_the_byline(monkeypatch) -> None:
    from newsgraph.analyse import analyse
    from newsgraph.records import Article

    monkeypatch.setenv("NEWSGRAPH_ANALYSERS", "entities")
    article = Article(
        id="w", source="w", kind="text", text=_WIRE, byline="Teodor Vance, Northwind Wire Agency"
    )
    analyse(article)
    assert "Northwind Wire Agency" in {e.name for e in article.entities}


@pytest.mark.parametrize(
    "text",
    [
        (  # a court named `X of Y` is a court too
            "The Supreme Court upheld the ban on Monday. Lawyers said they would now go to "
            "the Court of Appeal in Keldor.\n\nThe Court said its ruling was final."
        ),
        (  # a country's own commission, named in lower case, is a commission too
            "The European Commission fined Halvery Shipping on Monday. Ostrelia's competition "
            "commission opened its own probe.\n\nThe Commission said the fine was 40 million "
            "euros."
        ),
    ],
)
def test_a_head_two_bodies_may_take_joins_neither(nlp, text: str) -> None:
    orgs = _orgs(nlp, text)
    joined = [name for name, mentions in orgs.items() if name != "Court" and "Court" in mentions]
    joined += [n for n, mentions in orgs.items() if n != "Commission" and "Commission" in mentions]
    assert not joined, orgs


def test_the_head_before_of_joins_its_one_name(nlp) -> None:
    text = "The Bank of Ostrelia raised rates on Monday. The Bank said inflation was too high."
    orgs = _orgs(nlp, text)
    assert "Bank" in orgs["Bank of Ostrelia"], orgs


@pytest.mark.parametrize(
    ("text", "acronym", "local"),
    [
        (
            "The Western Hockey Organisation cancelled three games on Monday.\n\nThe WHO "
            "declared a pandemic on Wednesday, and schools closed.",
            "WHO",
            "Western Hockey Organisation",
        ),
        (
            "The Union of Nurses said it would strike. UN peacekeepers left the town on Monday.",
            "UN",
            "Union of Nurses",
        ),
    ],
)
def test_an_international_bodys_acronym_joins_no_local_namesake(
    nlp, text: str, acronym: str, local: str
) -> None:
    orgs = _orgs(nlp, text)
    assert acronym not in orgs.get(local, []), orgs


def test_the_bracketed_acronym_names_its_body_over_another_of_its_initials(nlp) -> None:
    text = (
        "The World Health Organization warned of a new strain on Monday.\n\n"
        "The Western Hockey Organisation (WHO) suspended two players. The WHO said the ban "
        "stands."
    )
    orgs = _orgs(nlp, text)
    assert "WHO" in orgs["Western Hockey Organisation"], orgs
    assert "WHO" not in orgs["World Health Organization"], orgs
