"""Online story grouping: articles that report the same real-world event.

Stages per new article, each with a cost that does not grow with the corpus:

1. *Retrieval*: the article's most specific features (highest TF-IDF weight) are looked up in an
   inverted index from feature to the stories that carry it. Only stories active within a time
   window around the article's publication day are in the index (older ones are retired), and
   each posting list is capped, so a lookup touches a bounded number of stories.
2. *Decision*: each retrieved story is scored precisely against the article (cosine of the
   article's weighted vector with the story centroid) and the article joins the best story if
   the score reaches a threshold, or opens a new story.
3. *Split check*: when a story reaches one of a few sizes (6, 8, 10, ... 48 articles), its
   members are divided in two and the story splits if the two parts are much less alike than
   each part is within itself. One article rarely tells two similar events apart (a second DUI
   arrest of a player of the same team looks like the first), but a handful of articles do: each
   event's own names, numbers and places recur in its part. The check compares at most 48
   member vectors, so it too costs the same however large the corpus is.
4. *Specifics* (undated articles): the years, weekdays, counts and dates an article states. At
   a check, a story first absorbs its nearest story when their members agree on them (one
   event left in pieces), and the split test counts the parts' agreements and conflicts.

The vectors weigh names, numbers and dates above ordinary words: two events of one kind (two
summits, two attacks in one city) share their vocabulary but differ in who, where, when and how
many. See docs/stories.md for the measurements behind the weights and the threshold.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from newsgraph.group.features import article_features, parse_day, specifics

#: Weight multipliers per feature kind (see `features.article_features`).
KIND_WEIGHTS = {"w": 0.7, "n": 2.0, "p": 2.0, "d": 2.0, "y": 3.0, "m": 3.0}
#: Story sizes at which a story is checked for a split (about 20% apart, so the checks cost a
#: bounded, amortised few member comparisons per article).
SPLIT_CHECKS = frozenset((6, 8, 10, 12, 15, 18, 22, 27, 33, 40, 48))


@dataclass
class StoryDoc:
    """What the grouper needs from an article."""

    id: str
    title: str | None
    text: str
    published: str | None  # ISO date or datetime, or None
    outlet: str | None = None


@dataclass
class Params:
    threshold: float = 0.22  # minimum cosine with a story centroid to join it
    window_days: int = 14  # a story stays in the index this many days after its latest article
    gap_days: int = 3  # a dated article joins only a story with an article this many days near
    lead_chars: int = 200  # the lead (title + first sentences) counts once more
    max_active: int = 50_000  # stories kept joinable at most (least recently updated retire)
    query_terms: int = 30  # features of the article looked up in the inverted index
    posting_cap: int = 100  # stories kept per feature (most recently updated)
    candidates: int = 10  # stories scored precisely per article
    doc_terms: int = 150  # features kept per article vector
    centroid_terms: int = 300  # features kept per story centroid
    kind_weights: dict[str, float] | None = None
    split: float = 0.55  # split when between-part / within-part similarity is below (0: off)
    split_min: int = 3  # articles in the smaller part of a split, at least
    split_max: int = 48  # larger stories are no longer checked (their member vectors are dropped)
    member_terms: int = 60  # features kept per member vector for the split check
    # Specifics (years, weekdays, counts, dates; undated articles only, see `add`):
    specifics: float = 0.5  # weight of the parts' (dis)agreement on them in the split test
    spec_lead_chars: int = 300  # the lead in which years, weekdays and counts are read
    merge_agree: float | None = 0.3  # at a check, absorb the nearest story if they agree this
    merge_cos: float = 0.25  # much (None: never) and their centroids' cosine is at least this

    def weights(self) -> dict[str, float]:
        return self.kind_weights or KIND_WEIGHTS


class _Story:
    __slots__ = (
        "id",
        "members",
        "centroid",
        "norm",
        "first_day",
        "last_day",
        "active",
        "vecs",
        "specs",
    )

    def __init__(self, sid: str) -> None:
        self.id = sid
        self.members: list[str] = []
        self.centroid: dict[str, float] = {}
        self.norm = 0.0
        self.first_day: int | None = None  # publication (or dateline) days of its articles
        self.last_day: int | None = None
        self.active = True
        # Member vectors for the split check, in member order; [] while the story has one member
        # (its centroid is that member's vector), None once it is no longer checked.
        self.vecs: list[dict[str, float]] | None = []
        # The specifics (`features.specifics`) of every member, in member order; None with vecs.
        self.specs: list[list[str]] | None = []


class StoryIndex:
    """Online grouping state. `add` one article at a time; `to_json`/`from_json` persist it."""

    def __init__(self, params: Params | None = None) -> None:
        self.params = params or Params()
        self.n_docs = 0
        self.df: dict[str, int] = {}
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, dict[str, None]] = {}
        self._retire: list[tuple[int, str]] = []  # (last_day, story id) heap
        self._latest_day: int | None = None
        self._doc_story: dict[str, str] = {}
        self._recent: dict[str, None] = {}  # active stories, least recently updated first
        self._changed: set[str] = set()  # stories whose members changed since `take_changed`

    # -- public API -----------------------------------------------------------------------

    def add(self, doc: StoryDoc) -> str:
        """Group one article; return the id of the story it is in (`s-` + the story's first
        article). When the story it joins splits, articles that joined earlier can move to the
        new story: `stories()` is the grouping, and `take_changed()` names what changed."""
        if doc.id in self._doc_story:
            return self._doc_story[doc.id]
        day = parse_day(doc.published)
        if day is not None and (self._latest_day is None or day > self._latest_day):
            self._latest_day = day
            self._retire_old(day)
        p = self.params
        feats = article_features(doc.title, doc.text, p.lead_chars)
        vec = self.vectorise(doc, feats)
        ranked = _top(vec, max(p.query_terms, p.member_terms))
        best, best_score = self._best_story(vec, ranked[: p.query_terms], day)
        if best is None or best_score < p.threshold:
            best = _Story("s-" + doc.id)
            self._stories[best.id] = best
        # Specifics stand in for a publication date: an undated article's years and dates are
        # the clue to when its event happened. Within a dated stream's window, stories of one
        # kind share their year and often their dates, so there they are not collected.
        specs = (
            specifics(doc.title, doc.text, p.spec_lead_chars, feats)
            if day is None and p.split and (p.specifics or p.merge_agree is not None)
            else []
        )
        self._track(best, dict(ranked[: p.member_terms]), specs)
        self._join(best, doc.id, vec, day)
        self._changed.add(best.id)
        if len(best.members) in SPLIT_CHECKS:
            self._maybe_merge(best)
            self._maybe_split(best)
        return self._doc_story[doc.id]

    def stories(self) -> dict[str, list[str]]:
        """Story id -> article ids, in the order they were added."""
        return {sid: list(s.members) for sid, s in self._stories.items()}

    def story_of(self, doc_id: str) -> str | None:
        return self._doc_story.get(doc_id)

    def take_changed(self) -> set[str]:
        """Ids of the stories whose members changed since the last call (joins and splits)."""
        changed, self._changed = self._changed, set()
        return changed

    # -- vectors ----------------------------------------------------------------------------

    def vectorise(self, doc: StoryDoc, feats: dict[str, int] | None = None) -> dict[str, float]:
        """The article's weighted, L2-normalised feature vector; counts it into the DF table.
        `feats`: its `article_features`, when already at hand.

        IDF comes from the documents seen so far (this one included). Re-weighting stored
        centroids with later IDF was measured and did not help (docs/stories.md).
        """
        if feats is None:
            feats = article_features(doc.title, doc.text, self.params.lead_chars)
        self.n_docs += 1
        df = self.df
        for f in feats:
            df[f] = df.get(f, 0) + 1
        weights = self.params.weights()
        lognp1 = math.log(self.n_docs + 1)
        vec = {
            f: (1.0 + math.log(c)) * (lognp1 - math.log(df[f] + 1) + 1.0) * weights[f[0]]
            for f, c in feats.items()
        }
        if len(vec) > self.params.doc_terms:
            vec = dict(_top(vec, self.params.doc_terms))
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {f: v / norm for f, v in sorted(vec.items())}

    # -- retrieval and decision ---------------------------------------------------------------

    def _best_story(
        self, vec: dict[str, float], query: list[tuple[str, float]], day: int | None
    ) -> tuple[_Story | None, float]:
        """The best-scoring story among those the article's strongest features (`query`, the
        top of `vec`) retrieve, and its score. A dated article only considers stories with an
        article published at most `gap_days` (and `window_days`) from its own day: reports of
        one event cluster within a few days, and after a longer quiet gap an article alike to the
        story is about as often a second event of its kind (a second summit a week later) as a
        report of the first (docs/stories.md)."""
        p = self.params
        reach = min(p.gap_days, p.window_days)
        best: _Story | None = None
        best_score = 0.0
        for story in self._retrieve(query):
            if (
                day is not None
                and story.last_day is not None
                and not (story.first_day - reach <= day <= story.last_day + reach)
            ):
                continue
            score = self.score(vec, story)
            if score > best_score:
                best, best_score = story, score
        return best, best_score

    def _retrieve(self, query: list[tuple[str, float]], skip: str | None = None) -> list[_Story]:
        """The `candidates` stories the weighted features `query` vote for most (ties by id):
        the inverted lists keep the cost of a look-up independent of the corpus size."""
        votes: dict[str, float] = {}
        postings = self._postings
        for f, w in query:
            for sid in postings.get(f, ()):
                if sid != skip:
                    votes[sid] = votes.get(sid, 0.0) + w
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[: self.params.candidates]
        return [self._stories[sid] for sid, _ in ranked]

    def score(self, vec: dict[str, float], story: _Story) -> float:
        """Cosine of an article vector with a story centroid."""
        c = story.centroid
        if not story.norm:
            return 0.0
        dot = sum(w * c[f] for f, w in vec.items() if f in c)
        return dot / story.norm

    def _join(self, story: _Story, doc_id: str, vec: dict[str, float], day: int | None) -> None:
        p = self.params
        story.members.append(doc_id)
        self._doc_story[doc_id] = story.id
        c = story.centroid
        for f, w in vec.items():
            c[f] = c.get(f, 0.0) + w
        ranked = _top(c, max(p.centroid_terms, p.query_terms * 2))
        if len(c) > p.centroid_terms:
            keep = dict(ranked[: p.centroid_terms])
            for f in c:
                if f not in keep:
                    self._unpost(f, story.id)
            story.centroid = c = keep
        story.norm = math.sqrt(sum(v * v for v in c.values()))
        if day is not None:
            if story.first_day is None or day < story.first_day:
                story.first_day = day
            if story.last_day is None or day > story.last_day:
                story.last_day = day
                heapq.heappush(self._retire, (day, story.id))
        self._recent.pop(story.id, None)
        self._recent[story.id] = None
        while len(self._recent) > p.max_active:
            self._deactivate(self._stories[next(iter(self._recent))])
        # Post the story under its strongest features, most recent last.
        for f, _ in ranked[: p.query_terms * 2]:
            plist = self._postings.setdefault(f, {})
            plist.pop(story.id, None)
            plist[story.id] = None
            if len(plist) > p.posting_cap:
                del plist[next(iter(plist))]

    # -- split check ----------------------------------------------------------------------------

    def _track(self, story: _Story, member_vec: dict[str, float], specs: list[str]) -> None:
        """Keep the member vector (the top `member_terms` features) and the specifics of an
        article about to join `story`, for the split check."""
        p = self.params
        if story.vecs is None:
            return
        k = len(story.members)
        if not p.split or k >= p.split_max:
            story.vecs = story.specs = None
            return
        if story.specs is not None:
            story.specs.append(specs)
        if k == 1:  # the first member's vector is still the centroid
            story.vecs = [dict(_top(story.centroid, p.member_terms)), member_vec]
        elif k > 1:
            story.vecs.append(member_vec)

    def _maybe_merge(self, story: _Story) -> None:
        """At a check, absorb the story nearest to `story` (by centroid cosine, at least
        `merge_cos`, among those its strongest features retrieve) when their members agree on
        specifics: per pair of members across the two, the mean number of slots with a shared
        value less those with different values is at least `merge_agree`. One event left in two
        pieces (a split that cut it, articles that opened their own story just below the join
        threshold) gives the same years and dates in both; two similar events rarely do. The
        absorbed story's articles join `story` (which keeps its id) and its id goes away."""
        p = self.params
        if (
            p.merge_agree is None
            or story.first_day is not None
            or not story.specs
            or len(story.specs) != len(story.members)
        ):
            return
        other = self._nearest(story)
        if other is None or other.specs is None or len(other.specs) != len(other.members):
            return
        agree, conflict = specifics_evidence(story.specs, other.specs)
        if agree - conflict >= p.merge_agree:
            self._absorb(story, other)

    def _absorb(self, story: _Story, other: _Story) -> None:
        """`other`'s articles join `story`, which keeps its id; `other`'s id goes away."""
        p = self.params
        members = other.members
        vecs = other.vecs or [dict(_top(other.centroid, p.member_terms))]
        specs = other.specs if other.specs is not None else [[] for _ in members]
        self._deactivate(other)
        del self._stories[other.id]
        self._changed.discard(other.id)
        for m, v in zip(members, vecs, strict=True):
            self._join(story, m, v, None)
        if story.vecs is not None and len(story.members) <= p.split_max:
            story.vecs = story.vecs + vecs
            story.specs = (story.specs or []) + specs
        else:
            story.vecs = story.specs = None
        self._changed.add(story.id)

    def _nearest(self, story: _Story) -> _Story | None:
        """The active, still checked story nearest to `story` by centroid cosine (at least
        `merge_cos`), among the `candidates` best voted by its strongest features; undated
        stories only (see `_maybe_merge`)."""
        p = self.params
        best, best_cos = None, p.merge_cos
        for other in self._retrieve(_top(story.centroid, p.query_terms), skip=story.id):
            if (
                not other.active
                or other.vecs is None
                or other.first_day is not None
                or not other.norm
            ):
                continue
            cos = _dot(story.centroid, other.centroid) / (story.norm * other.norm)
            if cos >= best_cos:
                best, best_cos = other, cos
        return best

    def _maybe_split(self, story: _Story) -> None:
        """Split `story` in two when, at a checked size, its members form two distinct groups.

        The members are divided by `_two_way`; the split is made when the mean similarity
        between the parts, relative to the mean similarity within each, is below `split`
        (`cross / sqrt(within_a * within_b)`: about 1 for one event cut at random, far lower
        for two events), after adding `specifics` times (agree - conflict): per pair of members
        across the parts, the mean number of specifics slots (a year or weekday of the lead, a
        day-month date, what a number counts) both fill with a shared value, less those they
        fill with different values. Two articles of one event that both give a year rarely give
        different ones; two similar events often do (docs/stories.md). The part holding the
        story's first article keeps the story id; the other becomes a story named after its own
        first article. Both keep the story's dates.
        """
        p = self.params
        vecs = story.vecs
        k = len(story.members)
        if not p.split or not vecs or k not in SPLIT_CHECKS or k < 2 * p.split_min:
            return
        gram = [[_dot(vecs[i], vecs[j]) if i != j else 1.0 for j in range(k)] for i in range(k)]
        side = _two_way(gram)
        if side is None:
            return
        a = [i for i in range(k) if side[i] == side[0]]
        b = [i for i in range(k) if side[i] != side[0]]
        if len(b) < p.split_min or len(a) < p.split_min:
            return
        within = math.sqrt(_mean_pair(gram, a, a) * _mean_pair(gram, b, b))
        test = _mean_pair(gram, a, b) / within
        specs = story.specs
        if p.specifics and specs is not None and len(specs) == k:
            agree, conflict = specifics_evidence([specs[i] for i in a], [specs[i] for i in b])
            test += p.specifics * (agree - conflict)
        if test >= p.split:
            return
        members, days = story.members, (story.first_day, story.last_day)
        new = _Story("s-" + members[b[0]])
        self._stories[new.id] = new
        self._deactivate(story)
        story.active, story.members = True, []
        for part, idx in ((story, a), (new, b)):
            for i in idx:
                self._join(part, members[i], vecs[i], None)
            part.vecs = [vecs[i] for i in idx]
            part.specs = [specs[i] for i in idx] if specs is not None and len(specs) == k else None
            part.first_day, part.last_day = days
            if days[1] is not None:
                heapq.heappush(self._retire, (days[1], part.id))
        self._changed.update((story.id, new.id))

    def _unpost(self, f: str, sid: str) -> None:
        plist = self._postings.get(f)
        if plist is not None:
            plist.pop(sid, None)
            if not plist:
                del self._postings[f]

    def _retire_old(self, today: int) -> None:
        """Drop stories whose latest article is older than the window from the index."""
        cutoff = today - self.params.window_days
        while self._retire and self._retire[0][0] < cutoff:
            last, sid = heapq.heappop(self._retire)
            story = self._stories.get(sid)  # None: merged into another story
            if story is None or story.last_day != last or not story.active:
                continue  # a newer entry for this story is in the heap
            self._deactivate(story)

    def _deactivate(self, story: _Story) -> None:
        for f in story.centroid:
            self._unpost(f, story.id)
        story.centroid = {}
        story.norm = 0.0
        story.active = False
        story.vecs = story.specs = None
        self._recent.pop(story.id, None)

    # -- persistence --------------------------------------------------------------------------

    def to_json(self) -> dict:
        p = self.params
        return {
            "version": 3,
            "params": {k: getattr(p, k) for k in p.__dataclass_fields__},
            "n_docs": self.n_docs,
            "df": self.df,
            "latest_day": self._latest_day,
            "stories": [
                {
                    "id": s.id,
                    "members": s.members,
                    "centroid": s.centroid,
                    "first_day": s.first_day,
                    "last_day": s.last_day,
                    "active": s.active,
                    "vecs": s.vecs,
                    "specs": s.specs,
                }
                for s in self._stories.values()
            ],
            "postings": {f: list(pl) for f, pl in self._postings.items()},
            "retire": [list(e) for e in self._retire],
            "recent": list(self._recent),
        }

    @classmethod
    def from_json(cls, d: dict) -> StoryIndex:
        index = cls(Params(**d["params"]))
        index.n_docs = d["n_docs"]
        index.df = dict(d["df"])
        index._latest_day = d["latest_day"]
        for sd in d["stories"]:
            s = _Story(sd["id"])
            s.members = list(sd["members"])
            s.centroid = dict(sd["centroid"])
            s.norm = math.sqrt(sum(v * v for v in s.centroid.values()))
            s.first_day = sd["first_day"]
            s.last_day = sd["last_day"]
            s.active = sd["active"]
            if "vecs" in sd:
                s.vecs = None if sd["vecs"] is None else [dict(v) for v in sd["vecs"]]
            else:  # a version 1 state: only a one-article story can still be checked
                s.vecs = [] if s.active and len(s.members) == 1 else None
            if "specs" in sd:
                s.specs = sd["specs"]
            else:  # before version 3: no specifics known for the members so far
                s.specs = None if s.vecs is None else [[] for _ in s.members]
            index._stories[s.id] = s
            for m in s.members:
                index._doc_story[m] = s.id
        index._postings = {f: dict.fromkeys(pl) for f, pl in d["postings"].items()}
        index._retire = [(e[0], e[1]) for e in d["retire"]]
        index._recent = dict.fromkeys(d["recent"])
        return index


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[f] for f, w in a.items() if f in b)


