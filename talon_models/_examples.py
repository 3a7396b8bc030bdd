"""Example payloads, built from the ``example`` of every field (the docs and the CLI show them)."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, Type

from ._base import Model
from ._fields import spec_of


def example_payload(model: Type[Model]) -> Dict[str, Any]:
    """The wire form of ``model``'s example: every field that has an example, in field order.

    It is the example of the Ruby SDK's docs page, corrected where that one is wrong.
    """
    payload = {}
    for item in dataclasses.fields(model):
        spec = spec_of(item)
        if spec.example is not None:
            payload[spec.wire] = spec.example
    return model.from_dict(payload).to_dict()
