"""One build per test run: packaging/build.sh makes the bundle, the tar.xz and the .deb that the packaging
tests install and start."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from nutrivoice_desktop import __version__
from tests.conftest import need_service

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Built:
    archive: Path  # the tar.xz with install.sh
    deb: Path
    summary: str  # build.sh's last line: bundle, archive and .deb sizes


@pytest.fixture(scope="session")
def built() -> Built:
    if shutil.which("pyinstaller", path=str(ROOT / ".venv" / "bin")) is None:
        need_service("PyInstaller", False, "./scripts/bootstrap --build installs it")
    done = subprocess.run([str(ROOT / "packaging" / "build.sh")], capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (archive,) = (ROOT / "dist").glob(f"NutriVoice-{__version__}-linux-*.tar.xz")
    (deb,) = (ROOT / "dist").glob(f"nutrivoice-desktop_{__version__}_*.deb")
    summary = done.stdout.strip().splitlines()[-1]
    print(f"built: {summary}")
    return Built(archive, deb, summary)
