"""An institution's results release joins the story its event's reports make: its table's cells
are names and figures, not sentences that run into each other; its house style (`the Board`)
and its full dates (`8 March 2026`) do not set it apart; and a report kept out of a story while
the story was small gets back in once the story fits it (invented text)."""

from __future__ import annotations

from datetime import date

from newsgraph.group import Params, StoryDoc, StoryIndex, rebuild
from newsgraph.group.features import article_features

RELEASE = StoryDoc(
    "r",
    "Board publishes the final tally of the mayoral ballot",
    "LINDQVIST, 10 March 2026 - The Municipal Election Board today published the final tally of "
    "the mayoral ballot held on Sunday, 8 March 2026.\n\n"
    "Candidate          List               Votes      Share\n"
    "Odile Marchetti    Harbour First      41,230     48.6%\n"
    "Tomas Brevik       Civic Union        38,904     45.4%\n"
    "Ines Kallberg      Green Lindqvist     5,118      6.0%\n\n"
    "Registered voters  139,560\n"
    "Ballots cast        85,690\n"
    "Turnout             61.4%\n"
    "Spoilt papers        1,204\n\n"
    '"Every envelope was opened in public," said Chair Wilma Rusk. The Board will hear '
    "complaints until Friday, and the Board publishes its decisions in the Municipal Gazette.",
    "2026-03-10",
)
REPORTS = [
    StoryDoc(
        "a",
        "Marchetti wins Lindqvist mayoral race by narrow margin",
        "Odile Marchetti of Harbour First won the Lindqvist mayoral race, the election board said "
        "on Monday, beating Tomas Brevik of Civic Union. Brevik said he would file a complaint "
        "with the board. Turnout was 61.4 per cent.",
        "2026-03-09",
    ),
    StoryDoc(
        "b",
        "Brevik files complaint over Lindqvist count",
        "Tomas Brevik filed a complaint with the Lindqvist election board on Tuesday, saying "
        "envelopes in two districts were opened in private. Board chair Wilma Rusk said the count "
        "was public. Odile Marchetti called the complaint a distraction.",
        "2026-03-10",
    ),
    StoryDoc(
        "c",
        "Lindqvist's new mayor names harbour chief",
        "Odile Marchetti, Lindqvist's mayor-elect, named a new harbour chief on Wednesday as Tomas "
        "Brevik's complaint went before the election board. Ines Kallberg of Green Lindqvist urged "
        "both to accept the result.",
        "2026-03-11",
    ),
    StoryDoc(
        "d",
        "Lindqvist election board rejects Brevik complaint",
        "The Lindqvist election board rejected Tomas Brevik's complaint on Thursday. Chair Wilma "
        "Rusk said every envelope had been opened in public. Marchetti will take office in April.",
        "2026-03-12",
    ),
]


def test_results_release_joins_the_story_of_its_reports():
    stories = rebuild([RELEASE, *REPORTS]).stories()
    assert len(stories) == 1
    assert sorted(next(iter(stories.values()))) == ["a", "b", "c", "d", "r"]


def test_table_cells_are_lines_of_their_own():
    from newsgraph.group.features import table_cells

    text = table_cells("Total:\nName       Votes\nOdile Marchetti    41,230\n")
    assert text == "Total:\nName\nVotes\nOdile Marchetti\n41,230\n"


def test_prose_with_two_spaces_after_full_stops_is_no_table():
    from newsgraph.group.features import table_cells

    prose = "The board met.  It counted again.\nThe mayor spoke.  She thanked voters.\n"
    assert table_cells(prose) == prose


def test_names_do_not_run_from_one_cell_into_the_next():
    feats = article_features(None, RELEASE.text)
    assert "p:marchetti harbour" not in feats and "n:marchetti" in feats
    assert "n:votes" not in feats and "n:share" not in feats  # a header row names nothing


def test_a_release_capitalising_its_own_institution_shares_the_word():
    feats = article_features(None, RELEASE.text)
    # `the Board` alone is the board, as reports write it; the full name stays a name
    assert feats["w:board"] == 2 and feats["n:board"] == 1
    assert "p:municipal election board" in feats


def test_a_dated_articles_own_year_and_month_say_nothing_more():
    feats = article_features(None, RELEASE.text, dated=date(2026, 3, 10))
    assert "y:2026" not in feats and "m:2026-03" not in feats
    assert "m:03-08" in feats  # the day of the ballot, which reports may give too
    undated = article_features(None, RELEASE.text)
    assert "y:2026" in undated and "m:2026-03" in undated


def _release_left_the_story(strays: int) -> StoryIndex:
    """The reports of the first two days make a story; the release is kept apart (a join
    threshold no article reaches while it is added) and marked as having left that story, as
    settling marks a member it ejects (`_apply_moves`); then the later reports come in."""
    index = StoryIndex(Params(settle_strays=strays))
    for doc in REPORTS[:2]:
        index.add(doc)
    index.params.threshold = 1.01
    index.add(RELEASE)
    index.params.threshold = Params().threshold
    index._stories[index.story_of("r")].left = index.story_of("a")
    for doc in REPORTS[2:]:
        index.add(doc)
    return index


def test_a_report_that_left_the_story_gets_back_in_once_it_fits():
    index = _release_left_the_story(Params().settle_strays)
    assert index.story_of("r") == index.story_of("a") == index.story_of("d")
    again = StoryIndex.from_json(index.to_json())
    assert again.stories() == index.stories()


def test_strays_off_leaves_it_apart():
    index = _release_left_the_story(0)
    assert index.story_of("r") != index.story_of("a")


def test_only_a_report_that_left_the_story_is_pulled_back():
    index = StoryIndex()
    for doc in REPORTS[:2]:
        index.add(doc)
    index.params.threshold = 1.01
    index.add(RELEASE)  # a story of its own from the start: never in the reports' story
    index.params.threshold = Params().threshold
    for doc in REPORTS[2:]:
        index.add(doc)
    assert index.story_of("r") != index.story_of("a")
