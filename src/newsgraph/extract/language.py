"""Language identification (py3langid: small, offline, fast, 97 languages)."""

from __future__ import annotations

from functools import lru_cache

#: Languages the analysis stage handles; articles in others are stored but not analysed.
ANALYSED_LANGUAGES = frozenset({"en"})

_SAMPLE_CHARS = 4000  # enough for a confident guess; bounds cost on very long articles


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < 20:
        return None
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else None
