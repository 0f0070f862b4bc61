"""Number conflicts on invented articles: one counted group under different nouns, and
comparison by units of one noun and context rather than by every pair of numbers."""

from __future__ import annotations

import re
from typing import Any

from dossier_support import article as _art

from newsgraph.compare import conflicts as conflicts_mod
from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.claims import split
from newsgraph.compare.dossier import assemble


def _numbers(arts: list[dict[str, Any]]) -> list[list[tuple[str, str]]]:
    story = {"id": "s-x", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, [], [], []))
    return [
        sorted((v["outlet"], v["value"]) for v in c["values"])
        for c in d["conflicts"]
        if c["kind"] == "number"
    ]


def _pair(
    a_text: str, b_text: str, published: str | tuple[str, str] | None = None
) -> list[dict[str, Any]]:
    """The two-article story most tests compare: `a` from Orsa Courier, `b` from Kelmor
    Daily, published on the fixed day of `_art`, or on `published` (one day for both, or
    `(a's, b's)`)."""
    a, b = _art("a", "Orsa Courier", a_text), _art("b", "Kelmor Daily", b_text)
    if published is not None:
        pa, pb = (published, published) if isinstance(published, str) else published
        a, b = {**a, "published": pa}, {**b, "published": pb}
    return [a, b]


def test_workers_members_and_an_agent_noun_of_one_stoppage_are_one_counted_group():
    a, b = _pair(
        "Some 3,200 dockworkers walked off the job at the Tollen container terminal on Monday "
        "in a row over pay. The port authority said ships were waiting offshore. Talks with "
        "the employers are due to resume on Thursday.",
        "About 2,500 dockers downed tools at Tollen on Monday, closing the container terminal. "
        "Grain exporters warned of losses. The harbour master ordered ships to anchor.",
    )
    c = _art(
        "c",
        "Lisk Times",
        "Ships queued outside Tollen harbour on Monday. The Tollen Dockworkers' Guild said "
        "2,900 of its members had joined the stoppage. Its leader addressed a rally.",
    )
    assert _numbers([a, b, c]) == [
        [("Kelmor Daily", "2500"), ("Lisk Times", "2900"), ("Orsa Courier", "3200")]
    ]


def test_two_trades_are_not_one_counted_group():
    pair = _pair(
        "Some 900 steelworkers walked out at the Brask mill on Monday.",
        "Some 400 dockworkers walked out at the Brask mill on Monday.",
    )
    assert _numbers(pair) == []


def test_a_hyphenated_number_word_keeps_its_tens():
    """`Thirty-eight` is 38, not the `eight` after the hyphen."""
    pair = _pair(
        "Thirty-eight passengers were hurt when the Tollen ferry hit the pier.",
        "Forty-two passengers were hurt when the Tollen ferry hit the pier.",
    )
    assert _numbers(pair) == [[("Kelmor Daily", "42"), ("Orsa Courier", "38")]]


def test_a_number_before_a_name_counts_nothing():
    pair = _pair(
        "Ferries stopped at pier 4 of Tollen on Monday after the storm.",
        "Ferries stopped at pier 7 of Tollen on Monday after the storm.",
    )
    assert _numbers(pair) == []


def test_alike_sentences_are_compared_once_per_noun_and_context(monkeypatch):
    """Fifty reports of six alike sentences: the contexts are compared a few times, not once
    per pair of the 300 numbers."""
    arts = [
        _art(
            f"{r:02d}",
            f"Outlet {r}",
            " ".join(f"{100 * r + k} homes lost power in the Harl valley storm." for k in range(6)),
        )
        for r in range(50)
    ]
    calls = []
    real = conflicts_mod.weighted_overlap

    def counting(a, b, idf):
        calls.append(1)
        return real(a, b, idf)

    monkeypatch.setattr(conflicts_mod, "weighted_overlap", counting)
    sents = split(arts, {a["id"]: a["id"] for a in arts})
    rows = conflicts_mod.conflicts(sents, [], [], [], {a["id"]: a for a in arts}, {})
    assert len(calls) < 50
    assert 1 <= len(rows) <= 7


# Facts compared as facts: dates resolved against publication, units, casualty roles, and
# the role of a measure (a length is not an offset or an expectation).


