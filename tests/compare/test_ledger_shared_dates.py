"""Quote ledger: two reports with no speaker named are one statement only on shared words of
what they tell; a month both name (`in March`) dates them alike and is not such a word, in the
rule for many shared words (`MIN_SHARED_MANY`) as in the others."""

from __future__ import annotations

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

LONG = (
    "the harbour board met in March and approved new cranes for the east quay after a bitter "
    "fight with the dockers over pay, hours and safety rules on the night shift"
)


def _grouped(other: str) -> bool:
    records = [
        quote("1", "a", LONG, "indirect", speaker=None),
        quote("2", "b", other, "indirect", speaker=None),
        *OTHERS,
    ]
    found = group_quotes(records, {r["article"]: r["article"] for r in records}, {})
    return "2" in next(g for g in found if "1" in g["quotes"])["quotes"]


def test_a_shared_month_is_not_one_of_many_shared_words() -> None:
    other = (
        "the east quay cranes were approved by the board in March while investors feared "
        "rising costs at the terminal"
    )
    assert not _grouped(other)


def test_as_many_shared_words_of_what_they_tell_still_link() -> None:
    other = (
        "the east quay cranes for the dockers were approved by the board while investors "
        "feared rising costs at the terminal"
    )
    assert _grouped(other)
