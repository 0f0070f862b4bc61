"""PolNeAR reader and quote-attribution scorer for `bench/polnear_quotes.py`.

Pure Python, no spaCy: the gold side (speech lexicon, quote regions, kinds) and the scoring rules
live here so that `tests/bench/test_polnear_scoring.py` can check them on tiny hand-made inputs.
The rules are documented in `polnear_quotes.py`'s docstring; this module implements them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int]

WORD = re.compile(r"\w+")

# --------------------------------------------------------------------------------------------
# Speech-cue lexicon
# --------------------------------------------------------------------------------------------

#: Lemmas of verbs (and a few nouns) whose cue marks an attribution as speech (said, written,
#: posted...) rather than a thought, belief, wish or finding (think, want, show, find...).
SPEECH_LEMMAS = frozenset(
    """
    say tell add state note explain ask answer reply respond write tweet retweet post announce
    declare report claim insist warn argue suggest confirm deny admit acknowledge praise
    criticize criticise accuse call describe urge quote cite mention comment remark stress
    emphasize emphasise reiterate repeat recall recount reveal disclose concede contend assert
    allege charge complain lament joke quip shout yell chant scream whisper testify speak talk
    promise pledge vow predict propose recommend demand announce proclaim boast brag tout
    question challenge dismiss reject denounce decry condemn blame slam blast attack defend
    thank congratulate apologize apologise inform advise caution tease mock blast counter
    retort rebut refute continue read dub label brand refer interview statement
    remarks said told wrote spoke written spoken reference exhort hail
    """.split()
)

#: Multi-word cues matched as lowercase substrings of the cue text.
SPEECH_PHRASES = (
    "according to",
    "point out",
    "pointed out",
    "points out",
    "pointing out",
    "in a statement",
    "in an interview",
    "in a tweet",
    "in a post",
    "in remarks",
    "went on",
    "goes on",
    "go on",
    "lash out",
    "lashed out",
)

#: A cue that is only punctuation introducing a statement (`Trump on Twitter: "..."`).
SPEECH_PUNCT_CUES = frozenset({":", "—", "-", "–", "―"})

_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
    "read": "read",
    "retorted": "retort",
    "went": "go",
    "goes": "go",
}


def lemma_candidates(word: str) -> set[str]:
    """Possible lemmas of an English word form by a small suffix table (no tagger needed).

    Over-generates on purpose (`noted` -> note, not): the candidates are only looked up in
    `SPEECH_LEMMAS`, so a spurious candidate matters only when it is itself a speech lemma.
    """
    w = word.lower()
    out = {w}
    if w in _IRREGULAR:
        out.add(_IRREGULAR[w])
    for suf, reps in (
        ("ies", ("y",)),
        ("ied", ("y",)),
        ("es", ("", "e")),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("d", ("",)),
        ("ing", ("", "e")),
    ):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            stem = w[: -len(suf)]
            for r in reps:
                out.add(stem + r)
            # doubled consonant: slammed -> slam, quipped -> quip
            if suf in ("ed", "ing") and len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


def is_speech_cue(cue: str | None) -> bool:
    """True when the cue text names a speech act (by lemma table, phrase or a colon/dash)."""
    if not cue:
        return False
    c = " ".join(cue.lower().split())
    if c.strip() in SPEECH_PUNCT_CUES:
        return True
    if any(p in c for p in SPEECH_PHRASES):
        return True
    return any(lemma_candidates(w) & SPEECH_LEMMAS for w in WORD.findall(c))


# --------------------------------------------------------------------------------------------
# Tokens and quote regions
# --------------------------------------------------------------------------------------------


def word_tokens(text: str) -> list[Span]:
    """`\\w+` tokens of the text as (start, end) character offsets."""
    return [m.span() for m in WORD.finditer(text)]


def tokens_in(tokens: Sequence[Span], spans: Iterable[Span]) -> frozenset[int]:
    """Indices of the tokens that overlap any of the character spans."""
    spans = [s for s in spans if s[1] > s[0]]
    out = set()
    for i, (ts, te) in enumerate(tokens):
        for s, e in spans:
            if ts < e and s < te:
                out.add(i)
                break
    return frozenset(out)


_OPEN_D = "“„«"
_CLOSE_D = "”»"
_OPEN_S = "‘‹"
_CLOSE_S = "’›"


def quote_mask(text: str) -> list[bool]:
    """Per character: is it inside quotation marks (marks included)?

    Double quotes: curly `“…”` pairs, and straight `"` toggling. Single quotes: `‘…’` and
    straight `'…'`, only where an opening mark stands before a word (after a space, a bracket,
    a dash or a double quote) and a matching close follows on the same line before another
    opener; apostrophes (`Clinton’s`, `voters’`) therefore never open a region. A region open
    at the end of a line is closed there (a quotation running over paragraphs reopens with a
    mark on each new paragraph).
    """
    n = len(text)
    mask = [False] * n
    i = 0
    line_start = 0
    while i <= n:
        if i == n or text[i] == "\n":
            _mask_line(text, line_start, i, mask)
            line_start = i + 1
        i += 1
    return mask


def _mask_line(text: str, a: int, b: int, mask: list[bool]) -> None:
    # double quotes first
    open_at = -1
    for i in range(a, b):
        ch = text[i]
        if open_at < 0:
            if ch in _OPEN_D or ch == '"':
                open_at = i
        elif ch in _CLOSE_D or ch == '"':
            for k in range(open_at, i + 1):
                mask[k] = True
            open_at = -1
    if open_at >= 0:  # unclosed: runs to the end of the paragraph
        for k in range(open_at, b):
            mask[k] = True
    # single quotes, well-formed pairs only
    i = a
    while i < b:
        ch = text[i]
        if ch in _OPEN_S or ch == "'":
            prev = text[i - 1] if i > a else " "
            nxt = text[i + 1] if i + 1 < b else " "
            if (prev.isspace() or prev in '([{—–-"“:') and (nxt.isalnum()):
                j = i + 1
                close = -1
                while j < b:
                    cj = text[j]
                    if cj in _CLOSE_S or cj == "'":
                        after = text[j + 1] if j + 1 < b else " "
                        if not after.isalnum():
                            close = j
                            break
                    if cj in _OPEN_S and j > i + 1 and text[j - 1].isspace():
                        break
                    j += 1
                if close > 0:
                    for k in range(i, close + 1):
                        mask[k] = True
                    i = close + 1
                    continue
        i += 1


def gold_kind(content_tokens: Iterable[int], tokens: Sequence[Span], mask: Sequence[bool]) -> str:
    """direct (>= 80% of the content's word tokens inside quote marks), mixed (some), indirect."""
    idx = list(content_tokens)
    if not idx:
        return "indirect"
    inside = sum(1 for i in idx if mask[tokens[i][0]])
    if inside >= 0.8 * len(idx):
        return "direct"
    return "mixed" if inside else "indirect"


# --------------------------------------------------------------------------------------------
# Reader
# --------------------------------------------------------------------------------------------


@dataclass
class GoldAttribution:
    id: str
    content: list[Span]
    cue: list[Span]
    source: list[Span]
    content_text: str = ""
    cue_text: str = ""
    source_text: str = ""
    kind: str = "indirect"
    speech: bool = False
    tokens: frozenset[int] = frozenset()


@dataclass
class GoldDoc:
    name: str
    text: str
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    tokens: list[Span] = field(default_factory=list)

    @property
    def speech(self) -> list[GoldAttribution]:
        return [a for a in self.attributions if a.speech]


def _parse_spans(s: str) -> list[Span]:
    out = []
    for part in s.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def _join(text: str, spans: Sequence[Span]) -> str:
    return " … ".join(text[s:e] for s, e in sorted(spans))


def parse_ann(ann: str, text: str, name: str = "", annotator: str = "") -> GoldDoc:
    """Parse a brat .ann file (T and E lines) against its text into a `GoldDoc`.

    Every E line (`Attribution` or `Attribution-no-source`) is one attribution; its `Content`,
    `Content2`... roles are merged into one content, and likewise for cues and sources.
    Discontinuous spans (`s e;s e`) are kept as several segments. Other lines (`#` notes,
    continuation lines of a multi-line T text, `Discard`/`Discuss` T lines) are ignored.
    """
    spans: dict[str, list[Span]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label_spans = parts[1].split(" ", 1)
            if len(label_spans) != 2:
                continue
            try:
                spans[parts[0]] = _parse_spans(label_spans[1])
            except ValueError:
                continue
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            roles = []
            for arg in parts[1].split():
                role, _, tid = arg.partition(":")
                roles.append((role, tid))
            events.append((parts[0], roles))
    doc = GoldDoc(name=name, text=text, annotator=annotator, tokens=word_tokens(text))
    mask = quote_mask(text)
    for eid, roles in events:
        content: list[Span] = []
        cue: list[Span] = []
        source: list[Span] = []
        for role, tid in roles[1:]:  # roles[0] is the Attribution trigger
            base = role.rstrip("0123456789")
            target = {"Content": content, "Cue": cue, "Source": source}.get(base)
            if target is not None:
                target.extend(spans.get(tid, []))
        if not content:
            continue
        a = GoldAttribution(
            id=eid,
            content=sorted(content),
            cue=sorted(cue),
            source=sorted(source),
            content_text=_join(text, content),
            cue_text=_join(text, cue),
            source_text=_join(text, source),
        )
        a.tokens = tokens_in(doc.tokens, a.content)
        if not a.tokens:
            continue
        a.kind = gold_kind(a.tokens, doc.tokens, mask)
        a.speech = is_speech_cue(a.cue_text) or a.kind != "indirect"
        doc.attributions.append(a)
    return doc


def pair_files(split_dir: Path) -> list[tuple[str, Path, Path, str]]:
    """(name, text file, chosen .ann file, annotator) for every text of a split, by name.

    An .ann file is named `<text stem>_<annotator>.ann`. Where several annotators annotated the
    same article (agreement articles: 2 in dev, 16 in train, 5-6 annotators each), the file of
    the alphabetically first annotator id is used, so the choice is fixed and independent of
    any system's output.
    """
    texts = sorted((split_dir / "text").glob("*.txt"))
    anns: dict[str, list[Path]] = {}
    for p in sorted((split_dir / "attributions").glob("*.ann")):
        stem, _, annot = p.stem.rpartition("_")
        anns.setdefault(stem, []).append(p)
    out = []
    for t in texts:
        cands = anns.get(t.stem)
        if not cands:
            continue
        chosen = sorted(cands, key=lambda p: p.stem.rpartition("_")[2])[0]
        out.append((t.stem, t, chosen, chosen.stem.rpartition("_")[2]))
    return out


def load_split(split_dir: Path, limit: int = 0, offset: int = 0) -> list[GoldDoc]:
    """The split's articles by name, skipping the first `offset`, at most `limit` (0: all)."""
    docs = []
    for i, (name, tpath, apath, annot) in enumerate(pair_files(split_dir)):
        if i < offset:
            continue
        text = tpath.read_text(encoding="utf-8")
        ann = apath.read_text(encoding="utf-8")
        docs.append(parse_ann(ann, text, name=name, annotator=annot))
        if limit and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------------------------
# Predictions and scoring
# --------------------------------------------------------------------------------------------

PRONOUNS = frozenset(
    """
    i me my we us our you your he him his she her they them their it its one who this that these
    those himself herself themselves itself
    """.split()
)


@dataclass
class Pred:
    """One predicted quote, system-independent: content span, speaker mention, resolved name."""

    start: int
    end: int
    kind: str = "direct"
    speaker: Span | None = None
    speaker_text: str | None = None
    speaker_name: str | None = None
    cue_text: str | None = None
    tokens: frozenset[int] = frozenset()
    #: The content's pieces when it is several (a quotation split by its cue, merged by
    #: `merge_continuations`); empty means the one span (start, end).
    parts: tuple[Span, ...] = ()
    #: The system's key for this quote and for the earlier part it continues (newsgraph's
    #: `Quote.continues`: (start, end, kind)); None when the system gives no such link.
    key: tuple | None = None
    continues: tuple | None = None


def merge_continuations(preds: Sequence[Pred]) -> list[Pred]:
    """One prediction per chain of continuation parts (`"A," he said. "B."` is one
    attribution in PolNeAR, whose content is discontinuous across the cue): the parts' spans
    make its content, the first part gives the speaker and kind, and a later part's speaker
    stands in when the first has none. Predictions without links pass through unchanged."""
    index = {p.key: i for i, p in enumerate(preds) if p.key is not None}
    root = list(range(len(preds)))

    def find(i: int) -> int:
        while root[i] != i:
            i = root[i]
        return i

    for i, p in enumerate(preds):
        j = index.get(p.continues) if p.continues is not None else None
        if j is not None and find(i) != find(j):
            root[find(i)] = find(j)
    chains: dict[int, list[int]] = {}
    for i in range(len(preds)):
        chains.setdefault(find(i), []).append(i)
    out = []
    for chain in sorted(chains.values()):
        members = [preds[i] for i in sorted(chain, key=lambda i: (preds[i].start, i))]
        if len(members) == 1:
            out.append(members[0])
            continue
        first = members[0]
        voiced = next((m for m in members if m.speaker is not None), first)
        out.append(
            Pred(
                start=first.start,
                end=max(m.end for m in members),
                kind=first.kind,
                speaker=voiced.speaker,
                speaker_text=voiced.speaker_text,
                speaker_name=voiced.speaker_name,
                cue_text=voiced.cue_text,
                parts=tuple(seg for m in members for seg in (m.parts or ((m.start, m.end),))),
                key=first.key,
            )
        )
    return out


def match(
    preds: Sequence[Pred], golds: Sequence[GoldAttribution], threshold: float = 0.3
) -> dict[int, int]:
    """{pred index: gold index}: each prediction to the gold content it covers most.

    The issue's rule: a prediction matches a gold attribution when it covers more than
    `threshold` of the gold content's word tokens. Several predictions may match one gold
    attribution (the gold joins `"A," he said, "B."` into one content with two pieces, which
    an extractor reports as two quotes); recall counts the gold attributions matched at least
    once. Ties go to the earlier gold, so the result is deterministic.
    """
    out: dict[int, int] = {}
    for pi, p in enumerate(preds):
        best: tuple[int, float, int] | None = None
        for gi, g in enumerate(golds):
            if not g.tokens:
                continue
            shared = len(p.tokens & g.tokens)
            ratio = shared / len(g.tokens)
            if ratio > threshold and (best is None or (shared, ratio) > best[:2]):
                best = (shared, ratio, gi)
        if best is not None:
            out[pi] = best[2]
    return out


def best_per_gold(
    preds: Sequence[Pred], golds: Sequence[GoldAttribution], threshold: float = 0.3
) -> dict[int, int]:
    """{gold index: the prediction sharing most tokens with it}, for every gold attribution
    that some prediction covers more than `threshold` of (the rule read from the gold side: a
    prediction spanning two attributions matches both)."""
    out: dict[int, int] = {}
    for gi, g in enumerate(golds):
        if not g.tokens:
            continue
        best: tuple[int, int] | None = None
        for pi, p in enumerate(preds):
            shared = len(p.tokens & g.tokens)
            if shared / len(g.tokens) > threshold and (best is None or shared > best[0]):
                best = (shared, pi)
        if best is not None:
            out[gi] = best[1]
    return out


def _overlaps(a: Span, spans: Iterable[Span]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def last_capitalised(source_text: str) -> str | None:
    """The gold source's last capitalised word that is not a pronoun (`Trump` in `Donald
    Trump's campaign`), or None when the source is not a name (`he`, `the president`)."""
    caps = [w for w in WORD.findall(source_text) if w[:1].isupper() and w.lower() not in PRONOUNS]
    return caps[-1] if caps else None


def source_is_nominal(source_text: str) -> bool:
    """Pronoun or description: the head (last word) is lowercase, or the source is a pronoun."""
    words = WORD.findall(source_text)
    if not words:
        return False
    if all(w.lower() in PRONOUNS for w in words):
        return True
    return words[-1][:1].islower()


def is_proper_name(name: str | None) -> bool:
    if not name:
        return False
    words = WORD.findall(name)
    if not words or all(w.lower() in PRONOUNS for w in words):
        return False
    return any(w[:1].isupper() for w in words)


def speaker_correct(pred: Pred, gold: GoldAttribution) -> bool:
    """Speaker mention overlaps the gold source, or the resolved name contains the gold
    source's last capitalised word. A gold attribution with no source counts as correct only
    when the prediction gives no speaker either."""
    if not gold.source:
        return pred.speaker is None and not pred.speaker_name
    if pred.speaker is not None and _overlaps(pred.speaker, gold.source):
        return True
    if (
        pred.speaker is not None
        and gold.source_text.strip().lower() in RELATIVE_PRONOUNS
        and 0 <= gold.source[0][0] - pred.speaker[1] <= 2
    ):
        # `Jeb Bush, who announced …`: the gold marks the relative pronoun, the prediction its
        # antecedent right before it; both name the same speaker.
        return True
    if pred.speaker_name:
        last = last_capitalised(gold.source_text)
        if last and last in WORD.findall(pred.speaker_name):
            return True
    return False


KINDS = ("direct", "mixed", "indirect")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


@dataclass
class Counts:
    """Additive counts over documents; `summary()` turns them into the reported figures."""

    n_pred: int = 0
    tp_lenient: int = 0  # predictions matching any gold attribution
    tp_strict: int = 0  # predictions matching a speech attribution
    n_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    spk_correct: int = 0  # among strict (speech) matched pairs
    tp_lenient_spk: int = 0  # lenient matches with a correct speaker
    nominal_pairs: int = 0
    nominal_resolved: int = 0
    fp_part: int = 0  # unmatched, but mostly inside a gold content another prediction matched
    fp_fragment: int = 0  # unmatched, overlaps a gold content too little (or it is taken)

    def add(self, other: Counts) -> None:
        for k, v in vars(other).items():
            if isinstance(v, dict):
                for kk, vv in v.items():
                    getattr(self, k)[kk] += vv
            else:
                setattr(self, k, getattr(self, k) + v)

    def summary(self) -> dict[str, float | int | None]:
        def div(a: float, b: float) -> float | None:
            return a / b if b else None

        def f1(p: float | None, r: float | None) -> float | None:
            if p is None or r is None or p + r == 0:
                return 0.0 if p is not None and r is not None else None
            return 2 * p * r / (p + r)

        n_speech = sum(self.n_gold.values())
        found = sum(self.found.values())
        p = div(self.tp_lenient, self.n_pred)
        r = div(found, n_speech)
        qs_p = div(self.tp_lenient_spk, self.n_pred)
        qs_r = div(self.spk_correct, n_speech)
        out: dict[str, float | int | None] = {
            "predicted": self.n_pred,
            "gold_speech": n_speech,
            "P": p,
            "P_strict": div(self.tp_strict, self.n_pred),
            "P_parts": div(self.tp_lenient + self.fp_part, self.n_pred),
            "fp_part": self.fp_part,
            "fp_fragment": self.fp_fragment,
            "R": r,
        }
        for k in KINDS:
            out[f"R_{k}"] = div(self.found[k], self.n_gold[k])
        out["R_direct_mixed"] = div(
            self.found["direct"] + self.found["mixed"],
            self.n_gold["direct"] + self.n_gold["mixed"],
        )
        out["F1"] = f1(p, r)
        out["speaker_acc"] = div(self.spk_correct, found)
        out["quote_speaker_F1"] = f1(qs_p, qs_r)
        out["resolved_to_name"] = div(self.nominal_resolved, self.nominal_pairs)
        return out


@dataclass
class DocResult:
    counts: Counts
    false_pos: list[Pred]
    false_neg: list[GoldAttribution]
    wrong_speaker: list[tuple[Pred, GoldAttribution]]


def score_doc(doc: GoldDoc, preds: Sequence[Pred]) -> DocResult:
    """Score one document's predictions (already filtered to label == "quote")."""
    for p in preds:
        if not p.tokens:
            p.tokens = tokens_in(doc.tokens, p.parts or [(p.start, p.end)])
    golds = doc.attributions
    speech = doc.speech
    lenient = match(preds, golds)
    strict = match(preds, speech)
    c = Counts(n_pred=len(preds), tp_lenient=len(lenient), tp_strict=len(strict))
    for g in speech:
        c.n_gold[g.kind] += 1
    wrong = []
    for gi, pi in best_per_gold(preds, speech).items():
        g = speech[gi]
        p = preds[pi]
        c.found[g.kind] += 1
        if speaker_correct(p, g):
            c.spk_correct += 1
        else:
            wrong.append((p, g))
        if g.source and source_is_nominal(g.source_text):
            c.nominal_pairs += 1
            if is_proper_name(p.speaker_name):
                c.nominal_resolved += 1
    c.tp_lenient_spk = sum(1 for pi, gi in lenient.items() if speaker_correct(preds[pi], golds[gi]))
    matched_strict = set(best_per_gold(preds, speech))
    fn = [g for i, g in enumerate(speech) if i not in matched_strict]
    fp = [p for i, p in enumerate(preds) if i not in lenient]
    matched_lenient = set(lenient.values())
    for p in fp:
        best = max(((len(p.tokens & g.tokens), gi) for gi, g in enumerate(golds)), default=(0, -1))
        if best[0] == 0:
            continue
        if best[1] in matched_lenient and best[0] > 0.5 * len(p.tokens):
            c.fp_part += 1
        else:
            c.fp_fragment += 1
    return DocResult(c, fp, fn, wrong)


def gold_stats(docs: Sequence[GoldDoc]) -> dict[str, int]:
    out = {
        "docs": len(docs),
        "attributions": sum(len(d.attributions) for d in docs),
        "speech": sum(len(d.speech) for d in docs),
        "speech_no_source": sum(1 for d in docs for a in d.speech if not a.source),
        "speech_by_cue_only": 0,
        "speech_by_quote_marks_only": 0,
    }
    for k in KINDS:
        out[f"speech_{k}"] = sum(1 for d in docs for a in d.speech if a.kind == k)
        out[f"all_{k}"] = sum(1 for d in docs for a in d.attributions if a.kind == k)
    for d in docs:
        for a in d.speech:
            cue = is_speech_cue(a.cue_text)
            if cue and a.kind == "indirect":
                out["speech_by_cue_only"] += 1
            if not cue:
                out["speech_by_quote_marks_only"] += 1
    return out


def parse_cached(nlp, texts: list[str], cache: Path | None, key: str) -> list:
    """Parse the texts, or load them from `cache` (spaCy DocBin files, outside the repo) when
    the same texts were parsed before: every PolNeAR bench shares the cache."""
    if cache is None:
        return list(nlp.pipe(texts))
    import hashlib

    from spacy.tokens import DocBin

    # the pipe names are in the key: a pipeline with other components (e.g. the paragraph-break
    # component before the parser) splits sentences differently, so its cache is another file
    # and so are the tokenizer's special cases (`Smt.` kept whole ends no sentence)
    pipes = "\x00".join(nlp.pipe_names) + "\x02" + "\x00".join(sorted(nlp.tokenizer.rules or {}))
    digest = hashlib.sha1(("\x00".join(texts) + "\x01" + pipes).encode()).hexdigest()[:12]
    path = cache / f"polnear-{key}-{nlp.meta['name']}-{nlp.meta['version']}-{digest}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs
