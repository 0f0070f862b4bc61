"""Online story grouping: articles that report the same real-world event.

Stages per new article, each with a cost that does not grow with the corpus:

1. *Retrieval*: the article's most specific features (highest TF-IDF weight) are looked up in an
   inverted index from feature to the stories that carry it. Only stories with an article in
   the last `retire_days` are in the index (older ones are retired), each posting list is
   capped, and a dated article only considers stories with an article within `gap_days` of its
   own day (`_may_join`), so a lookup touches a bounded number of stories.
2. *Decision*: each retrieved story is scored precisely against the article (cosine of the
   article's weighted vector with the story centroid) and the article joins the best story if
   the score reaches a threshold, or opens a new story.
3. *Split check*: when a story reaches one of a few sizes (4, 5, 6, 8, 10, ... 48 articles), its
   members are divided in two and the story splits if the two parts are much less alike than
   each part is within itself. One article rarely tells two similar events apart (a second DUI
   arrest of a player of the same team looks like the first), but a handful of articles do: each
   event's own names, numbers and places recur in its part. The check compares at most 48
   member vectors, so it too costs the same however large the corpus is.
4. *Specifics* (undated articles): the years, weekdays, counts and dates an article states. At
   a check, a story first absorbs its nearest story when their members agree on them (one
   event left in pieces), and the split test counts the parts' agreements and conflicts.
5. *Settling* (`_settle`, after every join): two stories the article both fits are merged when
   they look like one, and the members of the stories it touched move to the story they fit
   best, so that the grouping does not keep the accidents of the order articles came in. It
   looks only at those stories (and, for a member that fits its own badly, the few nearest to
   it), so it too costs the same however large the corpus is.

The vectors weigh names, numbers and dates above ordinary words: two events of one kind (two
summits, two attacks in one city) share their vocabulary but differ in who, where, when and how
many. See docs/stories.md for the measurements behind the weights and the threshold.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from unidecode import unidecode

from newsgraph.extract.genre import view_label
from newsgraph.group.features import (
    article_features,
    day_date,
    parse_day,
    specifics,
    time_key,
)
from newsgraph.textshapes import DOCUMENT_SYMBOL, MEETING_NUMBER

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
    window_days: int = 14  # a story is joinable at most this many days from its articles
    gap_days: int = 3  # a dated article joins only a story with an article this many days near
    gap_nearest: bool = True  # ... its nearest article (False: the story's span of days)
    gap_evidence: int = 2  # or, within `window_days`, one holding this many of its figures (0: off)
    lead_chars: int = 200  # the lead (title + first sentences) counts once more
    retire_days: int = 45  # a story leaves the index this long after its latest article (at
    # least `window_days`; beyond the window it waits for articles that arrive late)
    max_active: int = 50_000  # stories kept joinable at most (least recently updated retire)
    query_terms: int = 30  # features of the article looked up in the inverted index
    posting_cap: int = 100  # stories kept per feature (most recently updated)
    candidates: int = 10  # stories scored precisely per article
    doc_terms: int = 150  # features kept per article vector
    centroid_terms: int = 300  # features kept per story centroid
    kind_weights: dict[str, float] | None = None
    split: float = 0.55  # split when between-part / within-part similarity is below (0: off)
    split_min: int = 2  # articles in the smaller part of a split, at least
    split_from: int = 4  # smaller stories from this size are checked too, with parts of 2
    split_max: int = 48  # larger stories are no longer checked (their member vectors are dropped)
    member_terms: int = 60  # features kept per member vector for the split check
    split_copy: float | None = 0.8  # pairs of a part this alike (copies) do not add to its
    # cohesion in the split test (None: they do, as before session 13)
    # Specifics (years, weekdays, counts, dates; undated articles only, see `add`):
    specifics: float = 0.5  # weight of the parts' (dis)agreement on them in the split test
    spec_lead_chars: int = 300  # the lead in which years, weekdays and counts are read
    merge_agree: float | None = 0.3  # at a check, absorb the nearest story if they agree this
    merge_cos: float = 0.25  # much (None: never) and their centroids' cosine is at least this
    # Settling (see `_settle`): after each join, among the stories the article scored at least
    # `threshold` against, merge two that look like one and move members that fit another better.
    settle: bool = True
    settle_margin: float = 0.02  # a member moves when another story beats its own by this much
    settle_eject: float = 1.0  # a member leaves a story it fits below this x `threshold`
    settle_strays: int = 3  # one-article stories that left the article's story, looked at again
    # Profiles (`_subject`, `_held`): an article about one person (its title names the name it
    # repeats most) below `threshold` but at least `key_floor` x it joins its best story when
    # that person is among the story's leading names and it shares `key_shared` names, long
    # figures and dates with it (0: off): a profile or interview of the story's central figure
    # shares those, not the reports' wording. Such a member is not ejected in settling.
    key_shared: int = 5
    key_floor: float = 0.6

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
        "days",
        "left",
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
        # The publication day of every member (None: undated), in member order; None with vecs.
        self.days: list[int | None] | None = []
        # The story its one article left for a story of its own in settling (`_strays`).
        self.left: str | None = None


class StoryIndex:
    """Online grouping state. `add` one article at a time; `to_json`/`from_json` persist it."""

    def __init__(self, params: Params | None = None) -> None:
        self.params = params or Params()
        self.n_docs = 0
        self.df: dict[str, int] = {}
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, dict[str, None]] = {}
        # `n:` + `name_key` -> the name features (`n:`) posted under it (`_foreign_query`)
        self._name_keys: dict[str, dict[str, None]] = {}
        self._retire: list[tuple[int, str]] = []  # (last_day, story id) heap
        self._latest_day: int | None = None
        self._doc_story: dict[str, str] = {}
        self._recent: dict[str, None] = {}  # active stories, least recently updated first
        self._changed: set[str] = set()  # stories whose members changed since `take_changed`
        self._foreign: dict[str, str] = {}  # attached article -> the member it matched (`attach`)
        self._profiles: dict[str, str] = {}  # profile that joined by `_held` -> its subject (`n:`)

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
        feats = article_features(doc.title, doc.text, p.lead_chars, dated=day_date(day))
        vec = self.vectorise(doc, feats)
        ranked = _top(vec, max(p.query_terms, p.member_terms))
        best, best_score, linked = self._best_story(vec, ranked[: p.query_terms], day)
        subject = None
        if best is not None and best_score < p.threshold and p.key_shared:
            subject = _subject(doc.title, feats)
            if subject is None or not self._held(vec, best, best_score, subject):
                subject = None
        if best is None or best_score < p.threshold and subject is None:
            best = _Story(self._new_id(doc.id))
            self._stories[best.id] = best
        # Specifics stand in for a publication date: an undated article's years and dates are
        # the clue to when its event happened. Within a dated stream's window, stories of one
        # kind share their year and often their dates, so there they are not collected.
        specs = (
            specifics(doc.title, doc.text, p.spec_lead_chars, feats)
            if day is None and p.split and (p.specifics or p.merge_agree is not None)
            else []
        )
        if subject is not None:
            self._profiles[doc.id] = subject
        self._track(best, dict(ranked[: p.member_terms]), specs, day)
        self._join(best, doc.id, vec, day)
        self._changed.add(best.id)
        if p.settle:
            best = self._settle(best, [s for s in linked if s is not best], doc.id)
        if self._checked(len(best.members)):
            self._maybe_merge(best)
            self._maybe_split(best)
        return self._doc_story[doc.id]

    def stories(self) -> dict[str, list[str]]:
        """Story id -> article ids, in the order they were added; attached articles (`attach`)
        last, in the story that now holds the member they matched."""
        out = {sid: list(s.members) for sid, s in self._stories.items()}
        for doc_id, anchor in self._foreign.items():
            sid = self._doc_story.get(anchor)
            if sid in out:
                out[sid].append(doc_id)
        return out

    def attach(self, doc: StoryDoc) -> str | None:
        """Attach an article the analysis does not read (another language) to the one story
        that shares at least `FOREIGN_SHARED` of its language-independent features
        (`foreign_keys`: names, long figures, dates); return that story's id, or None.

        Its words mean nothing to the vectors, but names and figures are written alike in
        every language. A name of several words counts once (`foreign_shared`): two people's
        first and last names are two shared names, not four keys. It never seeds a story,
        never joins when two stories qualify, and changes nothing of the grouping (no DF
        count, no centroid): `stories()` lists it.
        """
        if doc.id in self._doc_story or doc.id in self._foreign:
            return None
        day = parse_day(doc.published)
        feats = article_features(doc.title, doc.text, 0, dated=day_date(day))
        keys = foreign_keys(feats)
        if foreign_shared(keys, feats) < FOREIGN_SHARED:
            return None
        near = [
            s
            for s in self._retrieve([(k, 1.0) for k in self._foreign_query(keys)])
            if day is None or s.last_day is None or self._days_off(s, day) <= self._reach()
        ]
        ok = [
            s
            for s in near
            if foreign_shared(keys & foreign_keys(s.centroid), feats) >= FOREIGN_SHARED
        ]
        if len(ok) != 1:
            return None
        self._foreign[doc.id] = ok[0].members[0]
        self._changed.add(ok[0].id)
        return ok[0].id

    def _foreign_query(self, keys: set[str]) -> list[str]:
        """The stories' features that `keys` (`foreign_keys`) match: a name feature whose
        `name_key` is one of them (`n:vestmark` for `n:vestm`), the other keys as they are.
        Looked up by `name_key` (`_name_keys`), not by a scan of every posting."""
        names = [f for k in keys if k.startswith("n:") for f in self._name_keys.get(k, ())]
        return sorted({*names, *(k for k in keys if not k.startswith("n:"))})

    def _post(self, f: str) -> dict[str, None]:
        """The posting list of `f`, made when new (a name feature is indexed by its
        `name_key` for `_foreign_query`, which would otherwise scan every posting)."""
        plist = self._postings.get(f)
        if plist is None:
            plist = self._postings[f] = {}
            if f.startswith("n:"):
                self._name_keys.setdefault(f"n:{name_key(f[2:])}", {})[f] = None
        return plist

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
            dated = day_date(parse_day(doc.published))
            feats = article_features(doc.title, doc.text, self.params.lead_chars, dated=dated)
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

    def _reach(self) -> int:
        """Days from a story's nearest article within which a dated article may join it."""
        return min(self.params.gap_days, self.params.window_days)

    def _best_story(
        self, vec: dict[str, float], query: list[tuple[str, float]], day: int | None
    ) -> tuple[_Story | None, float, list[_Story]]:
        """The best-scoring story among those the article's strongest features (`query`, the
        top of `vec`) retrieve and it may join (`_may_join`), its score, and every such story
        that scored at least `threshold` (best first)."""
        p = self.params
        best: _Story | None = None
        best_score = 0.0
        linked: list[tuple[float, str, _Story]] = []
        figures = _figures(vec) if day is not None and p.gap_evidence > 0 else None
        for story in self._retrieve(query, ok=lambda s: self._may_join(s, day, figures)):
            score = self.score(vec, story)
            if score > best_score:
                best, best_score = story, score
            if score >= p.threshold:
                linked.append((-score, story.id, story))
        return best, best_score, [s for _, _, s in sorted(linked, key=lambda x: x[:2])]

    def _days_off(self, story: _Story, day: int) -> int:
        """Days between `day` and the story's nearest article (its span's nearest end when the
        members' days are not kept, or with `gap_nearest` off)."""
        if self.params.gap_nearest and story.days:
            near = [abs(d - day) for d in story.days if d is not None]
            if near:
                return min(near)
        if day < story.first_day:
            return story.first_day - day
        return max(day - story.last_day, 0)

    def _may_join(self, story: _Story, day: int | None, figures: frozenset[str] | None) -> bool:
        """Whether a dated article of `day` may join `story`: an article of the story was
        published at most `gap_days` from it. Reports of one event cluster within a few days;
        after a longer quiet gap an article alike to the story is about as often a second event
        of its kind (a second summit a week later) as a report of the first (docs/stories.md).
        Up to `window_days` away, the article may still join when the story's centroid holds at
        least `gap_evidence` of its `figures` (`_figures`: numbers of 3 digits or more,
        day-month dates): a follow-up after a quiet gap restates the event's figures and its
        day, a second event of its kind has its own. Undated articles and undated stories: no
        limit."""
        if day is None or story.last_day is None:
            return True
        p = self.params
        if day < story.first_day - p.window_days or day > story.last_day + p.window_days:
            return False  # the quick test first: most stories retrieved are out of reach
        off = self._days_off(story, day)
        if off <= self._reach():
            return True
        if not figures or p.gap_evidence <= 0 or len(figures) < p.gap_evidence:
            return False
        c = story.centroid
        return sum(1 for f in figures if f in c) >= p.gap_evidence

    def _joinable(self, story: _Story, day: int | None) -> bool:
        """Whether a member of `day` may move to `story` in settling (within `gap_days` of
        its nearest article; no exception)."""
        return self._may_join(story, day, None)

    def _retrieve(
        self,
        query: list[tuple[str, float]],
        skip: str | None = None,
        ok: Callable[[_Story], bool] | None = None,
    ) -> list[_Story]:
        """The `candidates` stories the weighted features `query` vote for most (ties by id),
        among those `ok` accepts when it is given: the inverted lists keep the cost of a
        look-up independent of the corpus size, and stories that an article may not join
        (out of its days; waiting for late articles, `retire_days`) do not take the
        candidates' places."""
        votes: dict[str, float] = {}
        postings = self._postings
        for f, w in query:
            for sid in postings.get(f, ()):
                if sid != skip:
                    votes[sid] = votes.get(sid, 0.0) + w
        ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
        out: list[_Story] = []
        for sid, _ in ranked:
            story = self._stories[sid]
            if ok is None or ok(story):
                out.append(story)
                if len(out) == self.params.candidates:
                    break
        return out

    def score(self, vec: dict[str, float], story: _Story) -> float:
        """Cosine of an article vector with a story centroid."""
        c = story.centroid
        if not story.norm:
            return 0.0
        dot = sum(w * c[f] for f, w in vec.items() if f in c)
        return dot / story.norm

    def _held(
        self, vec: dict[str, float], story: _Story, score: float, subject: str | None
    ) -> bool:
        """Whether a profile of `subject` (`_subject`; vector `vec`, scoring `score` against
        `story`) belongs to the story below the threshold (`key_shared`, `key_floor`): the
        story has two articles or more, the subject is one of the `SUBJECT_RANK` names that
        lead its centroid (or their possessive, `n:vost's`, as headlines write it) and a
        person's (`_full_name`), and the profile shares at least `key_shared` of the things
        `foreign_keys` reads (names, long figures, day-month dates; a name of several words
        once) with it. A profile of a story's central figure tells her life and her views in
        words no report of the event uses, but names the people, sums and dates they name."""
        p = self.params
        if subject is None or not p.key_shared or score < p.key_floor * p.threshold:
            return False
        if len(story.members) < 2:  # a central figure is what several reports name
            return False
        names = [f for f, _ in _top(story.centroid, len(story.centroid)) if f[0] == "n"]
        if subject not in {f.removesuffix("'s") for f in names[:SUBJECT_RANK]}:  # `Vost's`
            return False
        if not _full_name(subject, story.centroid):
            return False
        keys = foreign_keys(vec) & foreign_keys(story.centroid)
        return len(keys) >= p.key_shared and foreign_shared(keys, vec) >= p.key_shared

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
            plist = self._post(f)
            plist.pop(story.id, None)
            plist[story.id] = None
            if len(plist) > p.posting_cap:
                del plist[next(iter(plist))]

    # -- split check ----------------------------------------------------------------------------

    def _track(
        self, story: _Story, member_vec: dict[str, float], specs: list[str], day: int | None
    ) -> None:
        """Keep the member vector (the top `member_terms` features), the specifics and the day
        of an article about to join `story`, for the split check and settling."""
        p = self.params
        if story.vecs is None:
            return
        k = len(story.members)
        if not p.split or k >= p.split_max:
            story.vecs = story.specs = story.days = None
            return
        if story.specs is not None:
            story.specs.append(specs)
        if story.days is not None:
            story.days.append(day)
        if k == 1:  # the first member's vector is still the centroid
            story.vecs = [dict(_top(story.centroid, p.member_terms)), member_vec]
        elif k > 1:
            story.vecs.append(member_vec)

    def _checked(self, k: int) -> bool:
        """Whether a story of `k` articles is checked for a split."""
        return k in SPLIT_CHECKS or self.params.split_from <= k < min(SPLIT_CHECKS)

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
        vecs = self._vecs(other) or [dict(_top(other.centroid, p.member_terms))]
        specs = other.specs if other.specs is not None else [[] for _ in members]
        days = other.days if other.days is not None else [None] * len(members)
        own = self._vecs(story)
        known = story.days is not None and other.days is not None
        if not known:
            days = [None] * len(members)  # unknown (an older state): the spans only widen
            if other.first_day is not None:
                self._join_days(story, other.first_day, other.last_day)
        self._drop(other)
        for m, v, d in zip(members, vecs, days, strict=True):
            self._join(story, m, v, d)
        if own is not None and len(story.members) <= p.split_max:
            story.vecs = own + vecs
            story.specs = (story.specs or [[] for _ in own]) + specs
            story.days = story.days + days if known and story.days is not None else None
        else:
            story.vecs = story.specs = story.days = None
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
        article the story id names (its first, `_rename`) keeps the id; the other becomes a
        story named after its own first article. Each part's days are its members' (both keep
        the story's span when the members' days are unknown, a state saved before version 4).
        A part of 2 counts as cohesive as the other part at most (`_part_ratio`).
        """
        p = self.params
        vecs = story.vecs
        k = len(story.members)
        least = p.split_min if k >= 2 * p.split_min else 2
        if not p.split or not vecs or not self._checked(k) or k < 2 * least:
            return
        gram = [[_dot(vecs[i], vecs[j]) if i != j else 1.0 for j in range(k)] for i in range(k)]
        side = _two_way(gram)
        if side is None:
            return
        own = _id_article(story.id)
        named = story.members.index(own) if own in story.members else 0
        a = [i for i in range(k) if side[i] == side[named]]
        b = [i for i in range(k) if side[i] != side[named]]
        if len(b) < least or len(a) < least:
            return
        test = _part_ratio(gram, a, b, p.split_copy)
        specs = story.specs
        if p.specifics and specs is not None and len(specs) == k:
            agree, conflict = specifics_evidence([specs[i] for i in a], [specs[i] for i in b])
            test += p.specifics * (agree - conflict)
        if test >= p.split:
            return
        members, days = story.members, (story.first_day, story.last_day)
        mdays = story.days if story.days is not None and len(story.days) == k else None
        new = _Story(self._new_id(members[b[0]]))
        self._stories[new.id] = new
        self._deactivate(story)
        story.active, story.members = True, []
        if mdays is not None:
            story.first_day = story.last_day = None
        for part, idx in ((story, a), (new, b)):
            for i in idx:
                self._join(part, members[i], vecs[i], None if mdays is None else mdays[i])
            part.vecs = [vecs[i] for i in idx]
            part.specs = [specs[i] for i in idx] if specs is not None and len(specs) == k else None
            part.days = [mdays[i] for i in idx] if mdays is not None else None
            if mdays is None:  # members' days unknown (an older state): both keep the story's
                part.first_day, part.last_day = days
                if days[1] is not None:
                    heapq.heappush(self._retire, (days[1], part.id))
        self._changed.update((story.id, new.id))

    # -- settling -------------------------------------------------------------------------------

    def _settle(self, story: _Story, linked: list[_Story], doc_id: str) -> _Story:
        """Make the grouping around a new article independent of the order articles came in.

        `story` is the one the article joined, `linked` the other stories it scored at least
        `threshold` against (best first). An article that fits two stories is evidence that
        they report one event: each is merged into `story` when its members would have joined
        `story` and `story`'s members would have joined it (mean cosine with the other's
        centroid at least `threshold`), unless both have `split_min` articles and the split
        test tells them apart. Then the members of these stories are moved to the story they
        fit best (a member that joined a story early, when its centroid was one or two other
        articles, can fit it worse once the story has grown), and a member that fits its own
        story below `settle_eject` x `threshold` and no other leaves it for a story of its own.
        A member that fits its story below `threshold` also brings in the few stories nearest
        to it (`_near_stories`), so that a new one-article story can take members of other
        stories that fit it better, and the article's story brings in the one-article stories
        that left it and fit it again (`_strays`). Only the stories the article touched and
        those few are looked at (each at most `split_max` articles), so the cost does not grow
        with the corpus. Returns the article's story.
        """
        p = self.params
        for other in linked:
            if other.id not in self._stories or story.id not in self._stories:
                continue
            if self._mergeable(story, other):
                keep, gone = (
                    (story, other) if len(story.members) >= len(other.members) else (other, story)
                )
                self._absorb(keep, gone)
                story = keep
        group = [story] + [s for s in linked if self._stories.get(s.id) is s and s is not story]
        group = [s for s in group if s.active and self._vecs(s) is not None and s.days is not None]
        if p.settle_strays and group and group[0] is story:
            group += self._strays(story, group)
        if p.settle_margin is not None and group:
            self._reassign(group)
        return self._stories[self._doc_story[doc_id]]

    def _vecs(self, story: _Story) -> list[dict[str, float]] | None:
        """The member vectors of a still checked story (a one-article story's is its centroid),
        or None."""
        if story.vecs is None or not story.active:
            return None
        if len(story.members) == 1 and not story.vecs:
            return [dict(_top(story.centroid, self.params.member_terms))]
        return story.vecs if len(story.vecs) == len(story.members) else None

    def _near(self, a: _Story, b: _Story) -> bool:
        """Whether the two stories' spans of days lie within `_reach` days of each other."""
        w = self._reach()
        if a.first_day is None or b.first_day is None:
            return True
        return b.first_day - w <= a.last_day and a.first_day - w <= b.last_day

    def _mergeable(self, a: _Story, b: _Story) -> bool:
        p = self.params
        va, vb = self._vecs(a), self._vecs(b)
        if va is None or vb is None or not a.norm or not b.norm or not self._near(a, b):
            return False
        if len(va) + len(vb) > p.split_max:
            return False
        fit_a = sum(_cos(v, b.centroid, b.norm) for v in va) / len(va)
        fit_b = sum(_cos(v, a.centroid, a.norm) for v in vb) / len(vb)
        if min(fit_a, fit_b) < p.threshold:
            return False
        if p.split and len(va) >= p.split_min and len(vb) >= p.split_min:
            vecs = va + vb
            k = len(vecs)
            gram = [[_dot(vecs[i], vecs[j]) if i != j else 1.0 for j in range(k)] for i in range(k)]
            ia, ib = list(range(len(va))), list(range(len(va), k))
            test = _part_ratio(gram, ia, ib, p.split_copy)
            if p.specifics and a.specs is not None and b.specs is not None:
                agree, conflict = specifics_evidence(a.specs, b.specs)
                test += p.specifics * (agree - conflict)
            if test < p.split:
                return False
        return True

    def _reassign(self, group: list[_Story]) -> None:
        """Move members among the stories of `group` to the one they fit best (see `_settle`);
        a few rounds at most."""
        p = self.params
        group = list(group)
        for _ in range(4):
            moves: list[tuple[_Story, int, _Story | None]] = []
            seen = len(group)
            for s in group[:seen]:
                vecs = self._vecs(s)
                if vecs is None:
                    continue
                n = len(vecs)
                for i, v in enumerate(vecs):
                    vv = _dot(v, v)
                    if not vv:
                        continue
                    own = _own_fit(vecs, i, v, vv, s)
                    best, best_cos = None, -1.0
                    day = s.days[i] if s.days is not None else None
                    if own < p.threshold and len(group) < 12:  # a weak member: where else?
                        group += self._near_stories(v, vv, s, group)
                    for t in group:
                        if t is s or not t.norm:
                            continue
                        if not self._joinable(t, day):
                            continue
                        c = _dot(v, t.centroid) / (t.norm * math.sqrt(vv))
                        if c > best_cos:
                            best, best_cos = t, c
                    if (
                        best is not None
                        and best_cos >= p.threshold
                        and best_cos > own + p.settle_margin
                    ):
                        moves.append((s, i, best))
                    elif (
                        n > 1
                        and own < p.settle_eject * p.threshold
                        and not self._held(v, s, own, self._profiles.get(s.members[i]))
                    ):
                        moves.append((s, i, None))
            moves = _no_swaps(moves)
            if moves:
                group = self._apply_moves(group, moves)
            elif len(group) == seen:
                return

    def _strays(self, story: _Story, group: list[_Story]) -> list[_Story]:
        """The (at most `settle_strays`) one-article stories outside `group` that left `story`
        in settling and now fit it at least `threshold`, among those its strongest features
        retrieve: a report that left the story while it held two or three articles (its
        centroid was mostly theirs) gets back in once the story has grown (`_reassign` moves
        it), instead of staying a story of its own until another article happens to link it.
        Only a report that was in the story: pulling in any one-article story that fits cost
        the dated synthetic stream precision (docs/stories.md, session 14)."""
        p = self.params
        found = []
        for t in self._retrieve(_top(story.centroid, p.query_terms), skip=story.id):
            if t in group or t.left != story.id or len(t.members) != 1 or t.days is None:
                continue
            if not self._joinable(story, t.days[0]):
                continue
            v = self._vecs(t)
            c = _cos(v[0], story.centroid, story.norm) if v else 0.0
            if c >= p.threshold:
                found.append((-c, t.id, t))
        return [t for _, _, t in sorted(found, key=lambda x: x[:2])[: p.settle_strays]]

    def _near_stories(
        self, v: dict[str, float], vv: float, own: _Story, group: list[_Story]
    ) -> list[_Story]:
        """The (at most 3) stories outside `group` nearest to a weak member `v` of `own`, with
        a cosine of at least half the join threshold: where it, or members that fit it
        better than their own story, could go."""
        p = self.params
        near = []
        for t in self._retrieve(_top(v, p.query_terms), skip=own.id):
            if t in group or self._vecs(t) is None or t.days is None or not t.norm:
                continue
            c = _dot(v, t.centroid) / (t.norm * math.sqrt(vv))
            if c >= 0.5 * p.threshold:
                near.append((-c, t.id, t))
        return [t for _, _, t in sorted(near, key=lambda x: x[:2])[:3]]

    def _apply_moves(
        self, group: list[_Story], moves: list[tuple[_Story, int, _Story | None]]
    ) -> list[_Story]:
        """Re-form the stories of `group` with the members in `moves` moved (None: to a story
        of their own); returns the stories now in play."""
        dest: dict[tuple[str, int], _Story | None] = {(s.id, i): t for s, i, t in moves}
        content: dict[str, list[tuple[str, dict[str, float], list[str], int | None]]] = {}
        new: list[tuple[tuple[str, dict[str, float], list[str], int | None], str]] = []
        for s in group:
            content.setdefault(s.id, [])
        for s in group:
            vecs = self._vecs(s)
            specs = s.specs if s.specs is not None and len(s.specs) == len(s.members) else None
            for i, m in enumerate(s.members):
                item = (m, vecs[i], specs[i] if specs else [], s.days[i])
                key = (s.id, i)
                if key not in dest:
                    content[s.id].append(item)
                elif dest[key] is None:
                    new.append((item, s.id))
                else:
                    content[dest[key].id].append(item)
        touched = {s.id for s, _, _ in moves} | {t.id for _, _, t in moves if t is not None}
        out = []
        renamed: dict[str, _Story] = {}
        for s in group:
            items = content[s.id]
            if s.id not in touched:
                out.append(s)
                continue
            if not items:
                self._drop(s)
                continue
            items.sort(key=lambda it: s.members.index(it[0]) if it[0] in s.members else 1 << 30)
            if _id_article(s.id) not in {it[0] for it in items}:
                renamed[s.id] = s
                self._rename(s, items[0][0])
            self._reform(s, items)
            out.append(s)
        for item, left in new:
            rest = renamed.get(left) or self._stories.get(left)  # what is left of that story
            s = _Story(self._new_id(item[0]))
            self._stories[s.id] = s
            self._reform(s, [item])
            s.left = rest.id if rest is not None else None
            if rest is not None and len(rest.members) == 1 and rest.left is None:
                rest.left = s.id  # a pair broken in two: each is the other's stray
            out.append(s)
        return out

    def _drop(self, story: _Story) -> None:
        """Remove a story left with no articles."""
        self._deactivate(story)
        del self._stories[story.id]
        self._changed.discard(story.id)

    def _rename(self, story: _Story, first: str) -> None:
        """Name `story` after `first`, its first article now that the article its id came from
        has left it: an id always names one of the story's own articles, so the article that
        left takes its id along (`_new_id`) and `dossier <id>` opens the story that holds it."""
        self._drop(story)
        story.id = self._new_id(first)
        self._stories[story.id] = story

    def _reform(
        self, story: _Story, items: list[tuple[str, dict[str, float], list[str], int | None]]
    ) -> None:
        """Give `story` exactly these members (id, member vector, specifics, day)."""
        self._deactivate(story)
        story.active, story.members = True, []
        story.first_day = story.last_day = None
        for m, v, _, d in items:
            self._join(story, m, v, d)
        story.vecs = [v for _, v, _, _ in items] if len(items) > 1 else []
        story.specs = [sp for _, _, sp, _ in items]
        story.days = [d for _, _, _, d in items]
        self._changed.add(story.id)

    def _new_id(self, doc_id: str) -> str:
        """`s-` + the article id; a suffix in the rare case a story already has that id (a
        state saved before session 14, when a story could keep the id of an article it lost)."""
        sid, n = "s-" + doc_id, 1
        while sid in self._stories:
            n += 1
            sid = f"s-{doc_id}~{n}"
        return sid

    def _join_days(self, story: _Story, first: int, last: int) -> None:
        if story.first_day is None or first < story.first_day:
            story.first_day = first
        if story.last_day is None or last > story.last_day:
            story.last_day = last
            heapq.heappush(self._retire, (last, story.id))

    def _unpost(self, f: str, sid: str) -> None:
        plist = self._postings.get(f)
        if plist is not None:
            plist.pop(sid, None)
            if not plist:
                del self._postings[f]
                if f.startswith("n:"):
                    key = f"n:{name_key(f[2:])}"
                    self._name_keys[key].pop(f, None)
                    if not self._name_keys[key]:
                        del self._name_keys[key]

    def _retire_old(self, today: int) -> None:
        """Drop stories whose latest article is older than the window from the index."""
        cutoff = today - max(self.params.retire_days, self.params.window_days)
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
        story.vecs = story.specs = story.days = None
        self._recent.pop(story.id, None)

    # -- persistence --------------------------------------------------------------------------

    def to_json(self) -> dict:
        p = self.params
        return {
            "version": 4,
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
                    "days": s.days,
                    "left": s.left,
                }
                for s in self._stories.values()
            ],
            "postings": {f: list(pl) for f, pl in self._postings.items()},
            "retire": [list(e) for e in self._retire],
            "recent": list(self._recent),
        } | {k: v for k, v in (("foreign", self._foreign), ("profiles", self._profiles)) if v}

    @classmethod
    def from_json(cls, d: dict) -> StoryIndex:
        known = Params.__dataclass_fields__
        # a state saved with a parameter since removed (`bridge`, session 12) still loads
        index = cls(Params(**{k: v for k, v in d["params"].items() if k in known}))
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
            if "days" in sd:
                s.days = sd["days"]
            else:  # before version 4: the members' days are unknown
                s.days = None
            s.left = sd.get("left")  # before session 14: not kept
            index._stories[s.id] = s
            for m in s.members:
                index._doc_story[m] = s.id
        for f, pl in d["postings"].items():
            index._post(f).update(dict.fromkeys(pl))
        index._retire = [(e[0], e[1]) for e in d["retire"]]
        index._recent = dict.fromkeys(d["recent"])
        index._foreign = dict(d.get("foreign", {}))  # before session 16: none attached
        index._profiles = dict(d.get("profiles", {}))  # before session 21: none held
        return index


