"""Language identification (py3langid: small, offline, fast, 97 languages)."""

from __future__ import annotations

import re
from functools import lru_cache

#: Languages the analysis stage handles; articles in others are stored but not analysed.
ANALYSED_LANGUAGES = frozenset({"en"})

_SAMPLE_CHARS = 4000  # enough for a confident guess; bounds cost on very long articles
#: Below this many letters the language is not told at all (None: "text too short") ...
MIN_LETTERS = 20
#: ... and below this many a language the analysis does not handle is told only when the
#: identifier is this sure: a headline or a byline of 20-59 letters, mostly names, is English
#: read as Nigerian Pidgin (`pcm`, an English-lexified language) now and then, at 0.5-0.65, and
#: the article is then lost to the analysis under a wrong label. English WCXB dev titles and
#: authors of 20-59 letters: wrong 3 -> 0 of 1,022, English 430 -> 430; from 60 letters on none
#: of 99 was wrong (docs/benchmarks.md, "Session 13: ingest").
SHORT_LETTERS, SHORT_OTHER_SURE = 60, 0.9


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=8)
def _classify(sample: str) -> tuple[str, float]:
    """The identifier's top guess and its probability; kept, so a text `language_of` weighs
    against its declaration is not classified a second time."""
    lang, prob = _identifier().classify(sample)
    return lang, prob


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell
    (`MIN_LETTERS`, `SHORT_LETTERS`) or the guess is unsure."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(c.isalpha() for c in sample)
    if letters < MIN_LETTERS:
        return None
    lang, prob = _classify(sample)
    short = letters < SHORT_LETTERS and lang not in ANALYSED_LANGUAGES
    return lang if prob >= (SHORT_OTHER_SURE if short else 0.5) else None


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")

#: A declaration is taken only where the identifier's top guess agrees with it or leans under
#: this: short English texts of English WCXB tune pages lean to another language at most 0.53
#: (Nigerian Pidgin), short headlines of other languages written for the tests lean 0.27-0.90
#: to their own; 0.6 keeps all 297 English ones and takes 4 of 17 foreign ones for English under
#: a wrong `en` (docs/benchmarks.md, "Session 20: extraction (round 2)").
DECLARATION_LEAN = 0.6


def declared_language(tag: object) -> str | None:
    """The ISO 639-1 code of a language an input declares (`en`, `en-GB`, `EN_us`, `eng`,
    `english`), or None: an unknown code (`zz`) is no language. Full names and three-letter codes
    come from pycountry's ISO 639 data (Webz-style feeds write `english`)."""
    if not isinstance(tag, str) or not tag.strip():
        return None
    m = _LANGUAGE_TAG.fullmatch(tag.strip())
    code = m.group(1).lower() if m else tag.strip()
    return _iso639_1(code)


@lru_cache(maxsize=256)
def _iso639_1(code: str) -> str | None:
    import pycountry

    if len(code) == 2:
        found = pycountry.languages.get(alpha_2=code.lower())
    else:
        try:
            found = pycountry.languages.lookup(code)
        except LookupError:
            found = None
    return getattr(found, "alpha_2", None)


def language_of(text: str, declared: object = None) -> str | None:
    """The text's language: the identifier's where it is sure (`detect_language`), else the
    input's declaration where the identifier's top guess agrees with it or is weak
    (`DECLARATION_LEAN`). A one-line English alert in a record that says `"language": "en"` is
    English; a German sentence wrongly declared `en` is not."""
    sure = detect_language(text)
    if sure is not None:
        return sure
    claim = declared_language(declared)
    if claim is None:
        return None
    sample = text[:_SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return claim
    guess, prob = _classify(sample)
    return claim if guess == claim or prob < DECLARATION_LEAN else None