def _art_on(aid: str, outlet: str, text: str, published: str) -> dict[str, Any]:
    return {**_art(aid, outlet, text), "published": published}


def _conflicts(arts: list[dict[str, Any]]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    story = {"id": "s-x", "title": "t", "articles": [a["id"] for a in arts], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, [], [], []))
    return [
        (c["kind"], c["about"], sorted((v["outlet"], v["value"]) for v in c["values"]))
        for c in d["conflicts"]
    ]


def test_a_start_told_on_two_different_days_is_a_date_conflict():
    """`at midnight on Wednesday` in a Tuesday paper and `at midnight on Thursday` in a
    Thursday paper: one truce's start, resolved to two days."""
    pair = _pair(
        "The Velmar government and the Oster rebels agreed on Tuesday to a truce that will take "
        "effect at midnight on Wednesday, the mediator said.",
        "The ceasefire took effect at midnight on Thursday, two days after the deal was signed "
        "in Kestrel Bay.",
        published=("2025-06-03T16:00:00+00:00", "2025-06-05T07:00:00+00:00"),
    )
    assert _conflicts(pair) == [
        (
            "date",
            "ceasefire: start",
            [("Kelmor Daily", "2025-06-05 00:00"), ("Orsa Courier", "2025-06-04 00:00")],
        )
    ]


def test_one_day_named_two_ways_or_two_things_starting_are_no_conflict():
    """`will begin on Wednesday` (Tuesday paper) and `began on Wednesday` (Thursday paper) are
    one day; the talks' start and the truce's start are two facts; a correction's old value
    is not the report's."""
    pair = _pair(
        "Correction: An earlier version of this article said the truce would begin on Friday. "
        "The truce will begin on Wednesday, the mediator said after the talks in Kestrel Bay.",
        "The truce began on Wednesday after talks in Kestrel Bay, the mediator said. The talks "
        "began on Monday.",
        published=("2025-06-03", "2025-06-05"),
    )
    assert [c for c in _conflicts(pair) if c[0] in ("date", "time")] == []


def test_a_distance_in_two_spellings_of_one_unit_is_compared():
    a, b = _pair(
        "Under the deal the army will pull its artillery 20 kilometres back from the Oster ridge.",
        "Under the deal the army will pull its artillery 15 km back from the Oster ridge.",
    )
    c = _art(
        "c",
        "Lisk Times",
        "Under the deal the army will pull its artillery 12 miles back from the Oster ridge.",
    )
    assert _conflicts([a, b, c]) == [
        ("number", "kilometre (expected)", [("Kelmor Daily", "15"), ("Orsa Courier", "20")])
    ]


def test_casualties_with_synonymous_heads_are_one_count_and_roles_stay_apart():
    """`injuring nine` / `eleven were hurt` are one count of the injured; the dead (two in
    both) are another count, not compared with the injured."""
    pair = _pair(
        "A fire tore through a grain warehouse at the Tollen docks on Wednesday, killing two "
        "workers and injuring nine, the fire service said.",
        "Two dock workers died and eleven were hurt when fire engulfed a grain warehouse at the "
        "Tollen docks on Wednesday.",
    )
    assert _conflicts(pair) == [
        ("number", "people injured", [("Kelmor Daily", "11"), ("Orsa Courier", "9")])
    ]


def test_an_expected_length_and_days_so_far_are_different_facts():
    """`expected the talks to last three days` (a planned length), `after two days of talks`
    (how long they had gone on), `four days after talks began` (an offset): three facts, no
    conflict; two outlets' lengths of the talks so far are one fact."""
    a, b = _pair(
        "The mediator said she expected the Kestrel Bay talks to last three days. The truce took "
        "effect four days after the Kestrel Bay talks began.",
        "The mediator announced the truce in Kestrel Bay after two days of talks.",
    )
    assert _conflicts([a, b]) == []
    c = _art(
        "c",
        "Lisk Times",
        "The mediator announced the truce in Kestrel Bay after three days of talks.",
    )
    assert _conflicts([b, c]) == [
        ("number", "day talk", [("Kelmor Daily", "2"), ("Lisk Times", "3")])
    ]


