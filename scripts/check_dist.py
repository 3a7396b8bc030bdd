"""Check the built sdist and wheel: what they hold and the metadata they declare.

Usage: ``python scripts/check_dist.py DIST_FOLDER`` (scripts/check runs it after the build).
Prints each problem and exits 1 when there is one. Standard library only.
"""

from __future__ import annotations

import email.parser
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import List, Set

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = {"talon_models/" + path.name for path in (ROOT / "talon_models").glob("*.py")} | {"talon_models/py.typed"}
# Metadata files the wheel holds besides the package; the folder name is checked apart.
WHEEL_INFO = {"METADATA", "WHEEL", "RECORD", "entry_points.txt", "licenses/LICENSE"}
# What a source tree must have to build, test and document the package.
SDIST_NEEDS = PACKAGE | {"PKG-INFO", "pyproject.toml", "README.md", "LICENSE", "CHANGELOG.md", "mkdocs.yml"}
LOCAL_FOLDERS = {".venv", ".git", "__pycache__", ".mypy_cache", ".ruff_cache", ".hypothesis", "site", "build", "dist"}


def metadata_problems(text: str, where: str) -> List[str]:
    """The problems of one METADATA or PKG-INFO text."""
    message = email.parser.Parser().parsestr(text)
    problems = []
    if message.get("License-Expression") != "MIT":
        problems.append("%s: License-Expression is %r, not 'MIT'" % (where, message.get("License-Expression")))
    if message.get("License") is not None:
        problems.append("%s: has the legacy License field" % where)
    if any(value.startswith("License ::") for value in message.get_all("Classifier", [])):
        problems.append("%s: has a License classifier (the expression replaces it)" % where)
    if message.get("Description-Content-Type") != "text/markdown":
        problems.append("%s: the description is not declared as Markdown" % where)
    if "talon_models" not in message.get_payload():
        problems.append("%s: the description (the README) is missing" % where)
    runtime = [value for value in message.get_all("Requires-Dist", []) if "extra ==" not in value]
    if runtime:
        problems.append("%s: runtime dependencies %s" % (where, runtime))
    return problems


def wheel_problems(path: Path) -> List[str]:
    """The problems of the wheel: exactly the package, py.typed and its metadata."""
    with zipfile.ZipFile(str(path)) as wheel:
        names = set(wheel.namelist())
        info = {name for name in names if name.split("/")[0].endswith(".dist-info")}
        problems = []
        if names - info - PACKAGE:
            problems.append("%s: holds more than the package: %s" % (path.name, sorted(names - info - PACKAGE)))
        if PACKAGE - names:
            problems.append("%s: missing %s" % (path.name, sorted(PACKAGE - names)))
        if {name.split("/", 1)[1] for name in info} != WHEEL_INFO:
            problems.append("%s: metadata files %s, expected %s" % (path.name, sorted(info), sorted(WHEEL_INFO)))
        metadata = [name for name in info if name.endswith("/METADATA")]
        if metadata:
            problems += metadata_problems(wheel.read(metadata[0]).decode("utf-8"), path.name)
    return problems


def sdist_problems(path: Path) -> List[str]:
    """The problems of the sdist: everything needed to build and test, no local tool folders."""
    with tarfile.open(str(path)) as sdist:
        members: Set[str] = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
        problems = ["%s: missing %s" % (path.name, name) for name in sorted(SDIST_NEEDS - members)]
        local = sorted(name for name in members if LOCAL_FOLDERS & set(name.split("/")) or name.endswith(".pyc"))
        if local:
            problems.append("%s: holds local files %s" % (path.name, local[:5]))
        top = sdist.getnames()[0].split("/")[0]
        info = sdist.extractfile(top + "/PKG-INFO")
        if info is not None:
            problems += metadata_problems(info.read().decode("utf-8"), path.name + " PKG-INFO")
    return problems


def main(argv: List[str]) -> int:
    """Check the one sdist and the one wheel in the folder given."""
    folder = Path(argv[1])
    wheels, sdists = sorted(folder.glob("*.whl")), sorted(folder.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print("expected one wheel and one sdist in %s, found %s" % (folder, [p.name for p in wheels + sdists]))
        return 1
    problems = wheel_problems(wheels[0]) + sdist_problems(sdists[0])
    for problem in problems:
        print(problem)
    if not problems:
        print("%s and %s hold what they should" % (wheels[0].name, sdists[0].name))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