#: Language-independent features an attached article shares with its story, at least.
FOREIGN_SHARED = 4
#: A figure written with thousands separators (`1,200` in English, `1.200` in Portuguese).
_GROUPED = re.compile(r"\d{1,3}(?:[.,\u00a0 ]\d{3})+")


def foreign_keys(feats: Iterable[str]) -> set[str]:
    """The features of `feats` that read alike in any language: the words of names (`n:`),
    numbers of 3 digits or more (`d:`, thousands separators dropped) and day-month dates."""
    out: set[str] = set()
    for f in feats:
        kind, _, val = f.partition(":")
        if kind == "d":
            if _GROUPED.fullmatch(val):
                val = re.sub(r"\D", "", val)
            if sum(ch.isdigit() for ch in val) >= 3:
                out.add(f"d:{val}")
        elif kind == "n":
            out.add(f"n:{name_key(val)}")
        elif kind == "m" and len(val) == 5:
            out.add(f)
    return out


#: Spellings one name takes in the transliterations `unidecode` gives (`Brennkhol'm`,
#: `Griniov`): folded to the Latin spelling's letters before the name is cut to its stem.
_FOLDS = (("'", ""), ("kh", "h"), ("ii", "i"), ("io", "e"), ("ia", "ja"), ("iu", "ju"))
#: Letters of a name that survive its inflection (`Vestmarka`, `Karsovii`, `Dremskogo`).
NAME_STEM = 5


