"""`the star` is the performer, not someone introduced with a noun that is also an office
or a trade (`Hospital director`, `Festival host`); names invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes


@pytest.mark.parametrize("office", ["Hospital director", "Festival host"])
def test_the_star_is_the_performer_not_an_office_holder(nlp, office: str) -> None:
    text = (
        "The singer Tomas Okafor was taken to Portavel General Hospital on Sunday after "
        f"collapsing on stage.\n\n{office} Mara Olsen said doctors were running tests.\n\n"
        '"I am fine and I will be back on stage soon," the star said in a post on Monday.\n'
    )
    assert only(quotes(nlp, text), "back on stage").speaker_name == "Tomas Okafor"
