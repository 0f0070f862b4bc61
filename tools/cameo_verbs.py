"""Convert the PETRARCH CAMEO verb-pattern dictionary into package data for event typing.

Input: ../shared/data/actor-dictionaries/CAMEO.2.0.txt (Open Event Data Alliance, MIT; the
licence file LICENSE.petrarch2.MIT lies beside it). Output:
src/newsgraph/analyse/data/cameo_verbs.json, read by `newsgraph.analyse.plover` at run time,
and cameo_verbs.LICENSE beside it (attribution and both MIT notices).

What is kept, and how it is simplified for a dependency parse (PETRARCH matched patterns on
a constituency parse):

- verb blocks: every verb of a block (base form, lower case) gets the block's CAMEO code, or
  its own when the verb line gives one; `---` is "no event by itself"; `own` marks a code
  that is the verb's own (on its line, or the verb names the block);
- patterns (`- PRE * POST [code]`): the words before and after the verb, in order, lower case;
  parentheses, braces and the `$ ^ + %` source/target markers are dropped (the parse decides
  who is source and target); a `&SYNSET` stays a reference into `synsets`; codes of the form
  `a:b` keep `a` (or `b` when `a` is empty), `---` is kept as null (the pattern blocks an
  event);
- phrasal verbs (`+CALL_OFF`) become a pattern on their first word with the particle first;
- synsets (`&MILITARY`): their phrases, lower case (multi-word phrases as one string).

The output carries the dictionary's MIT licence text and attribution.

    .venv/bin/python tools/cameo_verbs.py [--source PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
SOURCE = SHARED / "data" / "actor-dictionaries" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "newsgraph" / "analyse" / "data" / "cameo_verbs.json"

ATTRIBUTION = (
    "Converted by tools/cameo_verbs.py from CAMEO.2.0.txt, the CAMEO verb-pattern dictionary "
    "of the PETRARCH coder (Open Event Data Alliance, https://github.com/openeventdata/petrarch2), "
    "itself derived from the TABARI CAMEO dictionaries (Parus Analytics; NSF-funded). "
    "Simplified: see the tool's docstring."
)
_CODE = re.compile(r"\[([^\]]*)\]")


def _code(raw: str) -> str | None:
    raw = raw.strip()
    if ":" in raw:
        a, b = raw.split(":", 1)
        raw = a.strip() or b.strip()
    if not raw or raw.startswith("-"):
        return None
    return raw if re.fullmatch(r"\d{2,4}", raw) else None


def _words(text: str) -> list[str]:
    """Pattern words: lower case, markers and brackets dropped, `_` joins split."""
    text = re.sub(r"[(){}]", " ", text)
    out: list[str] = []
    for tok in text.split():
        if tok in ("$", "^", "+", "%", "*", "**", "@", "=") or tok.startswith("#"):
            continue
        tok = tok.strip("$^%+@=")
        if not tok:
            continue
        if tok.startswith("&"):
            out.append(tok.rstrip("_").upper())
            continue
        out.extend(w.lower() for w in tok.split("_") if w)
    return out


def _inflections(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    out = {verb + "s", verb + "es", stem + "ed", stem + "ing", verb + "d"}
    if verb.endswith("y"):
        out |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou":
        out |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return out


def convert(text: str) -> dict:
    lines = text.splitlines()
    licence: list[str] = []
    synsets: dict[str, list[str]] = {}
    verbs: dict[str, dict] = {}
    section = "pre"
    current_syn: str | None = None
    block_code: str | None = None
    head_name = ""
    block_verbs: list[tuple[str, list[str]]] = []  # (verb, particle words)
    forms: dict[str, set[str]] = {}  # verb -> its word forms, to read pattern comments

    def add_pattern(pre: list[str], post: list[str], code: str | None, note: str) -> None:
        # the comment names the verb the pattern was written for (`# TAKE`, `# CARRIED_OUT`):
        # only that verb gets it, since blocks merge loose synonyms (TAKE with CAPTURE)
        named = re.match(r"\s*\+?([A-Z][A-Z'-]*(?:_[A-Z]+)*)", note)
        owners = block_verbs
        if named:
            first = named[1].lower().split("_")[0]
            hit = [(v, p) for v, p in block_verbs if first in forms.get(v, {v})]
            owners = hit or block_verbs
        for verb, particle in owners:
            entry = verbs.setdefault(verb, {"code": None, "patterns": []})
            entry["patterns"].append([pre, [*particle, *post], code])

    start = next(i for i, x in enumerate(lines) if x.startswith("# The MIT License"))
    for raw in lines[start:]:
        if not raw.startswith("#") or "LAST UPDATE" in raw:
            break
        licence.append(raw[1:].strip())
    for raw in lines:
        if "SYNONYM SETS" in raw:
            section = "syn"
            continue
        if "VERB PATTERNS" in raw:
            section = "verbs"
            continue
        if "TRANSFORMATIONS" in raw:
            break
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("#") else ""
        if section == "syn":
            if line.startswith("&"):
                current_syn = line.strip().rstrip("_").upper()
                synsets[current_syn] = []
            elif line.startswith("+") and current_syn:
                phrase = " ".join(w.lower() for w in re.split(r"[ _]+", line[1:]) if w)
                if phrase:
                    synsets[current_syn].append(phrase)
            continue
        if section != "verbs" or not line.strip():
            continue
        if line.startswith("---"):
            m = _CODE.search(line)
            block_code = _code(m[1]) if m else None
            block_verbs = []
            head_name = line.strip("- ").split()[0].lower() if line.strip("- ") else ""
            continue
        if line.startswith("-"):
            m = _CODE.search(line)
            if not m:
                continue
            body = line[1 : m.start()]
            if "*" not in body:
                continue
            pre, post = body.split("*", 1)
            note = raw.split("#", 1)[1] if "#" in raw else ""
            add_pattern(_words(pre), _words(post.lstrip("*")), _code(m[1]), note)
            continue
        # a verb line: `WORD {forms} [code]` or `+PHRASAL_VERB {forms} [code]`
        m = _CODE.search(line)
        own = _code(m[1]) if m else None
        head = re.sub(r"\{[^}]*\}", " ", line if not m else line[: m.start()]).strip()
        if not head:
            continue
        parts = [w.lower() for w in head.lstrip("+").split("_") if w]
        if not parts or not parts[0].isalpha():
            continue
        verb, particle = parts[0], parts[1:]
        listed = re.search(r"\{([^}]*)\}", line)
        extra = (
            {w.lstrip("+").split("_")[0].lower() for w in listed[1].split()} if listed else set()
        )
        forms.setdefault(verb, {verb}).update(extra | _inflections(verb))
        block_verbs.append((verb, particle))
        code = own if m else block_code
        if particle:
            entry = verbs.setdefault(verb, {"code": None, "patterns": []})
            entry["patterns"].append([[], particle, code])
        else:
            entry = verbs.setdefault(verb, {"code": None, "patterns": []})
            if code is not None:
                entry["code"] = code
                # `own`: the code is the verb's sense (given on its line, or it names the
                # block); other synonyms share the block's code loosely (`issue` in GRANT)
                entry["own"] = bool(m) or verb == head_name
    return {
        "attribution": ATTRIBUTION,
        "license": "\n".join(licence).strip(),
        "synsets": synsets,
        "verbs": dict(sorted(verbs.items())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = convert(args.source.read_text(encoding="latin-1"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n")
    licence = args.source.with_name("LICENSE.petrarch2.MIT")
    args.out.with_suffix(".LICENSE").write_text(
        f"{ATTRIBUTION}\n\nThe dictionary file's own notice:\n\n{data['license']}\n\n"
        f"The PETRARCH2 licence ({licence.name}):\n\n"
        + (licence.read_text(encoding="utf-8") if licence.exists() else "")
    )
    n_pat = sum(len(v["patterns"]) for v in data["verbs"].values())
    n_code = sum(v["code"] is not None for v in data["verbs"].values())
    print(
        f"{args.out}: {len(data['verbs'])} verbs ({n_code} with a code of their own), "
        f"{n_pat} patterns, {len(data['synsets'])} synsets, "
        f"{args.out.stat().st_size / 1024:.0f} KiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