@lru_cache(maxsize=1 << 16)
def name_key(word: str) -> str:
    """A name word as another language's article spells it alike: transliteration variants
    folded, then cut to its first `NAME_STEM` letters, as case endings change the rest
    (`Вестмарка` -> `vestmarka` -> `vestm`, as `Vestmark`)."""
    for a, b in _FOLDS:
        word = word.replace(a, b)
    return word[:NAME_STEM]


def foreign_shared(keys: set[str], feats: Iterable[str]) -> int:
    """How many things `keys` (`foreign_keys`) name: a figure or a date each, and the words of
    one name of the article's (`feats`: its `article_features`, whose `p:` runs are its names
    of several words) together once, so `Donald` and `Trump` are one person, not two keys."""
    whole = {k[2:]: k[2:] for k in keys if k[0] == "n"}  # name word -> its name, union-find

    def name_of(word: str) -> str:
        while whole[word] != word:
            word = whole[word]
        return word

    for f in feats:
        if f.startswith("p:"):
            # (a key as `foreign_keys` gives it, `name_key`, or as it was given)
            words = [
                k for w in f[2:].split() for k in dict.fromkeys((w, name_key(w))) if k in whole
            ]
            for w in words[1:]:
                whole[name_of(w)] = name_of(words[0])
    return len(keys) - len(whole) + len({name_of(w) for w in whole})


