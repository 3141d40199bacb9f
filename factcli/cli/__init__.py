"""The command line: the typer app, its commands, rendering and the one error handler."""
