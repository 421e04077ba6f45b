"""The .deb as Debian/Ubuntu users get it: its metadata names packages this system has, dpkg installs it
(into a private root, so the test machine's own package database is never touched), the installed app
starts on the X display, and dpkg removes every file it put there."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import need_service, x_display_available

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]  # the first test waits for the build (~5 min)
PACKAGE = "nutrivoice-desktop"


def dpkg(root: Path, *args: str) -> subprocess.CompletedProcess:
    # a private root and database: --force-depends because that database knows none of the system's
    # libraries (test_dependencies_are_real_packages checks them against the real one)
    return subprocess.run(["dpkg", "--force-not-root", "--force-depends", "--force-script-chrootless",
                           f"--root={root}", "--log=/dev/null", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture
def root(tmp_path) -> Path:
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "var/lib/dpkg/status").touch()
    return tmp_path


def control(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True).stdout
    fields, name = {}, ""
    for line in text.splitlines():
        if line.startswith(" ") and name:
            fields[name] += " " + line.strip()
        else:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    return fields


def test_dependencies_are_real_packages(built):
    """Each Depends entry is met on this machine (which bootstrap set up as the README says), through one
    of its alternatives: a misspelt or renamed library would make the .deb uninstallable."""
    fields = control(built.deb)
    assert fields["Package"] == PACKAGE and fields["Architecture"] and int(fields["Installed-Size"]) > 0
    unmet = []
    for entry in fields["Depends"].split(","):
        names = [re.sub(r"\s*\(.*\)", "", alt).strip() for alt in entry.split("|")]
        if not any(subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True,
                                  text=True).stdout.endswith("installed") for name in names):
            unmet.append(entry.strip())
    assert not unmet, unmet


def test_dpkg_installs_starts_and_removes_it(built, root):
    need_service("X display", x_display_available(), "run under Xvfb (scripts/test does)")
    installed = dpkg(root, "-i", str(built.deb))
    assert installed.returncode == 0, installed.stdout + installed.stderr
    binary = root / "opt" / PACKAGE / "nutrivoice"
    assert os.readlink(root / "usr/bin/nutrivoice") == f"/opt/{PACKAGE}/nutrivoice"
    desktop = (root / "usr/share/applications" / f"{PACKAGE}.desktop").read_text()
    assert "Exec=/usr/bin/nutrivoice %U" in desktop and f"Icon={PACKAGE}" in desktop
    assert (root / "usr/share/icons/hicolor/256x256/apps" / f"{PACKAGE}.png").is_file()
    started = subprocess.run([str(binary), "--self-test", "--temp-basedir"], capture_output=True, text=True,
                             timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "xcb"})
    assert started.returncode == 0 and '"window"' in started.stdout, started.stdout + started.stderr[-2000:]
    files = dpkg(root, "-L", PACKAGE).stdout.split()
    assert f"/opt/{PACKAGE}/nutrivoice" in files

    removed = dpkg(root, "-r", PACKAGE)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    left = [p for p in root.rglob("*") if not p.is_dir() and "var/lib/dpkg" not in str(p)]
    assert left == [], left[:10]  # every file it put there is gone
    assert not (root / "opt" / PACKAGE).exists()
