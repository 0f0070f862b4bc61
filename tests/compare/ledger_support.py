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
