"""Which line of scraped text is the headline: the title ranker of the cleaner.

`textclean` finds where the article body starts; the headline is one of the lines around that
point (25 before it to 5 after). Each such line is scored by a logistic regression over features
that say "headline" without knowing any site: where it sits relative to the body start, its
length, its share of capitalised words, its closing punctuation, how many of its content words
recur in the first paragraphs of the body, whether the page prints it twice (the `<title>` echo,
often with a " | Site" tail), whether a byline or a date line follows it, whether it looks like a
short upper-case section label, a menu or a name, and whether the cleaner's rule would pick it.
The best-scoring line is the headline; when no line scores above `MIN_PROB`, the rule's pick.

The weights in `titlescore.json` were fitted by `bench/wcxb_clean.py --fit-title` on the tuning
part of WCXB dev article pages (CC BY 4.0; every fourth page is held out), features chosen by
5-fold cross-validation over those pages. Pure Python: a dot product per candidate line.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from importlib.resources import files
from typing import Any

BEFORE = 25  # candidate lines before the body start
AFTER = 5  # and after it (the headline printed as the body's first line)
MAX_WORDS = 30

NAMES = [
    "bias",
    "off_le_-16",
    "off_le_-8",
    "off_le_-4",
    "off_le_-2",
    "off_le_-1",
    "off_le_0",
    "off_le_2",
    "first_above",
    "words_le_3",
    "words_le_6",
    "words_le_10",
    "words_le_15",
    "words_le_25",
    "cap_share",
    "end_period",
    "end_question",
    "end_colon",
    "body_share",
    "body_none",
    "heading",
    "prose",
    "shape_title",
    "kept",
    "navigation",
    "meta",
    "site_tail",
    "not_title",
    "menu",
    "dated",
    "name",
    "caps_label",
    "echo",
    "echo_tail",
    "repeated",
    "before_meta",
    "longest",
    "rule",
    "colon",
]

_WORD = re.compile(r"\w+")
_TAIL = re.compile(r"^(?P<head>.{8,200}?)\s(?:[|–—-]|::)\s(?P<site>[^|–—]{2,60})$")
_SEP = re.compile(r"\s[|–—-]\s|\s::\s")


@cache
def _weights() -> tuple[float, list[float]]:
    data = json.loads(files(__package__).joinpath("titlescore.json").read_text("utf-8"))
    w = data["weights"]
    return float(data.get("min_prob", 0.0)), [float(w.get(n, 0.0)) for n in NAMES]


def _key(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def _head_key(s: str, key: str | None = None) -> str:
    """`_key` of the line without its " | Site" tail (`key`: the line's own `_key`, if known)."""
    m = _TAIL.match(s) if _SEP.search(s) else None  # (a tail needs a separator: test it first)
    if m:
        return _key(m.group("head"))
    return _key(s) if key is None else key


def candidates(lines: list[Any], head_idx: int) -> list[Any]:
    """The lines the headline is looked for among: short lines near the body start, inside the
    body only those above its first prose (a list item or a subheading down the body, or the
    first paragraph of a page without a headline, is no headline)."""
    end = head_idx + AFTER + 1
    # a long headline reads as prose by its length and stopwords, but as a heading it has no
    # sentence end: it is no paragraph that ends the search (unless the next line goes on in
    # lower case: a paragraph hard-wrapped mid-sentence)
    first_prose = next(
        (
            ln.idx
            for ln in lines[head_idx:end]
            if ln.prose
            and (
                not ln.heading or (ln.idx + 1 < len(lines) and lines[ln.idx + 1].text[:1].islower())
            )
        ),
        end,
    )
    return [
        ln
        for ln in lines[max(0, head_idx - BEFORE) : first_prose]
        if 2 <= ln.words <= MAX_WORDS
        and len(ln.text) <= 250
        and ln.reason != "comments"
        and not ((ln.idx >= head_idx or ln.prose) and ln.text.endswith("."))  # a sentence
        and not (ln.text[:1] == "(" and ln.text.endswith(")"))  # an aside: `(Incorporated in X)`
    ]


def features(
    cands: list[Any], lines: list[Any], head_idx: int, body: list[Any], rule: Any
) -> list[list[float]]:
    """One feature row (in the order of NAMES) per candidate line."""
    from newsgraph.extract import textclean as tc
    from newsgraph.extract.dates import date_line

    if not cands:
        return []
    vocab = frozenset().union(*(ln.vocab for ln in body[:40] if ln.prose))
    # how often each line's text occurs on the page: whole, and without a " | Site" tail
    # (only the counts of the candidates' keys are read: a line whose first word starts none of
    # them cannot count, and is not keyed)
    firsts = {k.split(" ", 1)[0] for ln in cands for k in (_key(ln.text), _head_key(ln.text))}
    whole: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    for ln in lines:
        t = ln.text
        if len(t) > 300 or (m := _WORD.search(t.lower())) is None or m.group() not in firsts:
            continue
        k = _key(t)
        whole[k] += 1
        heads[_head_key(t, k)] += 1
    meta_line: dict[int, bool] = {}  # per line below a candidate: a byline or a date line

    def is_meta(o: Any) -> bool:
        found = meta_line.get(o.idx)
        if found is None:
            found = meta_line[o.idx] = bool(
                (o.reason or "").startswith("metadata")
                or date_line(o.text)
                or tc._byline_in(o.text)
                or tc._dated(o.text)
            )
        return found

    longest = max(cands, key=lambda ln: ln.words)
    above = [ln for ln in cands if ln.idx < head_idx]
    first_above = above[0] if above else None
    rows = []
    for ln in cands:
        t = ln.text
        off = ln.idx - head_idx
        w = ln.words
        toks = _WORD.findall(t)
        alpha = [x for x in toks if x[0].isalpha()]
        cap = sum(x[0].isupper() for x in alpha) / len(alpha) if alpha else 0.0
        content = [x for x in ln.vocab if x not in tc.STOPWORDS]
        share = sum(x in vocab for x in content) / len(content) if content else 0.0
        k, hk = _key(t), _head_key(t)
        after = lines[ln.idx + 1 : ln.idx + 4]
        meta = any(map(is_meta, after))
        r = [1.0]
        r += [float(off <= e) for e in (-16, -8, -4, -2, -1, 0, 2)]
        r.append(float(ln is first_above))
        r += [float(w <= e) for e in (3, 6, 10, 15, 25)]
        r.append(cap)
        r += [float(t.endswith(".")), float(t.endswith("?")), float(t.endswith(":"))]
        r += [share, float(share == 0)]
        r += [float(ln.heading), float(ln.prose), float(ln.shape == "title")]
        r += [
            float(ln.reason is None),
            float(ln.reason == "navigation"),
            float((ln.reason or "").startswith("metadata")),
        ]
        r.append(float(bool(_SEP.search(t))))
        r.append(float(bool(tc._NOT_TITLE.search(t))))
        r.append(float(bool(tc._MENU.search(t))))
        r.append(float(tc._dated(t)))
        r.append(float(tc._looks_like_name(t)))
        r.append(float(t.isupper() and w <= 4))
        # the <title> echo: the same words elsewhere on the page, bare or with a site tail
        r.append(float(heads[k] > 1 or heads[hk] > 1))
        r.append(float(hk != k and whole[hk] >= 1))
        r.append(float(whole[k] > 2))
        r.append(float(meta))
        r.append(float(ln is longest))
        r.append(float(ln is rule))
        r.append(float(":" in t))
        rows.append(r)
    return rows


STANDFIRST_MARGIN = 3.0  # a headline over the picked line wins unless scored this far below
_CRUMB = re.compile(r"[/>›»|·•]|\d{3}[-. ]\d{3,4}")  # breadcrumbs, joined menus, phone numbers
_SLUG_MIN = 3  # words a URL's last path segment needs to name the headline
_SLUG_SHARE = 0.6


def _headline_over(up: Any, low: Any) -> bool:
    """Whether `up`, the line directly above the picked line `low`, is the headline and `low`
    its standfirst (the one- or two-sentence summary under it): a standfirst is longer than
    its headline (eight words or more); a kicker or section label above a headline is shorter
    than four words, starts the line below ("Music of the Month" / "Music of the Month: ..."),
    or is a breadcrumb or a menu. A headline rarely ends with a full stop."""
    from newsgraph.extract import textclean as tc

    t = up.text
    return (
        up.idx == low.idx - 1
        and 4 <= up.words < low.words
        and low.words >= 8
        and (t[:1].isupper() or t[:1].isdigit() or t[:1] in "\"“‘'")
        and not t.endswith(".")
        and not _CRUMB.search(t)
        and not tc._MENU.search(t)
        and not tc._looks_like_name(t)
        and not tc._dated(t)
        and _key(low.text).split()[:3] != _key(t).split()[:3]
    )


def _slug_words(url: str | None) -> list[str]:
    """The words of a URL's last path segment ("/world/border-commission-set-up-123" ->
    border, commission, set, up), or none."""
    if not url:
        return []
    path = re.sub(r"^[a-z]+://[^/]*", "", url.lower()).split("?")[0].split("#")[0]
    segs = [sg for sg in path.split("/") if sg]
    if not segs:
        return []
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", segs[-1])
    return [w for w in re.split(r"[-_+]", last) if w.isalpha()]


def _slug_pick(cands: list[Any], url: str | None) -> Any:
    """The candidate whose words spell most of the URL's slug, when one spells 60% of it."""
    slug = _slug_words(url)
    if len(slug) < _SLUG_MIN:
        return None
    best, share = None, _SLUG_SHARE
    for ln in cands:
        words = set(_key(ln.text).split())
        s = sum(w in words for w in slug) / len(slug)
        if s >= share and (best is None or s > share):
            best, share = ln, s
    return best


def pick(
    lines: list[Any], head_idx: int, body: list[Any], rule: Any, url: str | None = None
) -> Any:
    """The headline line: the best-scoring candidate, or the rule's pick (which may be None)
    when no candidate scores above MIN_PROB. Two general corrections follow the ranker: the
    candidate that spells the slug of the article's URL (`Original url: .../border-talks-end`)
    is the headline; a headline directly above the pick, the pick its standfirst
    (`_headline_over`), wins unless it scored `STANDFIRST_MARGIN` below it."""
    cands = candidates(lines, head_idx)
    if not cands:
        return rule
    min_prob, w = _weights()
    rows = features(cands, lines, head_idx, body, rule)
    scores = [sum(a * b for a, b in zip(w, r, strict=True)) for r in rows]
    best = max(range(len(cands)), key=scores.__getitem__)
    if 1 / (1 + math.exp(-max(-30.0, min(30.0, scores[best])))) < min_prob:
        return rule
    if all(ln is cands[best] for ln in body):  # the whole body is no headline
        return rule
    slug = _slug_pick(cands, url)
    if slug is not None:
        return slug
    if (
        best
        and _headline_over(cands[best - 1], cands[best])
        and scores[best - 1] > scores[best] - STANDFIRST_MARGIN
    ):
        return cands[best - 1]
    return cands[best]
