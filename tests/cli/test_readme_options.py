"""Every command the CLI lists, and every option it takes, is documented in the README (as
datasette does: every command in the README), in the command's own section; an option a
command's heading names must still exist. A new option without a line in the README fails here."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from newsgraph.cli import main

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands() -> dict[str, click.Command]:
    """Command path (`show article`) -> command, as `--help` lists them; a command that one
    group lists under another name too is documented once, under its first path."""
    out: dict[str, click.Command] = {}
    seen: set[int] = set()

    def walk(group: click.Group, prefix: str, ctx: click.Context) -> None:
        for name in group.list_commands(ctx):
            cmd = group.get_command(ctx, name)
            if cmd is None or cmd.hidden or id(cmd.callback) in seen:
                continue
            path = f"{prefix}{name}"
            if isinstance(cmd, click.Group):
                walk(cmd, path + " ", click.Context(cmd, parent=ctx))
            else:
                seen.add(id(cmd.callback))
                out[path] = cmd

    walk(main, "", click.Context(main))
    return out


def _sections(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text before the first command section (what every command shares), and each
    `### ` section as (heading, body)."""
    start = text.index("## Command line")
    end = text.index("\n## ", start + 1)
    part = text[start:end]
    chunks = re.split(r"\n(?=### )", part)
    heads = [(c.splitlines()[0], c) for c in chunks[1:]]
    return chunks[0], heads


def _section_of(path: str, text: str, seen: frozenset[str] = frozenset()) -> str:
    """The README text that documents command `path`: the sections whose heading names it,
    plus the shared preamble, plus the section of a command it `Takes the same options as`
    (each read once, so two sections that name each other end)."""
    common, sections = _sections(text)
    heading = re.compile(rf"`newsgraph {re.escape(path)}(?![\w-])")
    own = [body for head, body in sections if heading.search(head)]
    if not own:
        return ""
    body = "\n".join(own)
    for other in re.findall(r"same options as `(\w[\w ]*)`", body, re.IGNORECASE):
        if other not in seen | {path}:
            body += "\n" + _section_of(other, text, seen | {path})
    return common + "\n" + body


def _options_named(text: str) -> set[str]:
    """Every option the text names in its code spans (`--limit N`, `-o`/`--output FILE`)."""
    spans = " ".join(re.findall(r"`([^`]+)`", text))
    return set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", spans))


def _options_of(cmd: click.Command) -> set[str]:
    return {o for p in cmd.params if isinstance(p, click.Option) for o in p.opts + p.secondary_opts}


COMMANDS = _commands()


def test_the_walk_finds_the_commands():
    assert {"ingest", "analyze", "export", "show article", "serve"} <= set(COMMANDS)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_has_a_readme_section(path):
    assert _section_of(path, README.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_option_is_in_the_readme(path):
    section = _section_of(path, README.read_text(encoding="utf-8"))
    missing = _options_of(COMMANDS[path]) - _options_named(section) - {"-h", "--help"}
    assert not missing, f"{path}: {sorted(missing)}"


def test_help_and_version_are_in_the_readme():
    common, _ = _sections(README.read_text(encoding="utf-8"))
    assert {"--help", "-h", "--version", "--db"} <= _options_named(common)


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_option_a_heading_names_exists(path):
    """The synopsis in a command's heading names only options it takes (none stale)."""
    _, sections = _sections(README.read_text(encoding="utf-8"))
    heading = re.compile(rf"`newsgraph {re.escape(path)}(?![\w-])[^`]*`")
    named = set()
    for head, _ in sections:
        for synopsis in heading.findall(head):
            named |= _options_named(synopsis)
    stale = named - _options_of(COMMANDS[path])
    assert not stale, f"{path}: {sorted(stale)}"


def test_a_section_reads_the_options_of_the_one_it_refers_to():
    """`Same options as `ingest`` (any case) lends ingest's options; two sections that name
    each other are each read once."""
    text = (
        "## Command line\n\nEvery command takes `--db FILE`.\n\n"
        "### `newsgraph ingest PATH`\n\n`--jobs N`. Same options as `analyze` too.\n\n"
        "### `newsgraph analyze PATH --out DIR`\n\nSame options as `ingest`.\n\n## Next\n"
    )
    assert {"--db", "--jobs", "--out"} <= _options_named(_section_of("analyze", text))
    assert "--out" in _options_named(_section_of("ingest", text))
