"""The Update customer session client of the embedding guide, run against a stand-in server.

The client is ``docs/examples/guides/session_client.py``, the file the guide shows (it
includes it), imported here as it is. The stand-in server listens on 127.0.0.1 only, in
a thread, and checks every request the way the Integration API reads it: the method,
the path with the session ID quoted, the ``dry`` parameter, the headers and the body. It
answers with responses in the shapes the API documents, errors included.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
from conftest import load_file_module

from talon_models import (
    CartItem,
    CustomerProfile,
    CustomerSessionV2,
    Effect,
    IntegrationRequest,
    IntegrationStateV2,
    NewCustomerSessionV2,
    SetDiscountEffectProps,
    ValidationError,
)

ROOT = Path(__file__).resolve().parents[1]
CLIENT_FILE = ROOT / "docs" / "examples" / "guides" / "session_client.py"
GUIDE = ROOT / "docs" / "guides" / "embedding.md"
API_KEY = "test-key-1"
FULL_RESPONSE = ROOT / "tests" / "data" / "spec" / "full-response.json"
EXPIRED_KEY = "expired-key"  # the stand-in answers it with a 401 that has no body
# A gateway's error page: several lines, indented, longer than an error message shows.
HTML_PAGE = """<!DOCTYPE html>
<html>
  <head>
    <title>502 Bad Gateway</title>
  </head>
  <body>
    <h1>502 Bad Gateway</h1>
    <p>The upstream server did not answer in time. Please try again in a few minutes;
       if the problem persists, contact the administrator of this gateway and quote
       the request ID 7f3c2a9e-1b4d-4e8a-9c0f-2d6e5a1b3c4d.</p>
  </body>
