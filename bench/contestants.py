"""One benchmark contestant, run as a worker process of ``compare.py``.

``python bench/contestants.py NAME`` reads one JSON command a line on stdin and answers
with one JSON line on stdout, so that every library lives in its own interpreter (its heap
does not slow another's garbage collections) while ``compare.py`` makes them take turns.

Each contestant turns the payload of ``payloads.py`` into its model (*decode*, from the
dict that ``json.loads`` gives, all validation included), the model into a dict that
``json.dumps`` can write (*encode*), and JSON text into a model and back into text (*round
trip*). The vendor SDKs also have a ``to_dict()``, measured and checked as well.

talon_models, talon-one-sdk and the rebuild floors also read the parts of a response:
50 effects (``payloads.effects``), the same with the typed view of each effect's props,
and a whole response (``payloads.response``).
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import platform
import re
import sys
import time
from datetime import datetime
from typing import Any, Callable, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
# The checkout whose talon_models is measured (compare.py --source), first on the path.
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.environ.get("BENCH_SOURCE") or os.path.dirname(HERE))

import payloads  # noqa: E402
from payloads import rebuild, rebuild_strict  # noqa: E402

MODEL = "NewCustomerSessionV2"


def compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class Contestant:
    """What one library does with the payload. Subclasses fill in the operations."""

    #: the statement timed in a fresh interpreter (empty: not measured)
    import_code = ""
    #: what had to change in the payload for this library's API, in words (empty: nothing)
    adapted = ""

    def payload(self, size: int) -> Dict[str, Any]:
        return payloads.session(size)

    def decode(self, data: Dict[str, Any]) -> Any:
        raise NotImplementedError

    def encode(self, model: Any) -> Any:
        raise NotImplementedError

    def from_text(self, text: str) -> Any:
        return self.decode(json.loads(text))

    def to_text(self, model: Any) -> str:
        return compact(self.encode(model))

    # ``to_dict`` of the vendor SDKs (None elsewhere)
    to_dict: Optional[Callable[[Any], Any]] = None

    #: the response tasks this contestant has (see EFFECTS and the methods below)
    response_tasks: Tuple[str, ...] = ()

    def effects(self, data: List[Dict[str, Any]]) -> Any:
        """Read each effect of ``data``, its props as sent."""
        raise NotImplementedError

    def typed_effects(self, data: List[Dict[str, Any]]) -> Any:
        """Read each effect of ``data`` and the typed view of its props, by its effect type."""
        raise NotImplementedError

    def response(self, data: Dict[str, Any]) -> Any:
        """Read a whole response to a session update."""
        raise NotImplementedError


# The response tasks, and how many effects the effect tasks read.
RESPONSE_TASKS = ("effects", "effects + typed props", "response")
EFFECTS = 50


class TalonModels(Contestant):
    import_code = "from talon_models import NewCustomerSessionV2"
    response_tasks = RESPONSE_TASKS

    def __init__(self) -> None:
        from talon_models import Effect, IntegrationStateV2, NewCustomerSessionV2

        self.model = NewCustomerSessionV2
        self.effect = Effect
        self.state = IntegrationStateV2

    def effects(self, data: List[Dict[str, Any]]) -> Any:
        read = self.effect.from_dict
        return [read(effect) for effect in data]

    def typed_effects(self, data: List[Dict[str, Any]]) -> Any:
        read = self.effect.from_dict
        effects = [read(effect) for effect in data]
        return effects, [effect.typed_props() for effect in effects]

    def response(self, data: Dict[str, Any]) -> Any:
        return self.state.from_dict(data)

    def decode(self, data: Dict[str, Any]) -> Any:
        return self.model.from_dict(data)

    def encode(self, model: Any) -> Any:
        return model.to_dict()

    def from_text(self, text: str) -> Any:
        return self.model.from_json(text)

    def to_text(self, model: Any) -> str:
        return model.to_json()  # type: ignore[no-any-return]


class Rebuild(Contestant):
    """A floor: rebuild the dicts and lists, check nothing (``isinstance``)."""

    response_tasks = RESPONSE_TASKS
    copy = staticmethod(rebuild)

    def decode(self, data: Dict[str, Any]) -> Any:
        return self.copy(data)

    def encode(self, model: Any) -> Any:
        return self.copy(model)

    def effects(self, data: List[Dict[str, Any]]) -> Any:
        return self.copy(data)

    def typed_effects(self, data: List[Dict[str, Any]]) -> Any:
        # the effects once, their props a second time, as a typed view reads them
        return self.copy(data), [self.copy(effect["props"]) for effect in data]

    def response(self, data: Dict[str, Any]) -> Any:
        return self.copy(data)


class RebuildStrict(Rebuild):
    """The strict floor: the same copy, testing ``type(value) is dict`` as people write it."""

    copy = staticmethod(rebuild_strict)


class JsonOnly(Contestant):
    """The floor of the round trip: ``json.loads`` then ``json.dumps``, nothing between."""

    def decode(self, data: Dict[str, Any]) -> Any:
        return data

    def encode(self, model: Any) -> Any:
        return model


class Library(Contestant):
    """A model module of ``bench/`` with decode/encode/from_json/to_json functions."""

    def __init__(self, module: str) -> None:
        self.import_code = "import " + module
        self.module = __import__(module)

    def decode(self, data: Dict[str, Any]) -> Any:
        return self.module.decode(data)

    def encode(self, model: Any) -> Any:
        return self.module.encode(model)

    def from_text(self, text: str) -> Any:
        return self.module.from_json(text)

    def to_text(self, model: Any) -> str:
        return self.module.to_json(model)  # type: ignore[no-any-return]


class VendorSdk(Contestant):
    """``talon-one-sdk``, the vendor's current pydantic-based SDK.

    Decode is the model's ``from_dict`` (what its API client calls after ``json.loads``);
    encode is its API client's ``sanitize_for_serialization`` (what it sends).
    """

    import_code = "from talon_one.models.new_customer_session_v2 import NewCustomerSessionV2"
    response_tasks = RESPONSE_TASKS

    def __init__(self) -> None:
        import importlib

        from talon_one.api_client import ApiClient
        from talon_one.models.effect import Effect
        from talon_one.models.integration_state_v2 import IntegrationStateV2
        from talon_one.models.new_customer_session_v2 import NewCustomerSessionV2

        self.model = NewCustomerSessionV2
        self.client = ApiClient()
        self.to_dict = NewCustomerSessionV2.to_dict
        self.effect = Effect
        self.state = IntegrationStateV2
        # effect type -> its props model, found once: what a program dispatching on
        # effectType would build (the SDK's Effect keeps props as Any)
        self.props: Dict[str, Any] = {}
        for example in payloads.effect_examples():
            kind = example["effectType"]
            module = re.sub(r"(?<!^)(?=[A-Z])", "_", kind).lower()
            module = module if module.endswith("_effect") else module + "_effect"
            found = importlib.import_module("talon_one.models.%s_props" % module)
            self.props[kind] = getattr(
                found, kind[0].upper() + kind[1:] + ("" if kind.endswith("Effect") else "Effect") + "Props"
            )

    def effects(self, data: List[Dict[str, Any]]) -> Any:
        read = self.effect.from_dict
        return [read(effect) for effect in data]

    def typed_effects(self, data: List[Dict[str, Any]]) -> Any:
        read, props = self.effect.from_dict, self.props
        effects = [read(effect) for effect in data]
        return effects, [props[effect.effect_type].from_dict(effect.props) for effect in effects]

    def response(self, data: Dict[str, Any]) -> Any:
        return self.state.from_dict(data)

    def decode(self, data: Dict[str, Any]) -> Any:
        return self.model.from_dict(data)

    def encode(self, model: Any) -> Any:
        return self.client.sanitize_for_serialization(model)

    def from_text(self, text: str) -> Any:
        return self.model.from_json(text)

    def to_text(self, model: Any) -> str:
        return json.dumps(self.client.sanitize_for_serialization(model))


class _Response:
    """The one attribute of an HTTP response that the old SDK's deserializer reads."""

    def __init__(self, text: str) -> None:
        self.data = text


