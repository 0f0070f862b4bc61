"""A stock-exchange filing in plain text names its company as the outlet and its `Item N.NN`
headings are form labels; an HTML page's `Read more: <headline>` paragraph is a related link
and a table's caption a line above the table, not an empty header row (invented text)."""

from __future__ import annotations

from newsgraph.extract.html import extract_html
from newsgraph.extract.textclean import clean_text

FILING = """LENTFORD STOCK EXCHANGE
REGULATORY ANNOUNCEMENT

PELLICAN HOLDINGS PLC
(Incorporated in the Republic of Orsk; exchange code PLH)

3 February 2027

Full-year results and board changes

Item 2.02 Results of Operations and Financial Condition

1. Pellican Holdings plc today reports its results for the year ended 31 December 2026.

2. Revenue for the year was 1,240 million marks, an increase of 5.2 per cent on 2025. Operating profit was 310 million marks, up 8.0 per cent.

Item 5.02 Departure of Directors

3. The Company announces that its finance director, Joan Weller, will step down at the end of March after nine years with the group.

Enquiries:
Pellican Holdings plc Investor Relations +44 555 0100

END OF ANNOUNCEMENT
"""  # noqa: E501 - a filing's numbered paragraphs are long lines


def test_filing_outlet_is_the_company_and_item_headings_are_furniture():
    got = clean_text(FILING)
    assert got.outlet == "Pellican Holdings plc"
    assert got.byline is None
    assert got.title == "Full-year results and board changes"
    assert "Item 2.02" not in got.text and "Item 5.02" not in got.text
    assert got.text.startswith("1. Pellican Holdings plc today reports")


def test_company_name_line_is_an_issuer_only_beside_a_label():
    from newsgraph.extract.genre import document_label
    from newsgraph.extract.outlets import issuer_name

    assert issuer_name("TARSK INDUSTRIES AG") == "Tarsk Industries AG"
    assert issuer_name("Plc") is None
    assert document_label("REGULATORY ANNOUNCEMENT") == "regulatory announcement"
    assert document_label("The regulatory announcement said so") is None


PAGE = """<html><head><title>Harlow Foods lifts forecast as profit rises</title>
<meta property="og:site_name" content="The Orland Post"></head><body>
<article><h1>Harlow Foods lifts forecast as profit rises</h1>
<p>Harlow Foods raised its forecast for the year on Tuesday after its profit rose by a fifth in the third quarter, helped by strong sales of frozen meals across the region.</p>
<p>The company said its margins had improved as costs for packaging and transport fell back from last year's highs, and that it expected the trend to continue into next year.</p>
<table>
<caption>Harlow Foods: third quarter (million marks)</caption>
<tr><th></th><th>Q3 2027</th><th>Q3 2026</th><th>Change</th></tr>
<tr><td>Sales</td><td>1,210</td><td>1,105</td><td>+9.5%</td></tr>
<tr><td>Profit</td><td>84</td><td>70</td><td>+20%</td></tr>
</table>
<p>Read more: Who runs the family that owns Harlow Foods?</p>
<p>Shares in the company rose by four per cent in early trading, and analysts said the forecast looked cautious given the strength of the quarter just ended.</p>
</article></body></html>"""  # noqa: E501 - a page's paragraphs are long lines


def test_read_more_paragraph_is_a_related_link():
    got = extract_html(PAGE)
    assert "Read more" not in got.text
    assert "Shares in the company rose" in got.text
    assert [r.text for r in got.removals if r.reason == "related link"] == [
        "Read more: Who runs the family that owns Harlow Foods?"
    ]


def test_table_caption_is_a_line_above_the_table():
    got = extract_html(PAGE)
    paras = got.text.split("\n\n")
    k = paras.index("Harlow Foods: third quarter (million marks)")
    assert paras[k + 1].startswith("|  | Q3 2027 | Q3 2026 | Change |")
    assert paras[k + 2].startswith("|---|")
    assert sum(p.startswith("|---") for p in paras) == 1
