"""Every key the export and the dossier write is documented in docs/export.md, and every field
the contract's tables name is written: the tables are parsed, a real export of a small corpus
is walked. A key added to the code without a row in the doc fails here. Text written for
these tests (fictional places, people and outlets)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.export.contract import LISTS

DOC = Path(__file__).resolve().parents[2] / "docs" / "export.md"

#: Fields whose content is free-form by contract (the input's own metadata).
FREE_FORM = frozenset({"metadata"})

#: Two outlets on one harbour strike: quotes with a cue and an addressee, a relayed statement,
#: events with actors, targets, a place and a date, so the nested shapes are all written.
ARTICLES = [
    {
        "id": "dock-1",
        "title": "Dockers strike in Port Ollen over pay",
        "outlet": "Ollen Courier",
        "byline": "Mara Feld",
        "published": "2025-05-14",
        "url": "https://courier.example/2025/05/14/dock-strike",
        "text": "Dockers walked out in Port Ollen on Tuesday after talks on pay collapsed.\n\n"
        '"We will not unload a single ship until the offer improves," union leader Edvin '
        "Marsk told reporters outside the harbour gates.\n\n"
        "Harbour chief Lida Corran accused the union of holding the city hostage, according "
        "to the state news agency Ollpress. Marsk met Corran in Port Ollen on Wednesday.",
    },
    {
        "id": "dock-2",
        "title": "Port Ollen dockers walk out",
        "outlet": "Northern Ledger",
        "published": "2025-05-14T18:00:00+00:00",
        "text": "Dockers in Port Ollen walked out on Tuesday after pay talks collapsed, leaving "
        "ships waiting in the bay.\n\n"
        '"We will not unload a ship until the offer improves," Edvin Marsk, the union '
        "leader, said.\n\n"
        "Lida Corran, the harbour chief, said the strike was unlawful. Marsk met Corran in "
        "Port Ollen on Wednesday.",
    },
]


def _section(text: str, heading: str) -> str:
    """The text of the `## heading` section, up to the next `## ` heading."""
    start = text.find(f"\n## {heading}\n")
    assert start != -1, f"docs/export.md has no `## {heading}` section"
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _rows(section: str) -> dict[str, str]:
    """Field name -> its table row, for every row of the section's field tables (those headed
    `| field |`; a table of a field's values is none) (a row may name several fields: `text`,
    `start`, `end`)."""
    rows: dict[str, str] = {}
    in_fields = False
    for line in section.splitlines():
        if not line.startswith("|"):
            in_fields = False
            continue
        cells = line.split(" | ")
        if line.startswith("| field |"):
            in_fields = True
        elif in_fields and line.startswith("| `") and len(cells) >= 2:
            for name in re.findall(r"`([a-z_]+)`", cells[0]):
                rows[name] = line
    return rows


def _words(row: str) -> set[str]:
    """The identifiers a row writes as code (`{entity, name, mention}`, `cue_span`)."""
    return {w for span in re.findall(r"`([^`]+)`", row) for w in re.findall(r"[a-z_]+", span)}


def _nested_keys(value: Any, skip: frozenset[str]) -> set[str]:
    """Every key of the objects nested in `value`; keys in `skip` (ids used as keys) are
    looked through, not counted."""
    out: set[str] = set()
    if isinstance(value, dict):
        for k, v in value.items():
            if k not in skip:
                out.add(k)
            out |= _nested_keys(v, skip)
    elif isinstance(value, list):
        for v in value:
            out |= _nested_keys(v, skip)
    return out


def undocumented(records: list[dict[str, Any]], rows: dict[str, str], skip=frozenset()) -> list:
    """`(field, key)` for each key the records write that the doc's rows do not name: a field
    with no row (key None), or a key nested in a field that the field's row does not name."""
    missing = set()
    for rec in records:
        for field, value in rec.items():
            if field not in rows:
                missing.add((field, None))
            elif field not in FREE_FORM:
                missing |= {(field, k) for k in _nested_keys(value, skip) - _words(rows[field])}
    return sorted(missing, key=lambda m: (m[0], m[1] or ""))


