"""A release's `City, ST` line (`BOULDER, CO`: a city and its state's code) is no issuer: after
a comma a legal form that is also a state's code closes a company's name only printed as a
company prints it (`ACME FREIGHT, LTD`); a company's line still is its issuer (invented text)."""

from __future__ import annotations

import pytest

from newsgraph.extract.outlets import issuer_name, release_issuer
from newsgraph.extract.textclean import clean_text

BODY = (
    "Kestrel Optics said on Monday it would open a lens factory on the edge of the city, "
    "employing 80 people once it reaches full output next year.\n\n"
    "The company said the site would make lenses for survey drones and would buy its glass "
    "from two suppliers in the region.\n"
)


def _release(place: str) -> str:
    return f"FOR IMMEDIATE RELEASE\n\n{place}\n\nKestrel Optics to open lens factory\n\n{BODY}"


def test_city_and_state_code_is_no_issuer():
    for line in ("BOULDER, CO", "RENO, NV", "Boulder, CO"):
        assert issuer_name(line) is None, line
    assert release_issuer(_release("BOULDER, CO").split("\n")) is None
    assert clean_text(_release("BOULDER, CO")).outlet is None


def test_company_after_a_comma_is_still_an_issuer():
    assert issuer_name("ACME FREIGHT, LTD") == "Acme Freight, Ltd"
    assert issuer_name("KESTREL OPTICS CO") == "Kestrel Optics Co"


# A place line without its comma (`DENVER CO`, `Reno NV`: a city and its state's code) is no
# issuer and no author either (session 20).
@pytest.mark.parametrize("place", ["DENVER CO", "Reno NV", "SAN DIEGO CA"])
def test_a_city_and_its_state_code_is_no_issuer_and_no_author(place):
    assert issuer_name(place) is None
    ext = clean_text(_release(place))
    assert ext.outlet is None
    assert ext.byline is None
    assert place not in ext.text


@pytest.mark.parametrize("place", ["DENVER CO", "Reno NV", "SAN DIEGO CA", "BOULDER, CO"])
def test_city_and_state_lines(place):
    from newsgraph.extract.outlets import city_and_state

    assert city_and_state(place)


@pytest.mark.parametrize("line", ["KESTREL OPTICS CO", "HARBOUR BANK HOLDINGS CO"])
def test_a_company_with_its_legal_form_is_still_an_issuer(line):
    from newsgraph.extract.outlets import city_and_state

    assert not city_and_state(line)
    assert issuer_name(line) is not None
