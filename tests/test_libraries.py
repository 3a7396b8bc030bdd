"""The models as field types in the libraries an embedding SDK is built on.

cattrs and msgspec see the models as dataclasses (Python names, each value checked on
its way in); pydantic reads and writes their wire form through the models' own hook.
Each library is in the ``tests`` extra; where its marker leaves it out (pydantic and
msgspec on PyPy), its tests are skipped with that reason, and nowhere else.
"""

from __future__ import annotations

import dataclasses
import importlib
from datetime import datetime, timezone
from typing import Any, List, Optional

import pytest
from conftest import EMBEDDING_LIBRARIES, extra_leaves_out

from talon_models import CartItem, NewCustomerSessionV2, PriceDetail, Product, ValidationError


def library(name: str) -> Any:
    """Import a test library; skip only where the tests extra does not install it."""
    if extra_leaves_out(name):
        pytest.skip("the tests extra installs %s on CPython only" % name)
    return importlib.import_module(name)


def test_every_library_is_installed_where_the_tests_extra_puts_it() -> None:
    """Where the tests extra installs a library, it is there, so no test using it is skipped."""
    for name in EMBEDDING_LIBRARIES:
        if not extra_leaves_out(name):
            importlib.import_module(name)


GOOD = {"sku": "A-1", "quantity": 2, "product": {"name": "P"}, "attributes": {"colour": "red"}}


# -- cattrs: Python names, through the constructor ------------------------------------------


def test_cattrs_structures_and_unstructures() -> None:
    cattrs = library("cattrs")
    item = cattrs.structure(GOOD, CartItem)
    assert item == CartItem(sku="A-1", quantity=2, product=Product(name="P"), attributes={"colour": "red"})
    assert cattrs.unstructure(item) == dataclasses.asdict(item)
    assert cattrs.structure(cattrs.unstructure(item), CartItem) == item


def test_cattrs_date_times_need_the_hook_the_guide_names() -> None:
    """The plain Converter has no datetime hook and says so; a preconf converter has one."""
    cattrs = library("cattrs")
    from cattrs.preconf.json import make_converter

    when = datetime(2025, 5, 25, tzinfo=timezone.utc)
    data = {"sku": "A", "quantity": 1, "adjustment_effective_from": when}
    with pytest.raises(cattrs.BaseValidationError) as caught:
        cattrs.structure(data, CartItem)
    assert "Register a structure hook" in str(caught.value.exceptions[0])
    converter = make_converter()
    item = converter.structure({**data, "adjustment_effective_from": when.isoformat()}, CartItem)
    assert item.adjustment_effective_from == when
    assert converter.structure(converter.unstructure(item), CartItem) == item


@pytest.mark.parametrize(
    "data",
    [
        {"sku": "A-1"},
        {"sku": "A-1", "quantity": 0},
        {"sku": "", "quantity": 1},
        {"sku": "A", "quantity": 1, "price": float("nan")},
    ],
)
def test_cattrs_refuses_what_the_constructor_refuses(data: Any) -> None:
    cattrs = library("cattrs")
    with pytest.raises(Exception) as caught:
        cattrs.structure(data, CartItem)
    assert isinstance(caught.value, (cattrs.BaseValidationError, ValueError))


# -- msgspec: Python names, field by field, each assignment checked ---------------------------


def test_msgspec_converts_and_dumps() -> None:
    msgspec = library("msgspec")
    item = msgspec.convert(GOOD, CartItem)
    assert item == CartItem(sku="A-1", quantity=2, product=Product(name="P"), attributes={"colour": "red"})
    built = msgspec.to_builtins(item)
    assert built["product"] == {"name": "P"} and built["quantity"] == 2
    assert msgspec.convert(built, CartItem) == item
    detail = msgspec.convert({"adjustment_effective_from": "2025-05-25T00:00:00Z"}, PriceDetail)
    assert detail.adjustment_effective_from == datetime(2025, 5, 25, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ({"sku": "A-1"}, "quantity"),
        ({"sku": "A-1", "quantity": 0}, "quantity"),
        ({"sku": "", "quantity": 1}, "sku"),
        ({"sku": "A", "quantity": 1, "attributes": {"x": float("inf")}}, "attributes.x"),
        ({"sku": "A", "quantity": 1, "product": {}}, "name"),
    ],
)
def test_msgspec_refuses_what_the_constructor_refuses(data: Any, path: str) -> None:
    msgspec = library("msgspec")
    with pytest.raises((msgspec.ValidationError, ValidationError), match=path.replace(".", r"\.")):
        msgspec.convert(data, CartItem)


