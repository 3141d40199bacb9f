"""The whole typer app, every command registered: what the entry point and the docs run."""

from factcli.cli.commands import app

__all__ = ["app"]
