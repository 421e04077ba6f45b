"""The installed set is the tested set: requirements.lock pins everything, satisfies pyproject.toml's ranges,
and is what this environment runs."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?$")


def locked() -> dict[str, tuple[str, str | None]]:
    """name → (version, marker) for every pin that applies on this machine."""
    pins: dict[str, tuple[str, str | None]] = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        match = PIN.match(line)
        if match:
            name, version, marker = match.groups()
            if marker is None or Marker(marker).evaluate():
                pins[canonicalize_name(name)] = (version, marker)
    return pins


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_every_pin_has_hashes():
    text = (ROOT / "requirements.lock").read_text()
    pins = [line for line in text.splitlines() if PIN.match(line)]
    assert len(pins) >= 40
    assert text.count("--hash=sha256:") >= len(pins)


def test_lock_satisfies_every_range_in_pyproject():
    pins = locked()
    spec = project()
    wanted = list(spec["project"]["dependencies"]) + list(spec["build-system"]["requires"])
    for extra in spec["project"]["optional-dependencies"].values():
        wanted += extra
    for line in wanted:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in requirements.lock: run scripts/lock"
        assert requirement.specifier.contains(pins[name][0], prereleases=True), \
            f"{name}=={pins[name][0]} in the lock is outside {requirement.specifier}: run scripts/lock"


def test_known_bad_qt_is_excluded():
    pins = locked()
    assert pins["pyside6-essentials"][0] != "6.12.0"
    qt = next(d for d in project()["project"]["dependencies"] if d.lower().startswith("pyside6-essentials"))
    assert not Requirement(qt).specifier.contains("6.12.0")


def test_this_environment_runs_the_locked_versions():
    mismatched = {}
    for name, (version, _marker) in locked().items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            mismatched[name] = (version, "missing")
            continue
        if installed != version:
            mismatched[name] = (version, installed)
    assert not mismatched, f"installed ≠ locked (run ./scripts/bootstrap): {mismatched}"
