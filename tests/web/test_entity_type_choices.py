"""The entities page's type filter offers the types the CLI's `--type` accepts, read from one
list (`newsgraph.cli.ENTITY_TYPES`), so a type added there appears on the page too."""

from __future__ import annotations

import re

import pytest
from web_support import Api

from newsgraph import cli
from newsgraph.web import app as web_app
from newsgraph.web import create_app


def _type_options(html: str) -> list[str]:
    select = re.search(r'<select name="type">(.*?)</select>', html, re.S)
    assert select, "the entities page has no type filter"
    return re.findall(r'<option value="([^"]*)"', select.group(1))


def test_the_type_filter_offers_the_cli_types(tmp_path):
    html = Api(create_app(tmp_path / "n.db")).get("/entities").text
    assert _type_options(html) == ["", *cli.ENTITY_TYPES]


def test_a_type_added_to_the_list_appears_on_the_page(tmp_path, monkeypatch):
    monkeypatch.setattr(web_app, "ENTITY_TYPES", (*cli.ENTITY_TYPES, "EVENTNAME"))
    html = Api(create_app(tmp_path / "n.db")).get("/entities").text
    assert _type_options(html)[-1] == "EVENTNAME"


@pytest.mark.parametrize("etype", cli.ENTITY_TYPES)
def test_every_offered_type_is_accepted(tmp_path, etype):
    """A type the form offers filters the page and the API (any case), as `--type` does."""
    api = Api(create_app(tmp_path / "n.db"))
    assert api.get(f"/entities?type={etype}").status_code == 200
    assert api.get(f"/api/entities?type={etype.lower()}").status_code == 200
    assert api.get("/api/entities?type=SHIP").status_code == 400  # an unknown type is refused
