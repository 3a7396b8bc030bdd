"""The two models around the session on the Update customer session endpoint.

``IntegrationRequest`` is what is sent (the session plus ``responseContent``) and
``CustomerSessionV2`` what comes back (the session as the server stored it).
"""

from __future__ import annotations

import copy
import dataclasses
import json
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List

import jsonschema
import oracle
import pytest

from talon_models import (
    AdditionalCost,
    CartItem,
    CustomerSessionV2,
    IntegrationRequest,
    NewCustomerSessionV2,
    SessionState,
    ValidationError,
    next_states,
)
from talon_models._base import Model
from talon_models._examples import example_payload
from talon_models._fields import spec_of
from talon_models._registry import MODELS

UTC = timezone.utc


def server_session(**changes: Any) -> Dict[str, Any]:
    """The ``customerSession`` of a 200 response, in the shape of the Integration API spec."""
    session: Dict[str, Any] = {
        "id": 6,
        "created": "2020-06-10T09:05:27.993483Z",
        "integrationId": "URNGV8294NV",
        "applicationId": 322,
        "profileId": "URNGV8294NV",
        "couponCodes": ["XMAS-20-2021"],
        "state": "closed",
        "cartItems": [
            {
                "name": "Air Glide",
                "sku": "SKU1241028",
                "quantity": 2,
                "returnedQuantity": 1,
                "remainingQuantity": 1,
                "price": 99.99,
                "position": 0,
                "adjustmentEffectiveFrom": "2021-09-12T10:12:42.5+02:00",
            }
        ],
        "additionalCosts": {"shipping": {"price": 9}},
        "attributes": {"ShippingCity": "Berlin"},
        "firstSession": False,
        "total": 119.99,
        "cartItemTotal": 99.99,
        "additionalCostTotal": 20,
        "updated": "2020-02-08T14:15:22.123456789+05:30",
    }
    session.update(changes)
    return session


def problems(error: ValidationError) -> List[str]:
    return [detail.path for detail in error.errors]


# -- CustomerSessionV2: what comes back ---------------------------------------------------


def test_a_server_session_is_read_and_written_back_as_it_was() -> None:
    """Every field is known, the fractions of a second and the offsets survive, nothing is added."""
    data = server_session()
    session = CustomerSessionV2.from_dict(data, unknown="forbid")
    assert session.to_dict() == data
    assert json.loads(session.to_json()) == data
    assert session.created == datetime(2020, 6, 10, 9, 5, 27, 993483, tzinfo=UTC)
    assert session.updated.utcoffset() == timedelta(hours=5, minutes=30)
    assert session.to_dict()["updated"] == "2020-02-08T14:15:22.123456789+05:30"
    assert (session.id, session.application_id, session.first_session) == (6, 322, False)
    assert session.cart_items[0].returned_quantity == 1


def test_the_sent_session_model_does_not_know_the_server_fields() -> None:
    """Read as NewCustomerSessionV2, a returned session's server fields are unknown keys."""
    data = server_session()
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict(data, unknown="forbid")
    server_fields = ["id", "created", "integrationId", "applicationId", "firstSession", "total"]
    server_fields += ["cartItemTotal", "additionalCostTotal", "updated"]
    assert sorted(problems(caught.value)) == sorted(server_fields)


def test_fields_of_a_newer_api_are_kept_and_can_be_refused() -> None:
    """updateCount and friends (in today's spec, not in the Ruby model) pass through, or fail with forbid."""
    data = server_session(updateCount=3, cartItemAdditionalCostTotal=0)
    session = CustomerSessionV2.from_dict(data)
    assert session.unknown_fields == {"updateCount": 3, "cartItemAdditionalCostTotal": 0}
    assert session.to_dict() == data
    with pytest.raises(ValidationError) as caught:
        CustomerSessionV2.from_dict(data, unknown="forbid")
    assert problems(caught.value) == ["updateCount", "cartItemAdditionalCostTotal"]


def test_every_required_field_is_reported_at_once_in_field_order() -> None:
    """Ruby's required fields (all but state, which has a default) are named when missing or null."""
    with pytest.raises(ValidationError) as caught:
        CustomerSessionV2.from_dict({"state": "open", "cartItems": None})
    required = [wire for wire, (_, options) in oracle.MODELS["CustomerSessionV2"].items() if options.get("required")]
    assert problems(caught.value) == required


