"""A claim whose sentence is a quotation is someone's words, not the outlet's: both renderers
name the quote's speaker beside it (`— quoting Olen Vask`, `unnamed speaker` when the record
has none), article text escaped as everywhere else; the JSON dossier is unchanged."""

from __future__ import annotations

import json

from dossier_support import article as _art
from ledger_support import quote

from newsgraph.compare.bundle import StoryBundle
from newsgraph.compare.dossier import assemble
from newsgraph.compare.render import render_html, render_markdown

SAID = "The pier at Corran is unsafe after the storm and stays shut until spring"
ANON = "Nobody from the council has inspected the sea wall at Corran since March"
OWN = "The ferry to Ilsay sails from the north quay at Corran on Saturday."
SHARED = "The harbour at Corran reopens to fishing boats on Monday morning"


def _quote(qid: str, art: dict, said: str, speaker: str | None) -> dict:
    rec = quote(qid, art["id"], said, kind="direct", speaker=speaker)
    rec["start"] = art["text"].index(said)
    rec["end"] = rec["start"] + len(said)
    return rec


def _dossier(speaker: str | None = "Olen Vask") -> dict:
    a = _art(
        "a",
        "Corran Courier",
        f'"{SAID}," harbour master Olen Vask told reporters. "{ANON}," a fisherman said. '
        f'{OWN} "{SHARED}," Vask added.',
    )
    b = _art("b", "Ilsay Post", f'"{SHARED}," harbour master Olen Vask said on Friday.')
    quotes = [
        _quote("qa", a, SAID, speaker),
        _quote("qn", a, ANON, None),
        _quote("qs", a, SHARED, "Olen Vask"),
        _quote("qb", b, SHARED, "Olen Vask"),
    ]
    story = {"id": "s-c", "title": "Corran", "articles": [a["id"], b["id"]], "wire_copies": []}
    return assemble(StoryBundle(story, [a, b], quotes, [], []))


def _line(md: str, words: str) -> str:
    """The claim line holding `words` (the quote ledger above lists the quotes too)."""
    claims = md.split("## Claims several reports share")[1].split("## Conflicts")[0]
    return next(line for line in claims.splitlines() if words in line)


def test_markdown_names_who_a_quoted_claim_quotes():
    md = render_markdown(_dossier())
    assert _line(md, SAID[:30]).endswith("— quoting Olen Vask")
    assert _line(md, ANON[:30]).endswith("— quoting unnamed speaker")
    assert "quoting" not in _line(md, OWN[:30])  # the outlet's own sentence


def test_shared_claim_names_the_speaker_in_each_report():
    d = _dossier()
    assert d["shared"], "the two reports share the reopening quotation"
    md = render_markdown(d)
    shared = md.split("## Claims several reports share")[1].split("## Claims only")[0]
    rows = [line for line in shared.splitlines() if SHARED[:30] in line]
    assert len(rows) == 2 and all(r.endswith("— quoting Olen Vask") for r in rows), rows
    html = render_html(d)
    assert html.count("— quoting Olen Vask") == 3  # two shared spans, one unique claim


def test_html_names_the_speaker_beside_the_claim():
    html = render_html(_dossier())
    unique = html.split('id="unique"')[1].split('id="conflicts"')[0]
    assert "— quoting Olen Vask</span>" in unique
    assert "— quoting unnamed speaker</span>" in unique
    own = next(li for li in unique.split("<li>") if OWN[:30] in li)
    assert "quoting" not in own


def test_a_hostile_speaker_name_is_escaped_in_both_renderers():
    bad = "Olen <img src=x onerror=alert(1)> | Vask"
    d = _dossier(speaker=bad)
    md = render_markdown(d)
    assert "<img" not in md
    assert _line(md, SAID[:30]).endswith(
        "— quoting Olen &lt;img src=x onerror=alert(1)&gt; \\| Vask"
    )
    html = render_html(d)
    assert "<img src=x" not in html
    assert "— quoting Olen &lt;img src=x onerror=alert(1)&gt; | Vask" in html


def test_the_json_dossier_carries_no_rendered_attribution():
    d = _dossier()
    assert "quoting" not in json.dumps(d)


def test_a_later_clause_after_the_quotation_names_no_speaker():
    quoted = "the harbour at Corran reopens to fishing boats on Monday"
    rider = "the fish market on the west pier stays shut for repairs until June"
    a = _art("a", "Corran Courier", f'Olen Vask said "{quoted}"; {rider}.')
    b = _art("b", "Ilsay Post", f'Olen Vask said "{quoted}" on Friday.')
    quotes = [_quote("qa", a, quoted, "Olen Vask"), _quote("qb", b, quoted, "Olen Vask")]
    story = {"id": "s-r", "title": "Corran", "articles": [a["id"], b["id"]], "wire_copies": []}
    d = assemble(StoryBundle(story, [a, b], quotes, [], []))
    assert any(c.get("part_of") for c in d["unique"][a["id"]]), "the clause is a rider"
    md = render_markdown(d)
    assert _line(md, quoted[:30]).endswith("— quoting Olen Vask")
    assert "quoting" not in _line(md, "- " + rider[:30])
