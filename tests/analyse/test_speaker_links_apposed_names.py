"""A speaker's words name an office of a place and the resolver names the person apposed to
them (`The mayor of Brennholm, Anders Vik, said`): the quote links to that person, not to the
place inside the words, even where NER typed the place PERSON. Invented names."""

from __future__ import annotations

from newsgraph.analyse import _link_speakers
from newsgraph.records import Article, Entity, EntityMention, Mention, Quote

TEXT = "The mayor of Brennholm, Anders Vik, said the city would ask for emergency funds."


def _at(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def _article(place_type: str, speaker_name: str | None) -> Article:
    article = Article(id="t", source="t", kind="text", text=TEXT)
    place, person = _at("Brennholm"), _at("Anders Vik")
    article.entities = [
        Entity("Brennholm", place_type, [EntityMention("Brennholm", *place)]),
        Entity("Anders Vik", "PERSON", [EntityMention("Anders Vik", *person)]),
    ]
    words, content = _at("The mayor of Brennholm"), _at("the city would ask for emergency funds")
    article.quotes = [
        Quote(
            "indirect",
            TEXT[content[0] : content[1]],
            *content,
            speaker=Mention(TEXT[words[0] : words[1]], *words),
            speaker_name=speaker_name,
        )
    ]
    _link_speakers(article)
    return article


def test_the_person_apposed_to_an_office_of_a_place_is_the_speaker() -> None:
    for place_type in ("PERSON", "GPE"):
        article = _article(place_type, "Anders Vik")
        [quote] = article.quotes
        assert article.entities[quote.speaker_entity].name == "Anders Vik"


def test_without_a_resolved_name_the_words_keep_their_own_entity() -> None:
    article = _article("PERSON", None)
    [quote] = article.quotes
    assert article.entities[quote.speaker_entity].name == "Brennholm"