@pytest.mark.parametrize("value", ["true", "yes", 1, 0, 1.0, [True], None])
def test_first_session_is_a_json_boolean(value: Any) -> None:
    """No string, number or list stands in for a boolean, and null is missing."""
    with pytest.raises(ValidationError) as caught:
        CustomerSessionV2.from_dict(server_session(firstSession=value))
    assert problems(caught.value) == ["firstSession"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("id", "6"),
        ("id", 1.5),
        ("applicationId", True),
        ("total", "119.99"),
        ("cartItemTotal", float("inf")),
        ("additionalCostTotal", None),
        ("created", "2020-06-10"),
        ("created", "2020-06-10T09:05:27"),
        ("updated", 1581063322),
        ("integrationId", 123),
        ("integrationId", "s" * 1001),
        ("profileId", ["p"]),
        ("state", 1),
        ("cartItems", {"0": {}}),
        ("attributes", []),
    ],
)
def test_server_fields_are_read_strictly(key: str, value: Any) -> None:
    """A value of the wrong type or outside its rule is an error at its key, never coerced."""
    with pytest.raises(ValidationError) as caught:
        CustomerSessionV2.from_dict(server_session(**{key: value}))
    assert problems(caught.value) == [key]


@pytest.mark.parametrize("state", ["OPEN", "", "archived_by_a_newer_api"])
def test_a_returned_state_this_package_does_not_know_is_kept(state: str) -> None:
    """The server owns the session's state: a value a newer API sends is kept, and written back."""
    session = CustomerSessionV2.from_dict(server_session(state=state))
    assert session.state == state
    assert session.to_dict()["state"] == state


def test_integration_id_allows_empty_and_1000_characters() -> None:
    """As in Ruby: "" is a valid integration ID, and the limit counts code points."""
    for value in ("", "é" * 1000):
        assert CustomerSessionV2.from_dict(server_session(integrationId=value)).integration_id == value


def test_request_limits_do_not_refuse_a_returned_session() -> None:
    """1001 cart items, or quantities adding up past 10000, are read from a response."""
    many = [{"sku": "A", "quantity": 1}] * 1001
    assert len(CustomerSessionV2.from_dict(server_session(cartItems=many)).cart_items) == 1001
    heavy = [{"sku": "A", "quantity": 6000}, {"sku": "B", "quantity": 6000}]
    session = CustomerSessionV2.from_dict(server_session(cartItems=heavy, updated="2020-02-08T14:15:22Z"))
    session.validate()
    rebuilt = CustomerSessionV2(**{f.name: getattr(session, f.name) for f in dataclasses.fields(session)})
    assert rebuilt == session
    # The same carts are refused in what is sent.
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_dict({"cartItems": heavy})
    assert problems(caught.value) == ["cartItems"]


def test_the_api_limits_the_response_schema_states_do_apply() -> None:
    """Coupon code length, one loyalty card and five identifiers hold for a returned session too."""
    for key, value in [("loyaltyCards", ["c1", "c2"]), ("identifiers", list("abcdef")), ("couponCodes", ["x" * 101])]:
        with pytest.raises(ValidationError) as caught:
            CustomerSessionV2.from_dict(server_session(**{key: value}))
        assert problems(caught.value) in ([key], [key + "[0]"])


def test_python_names_are_refused_at_their_path_in_every_mode() -> None:
    """profile_id inside a request, first_session in a returned session: never unknown keys."""
    for unknown in ("keep", "ignore", "forbid"):
        with pytest.raises(ValidationError) as caught:
            IntegrationRequest.from_dict({"customerSession": {"profile_id": "p"}}, unknown=unknown)  # type: ignore[arg-type]
        assert problems(caught.value) == ["customerSession.profile_id"]
        data = server_session(first_session=True)
        with pytest.raises(ValidationError) as caught:
            CustomerSessionV2.from_dict(data, unknown=unknown)  # type: ignore[arg-type]
        assert problems(caught.value) == ["first_session"]


def test_errors_inside_a_returned_session_carry_their_path() -> None:
    """A broken cart item of the response is found at its index."""
    data = server_session()
    data["cartItems"][0]["quantity"] = "2"
    data["additionalCosts"]["shipping"] = {}
    with pytest.raises(ValidationError) as caught:
        CustomerSessionV2.from_dict(data)
    assert problems(caught.value) == ["cartItems[0].quantity", "additionalCosts.shipping.price"]


