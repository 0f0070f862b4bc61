"""Long articles: past spaCy's length cap the text is parsed in chunks joined into one Doc."""

from __future__ import annotations

import pytest

from newsgraph.analyse import analyse
from newsgraph.analyse import nlp as nlp_module
from newsgraph.analyse.nlp import chunks, parse
from newsgraph.analyse.quotes import extract_quotes
from newsgraph.records import Article

PARAGRAPH = (
    'Tomas Brenn met Anja Veldt in Norvik on Monday. "The harbour stays open," Brenn said.\n\n'
)


@pytest.mark.parametrize(
    "text",
    [
        PARAGRAPH * 40,
        "word " * 500,  # no paragraph or sentence break: cut between words
        "x" * 1234,  # no break at all: a hard cut
        "",
    ],
)
def test_chunks_join_back_exactly(text):
    pieces = chunks(text, size=200)
    assert "".join(pieces) == text
    assert all(len(p) <= 200 for p in pieces)
    if "\n\n" in text:  # paragraph breaks are preferred
        assert all(p.endswith("\n\n") for p in pieces)


def test_long_text_is_parsed_in_chunks_with_offsets_kept(monkeypatch, nlp):
    monkeypatch.setattr(nlp_module, "MAX_CHARS", 1000)
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 300)
    text = PARAGRAPH * 30
    doc = parse(text, nlp)
    assert doc.text == text
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert people and max(e.start_char for e in people) > len(text) - len(PARAGRAPH)
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    assert len(list(doc.sents)) >= 60  # sentences in every chunk


def test_article_over_the_cap_is_analysed(monkeypatch, nlp):
    """Before, an article over spaCy's cap failed with spaCy's raw E088 message."""
    monkeypatch.setattr(nlp, "max_length", 1000)  # the cap itself, as a 1 MB text meets it
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 300)
    text = PARAGRAPH * 20
    article = Article(id="a1", source="long.txt", kind="text", text=text, published="2031-03-13")
    analyse(article)
    assert len(article.quotes) == 20
    last = max(article.quotes, key=lambda q: q.start)
    assert text[last.start : last.end].strip('"').startswith("The harbour stays open")


def test_article_over_the_limit_is_refused_with_a_reason(monkeypatch):
    """A multi-megabyte text took 13 GB and 20 minutes in review; by default it is refused
    in one line (the pipeline stores it, reporting the reason) before any parse."""
    monkeypatch.setattr(nlp_module, "ANALYSE_MAX_CHARS", 500)
    article = Article(id="a2", source="dump.txt", kind="text", text=PARAGRAPH * 10)
    with pytest.raises(nlp_module.TooLong) as err:
        analyse(article)
    assert str(err.value).startswith("870 characters, over the 500-character analysis limit")
    assert article.quotes == [] and article.entities == []


def test_a_paragraph_break_ends_a_sentence(nlp):
    """A headline or standfirst with no final stop ran into the lead as one sentence (review
    10); a paragraph break now always ends one, while a single line break does not."""
    text = (
        "Ferry strike spreads to three more ports\n\n"
        "Crews walked out in Lisbro on Monday, the union said.\n \n"
        "The talks failed\nafter midnight, a spokesman said.\n"
    )
    sents = [s.text.strip() for s in parse(text, nlp).sents]
    assert sents == [
        "Ferry strike spreads to three more ports",
        "Crews walked out in Lisbro on Monday, the union said.",
        "The talks failed\nafter midnight, a spokesman said.",
    ]


def test_paragraph_breaks_hold_in_chunks_and_leave_quotes_whole(monkeypatch, nlp):
    monkeypatch.setattr(nlp_module, "MAX_CHARS", 100)
    monkeypatch.setattr(nlp_module, "CHUNK_CHARS", 80)
    text = "Harbour reopens\n\nThe harbour reopened on Monday, officials said.\n\n" * 3
    sents = [s.text.strip() for s in parse(text, nlp).sents]
    assert sents.count("Harbour reopens") == 3
    # A quotation over two paragraphs is still one speaker's, each part a quote.
    doc = parse(
        '"We saw the boxes leave without seals.\n\n"This is not a count," Vela Ostrin said.\n',
        nlp,
    )
    found = extract_quotes(doc)
    assert [q.speaker_name for q in found] == ["Vela Ostrin", "Vela Ostrin"]


def test_a_dateline_after_a_headline_is_not_the_speaker(nlp):
    """With the headline its own sentence, the parse took the dateline for the subject; the
    name after its dash speaks (before, the headline's merge lost the speaker)."""
    text = (
        "Harbour strike ends after talks\n\n"
        "LISBRO -- Mayor Tove Anker, opening the new ferry terminal on Monday, said the strike "
        "at the harbour was over.\n"
    )
    [quote] = extract_quotes(parse(text, nlp))
    assert quote.text == "the strike at the harbour was over"
    assert quote.speaker_name == "Tove Anker"
