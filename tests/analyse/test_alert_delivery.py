"""Alert delivery against real local receivers: an SMTP server (aiosmtpd) and an HTTP server."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import hmac
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from ctwatch.analyse.delivery import (
    DeliveryResult,
    SmtpConfig,
    alert_email,
    deliver,
    post_webhook,
    send_email,
    trigger_payload,
)
from ctwatch.analyse.rules import Trigger
from ctwatch.errors import ConfigError

TRIGGER = Trigger(
    key="iskp-activity:0123456789abcdef", rule_id="iskp-activity", rule_name="IS-KP activity", severity="high",
    title="IS-KP activity: 3 incidents in Peshawar in 7 days (threshold 3)", metric="incidents", per="window",
    value=3, threshold=3, window_start=dt.date(2025, 3, 4), window_end=dt.date(2025, 3, 10),
    incident_uids=("uid-a", "uid-b", "uid-c"), tlp="AMBER",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- SMTP ----------------------------------------------------------------------------------------


class Inbox:
    """aiosmtpd handler keeping every envelope it accepts."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's hook name)
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


@pytest.fixture()
def smtp_server() -> Iterator[tuple[Inbox, SmtpConfig]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield inbox, SmtpConfig(host="127.0.0.1", port=controller.port, sender="ctwatch@example.org",
                                security="none", timeout=5)
    finally:
        controller.stop()


def test_send_email_delivers_subject_recipients_and_body(smtp_server) -> None:
    inbox, config = smtp_server
    result = send_email(TRIGGER, ["desk@example.org", "chief@example.org"], config)
    assert result == DeliveryResult("email:desk@example.org, chief@example.org", True,
                                    f"sent via SMTP server 127.0.0.1:{config.port}")
    [envelope] = inbox.envelopes
    assert envelope.mail_from == "ctwatch@example.org"
    assert envelope.rcpt_tos == ["desk@example.org", "chief@example.org"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["Subject"] == f"[ctwatch HIGH] [TLP:AMBER] {TRIGGER.title}"
    assert message["From"] == "ctwatch@example.org"
    body = message.get_content().replace("\r\n", "\n")  # SMTP carries CRLF line ends
    assert body.startswith("TLP:AMBER\n")
    for line in ("Rule:       iskp-activity (IS-KP activity)", "Value:      3 incidents in the window (threshold 3)",
                 "Window:     2025-03-04 to 2025-03-10", "  - uid-a", "  - uid-b", "  - uid-c",
                 "Alert key:  iskp-activity:0123456789abcdef"):
        assert line in body


def test_send_email_accepts_a_ready_message(smtp_server) -> None:
    inbox, config = smtp_server
    message = alert_email(TRIGGER, config.sender, ["desk@example.org"])
    assert send_email(message, ["desk@example.org"], config).ok
    assert inbox.envelopes[0].rcpt_tos == ["desk@example.org"]


def test_starttls_refused_by_a_plain_server_is_a_failed_result(smtp_server) -> None:
    inbox, config = smtp_server
    result = send_email(TRIGGER, ["desk@example.org"], SmtpConfig(config.host, config.port, config.sender,
                                                                   security="starttls", timeout=5))
    assert not result.ok and f"127.0.0.1:{config.port}" in result.detail and "STARTTLS" in result.detail
    assert inbox.envelopes == []


def test_unreachable_smtp_server_is_a_failed_result() -> None:
    port = free_port()
    result = send_email(TRIGGER, ["desk@example.org"], SmtpConfig("127.0.0.1", port, "ctwatch@example.org",
                                                                  security="none", timeout=2))
    assert not result.ok and f"SMTP server 127.0.0.1:{port}: ConnectionRefusedError" in result.detail


@pytest.mark.parametrize(("fields", "fragment"), [
    ({"security": "tls"}, "CTWATCH_SMTP_SECURITY) must be one of none, starttls, ssl, not 'tls'"),
    ({"port": 0}, "CTWATCH_SMTP_PORT) must be 1-65535"),
    ({"password": "secret"}, "needs a user name (CTWATCH_SMTP_USER)"),
])
def test_smtp_config_is_validated(fields: dict, fragment: str) -> None:
    with pytest.raises(ConfigError) as caught:
        SmtpConfig(**{"host": "mail.example.org", "port": 587, "sender": "a@example.org", **fields})
    assert fragment in str(caught.value)


# --- Webhook -------------------------------------------------------------------------------------


@dataclass
class Receiver:
    url: str
    statuses: list[int]  # answers to give, in order; 200 once they run out
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="", statuses=[])

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's hook name)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append((dict(self.headers), body))
            self.send_response(state.statuses.pop(0) if state.statuses else 200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/hooks/ctwatch"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_webhook_posts_signed_json(receiver: Receiver) -> None:
    result = post_webhook(receiver.url, trigger_payload(TRIGGER), secret="s3cret")
    assert result.ok and result.channel == f"webhook:{receiver.url}" and "HTTP 200" in result.detail
    [(headers, body)] = receiver.requests
    assert headers["Content-Type"] == "application/json"
    assert json.loads(body) == {
        "type": "ctwatch.alert", "version": 1, "key": "iskp-activity:0123456789abcdef",
        "rule_id": "iskp-activity", "rule_name": "IS-KP activity", "severity": "high", "title": TRIGGER.title,
        "text": f"[HIGH] [TLP:AMBER] {TRIGGER.title}", "metric": "incidents", "per": "window", "value": 3,
        "threshold": 3, "window_start": "2025-03-04", "window_end": "2025-03-10",
        "incident_uids": ["uid-a", "uid-b", "uid-c"], "tlp": "AMBER",
    }
    expected = "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["X-Ctwatch-Signature"], expected)


def test_webhook_without_secret_is_unsigned(receiver: Receiver) -> None:
    assert post_webhook(receiver.url, {"a": 1}).ok
    assert "X-Ctwatch-Signature" not in receiver.requests[0][0]


def test_webhook_retries_after_a_server_error(receiver: Receiver) -> None:
    receiver.statuses = [500]
    result = post_webhook(receiver.url, {"a": 1}, secret="k", backoff=0.01)
    assert result.ok and "(attempt 2)" in result.detail
    assert len(receiver.requests) == 2 and receiver.requests[0][1] == receiver.requests[1][1]


def test_webhook_gives_up_after_its_retries(receiver: Receiver) -> None:
    receiver.statuses = [503, 502, 500, 200]
    result = post_webhook(receiver.url, {"a": 1}, retries=2, backoff=0.01)
    assert not result.ok and result.detail == f"POST {receiver.url} failed after 3 attempt(s): HTTP 500"


def test_webhook_does_not_retry_a_client_error(receiver: Receiver) -> None:
    receiver.statuses = [404]
    result = post_webhook(receiver.url, {"a": 1}, backoff=0.01)
    assert not result.ok and "after 1 attempt(s): HTTP 404" in result.detail and len(receiver.requests) == 1


def test_unreachable_webhook_is_a_failed_result_not_an_exception() -> None:
    url = f"http://127.0.0.1:{free_port()}/hook"
    result = post_webhook(url, {"a": 1}, retries=1, backoff=0.01, timeout=2)
    assert not result.ok and result.channel == f"webhook:{url}"
    assert result.detail.startswith(f"POST {url} failed after 2 attempt(s): ConnectError")


# --- Dispatch ------------------------------------------------------------------------------------


def test_deliver_dispatches_each_channel(smtp_server, receiver: Receiver) -> None:
    inbox, config = smtp_server
    results = deliver(TRIGGER, ["email:desk@example.org", f"webhook:{receiver.url}"], config, "s3cret")
    assert [(r.channel, r.ok) for r in results] == [("email:desk@example.org", True), (f"webhook:{receiver.url}", True)]
    assert inbox.envelopes[0].rcpt_tos == ["desk@example.org"]
    headers, body = receiver.requests[0]
    assert json.loads(body)["key"] == TRIGGER.key and headers["X-Ctwatch-Signature"].startswith("sha256=")


def test_deliver_without_smtp_config_reports_instead_of_raising(receiver: Receiver) -> None:
    results = deliver(TRIGGER, ["email:desk@example.org", f"webhook:{receiver.url}", "sms:+923001234567"], None, None)
    assert [r.ok for r in results] == [False, True, False]
    assert "CTWATCH_SMTP_HOST is not set" in results[0].detail
    assert "'sms:+923001234567' is not a channel" in results[2].detail