def unwritten(records: list[dict[str, Any]], rows: dict[str, str]) -> list[str]:
    """The fields the doc's rows name that some record lacks, unless the row says the field is
    present only in some records."""
    optional = ("present only", "optional")
    return sorted(
        name
        for name, row in rows.items()
        if not any(o in row.lower() for o in optional) and any(name not in r for r in records)
    )


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> dict[str, Any]:
    """The JSON export and the dossier of each story of the corpus, through the CLI."""
    folder = tmp_path_factory.mktemp("contract")
    src = folder / "strike.jsonl"
    src.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    db, out = str(folder / "n.db"), folder / "x.json"
    run = CliRunner()
    for args in (["ingest", str(src)], ["export", "--format", "json", "-o", str(out)]):
        result = run.invoke(main, [*args, "--db", db], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    export = json.loads(out.read_text(encoding="utf-8"))
    dossiers = []
    for story in export["stories"]:
        result = run.invoke(main, ["dossier", story["id"], "--format", "json", "--db", db])
        assert result.exit_code == 0, result.output
        dossiers.append(json.loads(result.stdout))
    return {"export": export, "dossiers": dossiers}


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_the_corpus_writes_the_nested_shapes(written):
    """The check below is only as good as what the corpus exercises."""
    export = written["export"]
    assert all(export[name] for name in LISTS)
    quotes, events = export["quotes"], export["events"]
    assert any(q["speaker"] and q["speaker"]["mention"] for q in quotes)
    assert any(q["addressee"] for q in quotes) and any(q["cue_span"] for q in quotes)
    assert any(e["actors"] for e in events) and any(e["targets"] for e in events)
    assert any(e["place"] for e in events) and any(e["date"] for e in events)
    assert any(len(s["articles"]) > 1 for s in export["stories"])
    assert any(len(d["articles"]) > 1 and d["quote_groups"] for d in written["dossiers"])


def test_top_level_keys_are_documented(written):
    rows = _rows(_section(_doc(), "Top level"))
    assert set(written["export"]) == set(rows)


@pytest.mark.parametrize("name", LISTS)
def test_every_exported_key_is_documented(written, name):
    rows = _rows(_section(_doc(), f"`{name}`"))
    assert undocumented(written["export"][name], rows) == []


@pytest.mark.parametrize("name", LISTS)
def test_every_documented_field_is_exported(written, name):
    rows = _rows(_section(_doc(), f"`{name}`"))
    assert unwritten(written["export"][name], rows) == []


def test_every_dossier_key_is_documented(written):
    """`unique` maps article ids to claims: the ids are data, not keys to document."""
    rows = _rows(_section(_doc(), "The dossier (`dossier_version` 1)"))
    ids = frozenset(a["id"] for a in written["export"]["articles"])
    assert undocumented(written["dossiers"], rows, skip=ids) == []
    assert unwritten(written["dossiers"], rows) == []


def test_a_key_the_doc_drops_is_caught(written):
    """The proof that the checks bite: remove one field's row, or one nested key's mention,
    from a copy of the doc, and each is reported."""
    text = _doc()
    quotes = _rows(_section(text, "`quotes`"))
    assert undocumented(written["export"]["quotes"], quotes) == []
    no_via = {name: row for name, row in quotes.items() if name != "via"}
    assert ("via", None) in undocumented(written["export"]["quotes"], no_via)
    entities = _rows(_section(text, "`entities`"))
    no_link = {**entities, "mentions": re.sub(r"\blink\b", "", entities["mentions"])}
    assert ("mentions", "link") in undocumented(written["export"]["entities"], no_link)
    extra = {**quotes, "retracted": "| `retracted` | whether the outlet withdrew it |"}
    assert unwritten(written["export"]["quotes"], extra) == ["retracted"]


def test_only_field_tables_name_fields():
    """A table of a field's values (`| mode | meaning |`) names no fields; a row that says its
    field is optional, in any case, is not required."""
    section = (
        "## `events`\n\n| field | type | meaning |\n| --- | --- | --- |\n"
        "| `mode` | string | the manner |\n| `cameo` | string | Optional: a code |\n\n"
        "| mode | meaning |\n| --- | --- |\n| `strike` | a work stoppage |\n"
    )
    rows = _rows(section)
    assert set(rows) == {"mode", "cameo"}
    assert unwritten([{"mode": None}], rows) == []
    assert unwritten([{"cameo": None}], rows) == ["mode"]
