"""Article text is hostile input in Markdown too: the dossier's `--format md` and the run's
report.md wrote titles, quotes, claims, names and outlets as they came, so `<script>` or an
`<img onerror=…>` reached every viewer that renders inline HTML, and a `|` split a table row."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from dossier_support import article as _art
from ledger_support import quote

from newsgraph.cli import main
from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import render_markdown

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SAID = f"The quay {IMG} is gone & the ferry | the bus are cancelled"


def _hostile_dossier() -> dict:
    text = (
        f'Mayor Ivo Marren told reporters: "{SAID}." He said the harbour [see](javascript:x) '
        "would reopen in May.\n\nThe harbour was closed to visitors for the day."
    )
    a = _art("a", f"Orsa {SCRIPT} Courier", text)
    a["title"] = f"Quay lost {SCRIPT} | ferry stops"
    a["byline"] = "By Ana <b>Ruiz</b> | staff"
    b = _art("b", "Kelmor | Daily", "Mayor Ivo Marren said the quay had been destroyed.")
    rec = quote("qa", a["id"], SAID, kind="direct", speaker=f"Ivo {IMG} Marren")
    rec["start"] = text.index(SAID)
    rec["end"] = rec["start"] + len(SAID)
    story = {"id": "s-a", "title": f"t {SCRIPT}", "articles": [a["id"], b["id"]], "wire_copies": []}
    return assemble(StoryBundle(story, [a, b], [rec], [], []))


def test_md_text_makes_html_and_table_and_link_characters_inert():
    from newsgraph.compare.render import md_text

    assert md_text(SCRIPT) == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert md_text("a & b | c\nd") == "a &amp; b \\| c d"
    assert md_text("[x](y)") == "\\[x\\](y)"
    assert md_text(None) == ""


def test_the_markdown_dossier_writes_no_raw_html_from_articles():
    md = render_markdown(_hostile_dossier())
    assert "<script" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script&gt;" in md  # the text is kept, made inert
    assert "[see](javascript" not in md and "\\[see\\](javascript" in md
    assert "the ferry \\| the bus" in md
    # every Coverage row still has its 7 cells: an outlet's `|` split none
    rows = md.split("## Coverage")[1].split("##")[0].strip().splitlines()[2:]
    assert rows and all(r.replace("\\|", "").count("|") == 8 for r in rows), rows
    # the writer's own Markdown is left as it is
    assert "## Quote ledger" in md and "| Outlet | Title |" in md


def test_the_run_report_writes_no_raw_html_from_articles(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "Ferry fares <rise> as wages < costs & rents | again\n\n"
        "The Tessa ferry company said on Monday that fares on the island route would rise by "
        "four percent in April, the first increase in three years.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["analyze", str(folder), "--db", str(tmp_path / "n.db"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "<" not in report
    assert "as wages &lt; costs &amp; rents \\| again" in report
