"""The shell side: what scripts/_env.sh gives the scripts and make targets that source it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from typing import List

import pytest
from conftest import ROOT

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def sourced(command: str) -> str:
    """What ``command`` prints in bash after ``. scripts/_env.sh``, with the notice's switch unset."""
    environment = {key: value for key, value in os.environ.items() if key != "NO_MKDOCS_2_WARNING"}
    done = subprocess.run(
        ["bash", "-c", ". scripts/_env.sh && " + command],
        cwd=str(ROOT),
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def recipe(target: str) -> str:
    """The shell command of a make target, as make would run it."""
    if shutil.which("make") is None:
        pytest.skip("needs make")
    done = subprocess.run(["make", "-n", target], cwd=str(ROOT), capture_output=True, text=True, check=True)
    return done.stdout


@pytest.mark.parametrize("target", ["docs", "docs-serve"])
def test_the_docs_targets_go_without_mkdocs_materials_notice(target: str) -> None:
    """make docs and make docs-serve source _env.sh, which turns the end-of-life notice off,
    as it does for scripts/check: one setting for all of them."""
    assert ". scripts/_env.sh && " in recipe(target)
    assert sourced('printf %s "$NO_MKDOCS_2_WARNING"') == "1"
    assert sourced("python3 -c \"import os; print(os.environ['NO_MKDOCS_2_WARNING'])\"") == "1\n"
    check = (ROOT / "scripts" / "check").read_text("utf-8")
    assert re.search(r"^\. scripts/_env\.sh$", check, re.MULTILINE)
    assert "NO_MKDOCS_2_WARNING" not in check  # set once, in _env.sh


@pytest.mark.parametrize(
    ("names", "skipped"),
    [
        (
            ["3.12"],
            [
                "the tests on CPython 3.8",
                "the tests on CPython 3.9",
                "the tests on CPython 3.10",
                "the tests on CPython 3.11",
                "the tests on CPython 3.13",
                "the tests on PyPy 3.9",
                "the install of the sdist and the wheel on CPython 3.8",
                "the install of the sdist and the wheel on CPython 3.13",
                "the install of the sdist and the wheel on PyPy 3.9",
            ],
        ),
        (
            ["3.8", "3.13", "pypy3"],
            [
                "the tests on CPython 3.9",
                "the tests on CPython 3.10",
                "the tests on CPython 3.11",
                "the tests on CPython 3.12",
            ],
        ),
        (["3.8", "3.9", "3.10", "3.11", "3.12", "3.13", "pypy3"], []),
    ],
)
def test_check_says_which_steps_naming_interpreters_skips(names: List[str], skipped: List[str]) -> None:
    """scripts/check 3.12 tests on 3.12 only and installs nowhere: it lists those steps, at the
    start and in its last lines, rather than passing over them in silence."""
    assert sourced("skipped_steps " + " ".join(names)).splitlines() == skipped
    check = (ROOT / "scripts" / "check").read_text("utf-8")
    assert 'done < <(skipped_steps "$@")' in check
    assert check.count('"${skipped[@]}"') == 2  # listed at the start, and summed up at the end
