"""Analyse stage: components that read a parsed article and add typed records to it.

Components are registered by name (as spaCy's are) and chosen by configuration:
`NEWSGRAPH_ANALYSERS=quotes` (comma-separated; default: all registered), so a user can turn one
off without editing code. Each component has one job and only reads the parse.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.records import Article

Analyser = Callable[[Article, Doc], None]
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
    from newsgraph.analyse.nlp import load_nlp

    doc = load_nlp()(article.text)
    for name in names:
        _REGISTRY[name](article, doc)


@register("quotes")
def _quotes(article: Article, doc: Doc) -> None:
    from newsgraph.analyse.quotes import extract_quotes

    article.quotes = extract_quotes(doc)
