"""The report `analyze --out DIR` writes: the export plus a readable summary of the run.

Deterministic (no timestamps), so two runs on the same corpus give identical files.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsgraph.compare import build_dossier
from newsgraph.compare.render import md_text, render_html
from newsgraph.export import build_document, write_json
from newsgraph.pipeline import RunSummary
from newsgraph.store import Store
from newsgraph.store.browse import instant


def write_report(
    store: Store, out_dir: Path, summary: RunSummary, duplicate_cap: int | None = None
) -> list[Path]:
    """Write `export.json` and `report.md` into `out_dir`; return the paths written.
    `report.md` names the first `duplicate_cap` duplicate inputs (None: all), then counts."""
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = build_document(store)
    export_path = out_dir / "export.json"
    with export_path.open("w", encoding="utf-8") as f:
        write_json(doc, f)
    report_path = out_dir / "report.md"
    report_path.write_text(_markdown(doc, summary, store, duplicate_cap), encoding="utf-8")
    return [export_path, report_path, *write_dossiers(store, out_dir / "dossiers")]


def write_dossiers(store: Store, out_dir: Path) -> list[Path]:
    """One dossier per story, as `<story id>.html` (for reading) and `.json` (for tools)."""
    written = []
    for story in store.story_records():
        dossier = build_dossier(store, story["id"])
        out_dir.mkdir(parents=True, exist_ok=True)
        html_path = out_dir / f"{story['id']}.html"
        html_path.write_text(render_html(dossier), encoding="utf-8")
        json_path = out_dir / f"{story['id']}.json"
        with json_path.open("w", encoding="utf-8") as f:
            write_json(dossier, f)
        written += [html_path, json_path]
    return written


def unnamed_duplicates(summary: RunSummary, cap: int | None) -> str | None:
    """The line that counts the duplicates past `cap` (stderr and report.md), or None when
    each was named."""
    rest = 0 if cap is None else summary.duplicates - cap
    if rest <= 0:
        return None
    noun = "duplicate" if rest == 1 else "duplicates"
    return f"{rest:,} more {noun} not named (--all-duplicates names each)"


def _duplicates(summary: RunSummary, cap: int | None) -> list[str]:
    """Each duplicate input with the stored article it repeats, up to `cap`, then a count."""
    if not summary.duplicate_items:
        return []
    shown = summary.duplicate_items if cap is None else summary.duplicate_items[:cap]
    lines = ["## Skipped duplicates (already stored)", ""]
    lines += [f"- `{s.source}`: {s.reason}" for s in shown]
    if rest := unnamed_duplicates(summary, cap):
        lines.append(f"- {rest}")
    return [*lines, ""]


def _markdown(doc: dict, summary: RunSummary, store: Store, duplicate_cap: int | None) -> str:
    in_run = set(summary.article_ids)
    articles = [a for a in doc["articles"] if a["id"] in in_run]
    lines = [
        "# newsgraph report",
        "",
        f"This run: {summary.line()}.",
        "",
        f"Articles in this run: {len(articles)}; in the database: {len(doc['articles'])}.",
        "",
    ]
    by_outlet = Counter(a["outlet"] or "(unknown outlet)" for a in articles)
    if by_outlet:
        lines += ["## Outlets", "", "| outlet | articles |", "| --- | --- |"]
        lines += [f"| {md_text(o)} | {n} |" for o, n in sorted(by_outlet.items())]
        lines.append("")
    if articles:
        lines += [
            "## Articles",
            "",
            "| id | published | outlet | title | language | status | words | removed |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for a in sorted(articles, key=lambda a: (instant(a["published"]), a["id"])):
            removed = len(store.removals(a["id"]))
            lines.append(
                f"| `{a['id']}` | {md_text(a['published'])} | {md_text(a['outlet'])} | "
                f"{md_text(a['title'])} | {a['language'] or '?'} | {a['status']} | "
                f"{len(a['text'].split())} | {removed} |"
            )
        lines.append("")
    lines += _duplicates(summary, duplicate_cap)
    if summary.skipped:
        lines += ["## Skipped inputs (not articles)", ""]
        lines += [f"- `{s.source}`: {s.reason}" for s in summary.skipped]
        lines.append("")
    if summary.failures:
        lines += ["## Failed inputs", ""]
        lines += [f"- `{f.source}`: {f.reason}" for f in summary.failures]
        lines.append("")
    lines += _stories(doc)
    lines += _who_said_what(doc, in_run)
    lines += [
        "## Analysis",
        "",
        f"Entities: {len(doc['entities'])}, quotes: {len(doc['quotes'])}, "
        f"events: {len(doc['events'])}, stories: {len(doc['stories'])}.",
        "",
    ]
    return "\n".join(lines)


def _stories(doc: dict) -> list[str]:
    """Stories, largest first: the outlets that covered each and its wire copies."""
    if not doc["stories"]:
        return []
    articles = {a["id"]: a for a in doc["articles"]}
    lines = [
        "## Stories",
        "",
        "| story | articles | outlets | wire copies | title | dossier |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for st in sorted(doc["stories"], key=lambda s: (-len(s["articles"]), s["id"])):
        outlets = sorted({articles[i]["outlet"] or "?" for i in st["articles"] if i in articles})
        lines.append(
            f"| `{st['id']}` | {len(st['articles'])} | {md_text(', '.join(outlets))} | "
            f"{len(st['wire_copies'])} | {md_text(st['title'])} | "
            f"[html](dossiers/{st['id']}.html) · [json](dossiers/{st['id']}.json) |"
        )
    lines += [
        "",
        "`newsgraph show story ID` lists a story's articles; each dossier lines up how every "
        "outlet covered it (`newsgraph dossier ID`).",
        "",
    ]
    return lines


def _who_said_what(doc: dict, in_run: set[str]) -> list[str]:
    """Speakers of this run's articles, most quoted first, with the outlets that quote them.

    A speaker linked to an entity is listed under the entity's canonical name, whatever the
    quote's own words call them (`Havel said` and `Rina Havel said` are one row)."""
    outlet = {a["id"]: a["outlet"] or "(unknown outlet)" for a in doc["articles"]}
    canonical = {e["id"]: e["name"] for e in doc["entities"]}
    quotes: Counter[str] = Counter()
    outlets: dict[str, set[str]] = {}
    for q in doc["quotes"]:
        if q["article"] not in in_run or q["label"] != "quote" or not q["speaker"]:
            continue
        name = canonical.get(q["speaker"].get("entity") or "") or q["speaker"]["name"]
        if name:
            quotes[name] += 1
            outlets.setdefault(name, set()).add(outlet[q["article"]])
    if not quotes:
        return []
    lines = ["## Who said what", "", "| speaker | quotes | outlets |", "| --- | --- | --- |"]
    for name, n in sorted(quotes.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| {md_text(name)} | {n} | {md_text(', '.join(sorted(outlets[name])))} |")
    lines += ["", "`newsgraph quotes --speaker NAME` lists each quote with its span.", ""]
    return lines