def _cos(v: dict[str, float], c: dict[str, float], norm: float) -> float:
    """Cosine of a member vector with a centroid of the given norm."""
    vv = _dot(v, v)
    return _dot(v, c) / (norm * math.sqrt(vv)) if vv and norm else 0.0


def _loo_cos(v: dict[str, float], vv: float, c: dict[str, float], norm: float) -> float:
    """Cosine of a member vector (squared norm `vv`) with its story's centroid `c` less
    itself."""
    dot = _dot(v, c)
    rest = norm * norm - 2 * dot + vv
    return (dot - vv) / math.sqrt(rest * vv) if rest > 1e-12 else 0.0


def _own_fit(
    vecs: list[dict[str, float]], i: int, v: dict[str, float], vv: float, story: _Story
) -> float:
    """How well member `i` (vector `v`, squared norm `vv`) fits the rest of its story: the
    leave-one-out cosine with the centroid; of a pair, the cosine with the other member. A
    member vector keeps only its top features, so the centroid less it still holds the rest of
    its own features: of a pair that lowers one member's fit below the other's (a report that
    joined at 0.24 was ejected at 0.21), and a pair must fit both ways alike."""
    n = len(vecs)
    if n == 1:
        return 0.0
    if n == 2:
        other = vecs[1 - i]
        oo = _dot(other, other)
        return _dot(v, other) / math.sqrt(vv * oo) if oo else 0.0
    return _loo_cos(v, vv, story.centroid, story.norm)


