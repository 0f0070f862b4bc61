"""The full name a headline gives a surname the body uses alone.

A transcript labels its speakers by surname (`MS SEFTON:`) and a report may name someone by
surname only; the title often holds the full name (`Briefing by spokesperson Noor Sefton`).
One rule serves the entities stage (the person's name) and the quotes stage (the speaker's):
the surname in the title, after one or two capitalised words that can be given names. A word
cannot be one when it is a role, title or institution word (`Foreign Ministry Spokesperson`),
an acronym or a possessive (`AMD's ATI`), a function or common word, a word the body writes
in lower case (a Title Case headline's `Briefing By`), or a present-tense verb's form (`Prime
Minister Meets Young Voters`: `Meets` is no given name of `Young`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.lang.en.stop_words import STOP_WORDS

from newsgraph.analyse.countries import norm
from newsgraph.analyse.nlp import common_word
from newsgraph.analyse.speakers import INSTITUTION_NOUNS, ROLE_NOUNS
from newsgraph.extract.lexicon import is_present_tense_form
from newsgraph.wordlists import (
    ABBREVIATED_TITLES,
    COURTESY_TITLES,
    GIVEN_NAME_TITLE_ABBREVIATIONS,
)

#: Role words that are titles in front of a name but not in ROLE_NOUNS (`Sen. Jane Roe`,
#: `Sgt. Ivo Marsh`): every abbreviated title (`wordlists.ABBREVIATED_TITLES`) and these words.
TITLE_WORDS = ABBREVIATED_TITLES | frozenset(
    "judge justice sheikh ayatollah cardinal bishop rabbi imam colonel lieutenant captain "
    "sergeant admiral marshal prime deputy vice foreign defense defence interior finance "
    "state".split()
)
#: Courtesy titles: no role, no part of a name.
NOT_ROLES = frozenset(w + dot for w in COURTESY_TITLES for dot in ("", "."))
#: Words that are never a headline's given name; `Hon`, `Maj` without a period may be one.
_NOT_GIVEN = (TITLE_WORDS | NOT_ROLES) - GIVEN_NAME_TITLE_ABBREVIATIONS
#: Occupations news writes in lower case before a person's name (`Defence lawyer Emil Sarto`,
#: `chief prosecutor Ilse Varnholm`): with `ROLE_NOUNS` they make the name a person's whatever
#: NER tagged it. `prosecutor` is also an institution noun (`the prosecutor's office`), but
#: before a name it is the person's job.
NAME_ROLES = ROLE_NOUNS | frozenset(
    """
    lawyer attorney barrister solicitor counsel advocate prosecutor judge magistrate justice
    ombudsman detective inspector constable superintendent officer journalist reporter
    correspondent editor columnist photographer author writer novelist poet historian
    scientist researcher activist campaigner organiser organizer priest pastor doctor surgeon
    nurse teacher businessman businesswoman entrepreneur investor banker executive
    """.split()
)
#: Words of a headline's furniture or of an office before a name that no list above holds
#: (`Transcript`, `Briefing By`, `Regular`, `Acting`).
_HEADLINE_WORDS = frozenset(
    "transcript briefing briefs press by with acting chief senior regular daily weekly "
    "government national federal health".split()
)
#: A word of a headline (`Lt.`, `Vice-President`, `O’Neill`), without a quotation mark
#: before it (`'Noor Sefton' resigns`).
_WORD = re.compile(r"\w[\w'’.-]*")
_POSSESSIVE = ("'s", "’s", "'", "’")
#: Given names before a surname at most.
_GIVEN = 2


def title_names(
    title: str, surname: str, body_words: Collection[str] = frozenset()
) -> set[tuple[str, str]]:
    """(role, full name) for each place `title` writes `surname` after one or two given names;
    role is the role noun before the name (`spokesperson`), else "". An upper-case title is
    read in Title Case. `body_words`: the words the body writes in lower case."""
    if title.isupper():
        title = title.title()
    surname = norm(surname)
    found = list(_WORD.finditer(title))
    words = [m.group().rstrip(".") if len(m.group()) > 2 else m.group() for m in found]
    out = set()
    for i, w in enumerate(words):
        if not surname or norm(w) != surname or not w[:1].isupper():
            continue
        a = i
        while (
            a > max(0, i - _GIVEN)
            and not title[found[a - 1].end() : found[a].start()].strip()  # no `:` or `,`
            and _given_name(words[a - 1], body_words, found[a - 1].group().endswith("."))
        ):
            a -= 1
        if a < i:
            before = words[a - 1].lower() if a else ""
            last = _without_possessive(w)
            out.add((before if before in NAME_ROLES else "", " ".join([*words[a:i], last])))
    return out


def title_name(
    title: str, surname: str, body_words: Collection[str] = frozenset()
) -> tuple[str, str] | None:
    """(role, full name) when `title` gives `surname` exactly one full name (`title_names`;
    the role word before one of its places, if any), else None: two people of one surname
    (`Hana Sefton and Ivo Sefton`) leave the surname alone."""
    found = title_names(title, surname, body_words)
    if len({name for _, name in found}) != 1:
        return None
    return max(found)


def _given_name(word: str, body_words: Collection[str], dotted: bool = False) -> bool:
    """A title's word may be a given name: capitalised, no acronym or possessive, no role,
    title, institution, function or common word, nor one the body writes in lower case.
    `dotted`: the title writes the word with a period, which makes `Hon.` or `Maj.` a title
    (without it `Hon`, `Maj` are given names: `Hon Li`)."""
    low = word.lower()
    bare = low.rstrip(".")
    return not (
        not word[:1].isupper()
        or word.isupper()
        and len(word) > 2
        or low.endswith(_POSSESSIVE)
        or low in NAME_ROLES
        or bare in _NOT_GIVEN
        or (dotted and bare + "." in _NOT_GIVEN)
        or low in INSTITUTION_NOUNS
        or low in _HEADLINE_WORDS
        or low in body_words
        or low in STOP_WORDS
        or common_word(low)
        or _verb_shaped(low)
    )


#: A third-person `-es` that follows the stem (`Urges`, `Pushes`, `Goes`); elsewhere `-es` is
#: the name's own (`James` is no form of `jam`).
def _verb_shaped(low: str) -> bool:
    """A Title Case headline's verb (`Meets`, `Urges`, `Rallies`): one closing `s` on an
    everyday word's stem. Names ending in `-us`, `-is` or `-ss` (`Marcus`, `Boris`) never are;
    a few names that are also verb forms (`Brooks`) are lost to the rule."""
    if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    return is_present_tense_form(low)


def _without_possessive(word: str) -> str:
    for end in ("'s", "’s"):
        if word.lower().endswith(end):
            return word[: -len(end)]
    return word.rstrip("'’")


#: A given name in running text: capitalised, not in capitals (`Ravel`, `Mara`, `O'Neill`).
_GIVEN_WORD = r"[A-Z][a-z][\w'’-]*"


def label_name(label: str, texts: Collection[str]) -> str | None:
    """The full name a capitals transcript label with a title (`PRESIDENT OSTIN:`, `PRIME
    MINISTER KIRU:`) stands for: where the title or the body writes that title, one or two
    capitalised given names and the surname (`President Ravel Ostin`), the given names are
    the person's whatever words they are (`President Mara Hope`), since the label's title
    anchors them, bar a headline's verb (`Prime Minister Meets Young Voters`); `_given_name`
    must reject common words only where no title does. None when
    the label has no title word, or the texts give the surname two different full names."""
    words = label.split()
    if len(words) < 2 or not label.isupper():
        return None
    *title, surname = words
    if not all(w.lower().rstrip(".") in TITLE_WORDS or w.lower() in NAME_ROLES for w in title):
        return None
    pattern = re.compile(
        r"(?<![\w-])(?i:"
        + r"\s+".join(re.escape(w) for w in title)
        + rf")\s+((?:{_GIVEN_WORD}\s+){{1,{_GIVEN}}})((?i:{re.escape(surname)}))(?![\w-])"
    )
    names = {
        " ".join([*m.group(1).split(), m.group(2)])
        for text in texts
        for m in pattern.finditer(text)
        if not m.group(2).isupper()  # another capitals label, no running text
        # a Title Case headline's verb (`Prime Minister Meets Young Voters`): the body's
        # `Prime Minister Dana Young` names the person
        and not any(_verb_shaped(w.lower()) for w in m.group(1).split())
    }
    return names.pop() if len(names) == 1 else None
