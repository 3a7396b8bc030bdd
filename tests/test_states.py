"""The customer session state machine, checked against every pair of states."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Dict, Optional, Tuple

import pytest

import talon_models
from talon_models import SessionOperation, SessionState, StateTransition, next_states, transition_operation, transitions
from talon_models._session import STATES, NewCustomerSessionV2

# The state field's description, written out by hand: (from, to) -> operation.
# Every pair not listed here is not allowed.
ALLOWED: Dict[Tuple[str, str], str] = {
    ("open", "closed"): "update",
    ("open", "cancelled"): "update",
    ("closed", "cancelled"): "update",
    ("closed", "partially_returned"): "return",
    ("closed", "open"): "reopen",
    ("partially_returned", "cancelled"): "update",
}

PAIRS = list(itertools.product(STATES, STATES))
GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guides" / "session-states.md"


@pytest.mark.parametrize(("source", "target"), PAIRS, ids=["%s->%s" % pair for pair in PAIRS])
def test_transition_operation_matches_the_state_description(source: str, target: str) -> None:
    """Each of the 16 pairs is allowed by exactly the operation the docs name, or not at all."""
    expected: Optional[str] = ALLOWED.get((source, target))
    assert transition_operation(source, target) == expected


@pytest.mark.parametrize("state", STATES)
def test_next_states_are_the_allowed_targets_in_state_order(state: str) -> None:
    """next_states lists the targets of the allowed moves, in the order of the four states."""
    expected = tuple(target for target in STATES if (state, target) in ALLOWED)
    assert next_states(state) == expected


def test_cancelled_is_final() -> None:
    """No operation moves a session out of cancelled."""
    assert next_states(SessionState.CANCELLED) == ()


def test_staying_in_a_state_is_not_a_transition() -> None:
    """A state to itself has no operation, for every state."""
    assert [transition_operation(state, state) for state in STATES] == [None] * 4


def test_the_constants_are_the_api_strings_in_session_order() -> None:
    """The four state constants are the strings of _session.STATES, which is the one source."""
    constants = (SessionState.OPEN, SessionState.CLOSED, SessionState.PARTIALLY_RETURNED, SessionState.CANCELLED)
    assert constants == ("open", "closed", "partially_returned", "cancelled")
    assert SessionState.ALL is STATES


def test_sessions_are_created_open_or_closed_only() -> None:
    """INITIAL names the two states a session can be created in."""
    assert SessionState.INITIAL == ("open", "closed")


def test_the_state_field_accepts_exactly_the_four_states() -> None:
    """The model's state rule and the state machine name the same states."""
    for state in SessionState.ALL:
        assert NewCustomerSessionV2(state=state).state == state
    with pytest.raises(talon_models.ValidationError):
        NewCustomerSessionV2(state="canceled")


def test_transitions_list_every_allowed_move_once() -> None:
    """transitions() holds the six moves of the docs, each a StateTransition."""
    listed = transitions()
    assert all(isinstance(move, StateTransition) for move in listed)
    assert {(move.source, move.target): move.operation for move in listed} == ALLOWED
    assert len(listed) == len(ALLOWED)


def test_operations_are_the_three_api_operations() -> None:
    """The operation constants are the strings transition_operation returns."""
    assert (SessionOperation.UPDATE, SessionOperation.RETURN, SessionOperation.REOPEN) == ("update", "return", "reopen")
    assert {move.operation for move in transitions()} == {"update", "return", "reopen"}


@pytest.mark.parametrize("bad", ["OPEN", "canceled", "", "partially returned"])
def test_an_unknown_state_is_a_value_error_naming_the_states(bad: str) -> None:
    """A misspelt state raises ValueError that lists the four states, from every function."""
    message = "unknown session state %r; expected one of 'open', 'closed', 'partially_returned', 'cancelled'" % bad
    for call in (lambda: transition_operation(bad, "open"), lambda: transition_operation("open", bad)):
        with pytest.raises(ValueError, match="unknown session state") as caught:
            call()
        assert str(caught.value) == message
    with pytest.raises(ValueError, match="unknown session state") as caught:
        next_states(bad)
    assert str(caught.value) == message


def _diagram() -> str:
    match = re.search(r"^```mermaid\n(.*?)^```$", GUIDE.read_text("utf-8"), re.MULTILINE | re.DOTALL)
    assert match is not None, "the guide has no mermaid diagram"
    return match.group(1)


def test_guide_diagram_draws_exactly_the_allowed_moves() -> None:
    """Every arrow between two states in the guide's diagram is an allowed move, labelled with its operation."""
    arrows = re.findall(r"^\s*(\w+) --> (\w+): (\w+)$", _diagram(), re.MULTILINE)
    assert {(source, target): operation for source, target, operation in arrows} == ALLOWED
    assert len(arrows) == len(ALLOWED)


def test_guide_diagram_starts_in_the_initial_states_and_ends_in_the_final_ones() -> None:
    """The diagram's start arrows lead to INITIAL, and its end arrows leave the states with no next state."""
    diagram = _diagram()
    assert tuple(re.findall(r"\[\*\] --> (\w+): create", diagram)) == SessionState.INITIAL
    final = tuple(state for state in STATES if not next_states(state))
    assert tuple(re.findall(r"(\w+) --> \[\*\]", diagram)) == final


def test_guide_table_lists_exactly_the_allowed_moves() -> None:
    """The guide's table of moves has one row per allowed move, with its operation."""
    rows = re.findall(r"^\| `(\w+)` \| `(\w+)` \| `(\w+)` \|", GUIDE.read_text("utf-8"), re.MULTILINE)
    assert {(source, target): operation for source, target, operation in rows} == ALLOWED
    assert len(rows) == len(ALLOWED)
