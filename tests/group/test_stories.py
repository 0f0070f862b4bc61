"""Story grouping: the fine-grained case (two summits in one city, two arrests of players of one
team), the split check, determinism, persistence, and the pipeline path through the store."""

from __future__ import annotations

import json
import random

import pytest

from newsgraph.group import Params, StoryDoc, StoryIndex, rebuild
from newsgraph.group.features import specifics
from newsgraph.group.run import group_new
from newsgraph.group.stories import specifics_evidence
from newsgraph.records import Article, RawItem
from newsgraph.store import Store

SUMMIT_A = [
    StoryDoc(
        "a1",
        "Norland and Estavia agree water-sharing plan at Geneva summit",
        "GENEVA — The leaders of Norland and Estavia agreed on Tuesday to share the waters of "
        "the Vell river, ending a dispute that began in 2019. President Ana Morel of Norland and "
        "Prime Minister Piet Halvorsen of Estavia signed the plan at the Palais Wilson after "
        'three hours of talks.\n\n"This river will unite us, not divide us," Morel told '
        "reporters. Under the plan Estavia will release 40 percent of the Vell's flow during "
        "the dry season. Halvorsen said the summit in Geneva was the first between the two "
        "countries since 2016.",
        "2024-03-12",
        "Wire One",
    ),
    StoryDoc(
        "a2",
        "Morel and Halvorsen sign Vell river deal",
        "Norland's President Ana Morel and Estavian Prime Minister Piet Halvorsen signed a "
        "water-sharing agreement for the Vell river in Geneva on Tuesday. The summit at the "
        "Palais Wilson settles a quarrel dating from 2019; Estavia will let 40 percent of the "
        "river's flow through in the dry months. Morel called it a deal that would unite the "
        "two nations. Halvorsen, who last met a Norland leader in 2016, said farmers on both "
        "banks of the Vell would benefit.",
        "2024-03-13",
        "Daily Two",
    ),
]

SUMMIT_B = [
    StoryDoc(
        "b1",
        "Calvia and Dorsk sign trade pact at Geneva summit",
        "GENEVA — Calvia and Dorsk signed a trade agreement on Thursday at a summit in Geneva, "
        "cutting tariffs on grain and steel. President Luis Ferrant of Calvia and Chancellor "
        "Ilse Brandt of Dorsk met at the Intercontinental hotel for two days of talks.\n\n"
        '"Our farmers and our steelworkers both win today," Ferrant told reporters. The pact '
        "removes duties on 1,200 products by 2026. Brandt said the Geneva summit was the "
        "first between Calvia and Dorsk in a decade.",
        "2024-03-14",
        "Wire One",
    ),
    StoryDoc(
        "b2",
        "Ferrant and Brandt strike Calvia-Dorsk tariff deal",
        "Calvian President Luis Ferrant and Dorsk's Chancellor Ilse Brandt agreed on Thursday "
        "to scrap tariffs on 1,200 products, from grain to steel, by 2026. The two leaders met "
        "at a summit in Geneva at the Intercontinental hotel. Ferrant said farmers and "
        "steelworkers would both gain, while Brandt called the talks in Geneva the first "
        "between the two governments in ten years.",
        "2024-03-15",
        "Daily Two",
    ),
]


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(m) for m in index.stories().values()}


def test_two_summits_in_one_city_are_two_stories():
    index = StoryIndex()
    for doc in [SUMMIT_A[0], SUMMIT_B[0], SUMMIT_A[1], SUMMIT_B[1]]:
        index.add(doc)
    assert _groups(index) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def test_two_summits_without_dates_are_still_two_stories():
    undated = [
        StoryDoc(d.id, d.title, d.text, None) for d in [SUMMIT_B[0], SUMMIT_A[0]] + SUMMIT_A[1:]
    ]
    undated.append(StoryDoc("b2", SUMMIT_B[1].title, SUMMIT_B[1].text, None))
    index = rebuild(undated)
    assert _groups(index) == {frozenset({"a1", "a2"}), frozenset({"b1", "b2"})}


def test_story_ids_are_the_first_article_and_deterministic():
    docs = SUMMIT_A + SUMMIT_B
    first = StoryIndex()
    ids = [first.add(d) for d in docs]
    second = StoryIndex()
    assert [second.add(d) for d in docs] == ids
    assert ids == ["s-a1", "s-a1", "s-b1", "s-b1"]
    assert first.to_json() == second.to_json()


