"""Every model, by class name, in the order the docs show them: the one list the command
line, the docs generator and the tests go by.

The list is the package's table of names (``talon_models._MODULE_OF``), so a new model
is added there once. ``MODELS`` imports every model the first time it is asked for, so
a program that never asks pays nothing for it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Dict, Tuple, Type

from . import _MODULE_OF
from ._base import Model

# The groups of the docs' Models section, by module: the request and what it holds, the
# session the server returns, the response, and the effects.
GROUPS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    ("Request", ("_integration_request", "_session", "_cart_item", "_additional_cost", "_product", "_price_detail")),
    ("Returned session", ("_customer_session",)),
    (
        "Response",
        (
            "_integration_state",
            "_profile",
            "_event",
            "_loyalty",
            "_referral",
            "_coupon",
            "_campaign",
            "_rule_failure",
            "_giveaway",
            "_return",
        ),
    ),
    ("Effects", ("_effect", "_effect_props")),
)


def _all_models() -> Dict[str, Type[Model]]:
    package = sys.modules[__package__]  # imported before any of its modules
    found = {}
    for name in _MODULE_OF:
        value = getattr(package, name)
        if isinstance(value, type) and issubclass(value, Model):
            found[name] = value
    return found


def group_of(model: Type[Model]) -> str:
    """The docs group of ``model``: ``"Request"``, ``"Returned session"``, ``"Response"`` or ``"Effects"``."""
    module = model.__module__.rsplit(".", 1)[-1]
    return next(group for group, modules in GROUPS if module in modules)


def __getattr__(name: str) -> Any:
    if name == "MODELS":
        models = _all_models()
        globals()["MODELS"] = models
        return models
    raise AttributeError("module %r has no attribute %r" % (__name__, name))


if TYPE_CHECKING:  # made by __getattr__ on first use
    MODELS: Dict[str, Type[Model]]
