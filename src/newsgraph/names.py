"""People's names the dictionaries hold, and the key the dictionaries are looked up by.

The text cleaner (`extract.credits.given_name`: is `Marta` a given name?) and the analysis
(`analyse.countries`, `analyse.entities`) ask the same question of the same data, the
Phoenix actor dictionaries (`analyse/data/actors.tsv.gz`, see `analyse.countries`). Kept here,
beside `wordlists.py`, so an extract stage need not reach into an analyse module for it.
Data only: no model is loaded.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

from unidecode import unidecode

#: The Phoenix actor and agent dictionaries, compacted by `tools/actors_build.py`: one phrase a
#: line, `form <TAB> kind <TAB> country <TAB> codes <TAB> holder keys`.
ACTORS = Path(__file__).with_name("analyse") / "data" / "actors.tsv.gz"
#: A possessive ending (`Russia's`, `Jonas'`), straight or curly.
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: One word of a person's name as a text prints it: letters with inner hyphens, apostrophes or
#: periods (`Berg-Aas`, `O’Neil`, the initial `J.`), no digit. Case is the caller's to judge
#: (a particle, `de`, is a name's word in lower case).
NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-])*")
#: Kinds of dictionary phrase that name a person.
_PERSON_KINDS = ("person", "holder")


def norm(text: str) -> str:
    """Lookup key: ASCII, lower case, no leading `the`, no possessive, single spaces."""
    text = unidecode(text).replace("’", "'").strip().lower()
    text = POSSESSIVE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    return text[4:] if text.startswith("the ") else text


def lookup_key(text: str) -> str:
    """Table key: `norm` with hyphens as spaces, so `Al-Sabah` meets the dictionaries'
    `AL_SABAH` and `Nagorno Karabakh` meets `Nagorno-Karabakh`."""
    return norm(text).replace("-", " ")


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """First and last words of the people and office holders of the dictionaries."""
    out: set[str] = set()
    with gzip.open(ACTORS, "rt", encoding="utf-8") as f:
        for line in f:
            form, kind, _ = line.split("\t", 2)
            words = form.split()
            if len(words) > 1 and kind in _PERSON_KINDS:
                out.update((words[0], words[-1]))
    return frozenset(out)


def is_name_word(word: str) -> bool:
    """`word` is a given name or surname of a person the dictionaries hold (`Lucia`,
    `Maria`): a one-word name shaped like a country's may be a founder's."""
    return lookup_key(word) in _name_words()
