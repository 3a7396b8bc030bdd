"""The life cycle of a customer session: its states and the moves between them.

The rules are those of the ``state`` field's description (the Talon.One API docs): a
session is created ``open`` or ``closed``, and then

* ``open`` -> ``closed`` and ``open`` -> ``cancelled``, by updating the session;
* ``closed`` -> ``cancelled``, only by updating the session;
* ``closed`` -> ``partially_returned``, only by returning cart items;
* ``closed`` -> ``open``, only by reopening the session;
* ``partially_returned`` -> ``cancelled``, by updating the session.

``cancelled`` is final. Staying in a state is not a transition.
"""

from __future__ import annotations

from typing import NamedTuple, Optional, Tuple

from ._session import STATES


class SessionState:
    """The states of a customer session, as the strings the API uses (not instantiated)."""

    OPEN, CLOSED, PARTIALLY_RETURNED, CANCELLED = STATES
    ALL: Tuple[str, ...] = STATES
    """Every state, in the order of the API docs."""
    INITIAL: Tuple[str, ...] = (OPEN, CLOSED)
    """The states a session can be created in."""


class SessionOperation:
    """The Integration API operations that change a session's state (not instantiated).

    ``UPDATE`` is Update customer session (``updateCustomerSessionV2``), ``RETURN`` is
    Return cart items (``returnCartItems``) and ``REOPEN`` is Reopen customer session
    (``reopenCustomerSession``).
    """

    UPDATE = "update"
    RETURN = "return"
    REOPEN = "reopen"


class StateTransition(NamedTuple):
    """One allowed move: from ``source`` to ``target`` by the API ``operation``."""

    source: str
    target: str
    operation: str


TRANSITIONS: Tuple[StateTransition, ...] = (
    StateTransition(SessionState.OPEN, SessionState.CLOSED, SessionOperation.UPDATE),
    StateTransition(SessionState.OPEN, SessionState.CANCELLED, SessionOperation.UPDATE),
    StateTransition(SessionState.CLOSED, SessionState.CANCELLED, SessionOperation.UPDATE),
    StateTransition(SessionState.CLOSED, SessionState.PARTIALLY_RETURNED, SessionOperation.RETURN),
    StateTransition(SessionState.CLOSED, SessionState.OPEN, SessionOperation.REOPEN),
    StateTransition(SessionState.PARTIALLY_RETURNED, SessionState.CANCELLED, SessionOperation.UPDATE),
)


def transitions() -> Tuple[StateTransition, ...]:
    """Every allowed move between session states, in the order of the API docs."""
    return TRANSITIONS


def _check_state(state: str) -> None:
    if state not in STATES:
        allowed = ", ".join(repr(name) for name in STATES)
        raise ValueError("unknown session state %r; expected one of %s" % (state, allowed))


def transition_operation(source: str, target: str) -> Optional[str]:
    """The operation that moves a session from ``source`` to ``target``, or ``None``.

    ``None`` means the move is not allowed, staying in the same state included. The
    operation is ``"update"``, ``"return"`` or ``"reopen"``.

    Raises:
        ValueError: ``source`` or ``target`` is not one of the four states, such as a
            state a newer API returns (``CustomerSessionV2.state`` keeps any string): the
            moves of a state the API docs do not list are not guessed at.
    """
    _check_state(source)
    _check_state(target)
    for transition in TRANSITIONS:
        if transition.source == source and transition.target == target:
            return transition.operation
    return None


def next_states(state: str) -> Tuple[str, ...]:
    """The states a session in ``state`` can move to by one operation, in the order of ``SessionState.ALL``.

    Raises:
        ValueError: ``state`` is not one of the four states, such as a state a newer API
            returns; check ``state in SessionState.ALL`` first where that may happen.
    """
    _check_state(state)
    targets = {transition.target for transition in TRANSITIONS if transition.source == state}
    return tuple(name for name in STATES if name in targets)