def test_msgspec_fills_a_model_given_nothing() -> None:
    msgspec = library("msgspec")
    assert msgspec.convert({}, PriceDetail) == PriceDetail()


# -- pydantic: the wire form, through from_dict and to_dict -----------------------------------


def test_pydantic_type_adapter_reads_and_dumps_the_wire_form() -> None:
    pydantic = library("pydantic")
    adapter = pydantic.TypeAdapter(NewCustomerSessionV2)
    data = {"profileId": "p", "cartItems": [{"sku": "A", "quantity": 1}], "tier": "gold"}
    session = adapter.validate_python(data)
    assert session == NewCustomerSessionV2.from_dict(data)
    assert adapter.dump_python(session) == data  # unknown keys kept, unset state left out
    assert adapter.validate_json(adapter.dump_json(session)) == session
    assert adapter.validate_python(session) is session


def test_pydantic_base_model_field() -> None:
    pydantic = library("pydantic")

    class Order(pydantic.BaseModel):  # type: ignore[name-defined]  # pydantic is imported at run time
        item: CartItem
        items: List[CartItem] = []
        note: Optional[str] = None

    order = Order.model_validate({"item": {"sku": "A", "quantity": 2, "returnedQuantity": 1}})
    assert order.item == CartItem(sku="A", quantity=2, returned_quantity=1)
    assert Order(item=order.item).item is order.item
    assert order.model_dump() == {"item": {"sku": "A", "quantity": 2, "returnedQuantity": 1}, "items": [], "note": None}
    assert Order.model_validate_json(order.model_dump_json()) == order


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"sku": "A"}, "quantity: is required"),
        ({"sku": "A", "quantity": "2"}, "quantity: expected integer, got string"),
        ({"sku": "A", "quantity": 1, "price": True}, "price: expected number, got boolean"),
        ([], "expected object, got array"),
    ],
)
def test_pydantic_refuses_what_from_dict_refuses(data: Any, message: str) -> None:
    pydantic = library("pydantic")
    with pytest.raises(pydantic.ValidationError, match=message):
        pydantic.TypeAdapter(CartItem).validate_python(data)


def test_pydantic_json_schema_fails_clearly() -> None:
    """The embedding guide says to use Model.json_schema() instead: pydantic cannot make one."""
    pydantic = library("pydantic")
    with pytest.raises(pydantic.errors.PydanticInvalidForJsonSchema):
        pydantic.TypeAdapter(CartItem).json_schema()


def test_pydantic_checks_an_instance_changed_in_place() -> None:
    pydantic = library("pydantic")
    item = CartItem(sku="A", quantity=1, attributes={})
    assert item.attributes is not None
    item.attributes["x"] = float("nan")
    with pytest.raises(pydantic.ValidationError, match=r"attributes\.x: must be a finite number"):
        pydantic.TypeAdapter(CartItem).validate_python(item)


# -- the dataclasses module ---------------------------------------------------------------------


def test_asdict_and_astuple() -> None:
    item = CartItem(sku="A", quantity=2, product=Product(name="P"), attributes={"a": [1]})
    as_dict = dataclasses.asdict(item)
    assert list(as_dict) == [field.name for field in dataclasses.fields(CartItem)]
    assert as_dict["product"] == {"name": "P"} and as_dict["attributes"] == {"a": [1]}
    assert as_dict["attributes"] is not item.attributes
    as_tuple = dataclasses.astuple(item)
    assert as_tuple[:3] == (None, "A", 2) and as_tuple[7] == ("P",)
    assert CartItem(**{**as_dict, "product": Product(**as_dict["product"])}) == item