def _no_swaps(
    moves: list[tuple[_Story, int, _Story | None]],
) -> list[tuple[_Story, int, _Story | None]]:
    """`moves` less the second of two one-article stories moving into each other: both fit
    one story, and moved at once they only trade places (and ids) round after round."""
    single = {(s.id, t.id) for s, _, t in moves if t is not None and len(s.members) == 1}
    out = []
    for s, i, t in moves:
        if t is not None and len(s.members) == 1 and (t.id, s.id) in single and t.id < s.id:
            continue
        out.append((s, i, t))
    return out


def _subject(title: str | None, feats: dict[str, int]) -> str | None:
    """The one person (or firm) an article is about: the name (`n:`) it repeats most, at least
    `SUBJECT_MENTIONS` times and more than any other, when its title writes it (`Halina Vost:
    'I stopped …'`, `Vendral Adaria: write-down …`); None otherwise. (That it names a person
    or a firm, no place, `_held` tells by `_full_name`.)"""
    if not title:
        return None
    names = sorted(((c, f) for f, c in feats.items() if f[0] == "n"), reverse=True)[:2]
    if not names or names[0][0] < SUBJECT_MENTIONS or len(names) > 1 and names[1][0] == names[0][0]:
        return None
    words = {w.lower() for w in _TITLE_WORD.findall(unidecode(title))}
    return names[0][1] if names[0][1][2:] in words else None


