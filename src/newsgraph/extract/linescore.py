"""How likely a line of scraped text is part of the article: the line classifier of the cleaner.

`textclean` scores each line it did not remove by rule with the probability this model gives
(a logistic regression) before choosing the body as the best-scoring run of lines. The features
are jusText-style statistics of the line and its neighbours, none of them about a site: length,
stopword share and sentence punctuation (through the cleaner's own line score and shapes), where
the line sits among the page's prose, how far it is from furniture the rules removed, whether
prose surrounds it, and a few kinds of wording (sign-up pitches, disclosures, author bios, calls
to action, second-person address).

The weights in `linescore.json` were fitted by `bench/wcxb_clean.py --fit` on the tuning part of
WCXB dev (CC BY 4.0; every article page but each fourth, which is held out), each page also as a
light scrape (its article between a few furniture lines) so that the model does not learn that
a page's last paragraphs are never the article's. Pure Python: a dot product per line.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from importlib.resources import files
from itertools import accumulate, compress
from operator import mul
from typing import Protocol

_BIO_START = re.compile(
    r"^(?:[A-Z][\w'’.-]+ ){1,3}(?:is|was|has been|has|brings|leads|joined|covers|writes|holds|"
    r"serves|founded|co-founded|specializes)\b"
)
_BULLET = re.compile(r"^(?:\d|[•●▪■◦‣∙·*–-]\s)")
_DIGIT = re.compile(r"\d")

_SIGNUP = frozenset(
    "subscribe subscribed subscribing subscriber subscribers subscription newsletter "
    "newsletters inbox unsubscribe signup".split()
)
_CONSENT = frozenset("consent agree privacy".split())
_DISCLOSE = frozenset("affiliate commission commissions disclosure disclaimer sponsored".split())
_ROLE = frozenset(
    "writer editor reporter journalist author contributor columnist correspondent blogger "
    "freelance".split()
)
_CTA_VERB = frozenset(
    "get start try join book request schedule contact call download learn discover explore "
    "find see shop buy order claim sign register subscribe enroll apply donate give support "
    "make".split()
)
_YOU = frozenset("you your you're yours".split())
_WE = frozenset("we our us we're".split())
_I = frozenset("i my me i'm".split())

_WORD_EDGES = (0, 1, 3, 7, 15, 30)
_PROSE_EDGES = (0.0, 0.05, 0.2, 0.5, 0.8, 0.95, 0.999)
_POS_EDGES = (0.1, 0.3, 0.5, 0.7, 0.9)
_GAP_EDGES = (1, 2, 4, 8)

#: Features with a number of their own, in the order `_compact` gives them.
_NUMBER_NAMES: tuple[str, ...] = (
    "bias",
    "rule score/10",
    "furniture near",
    "prose near",
    "log words before",
    "Title Case near",
    "prose share near",
    "log chars/6",
)
#: Features that are true or false, in the order `_compact` gives them.
_FLAG_NAMES: tuple[str, ...] = (
    "prose",
    "heading",
    "shape figures",
    "shape list item",
    "shape Title Case",
    "shape code",
    "rule score>0",
    "sentence end",
    "ends ?",
    "ends :",
    "repeated on page",
    "after the prose",
    "before the prose",
    "isolated paragraph",
    "isolated after the prose",
    "isolated at the end",
    "promo",
    "promo after the prose",
    "promo at the end",
    "prose before it",
    "prose after it",
    "heading before it",
    "heading after it",
    "heading over prose",
    "heading at the end",
    "sign-up words",
    "consent words",
    "disclosure words",
    "bio start",
    "byline words",
    "imperative start",
    "you",
    "we",
    "I",
    "digit",
    "link",
    "all caps",
    "starts with digit or bullet",
    "teaser blurb",
    "under 25 chars",
    "card template",
    "card template short",
    "card template prose",
)
#: Binned quantities: "words<=7" is 1 for a line of at most 7 words, and so on.
_BINS: tuple[tuple[str, tuple[float, ...]], ...] = (
    ("words", _WORD_EDGES),
    ("prose before", _PROSE_EDGES),  # share of the page's prose up to the line
    ("position", _POS_EDGES),  # line number / lines
    ("furniture before", _GAP_EDGES),  # lines since the last furniture line
    ("furniture after", _GAP_EDGES),  # lines to the next one
)
#: All features, in the order `features` gives their values.
NAMES: tuple[str, ...] = (
    _NUMBER_NAMES + _FLAG_NAMES + tuple(f"{name}<={e}" for name, edges in _BINS for e in edges)
)


class Line(Protocol):
    """What the model reads of a line (`textclean._Line`)."""

    text: str
    reason: str | None
    words: int
    score: float
    prose: bool
    heading: bool
    sentence: bool
    shape: str
    vocab: frozenset[str]


TEMPLATE_PERIOD = 6  # the most lines one card of a repeated template may have
TEMPLATE_REPEATS = 3  # cards in a row of the same shape make a list of cards
_SHORT = 8  # words: shorter lines are card fields (titles, labels, dates), not paragraphs


def _shape_key(ln: Line) -> tuple:
    """The shape of a line, what two fields of two cards of one template share: its length
    band, how it ends, its casing and shape, a leading digit, or the rule that removed it."""
    if ln.reason is not None:
        return (ln.reason,)
    t = ln.text
    return (
        bisect_left(_WORD_EDGES, ln.words),
        ln.sentence,
        t[-1:] in ":?",
        ln.shape,
        t[:1].isdigit(),
        _DIGIT.search(t) is not None,
    )


def _templates(seq: list[Line]) -> list[int]:
    """Per line, how many cards the repeated template it is part of has (0: none): the same
    sequence of line shapes
    (`_shape_key`) printed `TEMPLATE_REPEATS` or more times in a row, with a period of 1 to
    `TEMPLATE_PERIOD` lines (a grid of cards: title, blurb, date; a list of product boxes).
    A period of one line counts only for short lines, and a longer card must mix shapes: a run
    of paragraphs has one shape throughout and is prose, not cards."""
    keys = [_shape_key(ln) for ln in seq]
    short = [ln.words < _SHORT for ln in seq]
    n = len(seq)
    out = [0] * n  # per line: how many cards the longest template it is part of has
    for p in range(1, TEMPLATE_PERIOD + 1):
        j = 0
        while j + p < n:
            if keys[j] != keys[j + p]:
                j += 1
                continue
            a = j
            while j + p < n and keys[j] == keys[j + p]:
                j += 1
            # lines a .. j+p-1 repeat a block of p lines; (j - a) / p + 1 copies of it
            if j - a >= (TEMPLATE_REPEATS - 1) * p:
                block = keys[a : a + p]
                if (p == 1 and short[a]) or (
                    p > 1 and len(set(block)) > 1 and any(short[a : a + p])
                ):
                    copies = (j - a) // p + 1
                    for k in range(a, j + p):
                        out[k] = max(out[k], copies)
    return out


def _prefix(values: list[bool]) -> list[int]:
    return list(accumulate(values, initial=0))


def _compact(seq: list[Line], counts: Counter[str]) -> list[tuple[list, tuple[int, ...]] | None]:
    """Per kept line of `seq`: its values (`_VALUE_NAMES`) and, per binned quantity (`_BINS`),
    the number of edges below the quantity; None for the furniture lines between."""
    n = len(seq)
    gap = [ln.reason is not None for ln in seq]
    ok = [not g and ln.prose for ln, g in zip(seq, gap, strict=True)]
    total = sum(ln.words for ln, o in zip(seq, ok, strict=True) if o) or 1
    pairs = [k for k in range(1, n) if ok[k] and ok[k - 1]]
    core_end = pairs[-1] if pairs else n  # the last of two paragraphs in a row
    core_start = pairs[0] if pairs else 0
    gaps = [k for k in range(n) if gap[k]]
    gap_ps, ok_ps = _prefix(gap), _prefix(ok)
    kept_ps = _prefix([not g for g in gap])
    title_ps = _prefix([not g and ln.shape == "title" for ln, g in zip(seq, gap, strict=True)])
    tmpl = _templates(seq)
    out: list[tuple[tuple, tuple, tuple] | None] = []
    before = 0
    for k, ln in enumerate(seq):
        if gap[k]:
            out.append(None)
            continue
        okk = ok[k]
        if okk:
            before += ln.words
        t, w, v, shape, heading = ln.text, ln.words, ln.vocab, ln.shape, ln.heading
        title = shape == "title"
        c = before / total  # share of the page's prose up to here
        end, last = c > 0.9, c > 0.95
        prev = seq[k - 1] if k and not gap[k - 1] else None
        nxt = seq[k + 1] if k + 1 < n and not gap[k + 1] else None
        after = k > core_end
        g = bisect_left(gaps, k)
        d_prev = k - gaps[g - 1] if g else 99
        d_next = gaps[g] - k if g < len(gaps) else 99
        lo, hi = max(0, k - 3), min(n, k + 4)
        wlo, whi = max(0, k - 5), min(n, k + 6)
        near = kept_ps[whi] - kept_ps[wlo] - 1
        iso = okk and not (k and ok[k - 1]) and not (k + 1 < n and ok[k + 1])
        signup = not v.isdisjoint(_SIGNUP) or ("sign" in v and "up" in v)
        consent = not v.isdisjoint(_CONSENT)
        disclose = not v.isdisjoint(_DISCLOSE)
        role = not v.isdisjoint(_ROLE)
        imperative = not v.isdisjoint(_CTA_VERB) and t.split(None, 1)[0].lower() in _CTA_VERB
        bio = _BIO_START.match(t) is not None
        promo = signup or consent or disclose or role or imperative or bio
        numbers = (
            1.0,
            max(-20.0, min(40.0, ln.score)) / 10,
            (gap_ps[hi] - gap_ps[lo]) / 7,
            (ok_ps[hi] - ok_ps[lo] - okk) / 6,
            math.log1p(prev.words) if prev is not None else 0.0,
            (title_ps[whi] - title_ps[wlo] - title) / near if near else 0.0,
            (ok_ps[whi] - ok_ps[wlo] - okk) / near if near else 0.0,
            math.log1p(len(t)) / 6,
        )
        flags = (
            ln.prose,
            heading,
            shape == "num",
            shape == "item",
            title,
            shape == "code",
            ln.score > 0,
            ln.sentence,
            t.endswith("?"),
            t.endswith(":"),
            counts[t] > 1,
            after,
            k < core_start,
            iso,
            iso and after,
            iso and end,
            promo,
            promo and after,
            promo and end,
            prev is not None and prev.prose,
            nxt is not None and nxt.prose,
            prev is not None and prev.heading,
            nxt is not None and nxt.heading,
            heading and nxt is not None and nxt.prose,
            heading and last,
            signup,
            consent,
            disclose,
            bio,
            role,
            imperative,
            not v.isdisjoint(_YOU),
            not v.isdisjoint(_WE),
            not v.isdisjoint(_I),
            _DIGIT.search(t) is not None,
            "http" in t or "www." in t or "@" in t,
            t.isupper(),
            _BULLET.match(t) is not None,
            # a lone paragraph between two headings: another article's blurb
            iso and prev is not None and prev.heading and (nxt is None or nxt.heading),
            len(t) < 25,
            tmpl[k] > 0,
            tmpl[k] > 0 and w < _SHORT,
            tmpl[k] > 0 and okk,
        )
        buckets = (
            bisect_left(_WORD_EDGES, w),
            bisect_left(_PROSE_EDGES, c),
            bisect_left(_POS_EDGES, k / n),
            bisect_left(_GAP_EDGES, d_prev),
            bisect_left(_GAP_EDGES, d_next),
        )
        out.append((numbers, flags, buckets))
    return out


def features(seq: list[Line], counts: Counter[str]) -> list[list[float] | None]:
    """The feature values (in `NAMES` order) of every line of `seq` the rules kept, None for
    the furniture between them.

    `seq` is the page's lines in order, the kept ones (`reason` None) and the furniture the
    rules removed; `counts` counts every line text of the page."""
    out: list[list[float] | None] = []
    for item in _compact(seq, counts):
        if item is None:
            out.append(None)
            continue
        numbers, flags, buckets = item
        row = [*numbers, *map(float, flags)]
        for (_, edges), b in zip(_BINS, buckets, strict=True):
            row += [float(i >= b) for i in range(len(edges))]
        out.append(row)
    return out


@cache
def weights() -> tuple[tuple[float, ...], tuple[float, ...], tuple[tuple[float, ...], ...]]:
    """The fitted weights (`linescore.json`; a feature it lacks weighs 0): those of the numbers,
    of the flags, and per binned quantity the summed weight of its indicators from each bucket
    on."""
    data = json.loads(files("newsgraph.extract").joinpath("linescore.json").read_text("utf-8"))
    return compile_weights(data["weights"])


def compile_weights(
    w: dict[str, float],
) -> tuple[tuple[float, ...], tuple[float, ...], tuple[tuple[float, ...], ...]]:
    """`weights()` for a mapping of feature name to weight (a fit being cross-validated)."""
    numbers = tuple(float(w.get(name, 0.0)) for name in _NUMBER_NAMES)
    flags = tuple(float(w.get(name, 0.0)) for name in _FLAG_NAMES)
    bins = []
    for name, edges in _BINS:
        ws = [float(w.get(f"{name}<={e}", 0.0)) for e in edges]
        bins.append(tuple(sum(ws[b:]) for b in range(len(edges) + 1)))
    return numbers, flags, tuple(bins)


def probabilities(seq: list[Line], counts: Counter[str]) -> list[float | None]:
    """P(the line is article text) for every kept line of `seq`, None for the furniture."""
    numbers_w, flags_w, (c0, c1, c2, c3, c4) = weights()
    out: list[float | None] = []
    for item in _compact(seq, counts):
        if item is None:
            out.append(None)
            continue
        numbers, flags, (b0, b1, b2, b3, b4) = item
        z = sum(map(mul, numbers, numbers_w)) + sum(compress(flags_w, flags))
        z += c0[b0] + c1[b1] + c2[b2] + c3[b3] + c4[b4]
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out
