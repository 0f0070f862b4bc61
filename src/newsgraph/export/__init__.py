"""Export stage: the public JSON contract and its JSON / JSON Lines / CSV writers."""

from newsgraph.export.contract import LISTS, SCHEMA_VERSION, build_document
from newsgraph.export.writers import FORMATS, write_csv, write_json, write_jsonl

__all__ = [
    "FORMATS",
    "LISTS",
    "SCHEMA_VERSION",
    "build_document",
    "write_csv",
    "write_json",
    "write_jsonl",
]
