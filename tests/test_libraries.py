"""The models as field types in the libraries an embedding SDK is built on.

pydantic reads and writes their wire form through the models' own hook, and cattrs does
after ``talon_models.integrations.register_cattrs``. Without it, cattrs sees the models as
dataclasses (Python names, values converted first), and msgspec always does (Python
names, each value checked on its way in), whatever hooks it is given; the embedding
guide says so, and these tests hold it to what it says.
Each library is in the ``tests`` extra; where its marker leaves it out (pydantic and
msgspec on PyPy), its tests are skipped with that reason, and nowhere else.
"""

from __future__ import annotations

import dataclasses
import importlib
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

import pytest
from conftest import EMBEDDING_LIBRARIES, extra_leaves_out

from talon_models import CartItem, IntegrationRequest, NewCustomerSessionV2, PriceDetail, Product, ValidationError
from talon_models._base import Model, model
from talon_models._examples import example_payload
from talon_models._fields import String, field
from talon_models._registry import MODELS
from talon_models.integrations import register_cattrs


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
WIRE_SESSION = {"profileId": "p1", "cartItems": [{"sku": "A-1", "quantity": 2, "returnedQuantity": 1}], "tier": "gold"}

# Values from_dict refuses, and the problem it reports; the first four are what cattrs
# converts without the hooks (see test_cattrs_without_the_hooks_converts_first).
REFUSED = [
    (CartItem, {"sku": "A", "quantity": 2.7}, "quantity: expected integer, got number"),
    (CartItem, {"sku": "A", "quantity": "2"}, "quantity: expected integer, got string"),
    (CartItem, {"sku": 123, "quantity": 1}, "sku: expected string, got integer"),
    (NewCustomerSessionV2, {"couponCodes": "ABC"}, "couponCodes: expected array, got string"),
    (CartItem, {"sku": "A", "quantity": 1, "returned_quantity": 1}, "returned_quantity: is the Python name"),
    (CartItem, {"sku": "A"}, "quantity: is required"),
]


def cattrs_converter(**options: Any) -> Any:
    """A new cattrs Converter with the models' hooks registered."""
    cattrs = library("cattrs")
    converter = cattrs.Converter(**options)
    register_cattrs(converter)
    return converter


# -- cattrs with register_cattrs: the wire form, through from_dict and to_dict ----------------


@pytest.mark.parametrize(("model_class", "data", "message"), REFUSED)
def test_cattrs_with_the_hooks_refuses_what_from_dict_refuses(model_class: Any, data: Any, message: str) -> None:
    """Nothing is converted on the way in: the model's own ValidationError comes through."""
    with pytest.raises(ValidationError, match=message):
        cattrs_converter().structure(data, model_class)


def test_cattrs_with_the_hooks_reads_and_writes_the_wire_form() -> None:
    """A whole wire payload is read, returnedQuantity and unknown keys kept, and written back as it came."""
    converter = cattrs_converter()
    session = converter.structure(WIRE_SESSION, NewCustomerSessionV2)
    assert session == NewCustomerSessionV2.from_dict(WIRE_SESSION)
    assert session.cart_items is not None and session.cart_items[0].returned_quantity == 1
    assert converter.unstructure(session) == WIRE_SESSION


@pytest.mark.parametrize("name", list(MODELS))
def test_cattrs_with_the_hooks_covers_every_model(name: str) -> None:
    converter = cattrs_converter()
    data = example_payload(MODELS[name])
    item = converter.structure(data, MODELS[name])
    assert item == MODELS[name].from_dict(data)
    assert converter.unstructure(item) == data


def test_cattrs_with_the_hooks_covers_a_model_made_afterwards() -> None:
    """The hooks test the class, so a model declared after registering is covered too."""
    converter = cattrs_converter()

    @model
    class Voucher(Model):
        __slots__ = ()
        code: str = field("voucherCode", String(required=True, min_length=1), "The code.")

        def __init__(self, *, code: str) -> None:
            self._init(locals())

    assert converter.structure({"voucherCode": "V-1"}, Voucher) == Voucher(code="V-1")
    assert converter.unstructure(Voucher(code="V-1")) == {"voucherCode": "V-1"}
    with pytest.raises(ValidationError, match="voucherCode: must not be empty"):
        converter.structure({"voucherCode": ""}, Voucher)


