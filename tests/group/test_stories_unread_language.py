"""A report in a language the analysis does not read (`not_analysed`) joins the story whose
names and figures it shares (`StoryIndex.attach`), never seeds or bridges one, and leaves the
grouping of the analysed articles as it was; the dossier lists it as `not analysed (pt)`.
Invented text, invented names."""

from __future__ import annotations

from story_support import store_docs

from newsgraph.compare.dossier import _coverage
from newsgraph.group import StoryDoc, StoryIndex, rebuild
from newsgraph.group.run import group_new, regroup
from newsgraph.group.stories import story_title
from newsgraph.store import Store

FERRY = [
    StoryDoc(
        "f1",
        "Ferry with 1,240 passengers runs aground off Ilha Serrana",
        "The ferry Estrela Azul, carrying 1,240 passengers, ran aground off Ilha Serrana on "
        "Monday, its captain Duarte Ferraz said. The operator Navegação Atlântica said 312 "
        "people were taken off by lifeboats and nobody was hurt. Tugs were sent from the port.",
        "2026-03-02",
        "Coast Wire",
    ),
    StoryDoc(
        "f2",
        "Lifeboats take 312 off stranded ferry",
        "Lifeboats took 312 people off the Estrela Azul after the ferry struck a sandbank near "
        "Ilha Serrana with 1,240 passengers aboard. Captain Duarte Ferraz told reporters the "
        "engines failed in the swell. Navegação Atlântica said tugs would try to refloat it.",
        "2026-03-02",
        "Daily Ledger",
    ),
]
STRIKE = [
    StoryDoc(
        "s1",
        "Dockworkers walk out at Cardell port",
        "About 2,000 dockworkers at the port of Cardell walked out on Monday over night-shift "
        "pay. Mara Velt, who leads the Harbour Workers Guild, said the strike would go on until "
        "Orsay Terminals restored the premium. Cranes stood idle and 40 ships waited.",
        "2026-03-02",
        "Coast Wire",
    ),
    StoryDoc(
        "s2",
        "Strike shuts Cardell terminals",
        "Terminals in Cardell were shut on Monday as 2,000 members of the Harbour Workers Guild "
        "stopped work. Mara Velt told a rally that Orsay Terminals had broken its word on the "
        "premium. The operator called for talks; 40 vessels were left waiting offshore.",
        "2026-03-02",
        "Daily Ledger",
    ),
]
PT_FERRY = StoryDoc(
    "p1",
    "Balsa com 1.240 passageiros encalha perto de Ilha Serrana",
    "A balsa Estrela Azul, com 1.240 passageiros, encalhou na segunda-feira perto de Ilha "
    "Serrana, disse o comandante Duarte Ferraz. A empresa Navegação Atlântica afirmou que 312 "
    "pessoas foram retiradas em botes salva-vidas e que ninguém ficou ferido.",
    "2026-03-02",
    "Jornal do Porto",
)


def _grouped() -> StoryIndex:
    return rebuild([*FERRY, *STRIKE])


def test_report_in_another_language_joins_its_story() -> None:
    index = _grouped()
    before = index.stories()
    sid = index.attach(PT_FERRY)
    assert sid is not None and sid == index.story_of("f1") == index.story_of("f2")
    after = index.stories()
    assert after[sid] == [*before[sid], "p1"]
    assert {k: v for k, v in after.items() if k != sid} == {
        k: v for k, v in before.items() if k != sid
    }
    assert StoryIndex.from_json(index.to_json()).stories() == after


def test_attaching_leaves_the_grouping_state_alone() -> None:
    index = _grouped()
    state = index.to_json()
    assert "foreign" not in state
    index.attach(PT_FERRY)
    changed = index.to_json()
    assert changed.pop("foreign") == {"p1": "f1"}
    assert changed == state


def test_unread_article_never_seeds_a_story() -> None:
    index = StoryIndex()
    assert index.attach(PT_FERRY) is None
    assert index.stories() == {}


def test_unread_article_sharing_one_name_joins_nothing() -> None:
    other = StoryDoc(
        "p2",
        "Nova ponte em Ilha Serrana",
        "A câmara de Ilha Serrana inaugurou na segunda-feira uma ponte de 85 metros, com a "
        "presença de moradores e do presidente da câmara.",
        "2026-03-02",
        "Jornal do Porto",
    )
    index = _grouped()
    assert index.attach(other) is None
    assert "p2" not in [m for ms in index.stories().values() for m in ms]


def test_unread_article_never_bridges_two_stories() -> None:
    both = StoryDoc(
        "p3",
        "Dia difícil nos portos",
        "A balsa Estrela Azul, com 1.240 passageiros, encalhou perto de Ilha Serrana, disse "
        "Duarte Ferraz. Em Cardell, 2.000 estivadores do Harbour Workers Guild pararam, disse "
        "Mara Velt, contra a Orsay Terminals.",
        "2026-03-02",
        "Jornal do Porto",
    )
    index = _grouped()
    assert index.attach(both) is None


def test_dossier_lists_unread_article_in_coverage_only() -> None:
    arts = [{"id": "f1", "outlet": "Coast Wire", "published": "2026-03-02", "text": ""}]
    unread = [
        {
            "id": "p1",
            "outlet": "Jornal do Porto",
            "published": "2026-03-02",
            "status": "not_analysed",
            "language": "pt",
        }
    ]
    cov = _coverage(arts, {"f1": "f1"}, [], {"f1": []}, unread)
    rows = {r["outlet"]: r for r in cov["outlets"]}
    assert rows["Jornal do Porto"]["not_analysed"] == [
        {"article": "p1", "note": "not analysed (pt)"}
    ]
    assert rows["Jornal do Porto"]["articles"] == []
    assert cov["reports"] == 1


def test_pipeline_lists_the_unread_report_in_its_story_online_and_rebuilt(tmp_path) -> None:
    with Store(tmp_path / "unread.db") as store:
        store_docs(store, [*FERRY, *STRIKE])
        group_new(store, [d.id for d in [*FERRY, *STRIKE]])
        store_docs(store, [PT_FERRY], "pt", "not_analysed")
        group_new(store, ["p1"])
        assert store.story_of("p1") == store.story_of("f1")
        online = {frozenset(s["articles"]): s["title"] for s in store.story_records()}
        regroup(store)
        rebuilt = {frozenset(s["articles"]): s["title"] for s in store.story_records()}
    assert online == rebuilt
    assert rebuilt[frozenset({"f1", "f2", "p1"})] == story_title(FERRY)
