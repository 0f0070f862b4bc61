"""A communique's forms of address (`H.E.`, `His Excellency`, `Her Excellency`) are no part of
a person's name and make the name after them a person's; a dateline of a US city and its
state's code printed bare (`DENVER CO -`) is the city, not a place called `Denver Co`; a body
run on into a boulevard, plaza or lane it sits on is the body and the place apart. Names
invented."""

from __future__ import annotations

import pytest

from newsgraph.analyse.entities import _located_bodies, _Mention, dateline, extract_entities
from newsgraph.records import Entity


def _by_name(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in extract_entities(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "H.E. Tomas Arvelo, President of the Republic of Calmera, opened the summit. "
            "Arvelo said the reserve would open in 2027.",
            "Tomas Arvelo",
        ),
        (
            "The communique was signed by H.E. Ravel Ostin, President of Harl. Ostin left on "
            "Monday.",
            "Ravel Ostin",
        ),
        (
            "The declaration was read by His Excellency Ivo Brandt before the vote.",
            "Ivo Brandt",
        ),
        (
            "Her Excellency Mara Tenning, the Foreign Minister, thanked the hosts. Tenning flew "
            "home on Friday.",
            "Mara Tenning",
        ),
    ],
)
def test_an_excellency_is_a_form_of_address_not_a_name(nlp, text: str, name: str) -> None:
    found = _by_name(nlp, text)
    assert name in found and found[name].type == "PERSON", found
    assert not any("H.E." in n or "Excellency" in n for n in found), found
    # the surname alone is the same person, never an organisation of its own
    assert all(n == name or e.type != "ORG" for n, e in found.items() if name.split()[-1] in n)


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("DENVER CO - The city council voted on Monday to close the depot.", "Denver", "CO"),
        ("SAN DIEGO CA - The port authority said on Tuesday it would hire.", "San Diego", "CA"),
    ],
)
def test_a_city_and_its_bare_state_code_open_a_dateline(text: str, city: str, code: str) -> None:
    found = dateline(text)
    assert found is not None
    assert [p[0] for p in found.places] == [city]
    assert found.region is not None and found.region[0] == code
    assert text[found.region[1] : found.region[2]] == code


def test_a_company_ending_in_co_is_no_city_and_state() -> None:
    found = dateline("KESTREL OPTICS CO - The firm said on Monday it would hire 40 staff.")
    assert found is None or all(p[0] != "Kestrel Optics" for p in found.places)


def test_a_city_and_state_dateline_gives_the_city_as_a_place(nlp) -> None:
    found = _by_name(nlp, "DENVER CO - The city council voted on Monday to close the depot.")
    assert "Denver" in found and found["Denver"].type == "GPE", found
    assert "Denver Co" not in found, found


@pytest.mark.parametrize("street", ["Boulevard", "Plaza", "Lane"])
def test_a_body_run_on_into_a_boulevard_plaza_or_lane_is_the_body_apart(nlp, street: str) -> None:
    # NER's run-on reading, as it gives it for `the Commission on Unity Square`
    doc = nlp(f"The Central Licensing Commission on Harlow {street} said 40 permits were revoked.")
    run_on = _Mention(1, 7, "ORG", "name")
    parts = [(doc[m.start : m.end].text, m.label) for m in _located_bodies(doc, [run_on])]
    assert parts == [("Central Licensing Commission", "ORG"), (f"Harlow {street}", "FAC")]


def test_a_factbox_heading_in_capitals_is_no_person(nlp) -> None:
    text = (
        "FACTBOX-Key decisions of the Harl summit\n\n"
        "* GRAIN RESERVE: The leaders agreed to set up a reserve of 500,000 tonnes.\n"
        "* WATER BOARD: A study of a canal is due by June.\n"
        "* CHAIR: Mara Tenning takes over as chair for 2027.\n"
    )
    found = _by_name(nlp, text)
    assert "Mara Tenning" in found, found
    assert not {"GRAIN RESERVE", "WATER BOARD", "Grain Reserve", "Water Board"} & set(found), found


def test_a_transcript_label_with_a_name_keeps_the_name(nlp) -> None:
    text = (
        "Press conference transcript\n\n"
        "ANNA KORVANE: We will reopen the depot on Monday.\n"
        "Q: When will the trains run?\n"
        "ANNA KORVANE: Next week.\n"
    )
    found = _by_name(nlp, text)
    assert any("Korvane" in n or "KORVANE" in n for n in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Q (Kofi Adjei-Rand, Basin Broadcasting): President Sakande, the railway to Kesh was "
        "first promised in 2019. Why should anyone believe it now?",
        "Asked about the railway, President Sakande said it would be built by 2030.",
    ],
)
def test_a_one_word_name_after_a_role_is_a_persons(nlp, text: str) -> None:
    found = _by_name(nlp, text)
    assert found.get("Sakande") is not None and found["Sakande"].type == "PERSON", found
