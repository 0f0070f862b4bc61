"""The dossier for people: a self-contained HTML page and a Markdown summary.

Article text is hostile input: every piece of it goes through Jinja2's autoescaping or
`markupsafe.escape`, never into markup as is. The HTML page needs no network and no script;
each row links to an anchor at the exact span in the article shown beside the others.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

_TEMPLATES = Path(__file__).with_name("templates")


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(_TEMPLATES),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=False,
        lstrip_blocks=False,
        # A missing value (a contrast tied to no target, an unknown byline) prints as nothing,
        # never as `None`.
        finalize=lambda v: "" if v is None else v,
    )
    env.globals["anchor"] = anchor
    env.globals["when"] = when
    env.globals["carried_by"] = carried_by
    env.globals["superseded"] = superseded
    return env


def dossier_css() -> str:
    return (_TEMPLATES / "dossier.css").read_text(encoding="utf-8")


def anchor(article: str, start: int, end: int) -> str:
    """The id of a span's anchor in the side-by-side articles."""
    return f"a-{article[:16]}-{start}-{end}"


def when(published: str | None) -> str:
    """A publication time as the dossier prints it, one format for all: the ISO date, then the
    time where one is known (`2026-03-02 11:30 UTC`: a time with a UTC offset is shown in UTC
    and marked so; one without an offset is shown as given, unmarked). Text that is no ISO
    date or time is shown as it is."""
    if not published:
        return ""
    try:
        t = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return published
    if len(published.strip()) <= 10:
        return t.date().isoformat()
    if t.tzinfo is None:
        return t.strftime("%Y-%m-%d %H:%M")
    return t.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def carried_by(claim: dict[str, Any], articles: list[dict[str, Any]]) -> str:
    """Who carries a shared claim: `3 outlets (3 reports)`, and where wire copies of one agency
    text carry it, how many were counted once: `3 outlets (2 reports, 1 wire copy counted
    once)`. Outlets are the distinct outlets of the articles holding it; reports count the
    copies of one wire text once."""
    outlet_of = {a["id"]: a.get("outlet") or a["id"] for a in articles}
    ids = list(dict.fromkeys(s["article"] for s in claim["spans"]))
    outlets = len({outlet_of.get(i, i) for i in ids})
    reports = claim["reports"]
    copies = len(ids) - reports
    out = f"{_n(outlets, 'outlet')} ({_n(reports, 'report')}"
    if copies > 0:
        out += f", {_n(copies, 'wire copy', 'wire copies')} counted once"
    return out + ")"


#: Where the dossier lists what only an opinion or analysis piece says: its author's view,
#: not claims of fact the other reports lack.
VIEWS_HEADING = "Views: opinion and analysis (the author's arguments, not claims of fact)"


def told(v: dict[str, Any]) -> str:
    """A conflict value as the report told it: an estimate with its qualifier (`nearly 30`),
    a sum as written (`about $2.4 billion`, not `2400000000`)."""
    value = v.get("written") or v["value"]
    return f"{v['approx']} {value}" if v.get("approx") else value


def shared_numbers(d: dict[str, Any]) -> dict[str, str]:
    """Shared claim id -> the label a reader finds it by (`S1`, `S2`, … in listed order), so
    that a report's own claim riding on a shared sentence (`part_of`) can point at its row."""
    return {c["id"]: f"S{i}" for i, c in enumerate(d["shared"], 1) if c.get("id")}


def superseded(value: dict[str, Any]) -> dict[str, Any] | None:
    """The body's figure a conflict value's correction notice replaced, as a span of the
    value's article (`corrects` carries no article of its own), or None."""
    old = value.get("corrects")
    return {"article": value["article"], **old} if old else None


