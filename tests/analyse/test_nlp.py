"""Long articles: past spaCy's length cap the text is parsed in chunks joined into one Doc."""

from __future__ import annotations

import pytest

from newsgraph.analyse import analyse
from newsgraph.analyse import nlp as nlp_module
from newsgraph.analyse.nlp import chunks, parse
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