</html>
"""


def client_module() -> Any:
    return load_file_module("talon_docs_session_client", CLIENT_FILE)


def stored_session(integration_id: str, sent: Dict[str, Any]) -> Dict[str, Any]:
    """The session as the API returns it after an update, with the fields the server sets."""
    items = sent.get("cartItems", [])
    item_total = sum(item.get("price", 0) * item["quantity"] for item in items)
    session: Dict[str, Any] = {
        "id": 6,
        "created": "2020-06-10T09:05:27.993483Z",
        "integrationId": integration_id,
        "applicationId": 322,
        "profileId": sent.get("profileId", ""),
        "state": sent.get("state", "open"),
        "cartItems": [dict(item, position=index) for index, item in enumerate(items)],
        "attributes": sent.get("attributes", {}),
        "firstSession": True,
        "updateCount": 3,  # in the API's response, not in the Ruby SDK's model
        "coupon": "",
        "referral": "",
        "total": item_total,
        "cartItemTotal": item_total,
        "additionalCostTotal": 0,
        "cartItemAdditionalCostTotal": 0,
        "updated": "2020-06-10T09:05:28.000129Z",
    }
    return session


class StandIn(BaseHTTPRequestHandler):
    """Answers PUT /v2/customer_sessions/{id} as the Integration API does, checking the request."""

    server: StandInServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def _answer(self, status: int, body: Any, content_type: str = "text/plain") -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type if isinstance(body, bytes) else "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _problems(self, path: str, query: Dict[str, List[str]], sent: Any) -> List[str]:
        problems = []
        if not path.startswith("/v2/customer_sessions/") or "/" in path[len("/v2/customer_sessions/") :]:
            problems.append("path %r is not /v2/customer_sessions/{id}" % path)
        if query.get("dry") not in (["true"], ["false"]):
            problems.append("dry is %r" % query.get("dry"))
        if self.headers.get("Content-Type") != "application/json":
            problems.append("Content-Type is %r" % self.headers.get("Content-Type"))
        if not isinstance(sent, dict) or not isinstance(sent.get("customerSession"), dict):
            problems.append("no customerSession object in the body")
        else:
            try:
                IntegrationRequest.from_dict(sent, unknown="forbid")
            except ValidationError as error:
                problems.append(str(error))
        return problems

    def do_PUT(self) -> None:  # the name http.server calls
        split = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(split.query)
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            sent = json.loads(raw)
        except ValueError:
            sent = None
        session_id = urllib.parse.unquote(split.path.rsplit("/", 1)[-1])
        self.server.seen.append((self.command, self.path, dict(self.headers), sent))
        if self.headers.get("Authorization") == "ApiKey-v1 " + EXPIRED_KEY:
            self._answer(401, b"", "text/plain; charset=utf-8")
            return
        if self.headers.get("Authorization") != "ApiKey-v1 " + API_KEY:
            self._answer(401, {"message": "Invalid API key", "errors": [], "StatusCode": 401})
            return
        problems = self._problems(split.path, query, sent)
        if problems:
            errors = [{"title": problem, "source": {"pointer": "/"}} for problem in problems]
            self._answer(400, {"message": "the stand-in refused the request", "errors": errors})
            return
        if session_id == "busy":
            message = "Too many requests are updating this session at the same time"
            self._answer(409, {"message": message, "errors": [], "StatusCode": 409})
            return
        if session_id == "crash":
            self._answer(502, b"Bad Gateway")
            return
        if session_id in ("gateway-page", "portal-page"):  # an error page, or a login page sent as a 200
            self._answer(502 if session_id == "gateway-page" else 200, HTML_PAGE.encode("utf-8"), "text/html")
            return
        if session_id == "not-an-object":
            self._answer(200, [])
            return
        if session_id == "full-response":  # every key of the spec's response, newer ones included
            self._answer(200, FULL_RESPONSE.read_bytes(), "application/json")
            return
        if session_id == "broken-answer":
            answer = stored_session(session_id, sent["customerSession"])
            answer["firstSession"] = "yes"
            self._answer(200, {"effects": [], "createdCoupons": [], "createdReferrals": [], "customerSession": answer})
            return
        session = sent["customerSession"]
        for index, item in enumerate(session.get("cartItems", [])):
            if item.get("sku") == "SOLD-OUT":
                pointer = "/customerSession/cartItems/%d/sku" % index
                error = {
                    "title": "Unknown SKU",
                    "details": "SOLD-OUT is not in the catalog",
                    "source": {"pointer": pointer},
                }
                self._answer(400, {"message": "Bad request", "errors": [error]})
                return
        response: Dict[str, Any] = {
            "effects": [
                {
                    "campaignId": 244,
                    "rulesetId": 73,
                    "ruleIndex": 2,
                    "ruleName": "Give 20% discount",
                    "effectType": "setDiscount",
                    "props": {"name": "20% off", "value": 20.0},
                }
            ],
            "createdCoupons": [],
            "createdReferrals": [],
        }
        wanted = sent.get("responseContent", [])
        if "customerSession" in wanted:
            response["customerSession"] = stored_session(session_id, session)
        if "customerProfile" in wanted:
            response["customerProfile"] = {
                "id": 1,
                "created": "2020-02-07T08:15:22Z",
                "integrationId": session.get("profileId", ""),
                "attributes": {},
                "accountId": 31,
                "closedSessions": 0,
                "totalSales": 0,
                "lastActivity": "2020-02-08T14:15:22Z",
            }
        self._answer(200, response)


class StandInServer(HTTPServer):
    seen: List[Tuple[str, str, Dict[str, str], Any]]


@pytest.fixture
def server() -> Iterator[StandInServer]:
    """The stand-in API on 127.0.0.1, on a free port, stopped after the test."""
    httpd = StandInServer(("127.0.0.1", 0), StandIn)
    httpd.seen = []
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive()


def base_url(httpd: StandInServer) -> str:
    host, port = httpd.server_address[:2]
    return "http://%s:%d" % (host, port)


def request(*items: CartItem, content: Optional[List[str]] = None) -> IntegrationRequest:
    session = NewCustomerSessionV2(profile_id="p1", cart_items=list(items))
    return IntegrationRequest(customer_session=session, response_content=content)


def make_client(httpd: StandInServer, key: str = API_KEY) -> Any:
    return client_module().CustomerSessionClient(base_url(httpd) + "/", key, timeout=5)


def test_an_update_is_sent_as_the_api_reads_it(server: StandInServer) -> None:
    """PUT, the quoted session ID, dry, the API key and JSON headers, and the request's JSON body."""
    sent = request(CartItem(sku="A", quantity=2, price=10), content=["customerSession"])
    update = make_client(server).update_customer_session("order/7 ä?x", sent, dry=True)
    [(method, path, headers, body)] = server.seen
    assert method == "PUT"
    assert path == "/v2/customer_sessions/order%2F7%20%C3%A4%3Fx?dry=true"
    assert headers["Authorization"] == "ApiKey-v1 " + API_KEY
    assert headers["Content-Type"] == "application/json"
    assert body == sent.to_dict()
    assert update.customer_session.integration_id == "order/7 ä?x"