def test_adding_an_article_twice_changes_nothing():
    index = StoryIndex()
    index.add(SUMMIT_A[0])
    state = json.dumps(index.to_json())
    assert index.add(SUMMIT_A[0]) == "s-a1"
    assert json.dumps(index.to_json()) == state


def test_online_equals_rebuild_in_the_same_order():
    docs = sorted(SUMMIT_A + SUMMIT_B, key=lambda d: d.published or "")
    online = StoryIndex()
    for d in docs:
        online.add(d)
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    rebuilt = rebuild(shuffled)  # rebuild orders by publication date itself
    assert rebuilt.stories() == online.stories()
    assert rebuilt.to_json() == online.to_json()


def test_index_round_trips_through_json_and_goes_on_identically():
    docs = SUMMIT_A + SUMMIT_B
    whole = StoryIndex()
    for d in docs:
        whole.add(d)
    half = StoryIndex()
    for d in docs[:2]:
        half.add(d)
    restored = StoryIndex.from_json(json.loads(json.dumps(half.to_json())))
    assert restored.to_json() == half.to_json()
    for d in docs[2:]:
        restored.add(d)
    assert restored.stories() == whole.stories()
    assert restored.to_json() == whole.to_json()


def test_the_same_event_text_months_apart_is_a_new_story():
    index = StoryIndex()
    index.add(SUMMIT_A[0])
    late = StoryDoc("late", SUMMIT_A[1].title, SUMMIT_A[1].text, "2024-07-01")
    assert index.add(late) == "s-late"


def test_old_stories_leave_the_index_but_keep_their_members():
    index = StoryIndex()
    index.add(SUMMIT_A[0])
    index.add(StoryDoc("x", "Unrelated", "Snow fell over the Alps in 2024.", "2024-06-01"))
    data = index.to_json()
    old = next(s for s in data["stories"] if s["id"] == "s-a1")
    assert not old["active"] and old["centroid"] == {}
    assert index.stories()["s-a1"] == ["a1"]


