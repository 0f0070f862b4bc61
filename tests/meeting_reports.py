"""Two reports of one meeting by two fictional outlets, one also telling a protest (a
different event): the fixture of the cross-article event tests. Text written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

#: Two outlets report one meeting; the first also reports a protest (a different event).
ARTICLES = [
    {
        "id": "a1",
        "title": "Ilvane and Montfort meet in Brisa Alta",
        "outlet": "Harbour Times",
        "published": "2025-03-06",
        "text": "Velorian President Teodor Ilvane met Kestrian Prime Minister Aurelia Montfort "
        "in Brisa Alta on Thursday to discuss fishing rights and the shared harbour.\n\n"
        "The two leaders talked for three hours, officials said. Fishermen protested outside "
        "the venue in Brisa Alta on Thursday, demanding a quota deal.",
    },
    {
        "id": "a2",
        "title": "Velorian and Kestrian leaders hold harbour talks",
        "outlet": "Coast Daily",
        "published": "2025-03-06",
        "text": "Teodor Ilvane, the Velorian president, met Aurelia Montfort of Kestria in Brisa "
        "Alta on Thursday, as the two sides seek a deal on fishing rights and the shared "
        "harbour.\n\nNo agreement was announced after the meeting in Brisa Alta.",
    },
]


def write_jsonl(folder: Path) -> Path:
    """The two articles as a JSON Lines file a user would ingest."""
    src = folder / "two.jsonl"
    src.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return src