def test_the_start_s_thing_is_the_subject_head_and_a_time_of_day_is_no_object():
    """`The truce will begin at midnight on Wednesday` (subject `truce`, not `midnight`) and
    `The ceasefire in the Varo valley took effect at midnight on Thursday`."""
    pair = _pair(
        "The truce will begin at midnight on Wednesday, the mediator said.",
        "The ceasefire in the Varo valley took effect at midnight on Thursday, both sides said.",
        published=("2025-06-03", "2025-06-05"),
    )
    assert _conflicts(pair) == [
        (
            "date",
            "ceasefire: start",
            [("Kelmor Daily", "2025-06-05 00:00"), ("Orsa Courier", "2025-06-04 00:00")],
        )
    ]


def test_two_values_of_one_noun_in_one_sentence_are_not_compared():
    """`Carrow scored 14 points and Lind 13`: which is whose the noun cannot tell."""
    pair = _pair(
        "Dan Carrow scored 14 points and Per Lind scored 13 points for the Harl Bulldogs.",
        "Per Lind led the Harl Bulldogs with 13 points, while Dan Carrow added 12.",
    )
    assert _conflicts(pair) == []


# Number conflicts need the same subject: whose points, which attack's dead.


def test_two_players_points_and_two_attacks_dead_stay_apart():
    """Different subjects (`Dario Venn scored 28` / `Kol Aster scored 19`) or different places
    (`in Pellvar` / `in Ostrin`) tell two facts, however alike the sentences."""
    pair = _pair(
        "Dario Venn scored 28 points as the Marrow Hawks beat the Tesk Rovers 88-80 on Saturday.",
        "Kol Aster scored 19 points as the Tesk Rovers lost to the Marrow Hawks 88-80 on Saturday.",
    )
    assert _numbers(pair) == []
    c = _art(
        "c",
        "Orsa Courier",
        "A car bomb killed 14 people at a market in Pellvar on Sunday, police said.",
    )
    d = _art(
        "d",
        "Kelmor Daily",
        "A car bomb killed six people at a bus station in Ostrin on Sunday, police said.",
    )
    assert _numbers([c, d]) == []


def test_one_attack_s_dead_told_differently_is_a_conflict():
    """The same market bombing (`in Pellvar on Sunday` in both) with 14 dead and 19 dead."""
    pair = _pair(
        "A car bomb killed 14 people at a market in Pellvar on Sunday, police said.",
        "At least 19 people died when a car bomb exploded at a crowded market in Pellvar on "
        "Sunday.",
    )
    assert _conflicts(pair) == [
        ("number", "people killed", [("Kelmor Daily", "19"), ("Orsa Courier", "14")])
    ]


def test_a_pronoun_subject_needs_sentences_alike_both_ways():
    """`He caught eight passes` names no one: a long sentence that contains its words about
    another player's season is no other report of it."""
    pair = _pair(
        "He caught eight passes for 66 yards.",
        "Over the whole season the Marrow Hawks receiver caught 52 passes for 440 yards and "
        "four scores, the club said.",
    )
    assert _numbers(pair) == []


def test_scores_ordinals_and_measures_of_one_thing_are_no_counts():
    """`a 20-13 win` / `the 10th win`, `a 41-yard touchdown` / `three touchdowns`, `near 27th
    Street`: a score, an ordinal and a measure are not a count of the noun."""
    pair = _pair(
        "The Marrow Hawks sealed their 10th win when Dario Venn ran in a 41-yard touchdown "
        "near the end.",
        "The Marrow Hawks sealed a 20-13 win as Dario Venn ran in three touchdowns near the end.",
    )
    assert _numbers(pair) == []


