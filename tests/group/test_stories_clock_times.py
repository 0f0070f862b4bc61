"""Clock times and a recording's timestamps are no figures of a story: a radio transcript
whose turns open with `[00:01:13]` joins the story its reports tell, and `17:45 GMT` gives no
`d:17`, `d:45` nor a name `GMT`. Invented text, invented names."""

from __future__ import annotations

from newsgraph.group import StoryDoc, rebuild
from newsgraph.group.features import article_features

REPORTS = [
    StoryDoc(
        "r1",
        "Floodwater cuts off Ambrel valley villages",
        "Floodwater from the swollen river Tessel cut off six villages in the Ambrel valley on "
        "Monday, and rescuers in boats took 340 residents to a sports hall in Carvo. The "
        "regional governor, Ilse Damrow, said the dam at Orvik had held but the spillway was at "
        "its limit. Army engineers were building a barrier of sandbags along the main road.",
        "2026-04-06",
        "Valley Post",
    ),
    StoryDoc(
        "r2",
        "Rescuers move 340 from flooded Ambrel villages",
        "Boats carried 340 people out of flooded villages in the Ambrel valley, where the Tessel "
        "burst its banks. Governor Ilse Damrow told reporters the Orvik dam was holding. "
        "Families spent the night at a sports hall in Carvo while engineers stacked sandbags.",
        "2026-04-06",
        "North Courier",
    ),
    StoryDoc(
        "o1",
        "Council approves new tram line for Belgrove",
        "The city council of Belgrove approved a 12-kilometre tram line on Monday by 31 votes "
        "to 14. Mayor Teodor Quill said work would start in the autumn and cost 410 million "
        "crowns.",
        "2026-04-06",
        "Valley Post",
    ),
    StoryDoc(
        "o2",
        "Belgrove tram line wins council vote",
        "Belgrove's councillors voted 31 to 14 for a tram line of 12 kilometres. Teodor Quill, "
        "the mayor, put the cost at 410 million crowns and said building starts in the autumn.",
        "2026-04-06",
        "North Courier",
    ),
]
TURNS = [
    ("00:00:04", "PRESENTER: Good morning. Our reporter Nils Armand is in Carvo."),
    (
        "00:00:12",
        "NILS ARMAND: The Tessel is still rising. The hall here is full, people brought in by "
        "boat from the Ambrel valley.",
    ),
    ("00:00:27", "PRESENTER: And the dam at Orvik?"),
    (
        "00:00:31",
        "NILS ARMAND: Governor Ilse Damrow says it is holding. Engineers are out with sandbags.",
    ),
    ("00:00:49", "PRESENTER: How many are in the hall?"),
    ("00:00:52", "NILS ARMAND: Hundreds. Some waited on roofs for hours."),
    ("00:01:08", "PRESENTER: Is more rain coming?"),
    ("00:01:13", "NILS ARMAND: Forecasters expect showers tonight, lighter ones."),
    ("00:01:24", "PRESENTER: And the road?"),
    ("00:01:29", "NILS ARMAND: Closed. Soldiers are guarding the barrier."),
    ("00:01:41", "PRESENTER: Thank you, Nils."),
    ("00:01:46", "[JINGLE]"),
    ("00:01:57", "PRESENTER: Sport next."),
]
TRANSCRIPT = StoryDoc(
    "t1",
    "Morning Line, 6 April",
    "\n\n".join(f"[{stamp}] {turn}" for stamp, turn in TURNS),
    "2026-04-06",
    "Radio Ambrel",
)


def test_timestamped_transcript_joins_its_story() -> None:
    stories = rebuild([*REPORTS, TRANSCRIPT]).stories()
    assert sorted(sorted(m) for m in stories.values()) == [["o1", "o2"], ["r1", "r2", "t1"]]


def test_timestamps_give_no_figures() -> None:
    feats = article_features(TRANSCRIPT.title, TRANSCRIPT.text)
    assert not [f for f in feats if f.startswith("d:")]


def test_clock_time_with_zone_gives_no_figure_or_name() -> None:
    feats = article_features(
        "Ferry strike ends",
        "The strike ended at 17:45 GMT on Friday, and the first ferry left at 9:15pm with 212 "
        "passengers, the operator Calder Lines said.",
    )
    assert "d:212" in feats and "p:calder lines" in feats
    assert not {"d:17", "d:45", "d:9", "d:15", "n:gmt"} & set(feats)


def test_ratios_and_scores_stay() -> None:
    feats = article_features(None, "Bredon won the final 102:98 after a 3.5 lead at half time.")
    assert "d:102" in feats and "d:98" in feats and "d:3.5" in feats


def test_hours_told_with_am_or_pm_give_no_figure() -> None:
    feats = article_features(
        "Ferry strike ends at 9am",
        "The first ferry left at 9.15am and the last at 11.30 p.m., and a relief boat sailed at "
        "6 PM with 212 passengers, the operator Calder Lines said.",
    )
    assert sorted(f for f in feats if f.startswith("d:")) == ["d:212"]


def test_a_decimal_figure_without_am_or_pm_stays() -> None:
    feats = article_features(None, "Prices rose 9.15 percent while 11 amendments passed.")
    assert "d:9.15" in feats and "d:11" in feats
