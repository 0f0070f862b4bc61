"""Quote speakers tied to the article's entities (`analyse._link_speakers`) and headline names
the speaker resolver keeps whole. All names are invented."""

from __future__ import annotations

from newsgraph.analyse import _link_speakers
from newsgraph.analyse.entities import extract_entities
from newsgraph.analyse.quotes import extract_quotes
from newsgraph.analyse.speakers import SpeakerResolver
from newsgraph.records import Article


def _article(nlp, text: str) -> Article:
    doc = nlp(text)
    article = Article(id="t", source="t", kind="text", text=text)
    article.entities = extract_entities(doc)
    article.quotes = extract_quotes(doc)
    _link_speakers(article)
    return article


def test_a_place_that_locates_the_speakers_is_not_the_speaker(nlp) -> None:
    article = _article(
        nlp,
        "Kessary and Torvania met on Monday. Opposition politicians in Brelmouth accused the "
        "minister of conceding too much. Brelmouth said it would host the next round.",
    )
    by_speaker = {q.speaker.text: q for q in article.quotes if q.speaker is not None}
    located = by_speaker["Opposition politicians in Brelmouth"]
    assert located.speaker_entity is None
    # the place itself speaking is still the place
    spoke = by_speaker.get("Brelmouth")
    if spoke is not None:
        assert article.entities[spoke.speaker_entity].name == "Brelmouth"


def test_a_headline_name_keeps_a_surname_the_body_writes_in_lower_case(nlp) -> None:
    doc = nlp(
        "Edvin Young Says Talks Will Resume\n\n"
        "The union negotiator said on Monday that talks with the port would resume next week. "
        '"We are close," Young said. Many young voters backed the union.'
    )
    names = [p.name for p in SpeakerResolver(doc).people]
    assert "Edvin Young" in names and "Edvin" not in names


def test_the_owner_of_a_speakers_words_is_not_the_speaker(nlp) -> None:
    article = _article(
        nlp,
        "Former port director Oskar Pellane went on trial in Varsk on Monday. Pellane's "
        "lawyer, Tomas Brenn, said the case rested on one witness. Pellane's lawyer said "
        "later that the witness had lied.",
    )
    by_text = {q.text[:12]: q for q in article.quotes}
    named = by_text["the case res"]
    assert article.entities[named.speaker_entity].name == "Tomas Brenn"
    bare = by_text["the witness "]
    who = bare.speaker_entity
    assert who is None or article.entities[who].name == "Tomas Brenn"