# Two arrests of players of one team for drunk driving, a year apart: same team, same charge,
# same police force, and the second story recalls the first. Undated, as in ECB+.
PELLAN = [
    StoryDoc(
        "p1",
        "Gulls receiver Marco Pellan arrested on DUI charge",
        "Harbor City Gulls wide receiver Marco Pellan was arrested early Saturday on suspicion of "
        "drunk driving, the Coastal Highway Patrol said. Pellan, 26, was stopped at 2:40 a.m. on "
        "the Lakeview bridge after officers saw his black Range Rover weaving between lanes. He "
        "failed a field sobriety test, was booked into Lakeview County jail and released on "
        "$5,000 bail. The Gulls said they were aware of the arrest of Pellan and would not comment "
        "further. Pellan caught 61 passes for 1,020 yards last season.",
        None,
    ),
    StoryDoc(
        "p2",
        "Pellan booked after Lakeview bridge traffic stop",
        "Marco Pellan, the Gulls' leading receiver, spent Saturday morning in the Lakeview County "
        "jail after a highway patrol officer pulled over his Range Rover on the Lakeview bridge. "
        "Officers said Pellan, 26, smelled of alcohol and failed a sobriety test; bail was set at "
        "$5,000. Coach Dana Ivers said the team would let the legal process run. Pellan had 1,020 "
        "receiving yards last season, his best year since the Gulls drafted him in 2004.",
        None,
    ),
    StoryDoc(
        "p3",
        "Gulls star Pellan faces drunk-driving charge before playoff game",
        "The Harbor City Gulls may be without Marco Pellan for Sunday's playoff game after the "
        "receiver was arrested on suspicion of driving under the influence. The Coastal Highway "
        "Patrol said Pellan was weaving across lanes of the Lakeview bridge shortly before 3 a.m. "
        "Saturday. Ivers declined to say whether Pellan, who posted $5,000 bail, would play. "
        "Pellan, 26, is due in Lakeview County court on March 4.",
        None,
    ),
    StoryDoc(
        "p4",
        "Receiver Marco Pellan released on bail after DUI arrest",
        "Gulls wide receiver Marco Pellan was released on $5,000 bail on Saturday, hours after his "
        "arrest on the Lakeview bridge on suspicion of drunk driving. A patrol spokesman said "
        "the 26-year-old's Range Rover was seen drifting between lanes at 2:40 a.m. Pellan's "
        "agent, Rob Tallis, said his client was cooperating. Pellan faces a court date on "
        "March 4 in Lakeview County.",
        None,
    ),
]
RINDT = [
    StoryDoc(
        "r1",
        "Gulls lineman Tomas Rindt arrested on suspicion of DUI",
        "Harbor City Gulls defensive tackle Tomas Rindt was arrested on suspicion of drunk driving "
        "on Route 9 near Millbrook late Tuesday, the Coastal Highway Patrol said. Rindt, 31, was "
        "stopped after his pickup truck was clocked at 84 mph. He was held at Millbrook County "
        "jail and released Wednesday on $2,500 bail. Rindt is the second Gull arrested on a DUI "
        "charge in a year, after receiver Marco Pellan. The 330-pound tackle started 16 games last "
        "season.",
        None,
    ),
    StoryDoc(
        "r2",
        "Tomas Rindt held after Route 9 stop",
        "Gulls tackle Tomas Rindt spent Tuesday night in the Millbrook County jail after a patrol "
        "officer stopped his pickup on Route 9 at 84 mph. Rindt, 31, registered a blood alcohol "
        "level of 0.12, officers said, and was released on $2,500 bail. General manager Lee "
        "Amsel said the club was gathering information about Rindt. The team has had two players "
        "arrested for drunk driving since last year.",
        None,
    ),
    StoryDoc(
        "r3",
        "Second Gulls player in a year charged with drunk driving",
        "Defensive tackle Tomas Rindt became the second Harbor City Gulls player in a year to be "
        "arrested on a drunk-driving charge when the highway patrol stopped him near Millbrook on "
        "Tuesday night. Rindt, a 31-year-old veteran who weighs 330 pounds, was driving at 84 mph "
        "on Route 9, according to the arrest report. Amsel said Rindt would meet the team on "
        "Thursday. Rindt posted $2,500 bail.",
        None,
    ),
    StoryDoc(
        "r4",
        "Gulls' Rindt faces DUI charge in Millbrook",
        "Tomas Rindt of the Harbor City Gulls is due in Millbrook County court on June 12 after "
        "his arrest on suspicion of driving under the influence on Route 9 on Tuesday night. The "
        "tackle's blood alcohol level was 0.12, above the legal limit of 0.08. Rindt, 31, was "
        "released on $2,500 bail on Wednesday morning. His agent, Nina Brol, said Rindt "
        "regretted his decision to drive.",
        None,
    ),
]

INTERLEAVED = [d for pair in zip(PELLAN, RINDT, strict=True) for d in pair]
TWO_ARRESTS = {frozenset(d.id for d in PELLAN), frozenset(d.id for d in RINDT)}


def _run(docs: list[StoryDoc], params: Params | None = None) -> StoryIndex:
    index = StoryIndex(params)
    for d in docs:
        index.add(d)
    return index


def test_one_event_in_varied_words_is_one_story():
    assert _groups(_run(PELLAN)) == {frozenset(d.id for d in PELLAN)}
    assert _groups(_run(RINDT[::-1])) == {frozenset(d.id for d in RINDT)}


@pytest.mark.parametrize("seed", [None, 0, 1, 2, 3, 4])
def test_two_arrests_of_players_of_one_team_stay_apart(seed):
    """Same team, same charge, same police, no dates, and the second story names the first
    player: different people, places, numbers. One article at a time they look alike (without
    the split check they merge); six articles in, the split check separates them."""
    docs = INTERLEAVED[:]
    if seed is not None:
        random.Random(seed).shuffle(docs)
    assert _groups(_run(docs)) == TWO_ARRESTS
    assert _groups(_run(PELLAN + RINDT)) == TWO_ARRESTS


def test_without_the_split_check_the_two_arrests_merge():
    merged = {frozenset(d.id for d in PELLAN + RINDT)}
    assert _groups(_run(INTERLEAVED, Params(split=0.0))) == merged


def test_a_split_keeps_the_first_article_id_and_reports_both_stories():
    index = StoryIndex(Params(split_min=3, split_from=6))  # first checked at 6 articles
    for d in INTERLEAVED[:5]:
        assert index.add(d) == "s-p1"
    assert index.take_changed() == {"s-p1"}
    assert index.add(INTERLEAVED[5]) == "s-r1"  # the sixth article: the story splits
    assert index.take_changed() == {"s-p1", "s-r1"}
    assert index.stories() == {"s-p1": ["p1", "p2", "p3"], "s-r1": ["r1", "r2", "r3"]}
    assert index.story_of("r1") == "s-r1"
    for d in INTERLEAVED[6:]:
        index.add(d)
    assert index.stories() == {"s-p1": ["p1", "p2", "p3", "p4"], "s-r1": ["r1", "r2", "r3", "r4"]}


