"""Measure the plain-text cleaner on WCXB article pages, against the raw text and trafilatura.

Each HTML page is rendered to the text a naive scraper would produce (`_render.render`: all
visible text, furniture included), then cleaned with `clean_text`; trafilatura gets the HTML
itself. Body text is scored with WCXB's own word-level F1 (imported from the data set's
evaluate.py, not copied). Metadata matching: title/author normalised-exact or token F1 >= 0.8,
dates the same calendar day.

    .venv/bin/python bench/wcxb_clean.py [--limit N] [--json OUT] [--data DIR]
        [--split all|tune|heldout]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from _render import render  # noqa: E402

from newsgraph.extract.textclean import clean_text  # noqa: E402

DEFAULT_DATA = Path(
    os.environ.get("NEWSGRAPH_SHARED", HERE.parent.parent / "shared"), "data", "wcxb-dev"
)


def _load_evaluate(data: Path):
    spec = importlib.util.spec_from_file_location("wcxb_evaluate", data / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _norm(s: str | None) -> str:
    return " ".join(re.findall(r"\w+", (s or "").lower()))


def _text_match(pred: str | None, gold: str | None, tok_f1) -> bool | None:
    """None when the page has no gold value (not counted)."""
    if not gold:
        return None
    if not pred:
        return False
    if _norm(pred) == _norm(gold):
        return True
    return tok_f1(pred, gold)[2] >= 0.8


def _date_match(pred: str | None, gold: str | None) -> bool | None:
    if not gold:
        return None
    m = re.search(r"\d{4}-\d{2}-\d{2}", str(gold))
    if not m:
        return None
    return bool(pred) and str(pred)[:10] == m.group()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N article pages")
    ap.add_argument("--json", type=Path, help="write per-page results and the summary here")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="WCXB dev directory")
    ap.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura run")
    ap.add_argument(
        "--split",
        choices=("all", "tune", "heldout"),
        default="all",
        help="heldout: every 4th article page by id (i %% 4 == 3), kept out of rule tuning",
    )
    args = ap.parse_args(argv)
    data: Path = args.data
    if not (data / "evaluate.py").exists() or not (data / "dev" / "ground-truth").is_dir():
        print(f"skipped: WCXB dev data not found at {data} (set NEWSGRAPH_SHARED)")
        return 0
    ev = _load_evaluate(data)
    traf = None
    if not args.no_trafilatura:
        import trafilatura

        traf = trafilatura

    pages = []
    for gt_file in sorted((data / "dev" / "ground-truth").glob("*.json")):
        doc = json.loads(gt_file.read_text("utf-8"))
        if ev.get_page_type(doc) != "article":
            continue
        pages.append((gt_file.stem, doc))
    if args.split != "all":
        held = args.split == "heldout"
        pages = [p for i, p in enumerate(pages) if (i % 4 == 3) == held]
    if args.limit:
        pages = pages[: args.limit]

    systems = ["raw", "textclean"] + (["trafilatura"] if traf else [])
    f1s: dict[str, list[float]] = {s: [] for s in systems}
    times: dict[str, float] = {"render": 0.0, "textclean": 0.0, "trafilatura": 0.0}
    meta: dict[str, dict[str, list[bool]]] = {
        s: {"title": [], "date": [], "author": []} for s in systems[1:]
    }
    rows = []
    for stem, doc in pages:
        gt = doc.get("ground_truth") or {}
        gold = gt.get("main_content") or ""
        html = gzip.decompress((data / "dev" / "html" / f"{stem}.html.gz").read_bytes())
        t0 = time.perf_counter()
        text = render(html)
        t1 = time.perf_counter()
        ext = clean_text(text)
        t2 = time.perf_counter()
        times["render"] += t1 - t0
        times["textclean"] += t2 - t1
        row = {
            "id": stem,
            "raw": ev.word_f1(text, gold)[2],
            "textclean": ev.word_f1(ext.text, gold)[2],
        }
        preds = {"textclean": (ext.title, ext.published, ext.byline)}
        if traf:
            t3 = time.perf_counter()
            try:
                d = traf.bare_extraction(
                    html.decode("utf-8", "replace"), include_comments=False, with_metadata=True
                )
            except Exception:  # noqa: BLE001 - a crash scores as an empty extraction
                d = None
            times["trafilatura"] += time.perf_counter() - t3
            row["trafilatura"] = ev.word_f1((d.text if d else "") or "", gold)[2]
            preds["trafilatura"] = (d.title, d.date, d.author) if d else (None, None, None)
        for s in systems:
            f1s[s].append(row[s])
        for s, (title, date, author) in preds.items():
            for key, ok in (
                ("title", _text_match(title, gt.get("title"), ev.word_f1)),
                ("date", _date_match(date, gt.get("publish_date"))),
                ("author", _text_match(author, gt.get("author"), ev.word_f1)),
            ):
                if ok is not None:
                    meta[s][key].append(ok)
                    row[f"{s}_{key}"] = ok
        rows.append(row)

    n = len(pages)
    if not n:
        print("no article pages found")
        return 1
    summary = {
        "pages": n,
        "f1": {s: round(statistics.mean(v), 4) for s, v in f1s.items()},
        "metadata_accuracy": {
            s: {k: (round(sum(v) / len(v), 4) if v else None, len(v)) for k, v in m.items()}
            for s, m in meta.items()
        },
        "ms_per_page": {k: round(v / n * 1000, 2) for k, v in times.items() if v},
    }
    print(f"WCXB dev, article pages: {n}")
    print("word F1:  " + "  ".join(f"{s} {v:.4f}" for s, v in summary["f1"].items()))
    for s, m in summary["metadata_accuracy"].items():
        accs = (f"{k} {a:.3f} (n={c})" for k, (a, c) in m.items() if a is not None)
        print(f"{s:12} " + "  ".join(accs))
    print("ms/page:  " + "  ".join(f"{k} {v}" for k, v in summary["ms_per_page"].items()))
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "pages": rows}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
