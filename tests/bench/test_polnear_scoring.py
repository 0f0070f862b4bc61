"""The PolNeAR quote scorer (bench/_polnear.py) on tiny hand-made documents; no shared data."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import _polnear as P  # noqa: E402

# Offsets below are computed from the text, so the examples stay readable.
TEXT = (
    '"We will win this state," Trump said.\n'
    "Clinton said the economy was improving.\n"
    'Sanders praised the "balanced and fair" plan of the party leaders today.\n'
    "Voters believe the race is close.\n"
    "The president told reporters that taxes would fall.\n"
)


def span(text: str, s: str) -> tuple[int, int]:
    i = text.index(s)
    return i, i + len(s)


def t_line(tid: str, label: str, text: str, *parts: str) -> str:
    spans = [span(text, p) for p in parts]
    loc = ";".join(f"{a} {b}" for a, b in spans)
    return f"{tid}\t{label} {loc}\t{' '.join(parts)}"


def make_ann(text: str) -> str:
    lines = [
        t_line("T1", "Content", text, "We will win this state,"),
        t_line("T2", "Source", text, "Trump"),
        t_line("T3", "Cue", text, "said"),  # the first "said" is Trump's
        "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        t_line("T4", "Source", text, "Clinton"),
        f"T5\tCue {text.index('Clinton said') + 8} {text.index('Clinton said') + 12}\tsaid",
        t_line("T6", "Content", text, "the economy was improving"),
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        t_line("T7", "Source", text, "Sanders"),
        t_line("T8", "Cue", text, "praised"),
        t_line("T9", "Content", text, 'the "balanced and fair" plan of the party leaders today'),
        "E3\tAttribution:T8 Content:T9 Cue:T8 Source:T7",
        t_line("T10", "Source", text, "Voters"),
        t_line("T11", "Cue", text, "believe"),
        t_line("T12", "Content", text, "the race is close"),
        "E4\tAttribution:T11 Content:T12 Cue:T11 Source:T10",
        t_line("T13", "Source", text, "The president"),
        t_line("T14", "Cue", text, "told"),
        t_line("T15", "Content", text, "that taxes would fall"),
        "E5\tAttribution:T14 Content:T15 Cue:T14 Source:T13",
        "#1\tAnnotatorNotes T1\tsome note",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def doc() -> P.GoldDoc:
    return P.parse_ann(make_ann(TEXT), TEXT, name="toy")


def pred(text: str, content: str, speaker: str | None = None, name: str | None = None) -> P.Pred:
    s, e = span(text, content)
    spk = span(text, speaker) if speaker else None
    return P.Pred(start=s, end=e, speaker=spk, speaker_text=speaker, speaker_name=name)


# --- lexicon -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    [
        "said",
        "says",
        "told",
        "according to",
        "added:",
        "tweeted",
        "slammed",
        ":",
        "pointed out",
        "has criticized",
        "replied",
        "is urging",
        "described",
    ],
)
def test_speech_cues(cue):
    assert P.is_speech_cue(cue)


@pytest.mark.parametrize("cue", ["thinks", "believe", "wants", "shows", "found", "hopes", "", None])
def test_non_speech_cues(cue):
    assert not P.is_speech_cue(cue)


# --- quote marks and kinds -----------------------------------------------------------------


def quoted_words(text: str) -> list[str]:
    mask = P.quote_mask(text)
    return [text[s:e] for s, e in P.word_tokens(text) if mask[s]]


def test_quote_mask_curly_straight_and_apostrophes():
    assert quoted_words("Clinton’s aide said “we won” and 'it’s over' today.") == [
        "we",
        "won",
        "it",
        "s",
        "over",
    ]
    assert quoted_words('He said "yes" and voters’ hopes rose.') == ["yes"]


def test_quote_mask_unclosed_quote_runs_to_end_of_paragraph_only():
    text = "“First paragraph of a long quote\n“Second part.” Then narration."
    assert quoted_words(text) == [
        "First",
        "paragraph",
        "of",
        "a",
        "long",
        "quote",
        "Second",
        "part",
    ]


def test_gold_kinds_and_speech(doc):
    by_id = {a.id: a for a in doc.attributions}
    assert by_id["E1"].kind == "direct"  # marks outside the annotated content still count
    assert by_id["E2"].kind == "indirect"
    assert by_id["E3"].kind == "mixed"
    assert by_id["E4"].kind == "indirect"
    assert [a.id for a in doc.speech] == ["E1", "E2", "E3", "E5"]  # believe is not speech
    assert by_id["E5"].source_text == "The president"


def test_kind_threshold_is_80_percent():
    text = 'a "b c d e"'
    toks = P.word_tokens(text)
    mask = P.quote_mask(text)
    assert P.gold_kind(range(5), toks, mask) == "direct"  # 4 of 5 = 80%
    text = 'a b "c d e"'
    assert P.gold_kind(range(5), P.word_tokens(text), P.quote_mask(text)) == "mixed"


def test_discontinuous_and_content2_merge():
    text = '"First part," he said. "Second part." Also here.'
    a1, a2 = span(text, "First part,"), span(text, "Second part.")
    a3 = span(text, "Also here")
    ann = (
        f"T1\tContent {a1[0]} {a1[1]};{a2[0]} {a2[1]}\tFirst part, Second part.\n"
        f"T2\tCue 14 18\tsaid\nT3\tSource 11 13\the\n"
        f"T4\tContent {a3[0]} {a3[1]}\tAlso here\n"
        "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3 Content2:T4\n"
        "T5\tCue 14 18\tsaid\nE2\tAttribution-no-source:T5 Cue:T5\n"  # no content: dropped
    )
    d = P.parse_ann(ann, text)
    assert len(d.attributions) == 1
    a = d.attributions[0]
    assert len(a.content) == 3
    assert len(a.tokens) == 6
    assert a.kind == "mixed"  # 4 of 6 words quoted
    assert a.speech


# --- matching and scoring ------------------------------------------------------------------


def test_match_needs_more_than_30_percent_of_gold_tokens():
    g = P.GoldAttribution("E1", [(0, 0)], [], [], tokens=frozenset(range(10)))
    assert P.match([P.Pred(0, 0, tokens=frozenset(range(3)))], [g]) == {}
    assert P.match([P.Pred(0, 0, tokens=frozenset(range(4)))], [g]) == {0: 0}


def test_match_is_many_to_one_each_prediction_to_its_best_gold():
    g1 = P.GoldAttribution("E1", [], [], [], tokens=frozenset(range(10)))
    g2 = P.GoldAttribution("E2", [], [], [], tokens=frozenset(range(10, 14)))
    p_small = P.Pred(0, 0, tokens=frozenset(range(4)))
    p_big = P.Pred(0, 0, tokens=frozenset(range(0, 12)))
    p_tail = P.Pred(0, 0, tokens=frozenset(range(11, 14)))
    # Two pieces of one gold content both match it; p_tail covers 3/4 of g2.
    assert P.match([p_small, p_big, p_tail], [g1, g2]) == {0: 0, 1: 0, 2: 1}
    # From the gold side: p_big also covers half of g2, but p_tail shares more with it.
    assert P.best_per_gold([p_small, p_big, p_tail], [g1, g2]) == {0: 1, 1: 2}


def test_score_doc_precision_recall_speaker(doc):
    preds = [
        pred(TEXT, '"We will win this state,"', "Trump", "Donald Trump"),
        pred(TEXT, "the economy was improving", "Trump"),  # wrong mention...
        pred(TEXT, "the race is close", "Voters"),  # matches a belief: not an FP, not strict TP
        pred(TEXT, "Trump said"),  # matches nothing
    ]
    preds[1].speaker_name = "Hillary Clinton"  # ...but the resolved name is right
    res = P.score_doc(doc, preds)
    s = res.counts.summary()
    assert s["predicted"] == 4
    assert s["P"] == pytest.approx(3 / 4)
    assert s["P_strict"] == pytest.approx(2 / 4)
    assert s["R"] == pytest.approx(2 / 4)
    assert s["R_direct"] == 1.0 and s["R_mixed"] == 0.0
    assert s["R_indirect"] == pytest.approx(1 / 2)
    assert s["R_direct_mixed"] == pytest.approx(1 / 2)
    assert s["F1"] == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert s["speaker_acc"] == 1.0
    assert [p.start for p in res.false_pos] == [preds[3].start]
    assert sorted(g.id for g in res.false_neg) == ["E3", "E5"]


def test_wrong_speaker_and_quote_speaker_f1(doc):
    preds = [
        pred(TEXT, "We will win this state", "Clinton", "Hillary Clinton"),
        pred(TEXT, "the economy was improving", "Clinton"),
    ]
    s = P.score_doc(doc, preds).counts.summary()
    assert s["speaker_acc"] == pytest.approx(1 / 2)
    qs_p, qs_r = 1 / 2, 1 / 4
    assert s["quote_speaker_F1"] == pytest.approx(2 * qs_p * qs_r / (qs_p + qs_r))


def test_resolved_to_name(doc):
    preds = [pred(TEXT, "that taxes would fall", "The president", "Barack Obama")]
    s = P.score_doc(doc, preds).counts.summary()
    assert s["resolved_to_name"] == 1.0
    assert s["speaker_acc"] == 1.0  # mention overlaps the source
    preds = [pred(TEXT, "that taxes would fall", "The president", "he")]
    assert P.score_doc(doc, preds).counts.summary()["resolved_to_name"] == 0.0


def test_split_quote_part_is_fp_but_counted_as_part():
    text = '"One two three four five," he said. "Six seven."'
    c1, c2 = span(text, "One two three four five,"), span(text, "Six seven.")
    ann = (
        f"T1\tContent {c1[0]} {c1[1]};{c2[0]} {c2[1]}\tx\nT2\tSource 27 29\the\n"
        "T3\tCue 30 34\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
    )
    d = P.parse_ann(ann, text)
    res = P.score_doc(d, [P.Pred(*c1, speaker=(27, 29)), P.Pred(*c2, speaker=(27, 29))])
    s = res.counts.summary()
    assert s["P"] == 0.5 and s["P_parts"] == 1.0 and s["R"] == 1.0


def test_source_helpers():
    assert P.last_capitalised("Donald Trump’s campaign manager") == "Trump"
    assert P.last_capitalised("He") is None
    assert P.source_is_nominal("he") and P.source_is_nominal("The president")
    assert P.source_is_nominal("officials") and not P.source_is_nominal("Kellyanne Conway")
    assert P.is_proper_name("Kellyanne Conway") and not P.is_proper_name("She")
    assert not P.is_proper_name(None)


def test_no_source_gold_needs_no_speaker():
    g = P.GoldAttribution("E1", [(0, 5)], [], [], tokens=frozenset({0}))
    assert P.speaker_correct(P.Pred(0, 5), g)
    assert not P.speaker_correct(P.Pred(0, 5, speaker=(6, 8)), g)


def test_counts_add_and_empty_summary():
    a, b = P.Counts(n_pred=2, tp_lenient=1), P.Counts(n_pred=1, tp_lenient=1)
    a.n_gold["direct"] = 1
    b.n_gold["direct"] = 2
    a.add(b)
    assert a.n_pred == 3 and a.tp_lenient == 2 and a.n_gold["direct"] == 3
    s = P.Counts().summary()
    assert s["P"] is None and s["R"] is None and s["F1"] is None


def test_pair_files_picks_first_annotator(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a_doc.txt").write_text("x")
    (tmp_path / "text" / "b.txt").write_text("y")
    for annot in ("ef2d", "4b22", "6b86"):
        (tmp_path / "attributions" / f"a_doc_{annot}.ann").write_text("")
    (tmp_path / "attributions" / "b_d473.ann").write_text("")
    got = [(n, ann.name, who) for n, _, ann, who in P.pair_files(tmp_path)]
    assert got == [("a_doc", "a_doc_4b22.ann", "4b22"), ("b", "b_d473.ann", "d473")]


def test_load_split_offset_and_limit_take_a_slice(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name in ("a", "b", "c", "d"):
        (tmp_path / "text" / f"{name}.txt").write_text(name)
        (tmp_path / "attributions" / f"{name}_x1.ann").write_text("")
    assert [d.name for d in P.load_split(tmp_path, 2, 1)] == ["b", "c"]
    assert [d.name for d in P.load_split(tmp_path, 0, 3)] == ["d"]
    assert [d.name for d in P.load_split(tmp_path)] == ["a", "b", "c", "d"]


def test_relative_pronoun_source_matches_its_antecedent():
    # "Ana Ruiz, who said …": gold source "who" (10-13), predicted antecedent "Ana Ruiz" (0-8)
    g = P.GoldAttribution("E1", [(22, 40)], [(17, 21)], [(10, 13)], source_text="who")
    assert P.speaker_correct(P.Pred(22, 40, speaker=(0, 8)), g)
    assert not P.speaker_correct(P.Pred(22, 40, speaker=(0, 4)), g)


def test_continuation_parts_merge_into_one_prediction():
    """`"A," he said. "B."`: two parts linked by `continues` score as one prediction over the
    gold's discontinuous content; unlinked predictions pass through unchanged."""
    text = '"One two three four five," he said. "Six seven." Other words.'
    c1, c2 = span(text, "One two three four five,"), span(text, "Six seven.")
    ann = (
        f"T1\tContent {c1[0]} {c1[1]};{c2[0]} {c2[1]}\tx\nT2\tSource 27 29\the\n"
        "T3\tCue 30 34\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
    )
    d = P.parse_ann(ann, text)
    k1, k2 = (*c1, "direct"), (*c2, "direct")
    other = P.Pred(*span(text, "Other words."), key=(0, 1, "direct"))
    parts = [
        P.Pred(*c1, speaker=(27, 29), key=k1),
        P.Pred(*c2, speaker=(27, 29), key=k2, continues=k1),
        other,
    ]
    merged = P.merge_continuations(parts)
    assert len(merged) == 2 and merged[1] is other
    assert merged[0].parts == (c1, c2) and (merged[0].start, merged[0].end) == (c1[0], c2[1])
    s = P.score_doc(d, merged[:1]).counts.summary()
    assert s["P"] == 1.0 and s["R"] == 1.0 and s["speaker_acc"] == 1.0
    # unmerged, the shorter part covers 30% or less of the joined content: a false positive
    s = P.score_doc(d, [P.Pred(*c1, speaker=(27, 29)), P.Pred(*c2, speaker=(27, 29))])
    assert s.counts.summary()["P"] == 0.5
