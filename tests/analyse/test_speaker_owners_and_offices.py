"""Speakers owned by someone and offices held by someone (names invented): `some of Ruiz's
allies` is none of them Ruiz; `X's office announced` after a long opening phrase the parse
hangs it on is still the cue's speaker; `the governor` is never a subject the article gives
no office (a company NER took for a person); `Harrowby Coal spokesman Tomas Okafor` is
Okafor's entity, not his employer's; `X released data that suggest …` and an ad that `it`
(an organisation) spends money on speak for X and for the organisation."""

from __future__ import annotations

import pytest
from quote_support import only, quotes
from test_speaker_entities import _article


def test_some_of_a_persons_allies_are_not_the_person(nlp) -> None:
    text = (
        "Each release is a reminder of Ruiz's decision to use the private server. Rivals have "
        "called her use of it a danger to the port. Even some of Ruiz's allies have described "
        "it as a serious lapse in judgment. Ruiz has disputed both critiques."
    )
    q = only(quotes(nlp, text), "lapse in judgment")
    assert q.speaker is not None and "allies" in q.speaker.text
    assert q.speaker_name is None


def test_an_office_after_a_long_opening_phrase_speaks(nlp) -> None:
    text = (
        "After a day of tensions between two of the party's best-known figures, Harbour "
        "Master Ana Ruiz's office announced Friday that Ruiz will meet the mayor on Thursday."
    )
    q = only(quotes(nlp, text), "will meet the mayor")
    assert q.speaker is not None and q.speaker.text.endswith("Ana Ruiz's office")


@pytest.mark.parametrize("company", ["Harrowby Coal", "Brindle Quarries"])
def test_the_governor_is_not_a_company_taken_for_a_person(nlp, company: str) -> None:
    text = (
        "Dunmere mine: toll rises as rescuers dig through the night\n\n"
        '"We have eleven confirmed dead," Governor Lena Voss told reporters at the pithead. '
        '"Twenty men are still below ground.\n\n"I have asked the government for every drill '
        'it has."\n\nA safety inspection in March found cracked roof supports, according to '
        f"a copy of the report. {company} said the faults had been repaired in April.\n\n"
        "A rescue unit from Portavel reached the mine at 11 a.m., the governor said."
    )
    assert only(quotes(nlp, text), "rescue unit").speaker_name == "Lena Voss"


def test_a_spokesman_named_after_his_employer_is_his_own_entity(nlp) -> None:
    text = (
        "A roof collapsed at the Dunmere colliery on Monday. Harrowby Coal said the faults had "
        "been repaired.\n\nHarrowby Coal spokesman Tomas Okafor said 47 workers were "
        "underground when the roof fell."
    )
    article = _article(nlp, text)
    q = only(article.quotes, "47 workers")
    assert q.speaker_name == "Tomas Okafor"
    assert article.entities[q.speaker_entity].name == "Tomas Okafor"


def test_data_released_by_a_named_pollster_speak_for_the_pollster(nlp) -> None:
    text = (
        "Pollster Tomas Okafor, a prominent Democratic strategist, released data Monday "
        "morning that suggest moderate voters are being ignored by the candidates."
    )
    assert only(quotes(nlp, text), "moderate voters").speaker_name == "Tomas Okafor"


@pytest.mark.parametrize("org", ["Harbour Action Network", "The Portavel Dockers Association"])
def test_an_ad_an_organisation_pays_for_speaks_for_it(nlp, org: str) -> None:
    text = (
        "A leading harbour group is spending $200,000 to help Ana Ruiz. "
        f"{org} says it will spend nearly $150,000 on a TV ad in her district. "
        "The ad touts Ruiz's record on the port."
    )
    name = only(quotes(nlp, text), "record on the port").speaker_name
    assert name == org.removeprefix("The ")
