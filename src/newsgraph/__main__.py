"""`python -m newsgraph`: the `newsgraph` command line."""

from newsgraph.cli import main

if __name__ == "__main__":  # pragma: no cover
    main(prog_name="newsgraph")
