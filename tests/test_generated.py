"""The code written out from the field declarations (scripts/generate.py) is current, and a
field is declared once: adding its declaration and running the generator is all it takes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[1]
MARKER = "    # --- Written out by scripts/generate from the declarations above: do not edit. ---\n"
NOTE = '    note: Optional[str] = field("note", String(), "A note.")\n\n'


def run(arguments: List[str], folder: Path) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    return subprocess.run(
        [sys.executable, *arguments], cwd=str(folder), capture_output=True, text=True, timeout=120, check=False
    )


def test_the_written_out_code_is_current() -> None:
    """Every model module holds exactly what scripts/generate writes for its declarations."""
    result = run(["scripts/generate.py", "--check"], ROOT)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@pytest.fixture
def copy_with_a_note(tmp_path: Path) -> Path:
    """A copy of the package and its generator, with ``note`` declared on CartItem and on
    CustomerSessionV2 and nothing else changed."""
    shutil.copytree(ROOT / "talon_models", tmp_path / "talon_models", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "generate.py", tmp_path / "scripts" / "generate.py")
    for module in ("_cart_item.py", "_customer_session.py"):
        path = tmp_path / "talon_models" / module
        text = path.read_text("utf-8")
        assert text.count(MARKER) == 1
        path.write_text(text.replace(MARKER, NOTE + MARKER), "utf-8")
    return tmp_path


def test_a_model_whose_written_out_code_is_stale_refuses_to_load(copy_with_a_note: Path) -> None:
    """A declaration added without running the generator fails at class creation, saying what to run."""
    result = run(["-c", "from talon_models import CartItem"], copy_with_a_note)
    assert result.returncode == 1
    assert "TypeError: CartItem: the code written out for it is stale" in result.stderr
    assert "Run: bash scripts/generate" in result.stderr


def test_one_declaration_and_the_generator_are_all_a_new_field_needs(copy_with_a_note: Path) -> None:
    """Constructor, from_dict, to_dict, json_schema and the command line all handle ``note``."""
    generated = run(["scripts/generate.py"], copy_with_a_note)
    assert generated.returncode == 0, generated.stderr
    assert generated.stdout.split() == [
        "written:",
        "talon_models/_cart_item.py",
        "written:",
        "talon_models/_customer_session.py",
    ]
    check = textwrap.dedent(
        """
        import json
        from talon_models import CartItem, CustomerSessionV2, ValidationError

        item = CartItem(sku="A", quantity=1, note="gift")
        read = CartItem.from_dict({"sku": "A", "quantity": 1, "note": "gift", "colour": "red"})
        print(read.note, read.unknown_fields, read.to_dict())
        print(item == CartItem.from_dict(item.to_dict()))
        try:
            CartItem.from_dict({"sku": "A", "quantity": 1, "note": 5})
        except ValidationError as error:
            print([(detail.path, detail.code) for detail in error.errors])
        print(CartItem.json_schema()["properties"]["note"]["type"])
        print("note" in CustomerSessionV2.json_schema()["properties"])
        """
    )
    result = run(["-c", check], copy_with_a_note)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "gift {'colour': 'red'} {'sku': 'A', 'quantity': 1, 'note': 'gift', 'colour': 'red'}",
        "True",
        "[('note', 'type')]",
        "['string', 'null']",
        "True",
    ]
    schema = run(["-m", "talon_models", "schema", "--model", "CartItem"], copy_with_a_note)
    assert schema.returncode == 0, schema.stderr
    assert '"note"' in schema.stdout
