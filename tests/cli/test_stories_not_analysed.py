"""`newsgraph stories` marks an outlet whose report in the story is in a language newsgraph
does not analyse (`Outlet [not analysed]`): it joined by shared names and figures and counts
in no comparison. Invented text, invented names."""

from __future__ import annotations

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.group.run import group_new
from newsgraph.records import Article, RawItem
from newsgraph.store import Store

DOCS = [
    (
        "en1",
        "Harbour Wire",
        "Dam at Lago Verdeiro opens gates",
        "The dam at Lago Verdeiro released 4,800 cubic metres a second on Tuesday, engineer "
        "Tomas Relvas said. The utility Aguas do Norte said 650 homes were evacuated from "
        "Vila Serrada and Porto Alvim.",
        "en",
    ),
    (
        "en2",
        "Evening Courier",
        "650 homes evacuated below Lago Verdeiro",
        "Engineer Tomas Relvas said Lago Verdeiro dam let out 4,800 cubic metres a second. "
        "Aguas do Norte moved 650 households in Vila Serrada and Porto Alvim away from the river.",
        "en",
    ),
    (
        "pt1",
        "Folha da Ribeira",
        "Barragem de Lago Verdeiro abre comportas",
        "A barragem de Lago Verdeiro descarregou 4.800 metros cúbicos por segundo na "
        "terça-feira, disse o engenheiro Tomas Relvas. A Aguas do Norte retirou 650 casas em "
        "Vila Serrada e Porto Alvim.",
        "pt",
    ),
]


def _store(path) -> None:
    with Store(path) as store:
        for aid, outlet, title, text, lang in DOCS:
            status = "analysed" if lang == "en" else "not_analysed"
            article = Article(
                aid, "test", "text", text, title=title, outlet=outlet,
                published="2026-04-07", language=lang, status=status,
            )  # fmt: skip
            store.add_article(article, RawItem("test", "text", text.encode()))
            group_new(store, [aid])
        assert store.story_of("pt1") == store.story_of("en1") == store.story_of("en2")


def test_stories_listing_marks_the_unread_outlet(tmp_path) -> None:
    db = tmp_path / "ng.db"
    _store(db)
    result = CliRunner().invoke(main, ["--db", str(db), "stories"])
    assert result.exit_code == 0, result.output
    outlets = next(x for x in result.output.splitlines() if "outlets:" in x)
    assert outlets.split("outlets: ", 1)[1].split(", ") == [
        "Evening Courier",
        "Folha da Ribeira [not analysed]",
        "Harbour Wire",
    ]