def _full_name(name: str, centroid: dict[str, float]) -> bool:
    """Whether the story writes `name` (`n:vost`) as the last word of a name of several words
    (`p:halina vost`, `p:finance minister halina vost`): a person's family name after her
    given name (or a firm's after a word that qualifies it, `p:aldmark's vendral`), as a
    country (`n:turkmenistan`, two elections there in ECB+) seldom is: a cheap proxy."""
    end = " " + name[2:]
    return any(f[0] == "p" and (f.endswith(end) or f.endswith(end + "'s")) for f in centroid)


#: Mentions of its subject's name an article about one person makes, at least.
SUBJECT_MENTIONS = 3
#: A profile's subject is among this many names that weigh most in its story's centroid.
SUBJECT_RANK = 3
_TITLE_WORD = re.compile(r"[A-Z][\w'\-]*\w")


def _figures(vec: dict[str, float]) -> frozenset[str]:
    """An article's specific figures: numbers of 3 digits or more (`d:2000`, not `d:12`) and
    day-month dates (`m:06-03`)."""
    return frozenset(f for f in vec if f[0] == "m" and len(f) == 7 or f[0] == "d" and len(f) >= 5)


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


def _part_ratio(
    gram: list[list[float]], a: list[int], b: list[int], copy: float | None = None
) -> float:
    """The split test's ratio: mean similarity between the parts `a` and `b` over the geometric
    mean of the similarities within each. A part of 2 counts as cohesive as the other part at
    most: two articles alike to each other (a wire copy and its source, two outlets' rewrites
    of one agency text) are no evidence of a second event, and taking their own similarity
    (0.8-1 for copies) would split them off a story they fit as well as its other members do.
    For the same reason, pairs within a part at least `copy` alike (one text twice) are left
    out of its cohesion: a part of one report, its wire copy and a third article is as
    cohesive as the report and the third article are, not more. A part left with no other pair
    (copies of one text) counts as cohesive as the other part at most; two such parts keep
    their copies' similarity (two texts, each copied: the specifics tell them apart)."""
    ca, cb = _within(gram, a, copy), _within(gram, b, copy)
    wa, wb = _cohesion(gram, a, ca, cb), _cohesion(gram, b, cb, ca)
    if len(a) == 2:
        wa = min(wa, wb)
    if len(b) == 2:
        wb = min(wb, wa)
    return _mean_pair(gram, a, b) / math.sqrt(wa * wb)


