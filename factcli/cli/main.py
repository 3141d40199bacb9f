"""The whole typer app, every command registered: what the entry point and the docs run."""

from factcli.cli import commands, quiz_commands  # noqa: F401  (importing registers the commands)
from factcli.cli.app import app

__all__ = ["app"]
