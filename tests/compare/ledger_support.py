"""Quote records in the export's shape, for ledger tests that need no parser."""

from __future__ import annotations


def quote(
    qid: str,
    article: str,
    text: str,
    kind: str = "direct",
    speaker: str | None = "A",
    continues: str | None = None,
) -> dict:
    return {
        "id": qid,
        "article": article,
        "kind": kind,
        "text": text,
        "start": 0,
        "end": len(text),
        "speaker": None if speaker is None else {"entity": None, "name": speaker, "mention": None},
        "cue": "said",
        "addressee": None,
        "via": None,
        "label": "quote",
        "continues": continues,
    }


#: Other statements of a story (other articles), so that rare words weigh as in a real story.
OTHERS = [
    quote(f"o{n}", f"x{n}", text, kind="indirect", speaker=None)
    for n, text in enumerate(
        (
            "the ferry timetable changes on the first of the month",
            "fuel prices on the island rose for the third month in a row",
            "a music festival is planned for the old market square in July",
            "two schools will merge next year because of falling pupil numbers",
            "the library will extend its opening hours during the exam season",
            "the new bridge over the river is expected to open in the autumn",
        )
    )
]


def group_of(*records: dict, of: str = "a1") -> set[str]:
    """The ids grouped with quote `of` when `records` are one story's quotes, one article each."""
    from newsgraph.compare.quotes import group_quotes

    groups = group_quotes(list(records), {r["article"]: r["article"] for r in records}, {})
    return next(set(g["quotes"]) for g in groups if of in g["quotes"])
