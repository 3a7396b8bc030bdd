"""The README's example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import ROOT


def test_readme_example_runs_and_prints_what_it_claims() -> None:
    """Each printed line of the README example starts as its trailing comment says."""
    text = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.DOTALL)
    assert blocks, "the README has a Python example"
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(blocks[0], "README.md", "exec"), {})
    printed = output.getvalue()
    for claim in re.findall(r"print\(.*\)  # (.*)", blocks[0]):
        for part in claim.split("..."):
            assert part.strip() in printed, part
