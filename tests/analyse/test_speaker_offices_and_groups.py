"""Speakers that are a country's office or a group of countries' envoys (texts and names
invented): `Tamberg's customs service` and `the Tamberg customs service` speak as the
service, so the quote's entity is never the country that owns it (entity and name agree);
`the foreign ministers of Corvaine, Lisset and Tamberg`, and `the three ministers` after
them, are one group named by the description, with no entity (never the first country)."""

from __future__ import annotations

from test_speaker_entities import _article

from newsgraph.records import Article, Quote

BORDER = "Trucks queued at the border between Tamberg and Lavrania on Monday. "
MINISTERS = "The foreign ministers of Corvaine, Lisset and Tamberg"


def _quote(article: Article, fragment: str) -> Quote:
    hits = [q for q in article.quotes if fragment in q.text]
    assert len(hits) == 1, [q.text for q in article.quotes]
    return hits[0]


def _entity_name(article: Article, q: Quote) -> str | None:
    return None if q.speaker_entity is None else article.entities[q.speaker_entity].name


def test_a_countrys_service_is_not_the_country(nlp) -> None:
    article = _article(nlp, BORDER + "Tamberg's customs service said 280 trucks had been cleared.")
    q = _quote(article, "280 trucks")
    assert q.speaker_name == "Tamberg's customs service"
    assert _entity_name(article, q) in (None, q.speaker_name)


def test_the_country_named_before_its_service_is_not_the_speaker(nlp) -> None:
    article = _article(
        nlp, BORDER + "By noon, 340 trucks had crossed, the Tamberg customs service said."
    )
    q = _quote(article, "340 trucks")
    assert q.speaker_name == "Tamberg customs service"
    assert _entity_name(article, q) in (None, q.speaker_name)


def test_a_persons_own_office_still_speaks_for_them(nlp) -> None:
    article = _article(nlp, 'Tomas Brenn\'s office said the vote "was stolen".')
    assert _entity_name(article, _quote(article, "was stolen")) == "Tomas Brenn"


def test_ministers_of_several_countries_are_a_group_not_the_first_country(nlp) -> None:
    article = _article(
        nlp, "Corvaine Rail cut services on Monday. " + MINISTERS + " said the shelling must stop."
    )
    q = _quote(article, "shelling must stop")
    assert q.speaker_name == "foreign ministers of Corvaine, Lisset and Tamberg"
    assert q.speaker_entity is None


def test_the_three_ministers_are_the_group_named_before(nlp) -> None:
    article = _article(
        nlp,
        MINISTERS + " met in Holm on Friday. In a joint statement, the three ministers set out "
        'two points. "We will not wait," the three ministers said.',
    )
    q = _quote(article, "We will not wait")
    assert q.speaker_name == "foreign ministers of Corvaine, Lisset and Tamberg"
    assert q.speaker_entity is None
