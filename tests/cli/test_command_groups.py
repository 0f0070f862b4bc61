"""The top level's lazily loaded commands belong to it alone, not to its subgroups."""

from click.testing import CliRunner

from newsgraph.cli import LAZY_COMMANDS, main


def test_the_top_level_lists_its_lazy_commands():
    out = CliRunner().invoke(main, ["--help"]).output
    for name in LAZY_COMMANDS:
        assert f"  {name} " in out


def test_a_subgroup_lists_only_its_own_commands():
    result = CliRunner().invoke(main, ["show", "--help"])
    assert result.exit_code == 0
    assert "article" in result.output
    for name in LAZY_COMMANDS:
        assert f"  {name} " not in result.output


def test_a_lazy_command_is_no_subcommand_of_a_subgroup():
    result = CliRunner().invoke(main, ["show", "serve", "--help"])
    assert result.exit_code != 0
    assert "No such command" in result.output