class LegacySdk(Contestant):
    """``talon-one-python-sdk``, the vendor's older generated SDK.

    Decode is its API client's deserializer from the parsed dict (the private
    ``__deserialize`` that ``deserialize`` calls after ``json.loads``); the round trip
    starts at the public ``deserialize`` with the text as the response body.
    """

    import_code = "from talon_one.models.new_customer_session_v2 import NewCustomerSessionV2"

    def __init__(self) -> None:
        from talon_one.api_client import ApiClient
        from talon_one.models.new_customer_session_v2 import NewCustomerSessionV2

        self.client = ApiClient()
        self.read = self.client._ApiClient__deserialize  # type: ignore[attr-defined]
        self.to_dict = NewCustomerSessionV2.to_dict

    def decode(self, data: Dict[str, Any]) -> Any:
        return self.read(data, MODEL)

    def encode(self, model: Any) -> Any:
        return self.client.sanitize_for_serialization(model)

    def from_text(self, text: str) -> Any:
        return self.client.deserialize(_Response(text), MODEL)

    def to_text(self, model: Any) -> str:
        return json.dumps(self.client.sanitize_for_serialization(model))


CONTESTANTS: Dict[str, Callable[[], Contestant]] = {
    "talon_models": TalonModels,
    "rebuild": Rebuild,
    "strict": RebuildStrict,
    "json": JsonOnly,
    "pydantic": lambda: Library("bench_pydantic"),
    "msgspec": lambda: Library("bench_msgspec"),
    "talon-one-sdk": VendorSdk,
    "talon-one-python-sdk": LegacySdk,
}