def test_state_defaults_to_open_and_is_written_only_when_set() -> None:
    """Like the sent session: .state reads "open", and to_dict() leaves an unset state out."""
    data = server_session()
    del data["state"]
    session = CustomerSessionV2.from_dict(data)
    assert session.state == SessionState.OPEN
    assert "state" not in session.to_dict()


def test_the_state_tells_what_the_next_update_may_do() -> None:
    """A closed session can be cancelled by an update; reopening or returning needs other endpoints."""
    session = CustomerSessionV2.from_dict(server_session(state="closed"))
    assert next_states(session.state) == ("open", "partially_returned", "cancelled")


def test_constructor_checks_every_field() -> None:
    """The constructor takes datetimes and model instances, and reports every wrong value."""
    arguments: Dict[str, Any] = {
        "id": 6,
        "created": datetime(2020, 2, 7, 8, 15, 22, tzinfo=UTC),
        "integration_id": "s1",
        "application_id": 322,
        "profile_id": "p1",
        "cart_items": [CartItem(sku="A", quantity=1)],
        "attributes": {},
        "first_session": True,
        "total": 10,
        "cart_item_total": 10,
        "additional_cost_total": 0,
        "updated": datetime(2020, 2, 8, tzinfo=UTC),
    }
    session = CustomerSessionV2(**arguments)
    assert session.to_dict()["created"] == "2020-02-07T08:15:22Z"
    wrong = dict(arguments, created="2020-02-07T08:15:22Z", first_session="yes", cart_items=[{"sku": "A"}])
    with pytest.raises(ValidationError) as caught:
        CustomerSessionV2(**wrong)
    assert problems(caught.value) == ["created", "cartItems[0]", "firstSession"]
    with pytest.raises(TypeError):
        CustomerSessionV2(**{key: value for key, value in arguments.items() if key != "updated"})
    with pytest.raises(ValidationError):
        session.first_session = 1  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        session.updated = datetime(2020, 2, 8)  # no zone
    with pytest.raises(ValidationError):
        session.integration_id = None  # type: ignore[assignment]


# -- IntegrationRequest: what is sent -----------------------------------------------------


def test_a_request_is_the_session_plus_response_content() -> None:
    """to_dict() writes the session's JSON keys under customerSession, then responseContent."""
    request = IntegrationRequest(
        customer_session=NewCustomerSessionV2(profile_id="p1", cart_items=[CartItem(sku="A", quantity=1)]),
        response_content=["customerSession", "loyalty", "customerSession"],
    )
    assert request.to_dict() == {
        "customerSession": {"profileId": "p1", "cartItems": [{"sku": "A", "quantity": 1}]},
        "responseContent": ["customerSession", "loyalty", "customerSession"],
    }
    assert IntegrationRequest.from_dict(request.to_dict()) == request


def test_errors_inside_the_request_carry_their_full_path() -> None:
    """Problems of the session, its items and responseContent are all reported, each at its wire path."""
    body = {
        "customerSession": {"state": "bogus", "cartItems": [{"sku": "A", "quantity": 0}], "couponCodes": [None]},
        "responseContent": ["customerSession", "campaignEligibility", 1],
    }
    with pytest.raises(ValidationError) as caught:
        IntegrationRequest.from_dict(body)
    assert problems(caught.value) == [
        "customerSession.couponCodes[0]",
        "customerSession.state",
        "customerSession.cartItems[0].quantity",
        "responseContent[1]",
        "responseContent[2]",
    ]


@pytest.mark.parametrize("body", [{}, {"customerSession": None}, {"customerSession": 5}, {"session": {}}])
def test_the_session_is_required(body: Dict[str, Any]) -> None:
    """A request without a session object is refused at customerSession."""
    with pytest.raises(ValidationError) as caught:
        IntegrationRequest.from_dict(body, unknown="ignore")
    assert problems(caught.value) == ["customerSession"]


def test_the_session_under_its_python_name_is_refused_too() -> None:
    """customer_session is no unknown key to ignore: it is refused, naming the JSON key."""
    with pytest.raises(ValidationError) as caught:
        IntegrationRequest.from_dict({"customer_session": {}}, unknown="ignore")
    assert problems(caught.value) == ["customerSession", "customer_session"]
    assert "its JSON key is customerSession" in caught.value.errors[1].msg


