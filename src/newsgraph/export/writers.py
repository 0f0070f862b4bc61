"""Writers for the export formats: one JSON object, JSON Lines, or one CSV file per list."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any

from newsgraph.export.contract import FIELDS, LISTS, SCHEMA_VERSION

FORMATS = ("json", "jsonl", "csv")


def write_json(doc: dict[str, Any], out: IO[str]) -> None:
    json.dump(doc, out, ensure_ascii=False, indent=2, sort_keys=False)
    out.write("\n")


#: The JSON Lines tag of each list's records (docs/export.md, "Other formats").
RECORD_TAGS = {
    "articles": "article",
    "entities": "entity",
    "quotes": "quote",
    "events": "event",
    "stories": "story",
}


def write_jsonl(doc: dict[str, Any], out: IO[str]) -> None:
    """A header line, then one record per line, each tagged with its kind under `record`
    (`"record": "entity"`), a key no record has. `type` is the record's own field where it has
    one (an entity's `PERSON`, an event's `consult`); records without one (articles, quotes,
    stories, the header) also carry the tag as `type`, as schema version 1 first wrote them."""
    header = {
        "record": "header",
        "type": "header",
        "schema_version": SCHEMA_VERSION,
        "generator": doc["generator"],
    }
    out.write(json.dumps(header, ensure_ascii=False) + "\n")
    for name in LISTS:
        tag = RECORD_TAGS[name]
        for record in doc[name]:
            line = (
                {"record": tag, **record}
                if "type" in record
                else {"record": tag, "type": tag, **record}
            )
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def write_csv(doc: dict[str, Any], folder: Path) -> list[Path]:
    """`<list>.csv` for every list, contract columns first; nested values are JSON in the cell."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in LISTS:
        records = doc[name]
        path = folder / f"{name}.csv"
        columns: list[str] = list(FIELDS[name])
        for record in records:
            columns.extend(k for k in record if k not in columns)
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(columns)
            for record in records:
                writer.writerow([_cell(record.get(c)) for c in columns])
        written.append(path)
    return written


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
