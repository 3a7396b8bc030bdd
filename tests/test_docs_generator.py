"""The docs generator (docs/hooks/reference.py) and the mkdocs hook that calls it."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import load_file_module

from talon_models import AdditionalCost, CartItem, NewCustomerSessionV2, PriceDetail, Product
from talon_models._fields import Integer, ListOf, Nested, String

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "docs" / "hooks"


def load(name: str, filename: str) -> Any:
    """A module of docs/hooks, imported under ``name`` without mkdocs."""
    return load_file_module(name, HOOKS / filename)


ref = load("talon_docs_reference", "reference.py")


class Odd(String):
    """A rule with a constraint the generator has never seen."""

    def constraints(self) -> Any:
        return {"palindrome": True}


def test_one_paragraph_stays_inline() -> None:
    """A one-paragraph description is put in the cell as it is."""
    assert ref.cell_markdown("The name of the item.") == "The name of the item."


def test_paragraphs_become_p_tags() -> None:
    """Paragraphs separated by a blank line become ``<p>`` elements around inline Markdown."""
    assert ref.cell_markdown("One `a`.\n\n**Two.**") == "<p>One `a`.</p><p>**Two.**</p>"


def test_nested_lists_become_html_lists() -> None:
    """An ordered list with a nested bullet list becomes ``<ol>`` holding a ``<ul>``."""
    text = "1. a\n2. b:\n    - c\n    - d\n3. e"
    expected = "<ol><li>a</li><li>b:<ul><li>c</li><li>d</li></ul></li><li>e</li></ol>"
    assert ref.cell_markdown(text) == expected


def test_list_item_continuation_lines_join_the_item() -> None:
    """A wrapped list item stays one item."""
    assert ref.cell_markdown("- a\n  more\n- b") == "<ul><li>a more</li><li>b</li></ul>"


def test_pipes_are_escaped() -> None:
    """A ``|`` in a description cannot end the table cell."""
    assert ref.cell_markdown("a | b") == "a \\| b"


def test_length_range_is_written_as_a_range() -> None:
    """min and max length together read as one range."""
    assert ref.constraint_notes(String(min_length=1, max_length=1000)) == ["1\u20131000 characters"]


def test_maximum_length_alone() -> None:
    """A maximum length alone reads as 'at most'."""
    assert ref.constraint_notes(String(max_length=100)) == ["at most 100 characters"]


def test_minimum_integer() -> None:
    """An integer minimum reads as 'at least'."""
    assert ref.constraint_notes(Integer(minimum=1)) == ["at least 1"]


def test_choices_are_listed_as_code() -> None:
    """An enum lists its values in order, as code."""
    assert ref.constraint_notes(String(choices=("open", "closed"))) == ["one of `open`, `closed`"]


def test_list_item_constraints_are_described() -> None:
    """Constraints of a list's elements are described too."""
    assert ref.constraint_notes(ListOf(String(max_length=5), max_items=3)) == [
        "at most 3 items",
        "each item at most 5 characters",
    ]


def test_a_single_item_limit_reads_in_the_singular() -> None:
    """loyaltyCards takes one card: 'at most 1 item'."""
    assert ref.constraint_notes(ListOf(String(), max_items=1)) == ["at most 1 item"]


def test_a_uuid_format_is_described() -> None:
    """adjustmentReferenceId says what a UUID looks like, and that either letter case is read."""
    assert ref.constraint_notes(String(format="uuid")) == [
        "a UUID: 32 hexadecimal digits grouped 8-4-4-4-12 by hyphens, in either letter case"
    ]


def test_an_unknown_constraint_fails_loudly() -> None:
    """A constraint the generator cannot describe raises instead of vanishing from the docs."""
    with pytest.raises(ValueError, match="palindrome"):
        ref.constraint_notes(Odd())


def test_every_constraint_of_the_models_is_described() -> None:
    """Every field of every model gets its notes without an error."""
    for model in ref.MODELS.values():
        for item in dataclasses.fields(model):
            assert ref.field_notes(item.metadata["talon_models"])


def test_required_field_notes() -> None:
    """A required field says so first, then its constraints."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(CartItem)}
    assert ref.field_notes(meta["quantity"]) == ["**required**", "at least 1"]


def test_default_is_shown_as_json() -> None:
    """A default is shown as its JSON value."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(NewCustomerSessionV2)}
    assert 'default: `"open"`' in ref.field_notes(meta["state"])


def test_server_calculated_fields_are_marked_read_only() -> None:
    """A field the server calculates is marked read-only."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(CartItem)}
    assert "read-only: set by the server" in ref.field_notes(meta["position"])
    assert "read-only: set by the server" not in ref.field_notes(meta["price"])


def test_cart_item_example_is_what_a_request_sends() -> None:
    """The CartItem page's sample and JSON example set no read-only field: a request leaves them to the server."""
    specs = [item.metadata["talon_models"] for item in dataclasses.fields(CartItem)]
    read_only = {spec.wire for spec in specs if spec.server_calculated}
    example = json.loads(ref.example_json(CartItem))
    assert {"sku", "quantity", "price"} <= set(example)
    assert read_only.isdisjoint(example)


