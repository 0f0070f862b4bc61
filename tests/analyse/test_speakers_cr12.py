"""Code review 12 speakers: `his challenger` needs a contest in the sentence that names the
other side; `the company` is no storm or lake NER left untagged; `Tomas Brenn Sr.'s lawyer`
is not Brenn. All names and texts are invented."""

from __future__ import annotations

import pytest
from quote_support import only, quotes

CASES = [
    pytest.param(
        "Senator Tomas Brenn spoke with reporter Ann Lutz on Tuesday. His challenger said "
        "the count was wrong.",
        "count was wrong",
        None,
        id="a_person_beside_him_without_a_contest_is_no_challenger",
    ),
    pytest.param(
        "Mayor Tomas Brenn met his wife Lina Moss at the polling station on Sunday. His "
        "rival said the count was wrong.",
        "count was wrong",
        None,
        id="his_wife_is_no_rival",
    ),
    pytest.param(
        "Senator Tomas Brenn beat Ann Lutz by 300 votes on Tuesday. His challenger said the "
        "count was wrong.",
        "count was wrong",
        "Ann Lutz",
        id="guard_the_person_he_beat_is_his_challenger",
    ),
    pytest.param(
        'Storm Ofelia hit the coast on Monday. "Crews are working through the night," the '
        "company said.",
        "working through the night",
        None,
        id="a_storm_is_not_the_company",
    ),
    pytest.param(
        'Marrowind hit the coast on Monday. "Crews are working through the night," the '
        "company said.",
        "working through the night",
        None,
        id="an_untagged_name_with_no_mark_of_a_company_is_not_the_company",
    ),
    pytest.param(
        'Hurricane Zephyra flooded the valley on Monday. "Crews are working through the '
        'night," the company said.',
        "working through the night",
        None,
        id="guard_a_hurricane_is_not_the_company",
    ),
    pytest.param(
        "Quorvex sold its ferry arm on Monday. \u201cWe have always sought a balance,\u201d "
        "the company said.",
        "sought a balance",
        "Quorvex",
        id="guard_an_untagged_name_that_does_business_is_the_company",
    ),
    pytest.param(
        '"The count was wrong," said Tomas Brenn Sr.\'s lawyer.',
        "count was wrong",
        None,
        id="a_senior_persons_lawyer_is_not_that_person",
    ),
    pytest.param(
        "Defence lawyer Ana Ruiz asked the court to acquit Tomas Brenn Sr. on Monday. "
        '"The count was wrong," said Tomas Brenn Sr.\'s lawyer.',
        "count was wrong",
        "Ana Ruiz",
        id="a_senior_persons_lawyer_is_the_lawyer_introduced",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "name"), CASES)
def test_speaker_name_cr12(nlp, text: str, fragment: str, name: str | None) -> None:
    assert only(quotes(nlp, text), fragment).speaker_name == name


def test_a_senior_persons_lawyer_is_not_linked_to_that_person(nlp) -> None:
    from newsgraph.analyse import _link_speakers
    from newsgraph.analyse.entities import extract_entities
    from newsgraph.analyse.quotes import extract_quotes
    from newsgraph.records import Article

    text = (
        "Former port director Tomas Brenn Sr. went on trial on Monday. "
        '"The count was wrong," said Tomas Brenn Sr.\'s lawyer.'
    )
    doc = nlp(text)
    article = Article(id="t", source="t", kind="text", text=text)
    article.entities = extract_entities(doc)
    article.quotes = extract_quotes(doc)
    _link_speakers(article)
    (q,) = [q for q in article.quotes if "count" in q.text]
    assert q.speaker_name is None and q.speaker_entity is None