def test_wire_copies_give_their_value_once_credited_to_the_original():
    """Two copies of one agency text are one report: their figure is one value (under the
    agency's own copy, with the copy named), not two values of one conflict."""
    text = "About 90 people have been arrested in Varo since Friday, the Lisk Bar said."
    a, b = _pair(text, text)
    c = _art("c", "Lisk Times", "More than 140 people have been arrested in Varo since Friday.")
    story = {"id": "s-x", "title": "t", "articles": ["a" * 16, "b" * 16, "c" * 16]}
    story["wire_copies"] = [["a" * 16, "b" * 16]]
    d = assemble(StoryBundle(story, [a, b, c], [], [], []))
    (conflict,) = [c for c in d["conflicts"] if c["kind"] == "number"]
    assert sorted(v["value"] for v in conflict["values"]) == ["140", "90"]
    ninety = next(v for v in conflict["values"] if v["value"] == "90")
    assert [x["article"] for x in ninety.get("copies", [])] == [
        ({"a" * 16, "b" * 16} - {ninety["article"]}).pop()
    ]


def test_arrested_and_detained_count_one_role():
    pair = _pair(
        "Police arrested 40 people overnight in Varo on Friday.",
        "Police detained 55 people overnight in Varo on Friday.",
    )
    assert _numbers(pair) == [[("Kelmor Daily", "55"), ("Orsa Courier", "40")]]


def test_percentages_of_different_things_do_not_conflict():
    """`turnout at 58 percent` / `52 percent of the vote`: a percentage is of something, and
    turnout is no vote share."""
    pair = _pair(
        "Polls closed in Varo on Sunday with turnout at 58 percent.",
        "Polls closed in Varo on Sunday, and the early count gave the ruling bloc 52 percent of "
        "the vote.",
    )
    assert _numbers(pair) == []


def test_percentages_of_one_thing_still_conflict():
    pair = _pair(
        "Turnout in Varo on Sunday was 58 percent, officials said.",
        "Turnout in Varo on Sunday was 61 percent.",
    )
    assert _numbers(pair) == [[("Kelmor Daily", "61"), ("Orsa Courier", "58")]]


def test_another_count_of_one_attack_is_no_separate_incident():
    """`wounded another 30` is more of the same attack, not another incident."""
    pair = _pair(
        "The bomb killed 12 people and wounded another 30 at the Varo market on Monday.",
        "The bomb killed 20 people at the Varo market on Monday.",
    )
    assert _numbers(pair) == [[("Kelmor Daily", "20"), ("Orsa Courier", "12")]]


def test_another_attack_stays_apart():
    pair = _pair(
        "Another bomb attack killed 12 people at the Varo market on Monday.",
        "The bomb killed 20 people at the Varo market on Monday.",
    )
    assert _numbers(pair) == []


def test_a_wire_copys_repeated_value_is_named_in_the_rendered_dossier():
    """The conflict names the wire copies that repeat a value (Markdown and HTML), and the
    HTML highlights the value in each copy too."""
    from newsgraph.compare.render import render_html, render_markdown

    text = "About 90 people have been arrested in Varo since Friday, the Lisk Bar said."
    a, b = _pair(text, text)
    c = _art("c", "Lisk Times", "More than 140 people have been arrested in Varo since Friday.")
    story = {"id": "s-x", "title": "t", "articles": ["a" * 16, "b" * 16, "c" * 16]}
    story["wire_copies"] = [["a" * 16, "b" * 16]]
    d = assemble(StoryBundle(story, [a, b, c], [], [], []))
    md = render_markdown(d)
    (line,) = [ln for ln in md.splitlines() if "**about 90**" in ln]  # an estimate told as one
    assert "(also Kelmor Daily" in line or "(also Orsa Courier" in line
    html = render_html(d)
    assert len(re.findall(r"<span class=\"hl-conflict[ \"]", html)) >= 3  # 90 twice, 140 once


def test_a_speaker_s_title_is_not_the_number_s_subject():
    """`Selkian army chief Tam Oder said rebels killed 20`: the subject is the rebels."""
    pair = _pair(
        "Kor Front rebels killed 12 soldiers near Varo on Monday.",
        "Selkian army chief Tam Oder said Kor Front rebels killed 20 soldiers near Varo on Monday.",
    )
    assert _numbers(pair) == [[("Kelmor Daily", "20"), ("Orsa Courier", "12")]]


def test_a_speaker_s_report_of_other_attackers_stays_apart():
    pair = _pair(
        "Kor Front rebels killed 12 soldiers near Varo on Monday.",
        "Selkian army chief Tam Oder said Dala Sword militants killed 20 soldiers near Varo on "
        "Monday.",
    )
    assert _numbers(pair) == []


