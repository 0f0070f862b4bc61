"""Product review 13: a truncated save of a page (its text cut mid-sentence) gives way to the
full page whichever comes first; a page cut off after its byline is one failure line and the
batch goes on."""

from __future__ import annotations

import pytest

from newsgraph.ingest.sources import iter_inputs
from newsgraph.pipeline import SUPERSEDED, ingest, reprocess
from newsgraph.records import RawItem
from newsgraph.store import Store

URL = "https://pellmouth-courier.example/news/2025/06/03/grain-quay"
PARAS = [
    "The harbour board of Pellmouth voted on Tuesday to close the old grain quay for six "
    "months while engineers replace its timber piles, the board's chair told reporters.",
    "Ferry services will move to the east pier from the first week of the closure, and the "
    "fish market will stay open on its usual days, the chair added after the vote.",
    "Traders said the closure came at the worst time of year, with the harvest shipments due "
    "in August, and asked the board to phase the work over two winters instead.",
    "The board said it would publish the engineers' report next week and hear objections "
    "at a public meeting in the town hall before the work begins.",
]
FULL = "\n\n".join(PARAS)
#: the full text saved with its last part missing: cut mid-sentence, more than half of it kept
CUT = FULL[: FULL.index("asked the board") + len("asked the bo")]


def _item(text: str, name: str) -> RawItem:
    fields = {"url": URL, "outlet": "Pellmouth Courier", "title": "Grain quay to close"}
    return RawItem(source=f"{name}.json#1", kind="text", content=text.encode(), fields=fields)


def _statuses(store: Store) -> dict[str, tuple[str, str | None]]:
    return {a.id: (a.status, a.metadata.get("version_of")) for a in store.iter_articles()}


@pytest.mark.parametrize("order", [1, -1], ids=["truncated first", "full first"])
def test_a_truncated_save_gives_way_to_the_full_page(tmp_path, order):
    assert len(CUT) > len(FULL) / 2  # the length rule alone keeps the first stored
    cut, full = _item(CUT, "cut"), _item(FULL, "full")
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, [cut, full][::order])
        assert summary.ingested == 2 and summary.versions == 1
        want = {full.id: ("analysed", None), cut.id: (SUPERSEDED, full.id)}
        assert _statuses(store) == want
        assert store.counts()["articles"] == 2
        reprocess(store, [cut.id, full.id])  # a reprocess plans the same
        assert _statuses(store) == want


def test_an_earlier_finished_version_stays_the_report(tmp_path):
    """An update that appends a paragraph to a finished text: the first stored stays."""
    first = _item("\n\n".join(PARAS[:3]), "first")
    later = _item(FULL, "later")
    with Store(tmp_path / "n.db") as store:
        ingest(store, [first, later])
        assert _statuses(store)[first.id] == ("analysed", None)
        assert _statuses(store)[later.id] == (SUPERSEDED, first.id)


def test_cut_short_rule():
    from newsgraph.pipeline import cut_short

    assert cut_short(CUT, FULL) and cut_short(CUT.replace("\n\n", "\n"), FULL)
    assert not cut_short(FULL, FULL) and not cut_short(FULL, CUT)
    assert not cut_short(PARAS[0], FULL)  # ends as a sentence does: no cut
    assert not cut_short(CUT, FULL.replace("Traders", "Merchants"))


def test_a_page_cut_after_its_byline_fails_and_the_batch_goes_on(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    head = "<html><head><title>Grain quay to close</title></head><body><article>"
    byline = (
        "<h1>Grain quay to close</h1><p class='byline'>By Pellmouth Press Agency | 3 June 2025</p>"
    )
    (tmp_path / "a-cut.html").write_text(head + byline)
    (tmp_path / "b-full.html").write_text(head + byline + body + "</article></body></html>")
    failures = []
    with Store(tmp_path / "n.db") as store:
        summary = ingest(store, iter_inputs([str(tmp_path)]), on_failure=failures.append)
        assert summary.ingested == 1 and summary.failed == 1
        [failure] = failures
        assert failure.source.endswith("a-cut.html")
        assert failure.reason.startswith("no article text (") and "\n" not in failure.reason
