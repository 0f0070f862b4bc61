"""Numbers written as words, read one way by every stage that compares figures (the story
grouper's `d:` features, the dossier's number facts): `fourteen` and `thirty-eight` are the
figures a report in digits writes as `14` and `38`.

Words only, no parsing of a run of words: each stage reads `two hundred` or `two dozen` its
own way (the grouper spells whole figures, the dossier multiplies by a scale).
"""

from __future__ import annotations

#: `zero` to `nineteen`, each by its value.
SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
#: `twenty` to `ninety`.
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
#: Words that multiply the number before them (`3 million`, `two dozen`).
SCALES = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
_VALUES = {w: i for i, w in enumerate(SMALL_NUMBERS)}
_VALUES.update({w: 10 * i for i, w in enumerate(TENS, 2)})


def spelled_value(word: str) -> int | None:
    """The number one lower-case word spells (`nine`, `fourteen`, `forty`, `thirty-eight`), or
    None (a digit, a scale word, any other word)."""
    got = _VALUES.get(word)
    if got is not None:
        return got
    tens, _, unit = word.partition("-")  # `thirty-eight`
    if _VALUES.get(tens, 0) >= 20 and 1 <= _VALUES.get(unit, 0) <= 9:
        return _VALUES[tens] + _VALUES[unit]
    return None
