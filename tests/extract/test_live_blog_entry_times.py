"""A live blog keeps each entry's time line in its text (`html._with_entry_times`): extractors
drop the short `21:40` over each entry, the only date of what the entry tells. No other page
gains a time line. Invented pages."""

from __future__ import annotations

from newsgraph.extract.html import extract_html

ENTRIES = [
    (
        "21:40",
        "Ferry crews walk out",
        "Crews on the Ostrelby ferries stopped work at nine this evening after talks on rotas "
        "broke down, the union's organiser told reporters at the pier.",
    ),
    (
        "18:05",
        "Talks resume at the town hall",
        "Union and operator met again this afternoon at "
        "the town hall, where the mayor has offered to chair the talks if both sides agree to it.",
    ),
    (
        "9.15am",
        "Good morning",
        "Welcome to our coverage of the ferry dispute in Ostrelby, where "
        "a strike was called for tonight unless the two sides reach an agreement on the new rotas.",
    ),
]


def _entry(time: str, head: str, para: str) -> str:
    return f'<div class="entry"><time>{time}</time><h2>{head}</h2><p>{para}</p></div>'


def _page(inner: str) -> str:
    return (
        "<html><head><title>Live: ferry strike</title></head><body><article>"
        f"<h1>Live: ferry strike</h1>{inner}</article>"
        "<footer><p>Ostrelby Evening Post</p></footer></body></html>"
    )


def test_each_entry_keeps_its_time_line() -> None:
    got = extract_html(_page("".join(_entry(*e) for e in ENTRIES)))
    paras = got.text.split("\n\n")
    for time, head, para in ENTRIES:  # (the extractor may drop an entry's heading)
        opening = paras.index(head if head in paras else para)
        assert paras[opening - 1] == time
    assert not any(r.text in ("21:40", "18:05", "9.15am") for r in got.removals)


def test_a_page_with_fewer_timed_entries_gains_no_time_line() -> None:
    got = extract_html(_page("".join(_entry(*e) for e in ENTRIES[:2])))
    assert "21:40" not in got.text and "18:05" not in got.text
