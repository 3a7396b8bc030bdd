"""Shared test settings and paths."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The Ruby reference lies beside the repository (../shared/reference), on a developer's
# machine and in CI alike.
REFERENCE = ROOT.parent / "shared" / "reference"