def test_split_state_round_trips_through_json():
    whole = _run(INTERLEAVED)
    for cut in (1, 2, 5, 6, 7):
        half = _run(INTERLEAVED[:cut])
        restored = StoryIndex.from_json(json.loads(json.dumps(half.to_json())))
        assert restored.to_json() == half.to_json()
        for d in INTERLEAVED[cut:]:
            restored.add(d)
        assert restored.stories() == whole.stories()
        assert restored.to_json() == whole.to_json()


def test_a_version_1_state_still_loads_and_goes_on():
    state = _run(INTERLEAVED[:1]).to_json()
    state["version"] = 1
    for s in state["stories"]:
        del s["vecs"], s["specs"]
    restored = StoryIndex.from_json(json.loads(json.dumps(state)))
    for d in INTERLEAVED[1:]:
        restored.add(d)
    assert _groups(restored) == TWO_ARRESTS


def test_pipeline_rewrites_both_stories_of_a_split(tmp_path):
    """group_new, one run per article: the split re-points already stored articles."""
    with Store(tmp_path / "split.db") as store:
        for d in INTERLEAVED:
            article = Article(d.id, "test", "text", d.text, title=d.title, language="en")
            store.add_article(article, RawItem("test", "text", d.text.encode()))
            group_new(store, [d.id])
        stored = {frozenset(s["articles"]) for s in store.story_records()}
        assert stored == TWO_ARRESTS
        assert {store.story_of(d.id) for d in RINDT} == {"s-r1"}
        assert {store.story_of(d.id) for d in PELLAN} == {"s-p1"}
        # The stored grouping is what one online pass over the same articles gives.
        assert StoryIndex.from_json(store.grouping_state()).stories() == _run(INTERLEAVED).stories()


def test_a_version_2_state_without_specifics_still_loads_and_goes_on():
    state = _run(INTERLEAVED[:3]).to_json()
    state["version"] = 2
    for s in state["stories"]:
        del s["specs"]
    restored = StoryIndex.from_json(json.loads(json.dumps(state)))
    for d in INTERLEAVED[3:]:
        restored.add(d)
    assert _groups(restored) == TWO_ARRESTS


# Specifics: two fires at one mill, told in the same words, three years apart (undated, as in
# ECB+); and one fire told by a second pair of articles in other words.
FILLER = [
    "Crews worked through the night at the site.",
    "Neighbours watched from behind a police cordon.",
    "Officials promised a full inquiry into the cause.",
    "Insurers sent assessors to the scene.",
    "The street stayed closed to traffic.",
    "Local shops offered water to the crews.",
]


def _fire(prefix: str, year: int, weekday: str, hurt: int, ids: range) -> list[StoryDoc]:
    return [
        StoryDoc(
            f"{prefix}{i}",
            f"Fire guts Dunmore textile mill, {hurt} hurt",
            f"A fire gutted the old textile mill on Canal Street in Dunmore on {weekday}, {year}, "
            f"and {hurt} workers were hurt, the Dunmore fire brigade said. Chief Alan Brecht said "
            f"the blaze began in the dye room. {FILLER[i % 6]} {FILLER[(i + 2) % 6]}",
            None,
        )
        for i in ids
    ]


def _fire_retold(year: int, weekday: str, hurt: int) -> list[StoryDoc]:
    return [
        StoryDoc(
            f"c{i}",
            f"Dunmore mill blaze: {hurt} injured",
            f"Firefighters in Dunmore battled flames at a textile mill on {weekday}, {year}; "
            f"{hurt} workers were taken to hospital. {extra}",
            None,
        )
        for i, extra in enumerate(
            ["Smoke was seen across the valley.", "The mill had stood empty for years."]
        )
    ]


OFF = Params(specifics=0.0, merge_agree=None)


