"""Render an HTML page to plain text the way a naive scraper would: all visible text, furniture
included, one block element per paragraph. This is the input `clean_text` is measured on."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "svg",
    "iframe",
    "object",
    "canvas",
    "video",
    "audio",
    "map",
    "math",
}
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
}
_WS = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u3000]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def render(html: str | bytes) -> str:
    """All visible text of `html`, blocks separated by blank lines, whitespace collapsed."""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        tag = tag.lower().split("}")[-1]
        if not tag or tag in _DROP:
            # comments / processing instructions / dropped elements: only their tail is visible
            if el.tail:
                out.append(el.tail)
            return
        if el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or ""):
            if el.tail:
                out.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            out.append("\n\n")
        elif tag == "br":
            out.append("\n")
        elif tag == "img":
            alt = ""  # scrapers of visible text do not print alt text
            out.append(alt)
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
        if block:
            out.append("\n\n")
        if el.tail:
            out.append(el.tail)

    walk(root)
    text = "".join(out)
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    # collapse runs of blank lines to one
    res: list[str] = []
    for ln in lines:
        if ln or (res and res[-1]):
            res.append(ln)
    return "\n".join(res).strip() + "\n"
