"""A client for Talon.One's Update customer session endpoint, on the standard library only."""

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Optional

from talon_models import (
    CartItem,
    IntegrationRequest,
    IntegrationStateV2,
    NewCustomerSessionV2,
    SessionOperation,
    next_states,
    transition_operation,
)

EXCERPT = 200  # characters of a body that an error message shows


class TalonOneError(Exception):
    """The API refused or failed (an HTTP error), or answered with something that is not JSON.

    ``str(error)`` says what happened in one line: the status, the content type, and the
    API's ``message`` or the start of the body. ``body`` is the whole body: the parsed
    JSON, or the text when it is not JSON (a proxy's HTML page, say).
    """

    def __init__(self, status: int, content_type: Optional[str], data: bytes, problem: str = "") -> None:
        text = data.decode("utf-8", "replace")
        try:
            body: Any = json.loads(text)
        except ValueError:
            body = text
        message = body.get("message") if isinstance(body, dict) else None
        shown = " ".join((message if isinstance(message, str) and message else text).split())
        if len(shown) > EXCERPT:
            shown = shown[: EXCERPT - 3] + "..."
        super().__init__(
            "HTTP %d (%s)%s: %s" % (status, content_type or "no content type", problem, shown or "empty body")
        )
        self.status = status
        self.content_type = content_type
        self.body = body


class CustomerSessionClient:
    """Sends ``PUT /v2/customer_sessions/{customerSessionId}`` to one Talon.One deployment."""

    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")  # such as https://mycompany.europe-west1.talon.one
        self.api_key = api_key
        self.timeout = timeout

    def update_customer_session(
        self, session_id: str, request: IntegrationRequest, dry: bool = False
    ) -> IntegrationStateV2:
        """Create or update the session ``session_id``; with ``dry=True`` nothing is stored.

        Raises:
            TalonOneError: the API refused the request (4xx) or failed (5xx), or its answer
                is not a JSON object.
            ValueError: ``request`` was changed into something invalid, or the response is
                not what the API documents (talon_models.ValidationError is a ValueError,
                with every problem at its path, such as ``effects[3].campaignId``).
            OSError: the API could not be reached (urllib.error.URLError, a timeout).
        """
        request.validate()  # lists changed in place since the request was built
        path = "/v2/customer_sessions/" + urllib.parse.quote(session_id, safe="")
        query = urllib.parse.urlencode({"dry": "true" if dry else "false"})
        http_request = urllib.request.Request(
            self.base_url + path + "?" + query,
            data=request.to_json().encode("utf-8"),
            method="PUT",
            headers={
                "Authorization": "ApiKey-v1 " + self.api_key,
                "Content-Type": "application/json",
                "Accept": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(http_request, timeout=self.timeout) as answer:
                status, content_type, data = answer.status, answer.headers.get("Content-Type"), answer.read()
        except urllib.error.HTTPError as error:
            with error:
                raise TalonOneError(error.code, error.headers.get("Content-Type"), error.read()) from None
        return read_update(status, content_type, data)


def read_update(status: int, content_type: Optional[str], data: bytes) -> IntegrationStateV2:
    """The answer to an update, read whole: the effects, and what ``responseContent`` asked
    for (the stored session, the customer profile, ...), each a checked model. Keys newer
    than the models are kept, so ``to_json()`` gives the answer back unchanged.

    Raises:
        TalonOneError: the answer is not a JSON object (a proxy's page, say).
        ValueError: the answer is not what the API documents (a ValidationError).
    """
    try:
        answer: Any = json.loads(data)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise TalonOneError(status, content_type, data, ", not a JSON object")
    return IntegrationStateV2.from_json(data)  # strict JSON: duplicate keys, NaN, ... refused


def main(base_url: str, api_key: str) -> None:
    """Close an order's session as a dry run, and say what the next update may do."""
    client = CustomerSessionClient(base_url, api_key)
    request = IntegrationRequest(
        customer_session=NewCustomerSessionV2(
            profile_id="URNGV8294NV",
            state="closed",
            cart_items=[CartItem(name="Air Glide", sku="SKU1241028", quantity=1, price=99.99)],
        ),
        response_content=["customerSession", "customerProfile"],
    )
    try:
        update = client.update_customer_session("order/2024-0001", request, dry=True)
    except TalonOneError as error:
        print("Talon.One refused the update:", error)
        return
    session, profile = update.customer_session, update.customer_profile
    assert session is not None and profile is not None  # asked for with responseContent
    print("session %s is %s, total %s" % (session.integration_id, session.state, session.total))
    print("created", session.created.isoformat())
    for effect in update.effects:
        print("effect: %s from campaign %d" % (effect.effect_type, effect.campaign_id))
    print("profile:", profile.integration_id)
    for target in next_states(session.state):
        operation = transition_operation(session.state, target)
        how = "an update" if operation == SessionOperation.UPDATE else "the %s endpoint" % operation
        print("next: %s, by %s" % (target, how))


if __name__ == "__main__":
    main(os.environ["TALON_BASE_URL"], os.environ["TALON_API_KEY"])