def quoted_members(d: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Quote id -> its ledger row (article, span, speaker) from the dossier's quote groups: how
    a claim's `quotes` ids are told by whom."""
    return {m["quote"]: m for g in d["quote_groups"] for m in g["members"] if m.get("quote")}


def quoting(claim: dict[str, Any], members: dict[str, dict[str, Any]]) -> str:
    """Who a claim's sentence quotes (`Ilona Feszak`, `unnamed speaker`; several joined by
    `, `), or "": a quotation listed as a report's claim reads as the outlet's own unless the
    speaker stands beside it. Only quotes overlapping the claim's span count (a later clause of
    a sentence, `part_of`, keeps its sentence's ids)."""
    names = []
    for qid in claim.get("quotes") or []:
        m = members.get(qid)
        if m is None or m["article"] != claim["article"]:
            continue
        if m["start"] < claim["end"] and claim["start"] < m["end"]:
            names.append((m.get("speaker") or {}).get("name") or "unnamed speaker")
    return ", ".join(dict.fromkeys(names))


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


def labels(articles: list[dict[str, Any]]) -> dict[str, str]:
    """Article id -> the name a reader tells it by: its outlet, and where one outlet has several
    articles in the story, the date they differ by (`Lakeside Today, 2025-03-07`), else the
    time, else the start of the title."""
    by_outlet: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        by_outlet.setdefault(a.get("outlet") or a["id"][:8], []).append(a)
    out = {}
    for name, arts in by_outlet.items():
        if len(arts) == 1:
            out[arts[0]["id"]] = name
            continue
        for a in arts:
            out[a["id"]] = f"{name}, {_telling(a, arts)}"
    return out


def _telling(a: dict[str, Any], arts: list[dict[str, Any]]) -> str:
    """What tells `a` apart from the other articles `arts` of its outlet."""
    published = a.get("published") or ""
    others = [b for b in arts if b is not a]
    if published and all((b.get("published") or "")[:10] != published[:10] for b in others):
        return published[:10]
    if published and all((b.get("published") or "") != published for b in others):
        return when(published)
    title = " ".join((a.get("title") or "").split()[:6])
    if title and all(" ".join((b.get("title") or "").split()[:6]) != title for b in others):
        return f"“{title}…”" if len((a.get("title") or "").split()) > 6 else f"“{title}”"
    return a["id"][:8]


def render_html(dossier: dict[str, Any], *, standalone: bool = True) -> str:
    """The dossier as HTML: a whole page with inline CSS, or (standalone=False) the fragment
    a host page embeds with `dossier_css()` served beside it. Two articles of one outlet are
    told apart by date or title wherever the page names them."""
    outlets = labels(dossier["articles"])
    bodies = {a["id"]: highlight(a, dossier) for a in dossier["articles"]}
    body = (
        _env()
        .get_template("dossier.html.j2")
        .render(
            d=dossier,
            outlets=outlets,
            bodies=bodies,
            shared_no=shared_numbers(dossier),
            quoting=partial(quoting, members=quoted_members(dossier)),
            views_heading=VIEWS_HEADING,
        )
    )
    if not standalone:
        return body
    title = escape(dossier["story"].get("title") or dossier["story"]["id"])
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>Dossier: {title}</title><style>{dossier_css()}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def _marks(article: dict[str, Any], d: dict[str, Any]) -> list[tuple[int, int, str, str | None]]:
    """(start, end, css class, anchor id) of everything the dossier points at in one article."""
    aid = article["id"]
    marks: list[tuple[int, int, str, str | None]] = []
    for c in d["shared"]:
        marks += [
            (s["start"], s["end"], "hl-shared", None) for s in c["spans"] if s["article"] == aid
        ]
    marks += [(c["start"], c["end"], "hl-unique", None) for c in d["unique"].get(aid, [])]
    # A wire text's unique claim is highlighted in each copy that republishes it too.
    marks += [
        (x["start"], x["end"], "hl-unique", None)
        for claims in d["unique"].values()
        for c in claims
        for x in c.get("copies") or []
        if x["article"] == aid
    ]
    for g in d["quote_groups"]:
        marks += [
            (m["start"], m["end"], "hl-quote", None) for m in g["members"] if m["article"] == aid
        ]
    for c in d["contrasts"]:
        for x in c["articles"]:
            if x["article"] == aid:
                marks += [(s["start"], s["end"], "hl-term", None) for s in x["spans"]]
    for c in d["conflicts"]:
        marks += [
            (x["start"], x["end"], "hl-conflict", None)
            for v in c["values"]
            for x in [v, *(v.get("copies") or [])]
            if x["article"] == aid
        ]
        marks += [
            (x["start"], x["end"], "hl-superseded", None)
            for v in c["values"]
            if (x := superseded(v)) and x["article"] == aid
        ]
    marks += [(n["start"], n["end"], "hl-notice", None) for n in _notices(article, spanned=True)]
    return marks


def _anchors(article: dict[str, Any], d: dict[str, Any]) -> set[tuple[int, int]]:
    """Every span a dossier row links to in this article."""
    aid = article["id"]
    spans: set[tuple[int, int]] = set()

    def add(rec: dict[str, Any]) -> None:
        if rec.get("article") == aid:
            spans.add((rec["start"], rec["end"]))

    for c in d["shared"]:
        for s in [*c["spans"], *(c.get("differs") or [])]:
            add(s)
    for c in d["unique"].get(aid, []):
        add(c)
    for claims in d["unique"].values():
        for c in claims:
            for x in [*(c.get("copies") or []), *(c.get("differs") or [])]:
                add(x)
    for g in d["quote_groups"]:
        for m in g["members"]:
            add(m)
    for r in d["timeline"]:
        for m in r["mentions"]:
            add(m)
    for c in d["conflicts"]:
        for v in c["values"]:
            add(v)
            for x in [*(v.get("copies") or []), superseded(v) or {}]:
                add(x)
    for c in d["contrasts"]:
        for x in c["articles"]:
            for s in x["spans"]:
                add({"article": x["article"], **s})
    for n in _notices(article, spanned=True):
        add({"article": aid, **n})
    return spans


def highlight(article: dict[str, Any], d: dict[str, Any]) -> Markup:
    """The article's text as paragraphs, every marked span wrapped, every linked span anchored.

    Marks overlap (a quote inside a shared sentence), so the text is cut at every mark boundary
    and each piece is wrapped in one span carrying all the classes active over it.
    """
    text = article["text"]
    marks = _marks(article, d)
    anchors = sorted(_anchors(article, d))
    cuts = {0, len(text)}
    for s, e, _, _ in marks:
        cuts.update((max(0, min(s, len(text))), max(0, min(e, len(text)))))
    starts: dict[int, list[tuple[int, int]]] = {}
    for s, e in anchors:
        if 0 <= s <= len(text):
            cuts.add(s)
            starts.setdefault(s, []).append((s, e))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
    points = sorted(cuts)
    out: list[str] = ["<p>"]
    for a, b in zip(points, points[1:], strict=False):
        for s, e in starts.get(a, []):
            out.append(f'<a id="{anchor(article["id"], s, e)}"></a>')
        piece = text[a:b]
        if piece == "\n":
            if text[a - 1 : a] == "\n":
                continue
            out.append("</p><p>")
            continue
        classes = sorted({c for s, e, c, _ in marks if s <= a and b <= e})
        if classes:
            out.append(f'<span class="{" ".join(classes)}">{escape(piece)}</span>')
        else:
            out.append(str(escape(piece)))
    out.append("</p>")
    return Markup("".join(out))


def _notices(article: dict[str, Any], spanned: bool = False) -> list[dict[str, Any]]:
    """The article's correction and update notices (none in a dossier written before them);
    `spanned`: only those with a span in the text (a wire note taken off the story, kept in
    its metadata, has none: it is listed, never highlighted or anchored)."""
    found = article.get("corrections") or []
    return [n for n in found if n.get("start") is not None] if spanned else found


_MD_ESCAPES = str.maketrans(
    {
        "\\": "\\\\",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        "|": "\\|",
        "[": "\\[",
        "]": "\\]",
        "\n": " ",
        "\r": " ",
    }
)


def md_text(value: Any) -> str:
    """Article-derived text made inert in Markdown, on one line: `&`, `<`, `>` as entities (many
    viewers render inline HTML: `<script>`, `<img onerror=…>`), `|` escaped (it would split a
    table row), `[`/`]` escaped (article text makes no link or remote image), backslashes
    escaped (they would eat the next escape). Only article text goes through it, never the
    writer's own Markdown; None prints as nothing."""
    return str(value or "").translate(_MD_ESCAPES)


def _flag(flag: str) -> str:
    """A ledger flag (`word swapped: a -> b`): the article's words made safe, the ledger's own
    arrow kept as written."""
    return " -> ".join(md_text(part) for part in flag.split(" -> "))


def _table(headers: list[str], rows: Iterable[list[Any]]) -> list[str]:
    """A Markdown table of cells already made safe (`md_text` on their article text)."""
    out = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    out += ["| " + " | ".join(str(v or "") for v in row) + " |" for row in rows]
    return out


def _not_analysed_lines(d: dict[str, Any]) -> list[str]:
    """The story's reports in a language newsgraph does not analyse, one line each under its
    outlet: a reader sees the outlet covered the story though nothing else is drawn from it."""
    unread = [
        (row["outlet"], x)
        for row in d.get("coverage", {}).get("outlets", [])
        for x in row.get("not_analysed") or []
    ]
    if not unread:
        return []
    return ["", "Reports in a language newsgraph does not analyse (listed only):", ""] + [
        f"- {md_text(outlet)}: {md_text(x['note'])} `{x['article']}`" for outlet, x in unread
    ]


def render_markdown(d: dict[str, Any]) -> str:
    """A readable Markdown summary (spans as `[article id:start-end]`); two articles of one
    outlet are told apart by date or title."""
    outlet = {k: md_text(v) for k, v in labels(d["articles"]).items()}
    st = d["story"]

    def ref(rec: dict[str, Any]) -> str:
        if rec.get("start") is None:  # a notice with no span in the text (a wire note)
            return "(not in the text)"
        return f"[{rec['article'][:8]}:{rec['start']}-{rec['end']}]"

    lines = [
        f"# Dossier: {md_text(st.get('title') or st['id'])}",
        "",
        f"Story `{st['id']}`: {st['articles']} articles, {st['reports']} independent reports "
        f"(wire copies counted once), {when(st.get('first_published')) or '?'} to "
        f"{when(st.get('last_published')) or '?'}.",
        "",
        "## Coverage",
        "",
    ]
    lines += _table(
        ["Outlet", "Title", "Byline", "Agencies", "Published", "Wire copy of", "Corrected"],
        (
            [
                md_text(a["outlet"]),
                md_text(a["title"]),
                md_text(a["byline"]),
                md_text(", ".join(a["agencies"])),
                md_text(when(a["published"])),
                outlet.get(a["wire_copy_of"]) if a["wire_copy_of"] else "",
                ", ".join(
                    f"{n['kind']} {ref({'article': a['id'], **n})}"
                    if n["start"] is not None
                    # a wire note taken off the story: its kind, and the list below tells it
                    else n["kind"]
                    for n in _notices(a)
                ),
            ]
            for a in d["articles"]
        ),
    )
    lines += _not_analysed_lines(d)
    notices = [(a, n) for a in d["articles"] for n in _notices(a)]
    if notices:
        lines += ["", "Corrections and updates the reports print:", ""]
        lines += [
            f"- {outlet[a['id']]} ({n['kind']}): {md_text(n['text'])} "
            + ref({"article": a["id"], **n})
            for a, n in notices
        ]
    lines += ["", "## Timeline", ""]
    lines += _table(
        ["Date", "Event", "Who", "With", "Status", "Reported by"],
        (
            [
                r["date"] or "undated",
                r["type"],
                md_text(", ".join(p["name"] for p in r["actors"])),
                md_text(", ".join(p["name"] for p in r["targets"])),
                r["status"],
                ", ".join(f"{outlet[m['article']]} {ref(m)}" for m in r["mentions"]),
            ]
            for r in d["timeline"]
        ),
    )
    lines += ["", "## Quote ledger", ""]
    for g in d["quote_groups"]:
        sp = md_text((g["speaker"] or {}).get("name")) or "unnamed speaker"
        flag = " ⚑" if g["flagged"] or g["attribution_conflict"] else ""
        lines.append(f"- **{g['relation']}**{flag} — {sp} ({_n(g['reports'], 'report')})")
        for m in g["members"]:
            extra = "; ".join(_flag(f) for f in m["flags"])
            lines.append(
                f"  - {m['relation']} · {outlet[m['article']]} ({m['kind']}): "
                f"“{md_text(m['text'])}” {ref(m)}" + (f" — ⚑ {extra}" if extra else "")
            )
    lines += ["", "## Claims several reports share", ""]
    numbers = shared_numbers(d)
    members = quoted_members(d)

    def said_by(claim: dict[str, Any]) -> str:
        who = quoting(claim, members)
        return f" — quoting {md_text(who)}" if who else ""

    for c in d["shared"]:
        no = f" **{numbers[c['id']]}**" if c.get("id") in numbers else ""
        lines.append(f"- {carried_by(c, d['articles'])}:{no}")
        lines += [
            f"  - {outlet[s['article']]}: {md_text(s['text'])} {ref(s)}{said_by(s)}"
            for s in c["spans"]
        ]
        lines += [
            f"  - other figure · {outlet[x['article']]}: {md_text(x['text'])} {ref(x)}"
            for x in c.get("differs") or []
        ]
    lines += ["", "## Claims only one report makes", ""]
    views = [a for a in d["articles"] if a.get("genre") and d["unique"].get(a["id"])]
    for a in [*(a for a in d["articles"] if a not in views), *views]:
        if views and a is views[0]:
            lines += [f"## {VIEWS_HEADING}", ""]
        claims = d["unique"].get(a["id"]) or []
        if claims:
            head = outlet[a["id"]] + (f" ({a['genre']})" if a.get("genre") else "")
            if a.get("wire_copy_of"):
                head += f" (copy of {outlet.get(a['wire_copy_of'], a['wire_copy_of'][:8])})"
            lines.append(f"### {head}")
            for c in claims:
                also = ", ".join(f"{outlet[x['article']]} {ref(x)}" for x in c.get("copies") or [])
                rider = numbers.get(c.get("part_of") or "")
                lines.append(
                    f"- {md_text(c['text'])} {ref(c)}{said_by(c)}"
                    + (f" — the later part of a sentence in shared claim {rider}" if rider else "")
                    + (f" — also in {also}" if also else "")
                )
                lines += [
                    f"  - other figure · {outlet[x['article']]}: {md_text(x['text'])} {ref(x)}"
                    for x in c.get("differs") or []
                ]
            lines.append("")
    lines += ["## Conflicts", ""]
    for c in d["conflicts"]:
        sides = "; ".join(
            f"{outlet[v['article']]}: **{md_text(told(v))}** {ref(v)}"
            + (
                f" (corrected from {md_text(old['value'])} {ref(old)})"
                if (old := superseded(v))
                else ""
            )
            + "".join(f" (also {outlet[x['article']]} {ref(x)})" for x in v.get("copies") or [])
            for v in c["values"]
        )
        lines.append(f"- {c['kind']} ({md_text(c['about'])}): {sides}")
    if not d["conflicts"]:
        lines.append("None found.")
    lines += ["", "## Wording contrasts", ""]
    for c in d["contrasts"]:
        sides = "; ".join(
            f"{outlet[x['article']]}: {md_text(', '.join(x['terms']))}" for x in c["articles"]
        )
        about = f" ({md_text(c['target'])})" if c.get("target") else ""
        lines.append(f"- {c['label']}{about}: {sides}")
    if not d["contrasts"]:
        lines.append("None found.")
    lines += ["", "## Sources cited", ""]
    for s in d["sources_cited"]:
        kinds = ", ".join(f"{k} {n}" for k, n in s["by_kind"].items())
        names = "; ".join(
            f"{x['name'] or 'unnamed'} ({x['kind']}) ×{x['count']}" for x in s["sources"]
        )
        lines.append(f"- {outlet[s['article']]}: {kinds} — {md_text(names)}")
    return "\n".join(lines) + "\n"
