"""Round 6 of the quote ledger: when reported speech is the reporter's own wording."""

from __future__ import annotations

from ledger_support import quote

from newsgraph.compare.quotes import group_quotes, prepare, relation_between


def rel(member: str, ref: str, member_kind: str = "indirect", ref_kind: str = "direct") -> str:
    m = prepare(quote("m", "b", member, kind=member_kind, speaker="Ruiz"), "b")
    r = prepare(quote("r", "a", ref, kind=ref_kind, speaker="Ruiz"), "a")
    return relation_between(m, r)


# -- a word of the reporter's against the quotation -------------------------------------------

QUOTED = "It seems the flooding started in the basement of the Portavel library."


def test_reported_speech_that_swaps_a_quotation_word_is_a_paraphrase() -> None:
    # The reporter retells the quotation with a word of their own (`began` for `started`) and
    # drops the hedge: indirect speech in other words.
    assert rel("the flooding began in the basement of the Portavel library", QUOTED) == (
        "paraphrase"
    )


def test_reported_speech_that_keeps_the_quotation_words_is_a_variant() -> None:
    # A cut of the quotation's words, printed without marks, is still its wording.
    assert rel("the flooding started in the basement of the Portavel library", QUOTED) == (
        "variant"
    )


def test_reported_speech_that_names_a_place_another_way_stays_a_variant() -> None:
    ref = "The ferry of the Norvik Harbour Authority will keep running until the spring."
    member = "the ferry of the NHA will keep running until the spring"
    assert rel(member, ref) == "variant"


def test_two_reports_that_swap_one_word_stay_variants() -> None:
    # Between two reports, one wire sentence edited twice: a swapped word is a variant.
    ref = "the flooding started in the basement of the Portavel library on Monday"
    member = "the flooding began in the basement of the Portavel library on Monday"
    assert rel(member, ref, ref_kind="indirect") == "variant"


def test_reported_speech_against_a_framed_fragment_that_swaps_a_word_is_a_paraphrase() -> None:
    ref = 'the detained crews and their boats would be "taken to the port authorities at Norvik'
    member = "the smugglers would be taken to the port authorities at Norvik"
    assert rel(member, ref, ref_kind="mixed") == "paraphrase"


# -- a clause of the report's own --------------------------------------------------------------


def test_a_report_with_a_clause_the_reference_lacks_is_a_paraphrase() -> None:
    ref = "Ilvane had been refused a fishing licence in April"
    member = "Ilvane had been refused a fishing licence in April but the council gave no reason"
    assert rel(member, ref, ref_kind="indirect") == "paraphrase"


def test_a_report_cut_short_of_the_reference_stays_a_variant() -> None:
    ref = "Ilvane had been refused a fishing licence in April but the council gave no reason"
    member = "Ilvane had been refused a fishing licence in April"
    assert rel(member, ref, ref_kind="indirect") == "variant"


def test_a_name_or_one_word_added_at_the_end_of_a_report_stays_a_variant() -> None:
    ref = "the ferry was held in the harbour for three days"
    member = "the ferry was held in the harbour for three days at Norvik"
    assert rel(member, ref, ref_kind="indirect") == "variant"


# -- a long report that retells a shorter one ----------------------------------------------------


def _groups(*records: dict) -> list[dict]:
    return group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})


def _group_of(groups: list[dict], qid: str) -> set[str]:
    return next(set(g["quotes"]) for g in groups if qid in g["quotes"])


SHORT = quote(
    "a1",
    "a",
    "the coastguard cutter Ilvane towed the burning trawler Portavel clear of the harbour on "
    "Sunday once its skipper radioed for urgent help",
    kind="indirect",
    speaker=None,
)
#: Other statements of the story: the words they use are common in it, the others rare.
OTHERS = [
    quote(f"x{n}", f"x{n}", text, kind="indirect", speaker=None)
    for n, text in enumerate(
        (
            "the school in Norvik will stay closed until the roads are cleared of snow",
            "the new bridge over the river is expected to open to traffic in the autumn",
            "fuel prices on the island rose for the third month in a row",
            "the library will extend its opening hours during the exam season",
            "a music festival is planned for the old market square in July",
            "the council approved a budget for repairs to the sea wall",
            "two schools will merge next year because of falling pupil numbers",
            "the ferry timetable changes on the first of the month",
        )
    )
]


def test_a_long_report_sharing_many_words_with_a_short_one_is_a_paraphrase_link() -> None:
    # Speaker unknown on both sides; the long report adds details of its own (so the two share
    # little of the long one), but six of the short one's rare words are there.
    long = quote(
        "b1",
        "b",
        "after a mayday call at dawn the cutter Ilvane of the coastguard reached the trawler "
        "Portavel, which was burning near the harbour mouth, fought the fire with its monitors "
        "and towed it clear while its nine crew were lifted off by a helicopter from Norvik "
        "and flown to the regional hospital, where two were treated for smoke inhalation and burns",
        kind="indirect",
        speaker=None,
    )
    assert _group_of(_groups(SHORT, long, *OTHERS), "a1") == {"a1", "b1"}


def test_a_few_shared_words_inside_a_long_report_link_nothing() -> None:
    long = quote(
        "b1",
        "b",
        "the harbour master said the coastguard would review every mooring permit issued this "
        "year, after complaints from fishermen about crowded berths, noise at night and fuel "
        "spills near the slipway, and that the review would take until the spring",
        kind="indirect",
        speaker=None,
    )
    assert _group_of(_groups(SHORT, long, *OTHERS), "a1") == {"a1"}


# -- negation must agree when no speaker is known ------------------------------------------------

INQUIRY = quote(
    "a1",
    "a",
    "investigators have begun to identify suspects in the Portavel warehouse fire",
    kind="indirect",
    speaker=None,
)


def test_two_unattributed_reports_of_the_same_finding_are_linked() -> None:
    other = quote(
        "b1",
        "b",
        "detectives had identified two suspects in the Portavel warehouse fire on Tuesday",
        kind="indirect",
        speaker=None,
    )
    assert _group_of(_groups(INQUIRY, other, *OTHERS), "a1") == {"a1", "b1"}


def test_a_statement_and_its_denial_are_not_linked_without_a_speaker() -> None:
    denial = quote(
        "b1",
        "b",
        "detectives had no suspects in the Portavel warehouse fire on Tuesday",
        kind="indirect",
        speaker=None,
    )
    assert _group_of(_groups(INQUIRY, denial, *OTHERS), "a1") == {"a1"}
