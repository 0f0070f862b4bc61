"""Round 7 of the quote ledger: one name shared is no evidence of one statement."""

from __future__ import annotations

from ledger_support import OTHERS, group_of, quote


def test_two_statements_sharing_only_one_name_are_not_linked() -> None:
    # One speaker, two statements about one law: the law's name is all they share.
    a = quote("a1", "a", "We should strengthen the Harbour Protection Act, not weaken it.")
    b = quote("b1", "b", "That is the whole purpose of the Harbour Protection Act.")
    assert group_of(a, b, *OTHERS) == {"a1"}


def test_two_reports_sharing_two_names_are_still_linked() -> None:
    # A person and a place: what is said of them is told in other words (`checked into` /
    # `was admitted to`), and the two names together are the evidence.
    a = quote("a1", "a", "Ann Lee has checked herself into the Norvik Clinic", kind="indirect")
    b = quote("b1", "b", "Ann Lee was admitted to the Norvik Clinic on Tuesday", kind="indirect")
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


def test_a_name_written_in_lower_case_in_one_quote_counts_as_common_words() -> None:
    a = quote("a1", "a", "Ruiz would scrap the harbour protection act", kind="mixed")
    b = quote(
        "b1",
        "b",
        "Ruiz opposes the Harbour Protection Act and would appoint new wardens",
        "indirect",
    )
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


# -- an editor's bracketed words make no run ---------------------------------------------------


def test_a_quote_whose_run_is_the_editors_brackets_links_nothing() -> None:
    # `the purpose of [the Harbour Protection Act]`: the speaker's own words are `the purpose
    # of`; the run of three the two quotes share is the editor's.
    a = quote("a1", "a", "the purpose of [the Harbour Protection Act].", speaker="Ruiz")
    b = quote(
        "b1",
        "b",
        "the council will vote on the Harbour Protection Act next week",
        kind="indirect",
        speaker=None,
    )
    assert group_of(a, b, *OTHERS) == {"a1"}


def test_a_quote_with_bracketed_words_still_links_on_its_own_words() -> None:
    a = quote("a1", "a", "We will strengthen [the Harbour Protection Act] and never weaken it.")
    b = quote("b1", "b", "We will strengthen it and never weaken it.")
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


# -- a wording link needs the speaker's own words ----------------------------------------------


def test_a_wording_link_on_a_name_and_function_words_is_no_link() -> None:
    # `of the Harbour Protection Act` is most of the short quote, but its own word (`repeal`) is
    # not in the other: two statements that name one law.
    a = quote("a1", "a", "repeal of the Harbour Protection Act", speaker="Ruiz")
    b = quote(
        "b1",
        "b",
        "a vote on the fate of the Harbour Protection Act next week",
        kind="indirect",
        speaker=None,
    )
    assert group_of(a, b, *OTHERS) == {"a1"}


def test_a_quote_of_function_words_alone_still_links_by_its_words() -> None:
    a = quote("a1", "a", "If I could give you more, I would.")
    b = quote("b1", "b", "If I could give you any more, I would")
    assert group_of(a, b, *OTHERS) == {"a1", "b1"}


# -- two words of a story's vocabulary are no evidence without a speaker -----------------------


def test_an_unknown_speakers_report_sharing_two_words_is_not_linked():
    # `officers` and `arrest` are in many statements of a story about a raid; with no speaker to
    # go by, two such words shared do not make one statement.
    short = quote("a1", "a", "officers will arrest him", kind="indirect", speaker=None)
    other = quote(
        "b1",
        "b",
        "a bomb at the Norvik depot injured two officers before the guards could arrest the driver",
        kind="indirect",
        speaker=None,
    )
    assert group_of(short, other, *OTHERS) == {"a1"}


def test_an_unknown_speakers_report_sharing_three_words_still_links():
    short = quote(
        "a1", "a", "officers would need to arrest the driver", kind="indirect", speaker=None
    )
    other = quote(
        "b1",
        "b",
        "the officers had to arrest the driver at the Norvik depot",
        kind="indirect",
        speaker=None,
    )
    assert group_of(short, other, *OTHERS) == {"a1", "b1"}


def test_one_named_speakers_report_sharing_two_words_still_links():
    short = quote("a1", "a", "officers would need to arrest him", kind="indirect", speaker="Ruiz")
    other = quote("b1", "b", "We will arrest him, and our officers are ready", speaker="Ana Ruiz")
    assert group_of(short, other, *OTHERS) == {"a1", "b1"}


def test_an_unknown_speakers_report_in_other_words_links_through_synonyms():
    # Three words shared, and the rest retold with near-synonyms (`seeing` / `sighting`, `tried`
    # / `attempted`, `flee` / `escape`): folded as for one named speaker.
    one = quote(
        "a1",
        "a",
        "upon seeing the cutter near Norvik harbour, the crew broke off and tried to flee",
        kind="indirect",
        speaker=None,
    )
    other = quote(
        "b1",
        "b",
        "on sighting the cutter, the smugglers left Norvik harbour and attempted escape",
        kind="indirect",
        speaker=None,
    )
    assert group_of(one, other, *OTHERS) == {"a1", "b1"}
