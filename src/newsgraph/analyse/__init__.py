"""Analyse stage: components that read a parsed article and add typed records to it.

Components are registered by name (as spaCy's are) and chosen by configuration:
`NEWSGRAPH_ANALYSERS=quotes` (comma-separated; default: all registered), so a user can turn one
off without editing code. Each component has one job and only reads the parse.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsgraph.records import Article

if TYPE_CHECKING:  # spaCy loads only when a component runs, so the CLI starts fast
    from spacy.tokens import Doc

Analyser = Callable[[Article, "Doc"], None]
_REGISTRY: dict[str, Analyser] = {}


def register(name: str) -> Callable[[Analyser], Analyser]:
    def wrap(fn: Analyser) -> Analyser:
        _REGISTRY[name] = fn
        return fn

    return wrap


def enabled() -> list[str]:
    """Component names to run, in registration order, from `NEWSGRAPH_ANALYSERS` or all."""
    wanted = os.environ.get("NEWSGRAPH_ANALYSERS")
    if wanted is None:
        return list(_REGISTRY)
    names = [n.strip() for n in wanted.split(",") if n.strip()]
    unknown = [n for n in names if n not in _REGISTRY]
    if unknown:
        raise ValueError(f"unknown analysers {unknown} (known: {sorted(_REGISTRY)})")
    return [n for n in _REGISTRY if n in names]


def analyse(article: Article) -> None:
    """Run the enabled components on an article in a language we analyse."""
    names = enabled()
    if not names or article.status != "analysed" or not article.text.strip():
        return
    from newsgraph.analyse.nlp import check_length, parse

    check_length(article.text)
    doc = parse(article.text)
    for name in names:
        _REGISTRY[name](article, doc)


@register("entities")
def _entities(article: Article, doc: Doc) -> None:
    from newsgraph.analyse.entities import extract_entities

    article.entities = extract_entities(
        doc, article.published, article.title, article.byline, outlet=article.outlet
    )


@register("events")
def _events(article: Article, doc: Doc) -> None:
    from newsgraph.analyse.events import extract_events

    article.events = extract_events(doc, article.entities, article.published)


@register("quotes")
def _quotes(article: Article, doc: Doc) -> None:
    from newsgraph.analyse.quotes import extract_quotes

    # the byline tells whose the narrator's `I` is (an op-ed's author; none without one)
    article.quotes = extract_quotes(doc, article.title, article.byline or "")
    _link_speakers(article)


def _link_speakers(article: Article) -> None:
    """Tie each speaker and addressee to the article's entity for them: the entity with a
    mention overlapping the speaker's words, else the one whose name the resolver gave."""
    from newsgraph.analyse.speakers import owner_only

    text = article.text
    spans = [
        (m.start, m.end, i)
        for i, e in enumerate(article.entities)
        for m in e.mentions
        if e.type in ("PERSON", "ORG", "GPE", "NORP")
    ]
    places = {i for i, e in enumerate(article.entities) if e.type == "GPE"}
    names = [(e.name, *e.aliases) for e in article.entities]
    types = [e.type for e in article.entities]
    by_name = {}
    for i, e in enumerate(article.entities):
        for n in (e.name, *e.aliases):
            by_name.setdefault(n, i)

    def find(mention, name):  # type: ignore[no-untyped-def]
        if mention is not None:
            # The entity mention sharing most characters with the speaker's words: "the
            # Norvik leader" is Brenn's mention, not Norvik's (whose name is inside it).
            # A place after a preposition inside the words only locates the speaker
            # ("Opposition politicians in Selmar"): it is not who speaks.
            overlaps = [
                (min(e, mention.end) - max(s, mention.start), i, s)
                for s, e, i in spans
                if s < mention.end
                and mention.start < e
                and not (i in places and _located(text[mention.start : max(s, mention.start)]))
                # `Dresler's lawyer, Emil Sarto,`: the owner of the speaker's words is not
                # the speaker unless the resolver named it (`speakers.owner_only`)
                and not owner_only(text, e, mention.end, names[i], name, types[i] == "PERSON")
            ]
            if overlaps:
                _, best, start = max(overlaps)
                # `The mayor of Brennholm, Anders Vik, said`: the resolver named the person
                # apposed to the words; the `of` object inside them (NER may type it PERSON)
                # is whose mayor, not who speaks
                named = by_name.get(name) if name else None
                if (
                    named is not None
                    and named != best
                    and types[named] == "PERSON"
                    and name not in names[best]
                    and _owned_by_of(text[mention.start : max(start, mention.start)])
                ):
                    return named
                return best
        return by_name.get(name) if name else None

    for q in article.quotes:
        q.speaker_entity = find(q.speaker, q.speaker_name)
        q.addressee_entity = find(q.addressee, q.addressee_name)
        if q.speaker_name is None and q.speaker_entity is not None:
            entity = article.entities[q.speaker_entity]
            if entity.type in ("PERSON", "ORG"):
                q.speaker_name = entity.name


def _owned_by_of(before: str) -> bool:
    """The speaker's words before an entity mention end in `of` after more words (`The
    mayor of`): the mention is what the speaker's office belongs to."""
    words = before.split()
    return len(words) >= 2 and words[-1].lower() == "of"


def _located(before: str) -> bool:
    """The speaker's words before a place mention end in a locating preposition
    (`officials in Selmar`: `entities.LOCATING`)."""
    from newsgraph.analyse.entities import LOCATING

    words = before.split()
    return bool(words) and words[-1].lower() in LOCATING