def test_one_day_written_as_a_weekday_and_a_date_is_one_incident():
    """`on Monday` in a Tuesday paper and `on March 2` are one day: 12 and 20 conflict."""
    pair = _pair(
        "Twelve people were killed when a bomb exploded at the Varo market on Monday.",
        "A bomb at the Varo market killed 20 people on March 2, officials said.",
        published="2026-03-03",
    )
    assert _numbers(pair) == [[("Kelmor Daily", "20"), ("Orsa Courier", "12")]]


def test_two_days_incidents_stay_apart():
    """`on Monday` in a Tuesday paper is March 2, not March 1."""
    pair = _pair(
        "Twelve people were killed when a bomb exploded at the Varo market on Monday.",
        "A bomb at the Varo market killed 20 people on March 1, officials said.",
        published="2026-03-03",
    )
    assert _numbers(pair) == []


# Tolls told by their people and event, not by their sources (product review 10): a count
# scoped to the story's period (`since the protests began`) or to a part of it (`overnight`).


def test_one_running_toll_cited_from_different_sources_is_one_conflict():
    """Three outlets give the arrests since the unrest began, each from its own source (a
    ministry, a lawyers' group with a relative clause, a rights group): one toll, three values."""
    a, b = _pair(
        "Police have detained 64 people since the unrest began on Saturday, the Brellin interior "
        "ministry said.",
        "About 90 people have been arrested since the protests began, according to the Tavish "
        "Advocates' Circle, which is defending those held.",
    )
    c = _art(
        "c",
        "Lisk Times",
        "More than 150 people have been arrested since Saturday, according to Grey Heron Watch.",
    )
    assert _numbers([a, b, c]) == [
        [("Kelmor Daily", "90"), ("Lisk Times", "150"), ("Orsa Courier", "64")]
    ]


def test_an_overnight_count_is_compared_only_with_another_overnight_count():
    """`arrested 30 people overnight` is a part of the period: no conflict with a running
    total nor with a count that names no scope; two overnight counts of one town conflict
    (`Police` / `Officers` opening the sentence name no one)."""
    night = _art(
        "a", "Orsa Courier", "Police arrested 30 people overnight in Harrow Gate, officials said."
    )
    total = _art(
        "b",
        "Kelmor Daily",
        "Some 90 people have been arrested since the protests began, according to the Tavish "
        "Advocates' Circle.",
    )
    plain = _art(
        "c", "Lisk Times", "Police in Harrow Gate have arrested 90 people, officials said."
    )
    other_night = _art(
        "d",
        "Brandt Herald",
        "Officers detained 45 people in Harrow Gate overnight, officials said.",
    )
    assert _numbers([night, total]) == []
    assert _numbers([night, plain]) == []
    assert _numbers([night, other_night]) == [[("Brandt Herald", "45"), ("Orsa Courier", "30")]]


def test_two_totals_since_different_events_stay_apart():
    pair = _pair(
        "Police have arrested 90 people since the protests began on Saturday, the ministry said.",
        "Police have arrested 14 people since the dock strike began at the port of Vessa, the "
        "union said.",
    )
    assert _numbers(pair) == []


def test_two_overnight_counts_of_unrelated_groups_are_not_one_toll():
    """A part of the period (`overnight`) tells no event of its own: two overnight arrests of
    different people for different deeds share no context and are two counts."""
    pair = _pair(
        "Police arrested 35 people overnight after they blocked the ring road. Drivers were "
        "stuck for hours.",
        "Police arrested 7 students overnight after they painted slogans on the town hall. The "
        "college condemned the damage.",
    )
    assert _numbers(pair) == []


def test_since_before_a_pronoun_and_its_verb_tells_a_cause_not_a_total():
    """`since they refused` means because: no running total, so the two counts are not told
    by a scope they do not share and stay apart."""
    pair = _pair(
        "Police arrested 35 people since they blocked the ring road outside Pellan. Drivers "
        "were stuck for hours.",
        "Police arrested 7 students since they painted slogans on the Corvel town hall. The "
        "college condemned the damage.",
    )
    assert _numbers(pair) == []
    s = split(pair, {a["id"]: a["id"] for a in pair})[0]
    assert [f[1] for f in conflicts_mod.number_facts(s)] == ["people arrested"]