def _cohesion(
    gram: list[list[float]], part: list[int], own: float | None, other: float | None
) -> float:
    """A part's cohesion for `_part_ratio`: `own` (its pairs less copies); for a part of
    copies only, their similarity, at most the other part's (`other`) when it has one."""
    if own is not None:
        return own
    full = _mean_pair(gram, part, part)
    return full if other is None else min(full, other)


def _within(gram: list[list[float]], part: list[int], copy: float | None) -> float | None:
    """A part's cohesion: the mean similarity of its pairs of members, pairs at least `copy`
    alike left out (None: none left; floor 0.05, as `_mean_pair`)."""
    if copy is None:
        return _mean_pair(gram, part, part)
    sims = [gram[i][j] for n, i in enumerate(part) for j in part[n + 1 :] if gram[i][j] < copy]
    return max(sum(sims) / len(sims), 0.05) if sims else None


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


def _id_article(story_id: str) -> str:
    """The article a story id names (`s-<article id>`, maybe with a `~n` suffix)."""
    return story_id[2:].split("~", 1)[0]


def _top(vec: dict[str, float], k: int) -> list[tuple[str, float]]:
    """The k largest entries, ties broken by key so the result is deterministic."""
    if len(vec) <= k:
        return sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))
    return heapq.nsmallest(k, vec.items(), key=lambda kv: (-kv[1], kv[0]))


