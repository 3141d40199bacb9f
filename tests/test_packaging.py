"""The wheel carries the bundled store: an installed factcli works from any directory."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def test_wheel_installs_and_lists_the_bundled_store(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("factcli-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    result = subprocess.run(
        [str(env_dir / "bin" / "factcli"), "facts", "list", "--format", "json"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    facts = json.loads(result.stdout)
    assert len(facts) >= 40
    assert (
        "_bundled_facts"
        in subprocess.run(
            [str(python), "-c", "from factcli.store import bundled_store_path as p; print(p())"],
            cwd=workdir,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