def test_response_content_takes_the_ten_values_of_the_spec() -> None:
    """All ten are accepted together; [] asks for nothing extra and differs from leaving it out."""
    ten = [
        "customerSession",
        "customerProfile",
        "coupons",
        "triggeredCampaigns",
        "referral",
        "loyalty",
        "event",
        "awardedGiveaways",
        "ruleFailureReasons",
        "previousReturns",
    ]
    assert IntegrationRequest.from_dict({"customerSession": {}, "responseContent": ten}).response_content == ten
    empty = IntegrationRequest.from_dict({"customerSession": {}, "responseContent": []})
    assert empty.to_dict() == {"customerSession": {}, "responseContent": []}
    assert empty != IntegrationRequest.from_dict({"customerSession": {}})
    for bad in ("customerSession", ["CustomerSession"], [" loyalty"], [""], ["effects"], [None]):
        with pytest.raises(ValidationError):
            IntegrationRequest.from_dict({"customerSession": {}, "responseContent": bad})


def test_the_constructor_takes_a_checked_session() -> None:
    """customer_session must be a NewCustomerSessionV2: a dict, even a right one, is refused."""
    with pytest.raises(ValidationError) as caught:
        IntegrationRequest(customer_session={"profileId": "p1"})  # type: ignore[arg-type]
    assert problems(caught.value) == ["customerSession"]
    with pytest.raises(ValidationError):
        IntegrationRequest(customer_session=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        IntegrationRequest()  # type: ignore[call-arg]
    request = IntegrationRequest(customer_session=NewCustomerSessionV2())
    with pytest.raises(ValidationError):
        request.response_content = ["bogus"]
    with pytest.raises(ValidationError):
        request.customer_session = None  # type: ignore[assignment]
    request.response_content = ["loyalty"]
    assert request.to_dict() == {"customerSession": {}, "responseContent": ["loyalty"]}


def test_a_session_changed_in_place_is_caught_by_validate() -> None:
    """validate() looks into the session inside the request, as into any nested model."""
    request = IntegrationRequest(customer_session=NewCustomerSessionV2(cart_items=[CartItem(sku="A", quantity=1)]))
    request.customer_session.cart_items.append("not an item")  # type: ignore[union-attr, arg-type]
    with pytest.raises(ValidationError) as caught:
        request.validate()
    assert problems(caught.value) == ["customerSession.cartItems[1]"]


def test_the_request_limits_bind_the_sent_session() -> None:
    """Inside a request, the session's cart limits apply, at the session's path."""
    with pytest.raises(ValidationError) as caught:
        IntegrationRequest.from_dict({"customerSession": {"cartItems": [{"sku": "A", "quantity": 1}] * 1001}})
    assert problems(caught.value) == ["customerSession.cartItems"]


# -- what every model has -----------------------------------------------------------------


@pytest.mark.parametrize("model", [IntegrationRequest, CustomerSessionV2], ids=lambda model: model.__name__)
def test_schema_describes_the_example_and_the_required_fields(model: Any) -> None:
    """The JSON Schema is valid, accepts the example, and requires what from_dict requires."""
    schema = model.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(example_payload(model))
    assert not validator.is_valid({})
    required = [spec_of(f).wire for f in dataclasses.fields(model) if spec_of(f).rule.required]
    assert schema["required"] == required


def test_schema_of_the_returned_session_has_no_request_limits() -> None:
    """cartItems has no maxItems and the quantity sum is not announced; firstSession is a boolean."""
    schema = CustomerSessionV2.json_schema()
    assert "maxItems" not in schema["properties"]["cartItems"]
    assert "10000" not in schema["description"]
    assert schema["properties"]["firstSession"]["type"] == "boolean"
    assert schema["properties"]["created"]["readOnly"] is True
    sent = IntegrationRequest.json_schema()
    assert sent["properties"]["customerSession"] == {
        "$ref": "#/$defs/NewCustomerSessionV2",
        "description": sent["properties"]["customerSession"]["description"],
        "examples": [example_payload(IntegrationRequest)["customerSession"]],
    }
    assert sent["$defs"]["NewCustomerSessionV2"]["properties"]["cartItems"]["maxItems"] == 1000
    assert "campaignEligibility" not in sent["properties"]["responseContent"]["items"]["enum"]


@pytest.mark.parametrize("model", [IntegrationRequest, CustomerSessionV2], ids=lambda model: model.__name__)
def test_the_dataclass_view(model: Any) -> None:
    """fields, asdict, replace and copies work as on the other models."""
    instance = model.from_dict(example_payload(model))
    assert dataclasses.is_dataclass(instance)
    assert dataclasses.asdict(instance).keys() == {f.name for f in dataclasses.fields(model)}
    assert copy.deepcopy(instance) == instance
    first = dataclasses.fields(model)[0].name
    assert dataclasses.replace(instance, **{first: getattr(instance, first)}) == instance


# -- one reader and writer for every model ------------------------------------------------


def _payloads() -> List[Any]:
    """Payloads of the hand-written models: examples, unknown keys, and broken ones."""
    session = example_payload(NewCustomerSessionV2)
    session["cartItems"] = [example_payload(CartItem), {"sku": "B", "quantity": 2, "extra": [1, {"a": None}]}]
    broken = {"profileId": 1, "state": "x", "cartItems": [{"sku": "", "quantity": 0, "prices": {"a": None}}]}
    return [
        (NewCustomerSessionV2, session),
        (NewCustomerSessionV2, broken),
        (NewCustomerSessionV2, {"cartItems": [{"sku": "A", "quantity": 6000}] * 2, "profile_id": "p"}),
        (CartItem, {"sku": "A", "quantity": 1, "product": {}, "additionalCosts": {"x": {"price": "1"}}}),
        (AdditionalCost, {"price": 1, "currency": "EUR"}),
        (AdditionalCost, []),
    ] + [(model, example_payload(model)) for model in MODELS.values()]


@pytest.mark.parametrize("unknown", ["keep", "ignore", "forbid"])
def test_the_generic_reader_and_writer_agree_with_the_hand_written_ones(unknown: str) -> None:
    """Model._read and Model._write, which the two new models use, give what the tuned ones of the
    session models give: so a model needs only its field declarations."""
    for model, payload in _payloads():
        generic_errors: List[Any] = []
        tuned_errors: List[Any] = []
        generic = Model._read.__func__(model, copy.deepcopy(payload), unknown, generic_errors)  # type: ignore[attr-defined]
        tuned = model._read(copy.deepcopy(payload), unknown, tuned_errors)
        assert generic_errors == tuned_errors, (model, payload)
        assert generic == tuned
        if tuned is not None:
            assert Model._write(tuned) == tuned._write()


def test_the_next_update_is_made_from_a_returned_session() -> None:
    """from_session keeps what a request may send and leaves out what only the server sets."""
    returned = CustomerSessionV2.from_dict(
        server_session(
            state="closed",
            couponCodes=["XMAS"],
            updateCount=3,  # a key newer than this package: the server's, not sent back
            cartItems=[
                {
                    "sku": "A",
                    "quantity": 2,
                    "price": 9.5,
                    "position": 0,
                    "returnedQuantity": 0,
                    "prices": {"base": {"price": 10}},
                    "adjustmentContextId": "ctx",
                }
            ],
        )
    )
    session = NewCustomerSessionV2.from_session(returned)
    sent = session.to_dict()
    assert sent["cartItems"] == [{"sku": "A", "quantity": 2, "price": 9.5}]
    assert sent["couponCodes"] == ["XMAS"]
    assert sent["profileId"] == returned.profile_id
    for server_key in ("id", "created", "integrationId", "total", "firstSession", "updated", "state", "updateCount"):
        assert server_key not in sent
    session.cart_items[0].quantity = 3  # a copy: the returned session is unchanged
    assert returned.cart_items[0].quantity == 2
    IntegrationRequest(customer_session=session)  # ready to send


def test_from_session_takes_only_a_returned_session() -> None:
    """A request session or a dict is a TypeError that names what was given."""
    with pytest.raises(TypeError, match="takes a CustomerSessionV2, not dict"):
        NewCustomerSessionV2.from_session({})  # type: ignore[arg-type]


def test_from_session_holds_the_result_to_the_request_limits() -> None:
    """A returned session past what one request may send is refused, at its path."""
    returned = CustomerSessionV2.from_dict(server_session(cartItems=[{"sku": "A", "quantity": 1}] * 1001))
    with pytest.raises(ValidationError) as caught:
        NewCustomerSessionV2.from_session(returned)
    assert [(error.path, error.code) for error in caught.value.errors] == [("cartItems", "too_many_items")]
