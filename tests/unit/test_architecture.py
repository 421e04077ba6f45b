"""The dependency rules of DESIGN.md, read from the imports in the source."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import nutrivoice_desktop

PACKAGE = Path(nutrivoice_desktop.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    return imports_in(path.read_text(encoding="utf-8"), module_name(path), is_package=path.name == "__init__.py")


def imports_in(source: str, module: str, is_package: bool = False) -> set[str]:
    """Absolute names of what *module* imports: ``from a import b`` gives a and a.b (b may be a module), and
    relative imports (``from ..ui import x``) are resolved against the module's package."""
    found = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1])
                origin = f"{base}.{node.module}" if node.module else base
            else:
                origin = node.module or ""
            found.add(origin)
            found.update(f"{origin}.{alias.name}" for alias in node.names)
    return found


def modules_in(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_relative_imports_are_resolved():
    source = "from ..devices import audio\nfrom . import cards\nfrom .charts import LevelMeter\n"
    assert imports_in(source, "nutrivoice_desktop.ui.sample") >= {
        "nutrivoice_desktop.devices", "nutrivoice_desktop.devices.audio", "nutrivoice_desktop.ui.cards",
        "nutrivoice_desktop.ui.charts"}
    assert "nutrivoice_desktop.core.events" in imports_of(PACKAGE / "core" / "live_session.py")


def test_core_and_nutrition_never_import_qt():
    for layer in ("core", "nutrition"):
        for path in modules_in(layer):
            qt = {m for m in imports_of(path) if m.split(".")[0] in QT}
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


QT = ("PySide6", "PyQt5", "PyQt6", "qasync", "shiboken6")


def test_the_assistant_and_everything_it_uses_load_without_qt():
    """Transitively, not only by direct imports: a fresh interpreter imports the Assistant and every module of
    core, nutrition and devices, and no Qt module is loaded. The bench and the integration tests build the
    Assistant without a window because of this."""
    qt_free = ["nutrivoice_desktop.assistant"] + [module_name(p) for layer in ("core", "nutrition", "devices")
                                                   for p in modules_in(layer)]
    code = ("import importlib, sys\n"
            f"for name in {qt_free!r}:\n    importlib.import_module(name)\n"
            f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=PACKAGE.parent, env={**os.environ, "QT_API": ""})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout


def test_what_the_window_needs_loads_without_the_heavy_libraries():
    """app.run imports these before the window shows; numpy, Pillow, the SDK, OpenCV and the echo canceller
    (~0.6 s together) load after it, in Assistant.prepare's worker thread (docs/PERFORMANCE.md, cold start)."""
    source = (PACKAGE / "app.py").read_text(encoding="utf-8")
    before_window = source[source.index("async def run("):source.index("window.show()")]
    wanted = sorted(m for m in imports_in(before_window, "nutrivoice_desktop.app")
                    if m.startswith("nutrivoice_desktop."))
    assert "nutrivoice_desktop.ui.main_window" in wanted and "nutrivoice_desktop.assistant" in wanted
    code = ("import importlib, sys\n"
            f"for name in {wanted!r}:\n"
            "    try:\n        importlib.import_module(name)\n"
            "    except ModuleNotFoundError:\n        pass\n"  # a class imported by name, not a module
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'PIL', 'cv2', 'livekit', 'google'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=PACKAGE.parent, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]", out.stdout


def test_the_bridge_only_adapts():
    """No assembly in the bridge: it knows the Assistant and the event types, not the parts."""
    for path in modules_in("bridge"):
        allowed = ("nutrivoice_desktop.assistant", "nutrivoice_desktop.core.events", "nutrivoice_desktop.core.state")
        ours = {m for m in imports_of(path) if m.startswith("nutrivoice_desktop.")}
        assert all(m.startswith(allowed) for m in ours), ours


def test_the_engine_names_no_tool():
    """Tools declare their policy; the session engine and the diary worker never name one."""
    names = set(__import__("nutrivoice_desktop.core.tools", fromlist=["ToolRegistry"]).ToolRegistry.discover(
        "nutrivoice_desktop.nutrition.tools").names())
    for path in [PACKAGE / "core" / "live_session.py", PACKAGE / "nutrition" / "diary_service.py",
                 PACKAGE / "assistant.py"]:
        text = path.read_text(encoding="utf-8")
        assert not [n for n in names if f'"{n}"' in text], path


NESTED_LOOPS = {"processEvents", "exec", "exec_", "sendPostedEvents"}


def test_no_code_runs_a_nested_qt_loop():
    """qasync steps asyncio tasks from Qt's loop. A nested loop (processEvents, a modal exec) run inside a
    task's step makes asyncio refuse any other task due then ("Cannot enter into task ... while another task
    ... is being executed"), and that task is never stepped again: a frozen self-test hung this way in CI.
    Dialogs open with open()/show() and report through signals instead."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in NESTED_LOOPS, \
                    f"{path.relative_to(PACKAGE)}:{node.lineno} calls {node.func.attr}()"
