"""A quote group is labelled by the name a member gives its speaker, not by a description
another member gives (`the ministry's spokeswoman`), however many give the description."""

from ledger_support import OTHERS, quote

from newsgraph.compare.quotes import group_quotes

WORDS = "the pumping station at Harrowgate will stay shut until the flood barrier is repaired"


def _label(*speakers: str | None) -> str:
    records = [quote(f"a{n}", f"art{n}", WORDS, speaker=sp) for n, sp in enumerate(speakers)]
    groups = group_quotes(
        [*records, *OTHERS], {r["article"]: r["article"] for r in [*records, *OTHERS]}, {}
    )
    group = next(g for g in groups if "a0" in g["quotes"])
    assert len(group["quotes"]) == len(speakers)
    return group["speaker"]["name"]


def test_a_named_member_labels_the_group_over_a_description():
    assert _label("Your water board's spokeswoman", "Essa Marrow") == "Essa Marrow"


def test_a_name_beats_descriptions_given_more_often():
    assert (
        _label("The water board spokeswoman", "the water board spokeswoman", "Essa Marrow")
        == "Essa Marrow"
    )


def test_with_no_name_the_commonest_description_stays():
    assert _label(
        "a water board official", "the water board spokeswoman", "the water board spokeswoman"
    ) == ("the water board spokeswoman")
