"""``python -m eventwire``: the ``eventwire`` command."""

from eventwire.cli import main

main(prog_name="eventwire")
