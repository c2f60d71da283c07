from eventwire.cli import main

main(prog_name="eventwire")
