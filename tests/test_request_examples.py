"""No example of a request sets a field that the server calculates.

Fields such as ``returnedQuantity``, ``position`` or ``prices`` of a cart item are set by
the API (their ``FieldSpec`` says ``server_calculated``); the model pages mark them
read-only. An example that sends one teaches a reader to send it too. The examples are
the README's code, the bundled ``examples/*.json`` that are requests, and the docs'
code and JSON: every constructor call of a request model, every whole request body read
with ``from_dict`` or ``from_json``, and every JSON block that is a request body.

A cart item read on its own (``CartItem.from_json``) may come from a response, as in the
guide that shows how its date-times are read, so it is not taken for a request.
"""

from __future__ import annotations

import ast
import dataclasses
import json
from typing import Any, Dict, Iterator, List, Tuple, Type

import pytest
from conftest import ROOT
from test_docs_examples import PYTHON, fenced_blocks, page_source, pages

from talon_models import CartItem, IntegrationRequest, NewCustomerSessionV2
from talon_models._base import Model
from talon_models._cli import _pick
from talon_models._examples import example_payload
from talon_models._fields import ListOf, MapOf, Nested, spec_of
from talon_models._registry import MODELS

REQUEST_MODELS: Tuple[Type[Model], ...] = (IntegrationRequest, NewCustomerSessionV2, CartItem)
REQUEST_BODIES = ("IntegrationRequest", "NewCustomerSessionV2")  # read whole with from_dict or from_json


def server_fields(model: Type[Model], payload: Any, path: str = "") -> List[str]:
    """The wire paths of the server-calculated fields ``payload`` sets, read as ``model``."""
    if not isinstance(payload, dict):
        return []
    specs = {spec.wire: spec for spec in map(spec_of, dataclasses.fields(model))}
    found = []
    for key, value in payload.items():
        spec = specs.get(key)
        if spec is None or value is None:
            continue
        where = path + key
        rule = spec.rule
        if spec.server_calculated:
            found.append(where)
        elif isinstance(rule, Nested):
            found += server_fields(rule.model, value, where + ".")
        elif isinstance(rule, ListOf) and isinstance(rule.item, Nested) and isinstance(value, list):
            for index, element in enumerate(value):
                found += server_fields(rule.item.model, element, "%s[%d]." % (where, index))
        elif isinstance(rule, MapOf) and isinstance(value, dict):
            for name, element in value.items():
                found += server_fields(rule.model, element, "%s.%s." % (where, name))
    return found


def server_arguments(code: str) -> Iterator[str]:
    """What a piece of Python sends that the server calculates: each ``Model(name=...)`` of a
    request model with a server-calculated field, and each server-calculated key of a literal
    request body given to ``from_dict`` or ``from_json``."""
    names = {model.__name__: model for model in REQUEST_MODELS}
    tree = ast.parse(code)
    # A body is often put in a variable first: body = b"""{...}""", then from_json(body).
    literals = {
        node.targets[0].id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        if isinstance(function, ast.Name) and function.id in names:
            server = {name for name, _, spec in names[function.id]._specs if spec.server_calculated}
            for keyword in node.keywords:
                if keyword.arg in server:
                    yield "%s(%s=...)" % (function.id, keyword.arg)
        elif (
            isinstance(function, ast.Attribute)
            and function.attr in ("from_dict", "from_json")
            and isinstance(function.value, ast.Name)
            and function.value.id in REQUEST_BODIES
            and node.args
        ):
            argument = node.args[0]
            if isinstance(argument, ast.Name):
                argument = literals.get(argument.id, argument)
            try:
                payload = ast.literal_eval(argument)
                if isinstance(payload, (str, bytes)):
                    payload = json.loads(payload)
            except ValueError:  # not a literal, or not JSON: nothing to look at
                continue
            for path in server_fields(MODELS[function.value.id], payload):
                yield "%s.%s: %s" % (function.value.id, function.attr, path)


def request_model(payload: Any) -> Any:
    """The request model the command line reads ``payload`` as, or ``None`` for any other."""
    model = MODELS[_pick(payload)[0]]
    return model if model in REQUEST_MODELS else None


def page_texts() -> Iterator[Tuple[str, str]]:
    """(name, text) of the README and of each docs page as the site shows it."""
    yield "README.md", (ROOT / "README.md").read_text("utf-8")
    for page in pages():
        yield str(page.relative_to(ROOT)), page_source(page)


def python_sources() -> Iterator[Tuple[str, str]]:
    """(where, code) of each Python example: the README's, and the pages' (included files in)."""
    for where, text in page_texts():
        for block in fenced_blocks(text):
            if block.language in PYTHON:
                yield "%s:%d" % (where, block.line), block.code


def json_sources() -> Iterator[Tuple[str, Any]]:
    """(where, data) of each JSON example: the bundled files, and the pages' JSON blocks."""
    for path in sorted((ROOT / "examples").glob("*.json")):
        try:
            yield str(path.relative_to(ROOT)), json.loads(path.read_text("utf-8"))
        except ValueError:  # session-truncated.json is cut short on purpose
            continue
    for where, text in page_texts():
        for block in fenced_blocks(text):
            if block.language == "json":
                yield "%s:%d" % (where, block.line), json.loads(block.code)


def test_no_python_example_sends_a_server_calculated_field() -> None:
    found: Dict[str, List[str]] = {}
    for where, code in python_sources():
        sent = list(server_arguments(code))
        if sent:
            found[where] = sent
    assert found == {}


def test_no_json_request_example_sets_a_server_calculated_field() -> None:
    found: Dict[str, List[str]] = {}
    requests = 0
    for where, data in json_sources():
        model = request_model(data)
        if model is not None:
            requests += 1
            paths = server_fields(model, data)
            if paths:
                found[where] = paths
    assert found == {}
    assert requests >= 5  # the bundled requests, and the request bodies the pages show


@pytest.mark.parametrize("model", REQUEST_MODELS, ids=lambda model: model.__name__)
def test_no_generated_request_example_sets_a_server_calculated_field(model: Type[Model]) -> None:
    """The example of a request model, on its page and from ``talon-models example``."""
    assert server_fields(model, example_payload(model)) == []


def test_the_checks_find_server_calculated_fields() -> None:
    """The checks above find what they look for, at any depth and in either form."""
    body = {"customerSession": {"cartItems": [{"sku": "A", "quantity": 1, "position": 0, "prices": {}}]}}
    assert server_fields(IntegrationRequest, body) == [
        "customerSession.cartItems[0].position",
        "customerSession.cartItems[0].prices",
    ]
    assert request_model(body) is IntegrationRequest
    code = (
        "NewCustomerSessionV2(cart_items=[CartItem(sku='A', quantity=1, returned_quantity=1)])\n"
        'body = b\'{"cartItems": [{"sku": "A", "quantity": 1, "catalogItemID": 2}]}\'\n'
        "NewCustomerSessionV2.from_json(body)\n"
        'IntegrationRequest.from_dict({"customerSession": {"cartItems": [{"position": 1}]}})\n'
        'CartItem.from_json(\'{"sku": "A", "quantity": 1, "catalogItemID": 2}\')  # may be a response\'s\n'
    )
    assert sorted(server_arguments(code)) == [
        "CartItem(returned_quantity=...)",
        "IntegrationRequest.from_dict: customerSession.cartItems[0].position",
        "NewCustomerSessionV2.from_json: cartItems[0].catalogItemID",
    ]