def test_nested_model_type_links_to_its_page() -> None:
    """A nested model's type is a link to the model's page."""
    assert ref.type_markdown(Nested(Product)) == "[`Product`](Product.md)"


def test_list_of_models_links_the_element_type() -> None:
    """A list of models links the model inside ``list[...]``."""
    rule = dataclasses.fields(NewCustomerSessionV2)[7].metadata["talon_models"].rule
    assert ref.type_markdown(rule) == "`list[`[`CartItem`](CartItem.md)`]`"


def test_map_of_models_links_the_value_type() -> None:
    """A map of models links the model inside ``dict[str, ...]``."""
    meta = {item.name: item.metadata["talon_models"] for item in dataclasses.fields(CartItem)}
    assert ref.type_markdown(meta["prices"].rule) == "`dict[str, `[`PriceDetail`](PriceDetail.md)`]`"


def test_plain_list_type_is_one_code_span() -> None:
    """A list of scalars is one code span."""
    assert ref.type_markdown(ListOf(Integer())) == "`list[int]`"


def test_table_has_a_row_per_field_in_field_order() -> None:
    """The table has a header, a rule and one row per field, in field order."""
    lines = ref.properties_table(CartItem).splitlines()
    names = [field.name for field in dataclasses.fields(CartItem)]
    assert len(lines) == 2 + len(names)
    assert [line.split("`")[1] for line in lines[2:]] == names


def test_table_rows_show_the_wire_key() -> None:
    """Each row shows the field's JSON key, such as the irregular ``catalogItemID``."""
    assert "| `catalog_item_id`<br>JSON key: `catalogItemID` |" in ref.properties_table(CartItem)


def test_example_json_is_the_example_payload_indented() -> None:
    """The generated JSON is the model's example, written by ``to_json(indent=2)``."""
    text = ref.example_json(AdditionalCost)
    assert text == AdditionalCost(price=4.5).to_json(indent=2)
    assert json.loads(text) == {"price": 4.5}


def test_example_block_is_titled_output() -> None:
    """The JSON example is a json code block titled Output, which the samples test reads."""
    assert ref.example_block(Product) == '```json title="Output"\n{\n  "name": "sample_product"\n}\n```'


def test_expand_replaces_the_markers() -> None:
    """Both markers are replaced; the rest of the page is left alone."""
    page = "# P\n\n<!-- properties: PriceDetail -->\n\n<!-- example-json: PriceDetail -->\n<!-- other -->\n"
    out = ref.expand(page)
    assert ref.properties_table(PriceDetail) in out
    assert ref.example_block(PriceDetail) in out
    assert "<!-- other -->" in out and "properties:" not in out


def test_expand_rejects_an_unknown_model() -> None:
    """A marker naming no model fails the build instead of leaving a hole."""
    with pytest.raises(ValueError, match="CartItems"):
        ref.expand("<!-- properties: CartItems -->")


def test_markers_must_stand_on_their_own_line() -> None:
    """A marker quoted inside a sentence is not expanded."""
    page = "Write `<!-- properties: CartItem -->` in a page."
    assert ref.expand(page) == page


def test_hook_expands_page_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mkdocs hook hands the page to the generator and returns its result."""
    monkeypatch.syspath_prepend(str(HOOKS))
    hooks = load("talon_docs_hooks", "hooks.py")
    page = "<!-- example-json: Product -->"
    assert hooks.on_page_markdown(page, page=None, config=None, files=None) == ref.expand(page)


def test_mkdocs_config_loads_the_vendored_mermaid() -> None:
    """mkdocs.yml points at the vendored mermaid file, so diagrams render without a CDN."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "assets/javascripts/mermaid.min.js" in config
    assert (ROOT / "docs" / "assets" / "javascripts" / "mermaid.min.js").stat().st_size > 1_000_000


@pytest.mark.docs_build
def test_strict_build_renders_the_generated_table(tmp_path: Path) -> None:
    """``mkdocs build --strict`` passes and the CartItem page has the table, lists and links."""
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=str(ROOT),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        check=False,
    )
    assert result.returncode == 0, result.stdout
    cart = (site / "models" / "CartItem" / "index.html").read_text(encoding="utf-8")
    assert "<table>" in cart and "<code>catalogItemID</code>" in cart
    assert 'href="../PriceDetail/"' in cart
    assert "&amp;#x60;" not in cart
    session = (site / "models" / "NewCustomerSessionV2" / "index.html").read_text(encoding="utf-8")
    assert "<ol>" in session and "<ul>" in session
    assert "mermaid.min.js" in session