def test_cattrs_with_the_hooks_reads_models_as_fields_of_attrs_classes_and_dataclasses() -> None:
    attrs = library("attrs")
    converter = cattrs_converter()

    @attrs.define
    class Checkout:
        customer_session_id: str
        session: NewCustomerSessionV2
        extra: List[CartItem] = attrs.Factory(list)
        request: Optional[IntegrationRequest] = None

    @dataclasses.dataclass
    class Order:
        items: Dict[str, CartItem]

    data = {"customer_session_id": "s-1", "session": WIRE_SESSION, "extra": [{"sku": "B", "quantity": 1}]}
    checkout = converter.structure(data, Checkout)
    assert checkout.session == NewCustomerSessionV2.from_dict(WIRE_SESSION)
    assert checkout.extra == [CartItem(sku="B", quantity=1)]
    assert converter.unstructure(checkout) == {**data, "request": None}
    order = converter.structure({"items": {"x": {"sku": "A", "quantity": 1, "returnedQuantity": 1}}}, Order)
    assert order.items["x"].returned_quantity == 1
    assert converter.unstructure(order) == {"items": {"x": {"sku": "A", "quantity": 1, "returnedQuantity": 1}}}


def test_cattrs_with_the_hooks_reports_a_field_as_the_guide_says() -> None:
    """Inside a class, the Converter groups the ValidationError; without detailed validation it comes as it is."""
    cattrs = library("cattrs")
    attrs = library("attrs")

    @attrs.define
    class Checkout:
        customer_session_id: str
        session: NewCustomerSessionV2

    data = {"customer_session_id": "s-1", "session": {"cartItems": [{"sku": "A", "quantity": 2.7}]}}
    with pytest.raises(cattrs.ClassValidationError) as caught:
        cattrs_converter().structure(data, Checkout)
    assert str(caught.value) == "While structuring Checkout (1 sub-exception)"
    [inner] = caught.value.exceptions
    assert isinstance(inner, ValidationError)
    assert [detail.path for detail in inner.errors] == ["cartItems[0].quantity"]
    assert cattrs.transform_error(caught.value) == ["invalid value for type, expected NewCustomerSessionV2 @ $.session"]
    with pytest.raises(ValidationError, match=r"cartItems\[0\]\.quantity: expected integer, got number"):
        cattrs_converter(detailed_validation=False).structure(data, Checkout)


def test_cattrs_with_the_hooks_checks_a_model_given_as_it_is() -> None:
    """A model instead of a dict is kept, after validate() (as pydantic does)."""
    converter = cattrs_converter()
    item = CartItem(sku="A", quantity=1, attributes={})
    assert converter.structure(item, CartItem) is item
    assert item.attributes is not None
    item.attributes["x"] = float("nan")
    with pytest.raises(ValidationError, match=r"attributes\.x: must be a finite number"):
        converter.structure(item, CartItem)


def test_register_cattrs_needs_a_converter() -> None:
    library("cattrs")
    with pytest.raises(TypeError, match="expected a cattrs converter, got dict"):
        register_cattrs({})


def test_the_integrations_import_no_library() -> None:
    """Importing talon_models.integrations imports neither cattrs nor any other library."""
    import subprocess
    import sys

    libraries = "{'cattrs', 'attrs', 'msgspec', 'pydantic'}"
    code = "import sys, talon_models.integrations; print(sorted(%s & set(sys.modules)))" % libraries
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


# -- cattrs without the hooks: Python names, each value converted first ---------------------


