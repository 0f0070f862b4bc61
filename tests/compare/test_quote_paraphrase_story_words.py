"""Review 22, finding 14: one speaker's two remarks that share only one word of what they say
and a word of the story's vocabulary (`a fair plan` / `fair and dull, which is what a plan
should be`, in a story where many statements speak of the plan) are two remarks, not a
paraphrase; the same two words in a story where they are rare still link. Invented text."""

from __future__ import annotations

from ledger_support import OTHERS, group_of, quote

PLAN = quote(
    "a1",
    "a",
    "This is a fair plan for hard winters. It keeps the buses running and it pays the nurses.",
    speaker="Edda Lunn",
)
REMARK = quote(
    "b1",
    "b",
    'the plan was "fair and dull, which is what a plan should be."',
    kind="mixed",
    speaker="Edda Lunn",
)
#: Other statements of the story about the plan (other speakers, other articles).
ABOUT_THE_PLAN = [
    quote(f"p{n}", f"p{n}", text, kind="indirect", speaker=None)
    for n, text in enumerate(
        (
            "the plan leaves the harbour road unpaved for another year",
            "the opposition will vote against the plan in December",
            "the unions want the plan to fund more bus drivers",
        )
    )
]


def test_two_remarks_sharing_one_word_and_the_story_subject_are_apart() -> None:
    assert group_of(PLAN, REMARK, *ABOUT_THE_PLAN, *OTHERS, of="a1") == {"a1"}


def test_the_same_words_link_where_the_subject_is_rare_in_the_story() -> None:
    assert group_of(PLAN, REMARK, *OTHERS, of="a1") == {"a1", "b1"}