def test_no_one_is_no_count_of_one():
    pair = _pair(
        "No one was killed in the blast at the Tarrow depot on Monday.",
        "Four people were killed in the blast at the Tarrow depot on Monday.",
    )
    assert _numbers(pair) == []


def test_protests_erupting_or_beginning_on_two_evenings_is_a_date_conflict():
    """`erupted` / `broke out` / `, which began` tell a start like `began`; riots are not the
    protests (they may follow them)."""
    a, b = _pair(
        "Protests erupted on Monday evening after early results gave Mayor Irro Delt a lead.",
        "The protests in Harrow Gate, which began on Sunday night, have grown every evening.",
        published="2026-04-07",
    )
    c = _art_on(
        "c",
        "Lisk Times",
        "Demonstrations broke out in Harrow Gate on Sunday night, hours after the polls closed.",
        "2026-04-07",
    )
    d = _art_on(
        "d",
        "Brandt Herald",
        "Riots broke out in Harrow Gate on Monday evening, a day after the first protests.",
        "2026-04-07",
    )
    assert _conflicts([a, b]) == [
        (
            "date",
            "protest: start",
            [("Kelmor Daily", "2026-04-05"), ("Orsa Courier", "2026-04-06")],
        )
    ]
    assert _conflicts([a, c]) == [
        ("date", "protest: start", [("Lisk Times", "2026-04-05"), ("Orsa Courier", "2026-04-06")])
    ]
    assert [k for k in _conflicts([b, d]) if k[0] == "date"] == []