def test_cattrs_without_the_hooks_converts_first() -> None:
    """What the guide says happens without register_cattrs: converted values, and wire keys ignored."""
    cattrs = library("cattrs")
    converter = cattrs.Converter()
    assert converter.structure({"sku": "A", "quantity": 2.7}, CartItem).quantity == 2
    assert converter.structure({"sku": "A", "quantity": "2"}, CartItem).quantity == 2
    assert converter.structure({"sku": 123, "quantity": 1}, CartItem).sku == "123"
    assert converter.structure({"coupon_codes": "ABC"}, NewCustomerSessionV2).coupon_codes == ["A", "B", "C"]
    assert converter.structure(WIRE_SESSION, NewCustomerSessionV2) == NewCustomerSessionV2()
    item = converter.structure({"sku": "A", "quantity": 1, "returnedQuantity": 1}, CartItem)
    assert item.returned_quantity is None


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


# -- msgspec: Python names, field by field, each assignment checked, whatever the hooks ---------


def test_msgspec_calls_no_hook_for_a_model() -> None:
    """msgspec reads and writes the models as dataclasses: the hooks are never called, so a wire
    payload in a Struct comes out empty, and the output has the Python names (as the guide shows)."""
    msgspec = library("msgspec")
    called: List[Any] = []

    def dec_hook(type_: Any, obj: Any) -> Any:
        called.append(type_)
        return type_.from_dict(obj)

    def enc_hook(obj: Any) -> Any:
        called.append(type(obj))
        return obj.to_dict()

    class Checkout(msgspec.Struct):  # type: ignore[misc, name-defined]  # msgspec is imported at run time
        customer_session_id: str
        session: NewCustomerSessionV2

    body = msgspec.json.encode({"customer_session_id": "s-1", "session": WIRE_SESSION})
    checkout = msgspec.json.decode(body, type=Checkout, dec_hook=dec_hook)
    assert checkout.session == NewCustomerSessionV2()
    assert (
        msgspec.convert({"customer_session_id": "s-1", "session": WIRE_SESSION}, Checkout, dec_hook=dec_hook)
        == checkout
    )
    item = msgspec.convert({"sku": "A", "quantity": 1, "returnedQuantity": 1}, CartItem, dec_hook=dec_hook)
    assert item == CartItem(sku="A", quantity=1)  # returnedQuantity dropped
    written = msgspec.json.decode(msgspec.json.encode(CartItem(sku="A", quantity=1), enc_hook=enc_hook))
    assert "quantity" in written and written["returned_quantity"] is None
    assert called == []


@pytest.mark.parametrize(("model_class", "data", "message"), REFUSED)
def test_msgspec_raw_field_refuses_what_from_dict_refuses(model_class: Any, data: Any, message: str) -> None:
    """The guide's way: the model's JSON as msgspec.Raw, read by from_json with every check."""
    msgspec = library("msgspec")

    Envelope = msgspec.defstruct("Envelope", [("body", msgspec.Raw)])  # annotations here are text
    envelope = msgspec.json.decode(msgspec.json.encode({"body": data}), type=Envelope)
    with pytest.raises(ValidationError, match=message):
        model_class.from_json(bytes(envelope.body))


def test_msgspec_raw_field_keeps_the_wire_form() -> None:
    """A whole wire payload in a Struct, read and written back by the model: nothing lost."""
    msgspec = library("msgspec")

    Checkout = msgspec.defstruct("Checkout", [("customer_session_id", str), ("session", msgspec.Raw)])
    body = msgspec.json.encode({"customer_session_id": "s-1", "session": WIRE_SESSION})
    checkout = msgspec.json.decode(body, type=Checkout)
    session = NewCustomerSessionV2.from_json(bytes(checkout.session))
    assert session.cart_items is not None and session.cart_items[0].returned_quantity == 1
    assert session.unknown_fields == {"tier": "gold"}
    again = msgspec.json.encode(Checkout("s-1", msgspec.Raw(session.to_json())))
    assert msgspec.json.decode(again) == {"customer_session_id": "s-1", "session": WIRE_SESSION}


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