#: Day-month dates this many days apart or closer agree (news of one event spans a few days).
NEAR_DAYS = 3


def specifics_evidence(a: list[list[str]], b: list[list[str]]) -> tuple[float, float]:
    """Per pair of articles, one with specifics in `a` and one in `b`: the mean number of
    specifics slots (`slot=value` strings, `features.specifics`) both fill with a shared value
    (agree) and with different values only (conflict). Day-month dates (`m=05-02`) at most
    `NEAR_DAYS` apart count as shared: reports of one event give the day it happened, the day
    after, the day of a hearing (on the tuning half of ECB+, two articles of one topic with such
    dates report one event 94% of the time; with dates further apart, 31%)."""
    if not a or not b:
        return 0.0, 0.0

    def slots(specs: list[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for s in specs:
            slot, _, value = s.partition("=")
            out.setdefault(slot, set()).add(value)
        return out

    sa, sb = [slots(x) for x in a], [slots(y) for y in b]
    agree = conflict = 0
    for x in sa:
        for y in sb:
            for slot, values in x.items():
                other = y.get(slot)
                if other:
                    if values & other or (slot == "m" and _near_dates(values, other)):
                        agree += 1
                    else:
                        conflict += 1
    pairs = len(a) * len(b)
    return agree / pairs, conflict / pairs


def _near_dates(a: set[str], b: set[str]) -> bool:
    """Whether a day-month date (`MM-DD`) of `a` is at most `NEAR_DAYS` from one of `b`, across
    the turn of the year too."""
    days_a = [d for d in map(_day_of_year, a) if d is not None]
    days_b = [d for d in map(_day_of_year, b) if d is not None]
    return any(min(abs(x - y), 365 - abs(x - y)) <= NEAR_DAYS for x in days_a for y in days_b)


def _day_of_year(month_day: str) -> int | None:
    month, _, day = month_day.partition("-")
    try:
        return (
            date(2000, int(month), int(day)) - date(2000, 1, 1)
        ).days  # a leap year: 02-29 exists
    except ValueError:
        return None


def _mean_pair(gram: list[list[float]], a: list[int], b: list[int]) -> float:
    """Mean similarity over pairs of distinct members, one from `a` and one from `b` (floor
    0.05, so that a part of unrelated articles does not divide by zero)."""
    total = sum(gram[i][j] for i in a for j in b if i != j)
    pairs = len(a) * len(b) - len(set(a) & set(b))
    return max(total / pairs, 0.05) if pairs else 0.05


def _two_way(gram: list[list[float]]) -> list[int] | None:
    """Divide members in two: seed with the least similar pair, give every member to the seed
    it is closer to, then move each member to the part it is on average closer to, until
    nothing moves. Deterministic; None when one part ends up empty."""
    k = len(gram)
    s0, s1 = min(
        ((i, j) for i in range(k) for j in range(i + 1, k)), key=lambda ij: gram[ij[0]][ij[1]]
    )
    side = [0 if gram[i][s0] >= gram[i][s1] else 1 for i in range(k)]
    side[s0], side[s1] = 0, 1
    for _ in range(10):
        parts = ([i for i in range(k) if side[i] == 0], [i for i in range(k) if side[i] == 1])
        if not parts[0] or not parts[1]:
            return None
        moved = [
            0 if _mean_to(gram, i, parts[0]) >= _mean_to(gram, i, parts[1]) else 1 for i in range(k)
        ]
        if moved == side:
            break
        side = moved
    return side if 0 < sum(side) < k else None


def _mean_to(gram: list[list[float]], i: int, part: list[int]) -> float:
    others = [j for j in part if j != i]
    return sum(gram[i][j] for j in others) / len(others) if others else 0.0


def _top(vec: dict[str, float], k: int) -> list[tuple[str, float]]:
    """The k largest entries, ties broken by key so the result is deterministic."""
    if len(vec) <= k:
        return sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))
    return heapq.nsmallest(k, vec.items(), key=lambda kv: (-kv[1], kv[0]))


def rebuild(docs: Iterable[StoryDoc], params: Params | None = None) -> StoryIndex:
    """Full pass: the online pass over the articles in publication order (undated last; ties
    keep the input order)."""
    dated = [(parse_day(d.published), d.published or "", d) for d in docs]
    ordered = [d for day, _, d in sorted(dated, key=lambda x: (x[0] is None, x[0] or 0, x[1]))]
    index = StoryIndex(params)
    for doc in ordered:
        index.add(doc)
    return index
