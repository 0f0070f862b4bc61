"""`boarded` is a taking of a vessel only after a force: adverbs and auxiliaries may stand
between (`coastguards then boarded`), and a bigger subject (`armed men`) is a force too;
passengers or an inspector boarding a ferry take nothing."""

import pytest
from dossier_support import article as _art
from test_contrasts import _contrasts

SEIZED = "Kessan forces seized the bulk carrier Orla Venn off Darrow Point on Tuesday."


@pytest.mark.parametrize(
    "taking",
    [
        "Kessan coastguards then boarded the bulk carrier Orla Venn off Darrow Point on Tuesday.",
        "Kessan sailors had quickly boarded the bulk carrier Orla Venn off Darrow Point "
        "on Tuesday.",
        "Masked men boarded the bulk carrier Orla Venn off Darrow Point on Tuesday.",
    ],
)
def test_a_force_boarding_with_words_between_is_a_taking(taking):
    got = dict(_contrasts(_art("a", "Lune Post", SEIZED), _art("b", "Harl Wire", taking)))
    assert "vessel-taking" in got


@pytest.mark.parametrize(
    "boarding",
    [
        "Passengers then boarded the bulk carrier Orla Venn off Darrow Point on Tuesday.",
        "An inspector later boarded the bulk carrier Orla Venn off Darrow Point on Tuesday.",
    ],
)
def test_others_boarding_take_nothing(boarding):
    got = dict(_contrasts(_art("a", "Lune Post", SEIZED), _art("b", "Harl Wire", boarding)))
    assert "vessel-taking" not in got
