"""The dependency rules of DESIGN.md, read from the imports in the source."""

from __future__ import annotations

import ast
from pathlib import Path

import nutrivoice_desktop

PACKAGE = Path(nutrivoice_desktop.__file__).parent


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules_in(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_core_and_nutrition_never_import_qt():
    for layer in ("core", "nutrition"):
        for path in modules_in(layer):
            qt = {m for m in imports_of(path) if m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "qasync")}
            assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


def test_core_and_nutrition_do_not_reach_outward():
    for layer in ("core", "nutrition"):
        for path in modules_in(layer):
            outward = {m for m in imports_of(path)
                       if m.startswith(("nutrivoice_desktop.ui", "nutrivoice_desktop.bridge",
                                        "nutrivoice_desktop.devices"))}
            assert not outward, f"{path.relative_to(PACKAGE)} imports {outward}"


def test_ui_never_imports_devices_directly():
    for path in modules_in("ui"):
        devices = {m for m in imports_of(path) if m.startswith("nutrivoice_desktop.devices")}
        assert not devices, f"{path.relative_to(PACKAGE)} imports {devices}"


def test_devices_and_services_do_not_import_ui_or_bridge():
    for layer in ("devices", "services"):
        for path in modules_in(layer):
            bad = {m for m in imports_of(path) if m.startswith(("nutrivoice_desktop.ui", "nutrivoice_desktop.bridge"))}
            assert not bad, f"{path.relative_to(PACKAGE)} imports {bad}"
