from conflictkg.cli import app

app(prog_name="conflictkg")