def test_a_long_line_of_counts_is_read_once_not_once_per_count(monkeypatch):
    """One line of 60 counts (a table pasted as one sentence): the sentence's words are
    read for names once, not once per count (400 counts in a 15k-character line took 25 s)."""
    line = "; ".join(
        f"the Harl depot took {100 + k} velk{chr(97 + k % 26)}{k}ons" for k in range(60)
    )
    arts = [_art(a, f"Outlet {a}", f"Officials said {line}.") for a in "ab"]
    calls = []
    real = conflicts_mod._name_word

    def counting(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(conflicts_mod, "_name_word", counting)
    sents = split(arts, {a["id"]: a["id"] for a in arts})
    conflicts_mod.conflicts(sents, [], [], [], {a["id"]: a for a in arts}, {})
    n_words = sum(len(s.text.split()) for s in sents)
    assert len(calls) <= 2 * n_words


def test_a_long_line_with_no_comma_is_scanned_for_scopes_once(monkeypatch):
    """One comma-less line of 120 tolls and 120 other counts is one clause: its scope words
    (`so far`, `overnight`) and planning words (`will`) are looked for once in the line, not
    once per count (800 tolls took 52 s)."""
    line = " ".join(
        f"{k + 2} people were killed in Dorrin ward {k} and its depot lost {k + 5} sheep and"
        for k in range(120)
    )
    arts = [_art(a, f"Outlet {a}", f"Medics said {line} more.") for a in "ab"]
    scanned = []

    class Counting:
        def __init__(self, real):
            self.real = real

        def search(self, string, *args):
            scanned.append(len(string))
            return self.real.search(string, *args)

        def finditer(self, string, *args):
            scanned.append(len(string))
            return self.real.finditer(string, *args)

    for name in ("_TOTAL", "_PERIOD", "_PLANNED"):
        monkeypatch.setattr(conflicts_mod, name, Counting(getattr(conflicts_mod, name)))
    sents = split(arts, {a["id"]: a["id"] for a in arts})
    conflicts_mod.conflicts(sents, [], [], [], {a["id"]: a for a in arts}, {})
    assert sum(scanned) <= 4 * sum(len(s.text) for s in sents)


# Review 11: numbers after their nouns (tallies, magnitudes), a rising toll by its day,
# participle starts, and the jobs a deal cuts.


def test_a_toll_that_rose_to_a_figure_conflicts_with_another_count_of_that_day():
    """`the death toll ... rose to 19 on Friday` against `At least 16 people have been killed
    ..., said on Friday`: one day's toll, two figures."""
    pair = _pair(
        "The death toll from the landslide above Ostrel rose to 19 on Friday, the mountain "
        "rescue service said, as diggers cleared the road to the upper village.",
        "At least 16 people have been killed in the landslide that buried the upper village of "
        "Ostrel, the mountain rescue service said on Friday.",
        published="2025-03-07",
    )
    assert _conflicts(pair) == [
        ("number", "people killed", [("Kelmor Daily", "16"), ("Orsa Courier", "19")])
    ]


def test_a_toll_rising_over_days_is_no_conflict():
    """Friday's 19 and, in Sunday's paper, `the number of dead had risen to 44` (no day named:
    the day it was published) are one toll on two days."""
    pair = _pair(
        "The death toll from the landslide above Ostrel rose to 19 on Friday, the mountain "
        "rescue service said.",
        "The mountain rescue service said the number of dead in the Ostrel landslide had risen "
        "to 44.",
        published=("2025-03-07", "2025-03-09"),
    )
    assert _conflicts(pair) == []


def test_a_magnitude_named_before_its_figure_is_compared_and_an_aftershock_is_not():
    a, b = _pair(
        "The Pellan Seismic Office said the quake had a magnitude of 5.4 and was felt in Varo.",
        "The quake, which the Pellan Seismic Office put at magnitude 5.7, cut power to Varo. "
        "An aftershock of magnitude 4.1 followed at noon.",
    )
    assert _conflicts([a, b]) == [
        ("number", "magnitude quake", [("Kelmor Daily", "5.7"), ("Orsa Courier", "5.4")])
    ]


def test_a_figure_on_the_richter_scale_is_a_magnitude():
    pair = _pair(
        "The earthquake measured 5.4 on the Richter scale, the Pellan Seismic Office said.",
        "Seismologists said the magnitude 5.1 earthquake was the strongest in Pellan for years.",
    )
    assert _conflicts(pair) == [
        ("number", "magnitude quake", [("Kelmor Daily", "5.1"), ("Orsa Courier", "5.4")])
    ]


def test_mourning_starting_on_two_different_days_is_a_date_conflict():
    """`starting on Monday` / `beginning on Tuesday`: a start told by a participle after its
    noun, resolved forwards from the day of publication."""
    pair = _pair(
        "The governor declared two days of mourning starting on Monday.",
        "The governor toured Ostrel on Saturday and declared two days of mourning beginning on "
        "Tuesday.",
        published="2025-03-08",
    )
    assert [c for c in _conflicts(pair) if c[0] == "date"] == [
        ("date", "mourn: start", [("Kelmor Daily", "2025-03-11"), ("Orsa Courier", "2025-03-10")])
    ]


def test_mourning_from_a_day_and_begun_that_day_is_no_conflict():
    pair = _pair(
        "The governor declared two days of mourning from Monday, his office said.",
        "Flags flew at half mast as two days of mourning began on Monday.",
        published=("2025-03-08", "2025-03-10"),
    )
    assert _conflicts(pair) == []


def test_a_duration_s_thing_is_the_head_of_its_noun_phrase():
    """`two days of national mourning` counts days of mourning, not days of `national`."""
    art = _art("a", "Orsa Courier", "He declared two days of national mourning.")
    s = split([art], {art["id"]: art["id"]})[0]
    assert [f[1] for f in conflicts_mod.number_facts(s)] == ["day mourn"]


def test_the_jobs_a_deal_cuts_are_one_figure_whoever_tells_it():
    """`expects to cut about 300 jobs` (no name in the sentence) and `will cost about 520 jobs,
    the union said` (the companies named): the deal's job cuts, two figures."""
    pair = _pair(
        "The merged group expects to cut about 300 jobs over three years, mostly in packing.",
        "Brisco Mills' purchase of Tarrow Bakeries will cost about 520 jobs, the Millers' Guild "
        "said on Thursday.",
        published=("2025-03-05", "2025-03-06"),
    )
    assert _conflicts(pair) == [
        (
            "number",
            "job cut (expected)",
            [("Kelmor Daily", "520"), ("Orsa Courier", "300")],
        )
    ]