def test_specifics_are_the_years_weekdays_counts_of_the_lead_and_the_dates():
    text = (
        "VARN, May 3, 2011 - The earthquake struck on Tuesday and injured 12 workers at the "
        "port, the 58-year-old mayor said. Rescue teams searched the old town through the night "
        "while aftershocks shook the coast and families camped in the squares of the harbour "
        "district, far from the damaged blocks along the river. In 1998 another quake hit Varn "
        "on a Friday, on June 9."
    )
    assert specifics("Magnitude 6 quake hits Varn", text) == [
        "m=05-03",
        "m=06-09",  # a day-month date anywhere in the text
        "u:quake=6",
        "u:worker=12",
        "u:year-old=58",
        "wd=tuesday",
        "y=2011",  # 1998 and Friday are past the lead
    ]


def test_specifics_evidence_counts_shared_and_differing_slots_per_pair():
    a = [["wd=tuesday", "y=2011"]]
    b = [["wd=sunday", "y=2011"], ["u:worker=3"]]
    assert specifics_evidence(a, b) == (0.5, 0.5)  # over two pairs: one agreement, one conflict
    assert specifics_evidence(a, []) == (0.0, 0.0)


def test_two_fires_in_the_same_words_split_on_their_years_weekdays_and_counts():
    first = _fire("a", 2016, "Tuesday", 12, range(3))
    second = _fire("b", 2019, "Sunday", 40, range(3, 6))
    mixed = [d for pair in zip(first, second, strict=True) for d in pair]
    assert _groups(_run(mixed, OFF)) == {frozenset(d.id for d in mixed)}
    assert _groups(_run(mixed)) == {frozenset(d.id for d in first), frozenset(d.id for d in second)}


def test_a_piece_of_one_event_that_agrees_on_specifics_is_absorbed_at_a_check():
    fire = _fire("a", 2016, "Tuesday", 12, range(6))
    same = _fire_retold(2016, "Tuesday", 12)
    other = _fire_retold(2019, "Sunday", 40)
    strict = Params(threshold=0.5)  # so that the retold articles open a story of their own
    pieces = {frozenset(d.id for d in fire), frozenset(d.id for d in same)}
    assert _groups(_run(same + fire, Params(threshold=0.5, merge_agree=None, settle=False))) == (
        pieces
    )
    index = _run(same + fire, strict)
    assert _groups(index) == {frozenset(d.id for d in fire + same)}
    assert _groups(_run(other + fire, strict)) == pieces  # another fire: kept apart


def test_dated_articles_collect_no_specifics():
    """In a dated stream the window separates events of different dates, and stories of one
    kind share their year: the specifics are for undated articles only."""
    first = _fire("a", 2016, "Tuesday", 12, range(3))
    second = _fire("b", 2019, "Sunday", 40, range(3, 6))
    dated = [
        StoryDoc(d.id, d.title, d.text, f"2024-05-{10 + i // 2:02d}")
        for i, d in enumerate(d for pair in zip(first, second, strict=True) for d in pair)
    ]
    index = _run(dated)
    assert index.stories() == _run(dated, OFF).stories()
    assert all(not specs for s in index.to_json()["stories"] for specs in s["specs"] or [])


def test_features_read_datelines_day_months_possessive_days_and_name_runs():
    """The features behind it: a dated article's dateline date is its filing day, not a fact
    of the event; `13 October` is a date, not also a count of 13; `Monday's` is the weekday,
    not a name (a name keeps its `'s`: dropping it cost ECB+ grouping); a run of names stops at
    a comma (`Wendel Ambry, Bluefield Aid's` names two)."""
    from newsgraph.group.features import article_features, without_dateline_date

    text = "TERNBY, 14 May 2031 — It said so."
    assert without_dateline_date(text) == "TERNBY — It said so."
    assert without_dateline_date("OSKAVEL, Corvania — A flood.") == "OSKAVEL, Corvania — A flood."
    assert without_dateline_date("Paris, 14 May 2031 — x") == "Paris, 14 May 2031 — x"
    dated = article_features(None, text, dated=True)
    assert not any(k.startswith(("m:", "y:")) for k in dated)
    assert {"m:05-14", "y:2031"} <= set(article_features(None, text))
    feats = article_features(
        None,
        "It came on 13 October after Monday's flood, said Wendel Ambry, Bluefield Aid's head.",
    )
    assert "m:10-13" in feats and "d:13" not in feats
    assert "n:monday" not in feats and "n:monday's" not in feats
    assert "p:wendel ambry" in feats and "p:bluefield aid's" in feats
    assert not any(k.startswith("p:wendel ambry ") for k in feats)