def rebuild(docs: Iterable[StoryDoc], params: Params | None = None) -> StoryIndex:
    """Full pass: the online pass over the articles in publication order (as UTC instants,
    `features.time_key`; undated last), then id, as `group.run` orders them: the grouping
    does not depend on the order the input lists the articles in."""
    ordered = sorted(docs, key=lambda d: (time_key(d.published), d.id))
    index = StoryIndex(params)
    for doc in ordered:
        index.add(doc)
    return index


def story_title(docs: Iterable[StoryDoc], lead_chars: int = Params.lead_chars) -> str | None:
    """The headline of the story's most central report: the titled member whose words
    (weighted as the grouper weighs them: names, numbers and dates above ordinary words) are
    most like those of all the other members together (cosine with their summed vectors).
    A story's first report often tells how it began (the trial) while most of its reports
    lead with what it became (the verdict); the central one says what most reports say. Ties
    (two reports are always equally central) go to the earliest report, as before, so a
    title changes only when a later report is more central; a story of one report takes its
    headline. A view piece's headline (`Opinion: ...`, `is_view_headline`) is the title only
    when no report is titled: it states an author's argument, not what happened, and a column
    that sums up the story is often its most central member. Likewise an official record's
    heading (`_official_record`: a meeting's number, a document symbol): it names the paper
    (`Security Council, 9412th Meeting`), or, for a record that sums up everything the news
    reports tell, reads as the record's own summary; a news headline says what happened."""
    members = sorted(docs, key=lambda d: (time_key(d.published), d.id))
    titled = [d for d in members if d.title]
    reports = [d for d in titled if not is_view_headline(d.title)] or titled
    reports = [d for d in reports if not _official_record(d, lead_chars)] or reports
    if len(reports) <= 1:
        return reports[0].title if reports else None
    vecs = [_title_vector(d, lead_chars) for d in members]
    total: dict[str, float] = {}
    for v in vecs:
        for f, w in v.items():
            total[f] = total.get(f, 0.0) + w
    best: tuple[float, int] | None = None
    eligible = {d.id for d in reports}
    for i, d in enumerate(members):
        if d.id not in eligible:
            continue
        rest = {f: w - vecs[i].get(f, 0.0) for f, w in total.items()}
        norm = math.sqrt(sum(w * w for w in rest.values()))
        score = round(_dot(vecs[i], rest) / norm, 9) if norm > 1e-12 else 0.0
        if best is None or score > best[0]:  # the earliest member wins ties
            best = (score, i)
    return members[best[1]].title if best else None


def is_document_heading(title: str | None) -> bool:
    """Whether a headline names an official document or meeting (`Security Council, 9412th
    Meeting (AM)`, `Resolution S/RES/2719 (2023)`) rather than telling what happened."""
    return bool(title) and bool(DOCUMENT_SYMBOL.search(title) or MEETING_NUMBER.search(title))


def _official_record(doc: StoryDoc, lead_chars: int) -> bool:
    """Whether a member is an official record: its headline is a document heading, or its
    opening (the first `3 * lead_chars` characters) cites a document symbol or a meeting's
    number (`The draft (document S/2031/512) …`), as meeting summaries and press releases
    do and news reports, which name the resolution by what it demands, seldom do."""
    head = doc.text[: 3 * lead_chars]
    return is_document_heading(doc.title) or is_document_heading(head)


def is_view_headline(title: str | None) -> bool:
    """Whether a headline is labelled as opinion, comment, analysis, an editorial or a column."""
    return view_label(title) is not None


def _title_vector(doc: StoryDoc, lead_chars: int) -> dict[str, float]:
    """One member's L2-normalised feature vector for `story_title` (no IDF: words every
    report shares are what makes a report central)."""
    dated = day_date(parse_day(doc.published))
    feats = article_features(doc.title, doc.text, lead_chars, dated=dated)
    vec = {f: (1.0 + math.log(c)) * KIND_WEIGHTS.get(f[0], 1.0) for f, c in feats.items()}
    norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
    return {f: w / norm for f, w in vec.items()}
