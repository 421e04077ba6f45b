# Build the Windows installer. Needs Python 3.11+ and Inno Setup 6 (ISCC.exe on PATH or in the default place).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
if (-not (Test-Path .venv)) { py -3 -m venv .venv }
# the one tested set: exact versions with hashes from requirements.lock (made by scripts/lock)
.venv\Scripts\python -m pip install -q --require-hashes --no-deps -r requirements.lock  # PyAudio ships Windows wheels
.venv\Scripts\python -m pip install -q --no-deps --no-build-isolation -e .
.venv\Scripts\python packaging\make_icons.py build\icons
.venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\nutrivoice.spec
$env:QT_QPA_PLATFORM = "offscreen"
& dist\NutriVoice\nutrivoice.exe --self-test --temp-basedir
if ($LASTEXITCODE -ne 0) { throw "frozen self-test failed" }
Remove-Item Env:QT_QPA_PLATFORM
$env:NUTRIVOICE_VERSION = (.venv\Scripts\python -c "import nutrivoice_desktop as n; print(n.__version__)")
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc packaging\windows\nutrivoice.iss