# -- checking ------------------------------------------------------------------------------


def _instant(text: str) -> Optional[Tuple[datetime, Any]]:
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (value, value.utcoffset()) if value.tzinfo is not None else None


def differences(expected: Any, got: Any, path: str = "", found: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    """How ``got`` differs from ``expected``: {kind of difference: first path where it is}."""
    found = {} if found is None else found

    def note(kind: str) -> None:
        found.setdefault(kind, path or "(top level)")

    if isinstance(expected, dict) and isinstance(got, dict):
        for key in expected:
            if key not in got:
                found.setdefault("key left out", "%s.%s" % (path, key))
        for key in got:
            if key not in expected:
                found.setdefault("key added", "%s.%s" % (path, key))
            else:
                differences(expected[key], got[key], "%s.%s" % (path, key) if path else key, found)
    elif isinstance(expected, list) and isinstance(got, list):
        if len(expected) != len(got):
            note("list length")
        for index, (left, right) in enumerate(zip(expected, got)):
            differences(left, right, "%s[%d]" % (path, index), found)
    elif type(expected) is type(got):
        if expected != got:
            if isinstance(expected, str) and _instant(expected) is not None and _instant(expected) == _instant(got):
                note("date-time text changed (same instant and offset)")
            else:
                note("value changed")
    elif isinstance(expected, (int, float)) and isinstance(got, (int, float)) and expected == got:
        note("%s written as %s" % (type(expected).__name__, type(got).__name__))
    else:
        note("type changed (%s to %s)" % (type(expected).__name__, type(got).__name__))
    return found


def _verdict(expected: Any, produce: Callable[[], Any], text: bool = False) -> str:
    """'exact', 'same data: ...', or what is wrong, for one operation's output."""
    try:
        out = produce()
    except Exception as exc:
        return "fails: %s: %s" % (type(exc).__name__, str(exc).strip().splitlines()[0][:160])
    if text:
        out = json.loads(out)
    else:
        try:
            json.dumps(out)
        except (TypeError, ValueError) as exc:
            return "not JSON-writable: %s" % exc
    found = differences(expected, out)
    if not found:
        return "exact"
    same = all(kind.startswith("date-time text") or " written as " in kind for kind in found)
    detail = "; ".join("%s (first at %s)" % item for item in found.items())
    return ("same data: " if same else "wrong: ") + detail


def check(contestant: Contestant, size: int) -> Dict[str, str]:
    """Whether the contestant decodes the payload correctly, and what its outputs are like."""
    original = payloads.session(size)
    data = contestant.payload(size)
    report: Dict[str, str] = {}
    if data != original:
        report["original payload"] = _verdict(original, lambda: contestant.encode(contestant.decode(original)))
    try:
        model = contestant.decode(data)
    except Exception as exc:
        report["decode"] = "fails: %s: %s" % (type(exc).__name__, str(exc).strip().splitlines()[0][:160])
        return report
    report["decode"] = "ok"
    report["encode"] = _verdict(data, lambda: contestant.encode(model))
    if contestant.to_dict is not None:
        report["to_dict"] = _verdict(data, lambda: contestant.to_dict(model))  # type: ignore[misc]
    text = json.dumps(data)
    report["round trip"] = _verdict(data, lambda: contestant.to_text(contestant.from_text(text)), text=True)
    return report


def check_response(contestant: Contestant) -> Dict[str, str]:
    """Whether the contestant reads the effects and the response: 'ok', or the first failure."""
    report: Dict[str, str] = {}
    for task in contestant.response_tasks:
        try:
            Worker.response_task(contestant, task)()
        except Exception as exc:
            report[task] = "fails: %s: %s" % (type(exc).__name__, str(exc).strip().splitlines()[0][:160])
        else:
            report[task] = "ok"
    return report


# -- measuring -------------------------------------------------------------------------------


class Worker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.contestant = CONTESTANTS[name]()
        self.inputs: Dict[int, Tuple[Dict[str, Any], str, Any]] = {}
        self.response_inputs: Dict[str, Any] = {}

    def _inputs(self, size: int) -> Tuple[Dict[str, Any], str, Any]:
        if size not in self.inputs:
            data = self.contestant.payload(size)
            self.inputs[size] = (data, json.dumps(data), self.contestant.decode(data))
        return self.inputs[size]

    @staticmethod
    def response_task(contestant: Contestant, task: str, inputs: Optional[Dict[str, Any]] = None) -> Callable[[], Any]:
        """The call of a response task; ``inputs`` keeps its payloads from one call to the next."""
        inputs = {} if inputs is None else inputs
        if "response" not in inputs:
            inputs["response"], inputs["effects"] = payloads.response(), payloads.effects(EFFECTS)
        response, effects = inputs["response"], inputs["effects"]
        if task == "response":
            return lambda: contestant.response(response)
        if task == "effects":
            return lambda: contestant.effects(effects)
        if task == "effects + typed props":
            return lambda: contestant.typed_effects(effects)
        raise ValueError(task)

    def task(self, task: str, size: int) -> Callable[[], Any]:
        if task in RESPONSE_TASKS:
            return self.response_task(self.contestant, task, self.response_inputs)
        data, text, model = self._inputs(size)
        contestant = self.contestant
        if task == "decode":
            return lambda: contestant.decode(data)
        if task == "encode":
            return lambda: contestant.encode(model)
        if task == "to_dict":
            return lambda: contestant.to_dict(model)  # type: ignore[misc]
        if task == "round trip":
            return lambda: contestant.to_text(contestant.from_text(text))
        raise ValueError(task)

    def time(self, task: str, size: int, loops: int) -> float:
        """Seconds per call, over ``loops`` calls, the collector on (and emptied first)."""
        function = self.task(task, size)
        gc.collect()
        start = time.perf_counter()
        for _ in range(loops):
            function()
        return (time.perf_counter() - start) / loops

    def warm(self, task: str, size: int, seconds: float) -> float:
        """Call the task for about ``seconds`` (a JIT compiles it); the fastest call's time."""
        function = self.task(task, size)
        best = float("inf")
        end = time.perf_counter() + seconds
        while True:
            start = time.perf_counter()
            function()
            now = time.perf_counter()
            best = min(best, now - start)
            if now >= end:
                return best

    def memory(self, size: int) -> Optional[int]:
        """Bytes that a model decoded from JSON text keeps, or None where that is not measured.

        CPython: ``tracemalloc``'s traced memory, before and after. PyPy: the growth of
        the collector's total memory, over five sessions kept alive, per session.
        """
        _, text, _ = self._inputs(size)
        decode = self.contestant.decode
        decode(json.loads(text))  # caches filled once, as in a running program
        if sys.implementation.name == "pypy":
            stats = getattr(gc, "get_stats", None)
            if stats is None:
                return None

            def used() -> int:
                for _ in range(3):
                    gc.collect()
                return int(stats()._s.total_gc_memory)

            before = used()
            kept = [decode(json.loads(text)) for _ in range(5)]
            grown = used() - before
            del kept
            return grown // 5
        import tracemalloc

        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        model = decode(json.loads(text))
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del model
        return after - before


def versions() -> Dict[str, str]:
    """The versions of the libraries this interpreter has (of those that are measured)."""
    try:
        from importlib import metadata
    except ImportError:  # pragma: no cover - Python < 3.8
        return {}
    found = {}
    for name in ("pydantic", "pydantic-core", "msgspec", "talon-one-sdk", "talon-one-python-sdk"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found[name] = metadata.version(name)
    return found


def serve(name: str) -> None:
    worker = Worker(name)
    out = sys.stdout
    implementation = "%s %s" % (platform.python_implementation(), platform.python_version())
    hello = {"ready": name, "python": implementation, "versions": versions()}
    hello["response tasks"] = list(worker.contestant.response_tasks)
    out.write(json.dumps(hello) + "\n")
    out.flush()
    for line in sys.stdin:
        command = json.loads(line)
        op = command.pop("op")
        result: Any
        if op == "quit":
            break
        if op == "check":
            result = check(worker.contestant, command["size"])
            if worker.contestant.adapted:
                result["adapted"] = worker.contestant.adapted
        elif op == "check response":
            result = check_response(worker.contestant)
        elif op == "time":
            result = worker.time(command["task"], command["size"], command["loops"])
        elif op == "warm":
            result = worker.warm(command["task"], command["size"], command["seconds"])
        elif op == "memory":
            result = worker.memory(command["size"])
        else:
            raise ValueError(op)
        out.write(json.dumps({"result": result}) + "\n")
        out.flush()


def main(argv: List[str]) -> int:
    if len(argv) != 1 or argv[0] not in CONTESTANTS:
        print("usage: contestants.py {%s}" % ",".join(CONTESTANTS), file=sys.stderr)
        return 2
    serve(argv[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