def test_the_answer_is_read_as_integration_state_v2(server: StandInServer) -> None:
    """The whole answer becomes an IntegrationStateV2: the session, the profile and the effects, lossless."""
    sent = request(CartItem(sku="A", quantity=2, price=10), content=["customerSession", "customerProfile"])
    update = make_client(server).update_customer_session("s1", sent)
    assert server.seen[0][1] == "/v2/customer_sessions/s1?dry=false"
    assert isinstance(update, IntegrationStateV2)
    session = update.customer_session
    assert isinstance(session, CustomerSessionV2)
    assert (session.id, session.total, session.first_session, session.state) == (6, 20, True, "open")
    assert session.cart_items == [CartItem(sku="A", quantity=2, price=10, position=0)]
    assert session.to_dict()["created"] == "2020-06-10T09:05:27.993483Z"
    assert session.unknown_fields == {"updateCount": 3, "coupon": "", "referral": "", "cartItemAdditionalCostTotal": 0}
    assert isinstance(update.customer_profile, CustomerProfile)
    assert update.customer_profile.integration_id == "p1"
    [effect] = update.effects
    assert isinstance(effect, Effect)
    assert effect.props_as(SetDiscountEffectProps).value == 20.0
    assert (update.created_coupons, update.created_referrals) == ([], [])


def strictly_equal(left: Any, right: Any) -> bool:
    """JSON values equal in type as well as value (2 is not 2.0, True is not 1)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(strictly_equal(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(strictly_equal(a, b) for a, b in zip(left, right))
    return bool(left == right)


def test_a_full_answer_is_read_whole_and_written_back_unchanged(server: StandInServer) -> None:
    """Every top-level key of the spec's response, 35 effects, newer keys and fractions of a
    second: read through the client, and written back by to_json() as the server sent it."""
    update = make_client(server).update_customer_session("full-response", request())
    sent_back = json.loads(update.to_json())
    answer = json.loads(FULL_RESPONSE.read_bytes())
    assert strictly_equal(sent_back, answer)
    assert len(update.effects) == 35
    assert set(update.unknown_fields) == {"advancedEvent", "campaignEligibility"}
    fields = {spec.wire for _, _, spec in IntegrationStateV2._specs}
    assert set(answer) == fields | set(update.unknown_fields)


def test_without_customer_session_in_response_content_there_is_no_session(server: StandInServer) -> None:
    """The API leaves the session out unless asked; the client says so with None."""
    update = make_client(server).update_customer_session("s1", request())
    assert update.customer_session is None
    assert update.created_coupons == []


@pytest.mark.parametrize(
    ("session_id", "key", "status", "message"),
    [
        ("s1", "wrong-key", 401, "Invalid API key"),
        ("busy", API_KEY, 409, "Too many requests are updating this session at the same time"),
    ],
)
def test_an_http_error_raises_with_the_api_error_body(
    server: StandInServer, session_id: str, key: str, status: int, message: str
) -> None:
    """4xx answers become TalonOneError, carrying the status and the parsed error body."""
    module = client_module()
    with pytest.raises(module.TalonOneError) as caught:
        make_client(server, key).update_customer_session(session_id, request())
    assert caught.value.status == status
    assert caught.value.body["message"] == message
    assert str(caught.value) == "HTTP %d (application/json): %s" % (status, message)


def test_a_refused_request_carries_the_api_error_pointers(server: StandInServer) -> None:
    """A 400 keeps the API's errors, with the JSON pointer of the problem."""
    module = client_module()
    with pytest.raises(module.TalonOneError) as caught:
        make_client(server).update_customer_session(
            "s1", request(CartItem(sku="A", quantity=1), CartItem(sku="SOLD-OUT", quantity=1))
        )
    assert caught.value.status == 400
    [error] = caught.value.body["errors"]
    assert error["source"]["pointer"] == "/customerSession/cartItems/1/sku"
    assert error["title"] == "Unknown SKU"


def test_an_error_body_that_is_not_json_is_kept_as_text(server: StandInServer) -> None:
    """A proxy's plain-text error page is not lost."""
    module = client_module()
    with pytest.raises(module.TalonOneError) as caught:
        make_client(server).update_customer_session("crash", request())
    assert (caught.value.status, caught.value.body) == (502, "Bad Gateway")
    assert str(caught.value) == "HTTP 502 (text/plain): Bad Gateway"


def test_an_error_without_a_body_says_so(server: StandInServer) -> None:
    """A 401 with an empty body: the status and content type, and that the body is empty."""
    module = client_module()
    with pytest.raises(module.TalonOneError) as caught:
        make_client(server, EXPIRED_KEY).update_customer_session("s1", request())
    assert str(caught.value) == "HTTP 401 (text/plain; charset=utf-8): empty body"
    assert (caught.value.status, caught.value.body) == (401, "")


def test_an_html_error_page_is_one_line_and_kept_whole(server: StandInServer) -> None:
    """A gateway's page: one line with the start of it, whitespace collapsed; error.body has all of it."""
    module = client_module()
    with pytest.raises(module.TalonOneError) as caught:
        make_client(server).update_customer_session("gateway-page", request())
    message = str(caught.value)
    assert message.startswith(
        "HTTP 502 (text/html): <!DOCTYPE html> <html> <head> <title>502 Bad Gateway</title> </head> <body>"
    )
    assert "\n" not in message and "  " not in message
    assert message.endswith("...")
    assert len(message) == len("HTTP 502 (text/html): ") + module.EXCERPT
    assert caught.value.body == HTML_PAGE


