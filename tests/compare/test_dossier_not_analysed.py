"""A report in a language newsgraph does not analyse that joined a story is shown in the
Markdown and HTML dossiers' coverage as `not analysed (pt)` under its outlet, with its article
id, escaped like all text, and drawn on for nothing else. Invented text, invented names."""

from __future__ import annotations

from typing import Any

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import render_html, render_markdown

EN = [
    (
        "en1",
        "Harbour Wire",
        "The dam at Lago Verdeiro released 4,800 cubic metres a second on Tuesday, engineer "
        "Tomas Relvas said. The utility Aguas do Norte said 650 homes were evacuated.",
    ),
    (
        "en2",
        "Evening Courier",
        "Engineer Tomas Relvas said Lago Verdeiro dam let out 4,800 cubic metres a second. "
        "Aguas do Norte moved 650 households away from the river banks.",
    ),
]
PT = (
    "pt1",
    "Folha <Ribeira> & Cia",
    "A barragem de Lago Verdeiro descarregou 4.800 metros cúbicos por segundo na terça-feira, "
    "disse o engenheiro Tomas Relvas. A Aguas do Norte retirou 650 casas.",
)


def _article(aid: str, outlet: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": aid,
        "outlet": outlet,
        "title": f"{outlet} on the dam",
        "byline": None,
        "published": "2026-04-07",
        "url": None,
        "metadata": {},
        "text": text,
        **extra,
    }


def _dossier() -> dict[str, Any]:
    arts = [_article(*a) for a in EN] + [_article(*PT, status="not_analysed", language="pt")]
    story = {"id": "s-dam", "title": "Dam release", "articles": [a["id"] for a in arts]}
    return assemble(StoryBundle({**story, "wire_copies": []}, arts, []))


def test_markdown_coverage_lists_the_unread_report_under_its_outlet() -> None:
    md = render_markdown(_dossier())
    coverage = md.split("## Coverage", 1)[1].split("## Timeline", 1)[0]
    line = next(x for x in coverage.splitlines() if "not analysed (pt)" in x)
    assert "pt1" in line and "Folha" in line
    assert md.count("not analysed (pt)") == 1


def test_html_coverage_lists_the_unread_report_escaped() -> None:
    page = render_html(_dossier())
    coverage = page.split('id="coverage"', 1)[1].split("</table>", 1)[0]
    row = next(x for x in coverage.split("<tr") if "not analysed (pt)" in x)
    assert "pt1" in row and "Folha &lt;Ribeira&gt; &amp; Cia" in row
    assert "<Ribeira>" not in page
    assert "<script src" not in page and '<link rel="stylesheet"' not in page


def test_no_unread_report_adds_nothing() -> None:
    arts = [_article(*a) for a in EN]
    story = {"id": "s-dam", "title": "Dam", "articles": ["en1", "en2"], "wire_copies": []}
    d = assemble(StoryBundle(story, arts, []))
    assert "not analysed" not in render_markdown(d) and "not analysed" not in render_html(d)
