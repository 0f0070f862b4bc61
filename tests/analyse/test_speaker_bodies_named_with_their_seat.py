"""Speaker names: a city or country after a body names its seat and is part of how the
article names the body (`the Defence Ministry in Berlin`); only a square or street the body
stands on is cut. Names invented."""

from __future__ import annotations

from quote_support import only, quotes


def test_a_body_named_with_its_city_keeps_the_city(nlp):
    text = (
        "Two Norvian frigates sailed into the strait on Monday.\n\n"
        "The Defence Ministry in Berlin said the frigates were on a routine patrol.\n"
    )
    name = only(quotes(nlp, text), "routine patrol").speaker_name
    assert name == "Defence Ministry in Berlin"


def test_an_embassy_named_with_its_city_keeps_the_city(nlp):
    text = (
        "The Norvian Embassy in Paris said on Tuesday that the visas would be issued "
        "within a week.\n"
    )
    name = only(quotes(nlp, text), "visas").speaker_name
    assert name == "Norvian Embassy in Paris"