@pytest.mark.parametrize(
    ("session_id", "message"),
    [
        ("portal-page", "HTTP 200 (text/html), not a JSON object: <!DOCTYPE html> <html> <head>"),
        ("not-an-object", "HTTP 200 (application/json), not a JSON object: []"),
    ],
)
def test_a_success_that_is_not_a_json_object_is_the_clients_error(
    server: StandInServer, session_id: str, message: str
) -> None:
    """A 200 whose body is a login page, or JSON of another shape, is a TalonOneError, not a
    json.JSONDecodeError or AttributeError from deep inside the client."""
    module = client_module()
    with pytest.raises(module.TalonOneError) as caught:
        make_client(server).update_customer_session(session_id, request())
    assert str(caught.value).startswith(message)
    assert caught.value.status == 200


def test_a_response_that_breaks_the_model_is_an_error(server: StandInServer) -> None:
    """A session the API documents differently is not read by guessing: ValidationError names the field."""
    with pytest.raises(ValidationError) as caught:
        make_client(server).update_customer_session("broken-answer", request(content=["customerSession"]))
    assert [detail.path for detail in caught.value.errors] == ["customerSession.firstSession"]


def test_a_request_changed_in_place_is_not_sent(server: StandInServer) -> None:
    """The client validates before sending, so a list changed in place is caught locally."""
    sent = request(CartItem(sku="A", quantity=1))
    sent.customer_session.cart_items.append("B")  # type: ignore[union-attr, arg-type]
    with pytest.raises(ValidationError):
        make_client(server).update_customer_session("s1", sent)
    assert server.seen == []


def test_an_unreachable_api_is_an_os_error() -> None:
    """With nothing listening, urllib's URLError (an OSError) comes through."""
    probe = HTTPServer(("127.0.0.1", 0), StandIn)
    port = probe.server_address[1]
    probe.server_close()  # the port is free again, and nothing listens on it
    client = client_module().CustomerSessionClient("http://127.0.0.1:%d" % port, API_KEY, timeout=5)
    with pytest.raises(OSError):
        client.update_customer_session("s1", request())


def guide_block(title: str) -> str:
    """The fenced block of the guide whose fence carries ``title="..."``."""
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(r'^```\w*[^\n]*title="%s"[^\n]*\n(.*?)^```$' % re.escape(title), text, re.MULTILINE | re.DOTALL)
    assert match is not None, title
    return match.group(1)


def test_the_guide_shows_the_client_file_itself() -> None:
    """The guide includes the tested file rather than a copy of it."""
    assert '--8<-- "docs/examples/guides/session_client.py"' in GUIDE.read_text(encoding="utf-8")


def test_main_prints_what_the_guide_shows(server: StandInServer) -> None:
    """The guide's example run, against the stand-in, prints the block the guide shows."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        client_module().main(base_url(server), API_KEY)
    assert out.getvalue() == guide_block("Printed by main(), against a stand-in server")
    [(_, path, _, body)] = server.seen
    assert path == "/v2/customer_sessions/order%2F2024-0001?dry=true"
    assert body["customerSession"]["state"] == "closed"


def test_main_reports_a_refusal(server: StandInServer) -> None:
    """With a wrong key, main prints the API's refusal instead of failing."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        client_module().main(base_url(server), "not-the-key")
    assert out.getvalue() == "Talon.One refused the update: HTTP 401 (application/json): Invalid API key\n"


def test_the_next_update_is_sent_from_the_returned_session(server: StandInServer) -> None:
    """Read, change the cart, update: from_session makes a request the stand-in takes as it is
    (it refuses any key a request body does not have), with no server field in it."""
    client = make_client(server)
    first = client.update_customer_session(
        "s1", request(CartItem(sku="A", quantity=1, price=10), content=["customerSession"])
    )
    assert first.customer_session is not None
    session = NewCustomerSessionV2.from_session(first.customer_session)
    session.cart_items.append(CartItem(sku="B", quantity=2, price=5))
    second = client.update_customer_session(
        "s1", IntegrationRequest(customer_session=session, response_content=["customerSession"])
    )
    body = server.seen[1][3]["customerSession"]
    assert body == {
        "profileId": "p1",
        "cartItems": [{"sku": "A", "quantity": 1, "price": 10}, {"sku": "B", "quantity": 2, "price": 5}],
        "attributes": {},
    }
    assert second.customer_session is not None and second.customer_session.total == 20
