"""Delivery of watch-rule triggers by e-mail (SMTP) and webhook (HTTP POST of JSON).

Delivery never raises on a failed send: each channel gives a :class:`DeliveryResult` saying
where it went and what happened, so one unreachable receiver does not stop the others (or the
ingest that evaluated the rules). Configuration comes in as arguments; the CLI reads it from
``CTWATCH_SMTP_*`` and ``CTWATCH_WEBHOOK_SECRET`` (see ``docs/alerts.md``).
"""

from __future__ import annotations

import datetime as dt

import hashlib
import hmac
import json
import smtplib
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import httpx

from .. import __version__
from ..errors import ConfigError
from .rules import Trigger, parse_channel

SMTP_SECURITY = ("none", "starttls", "ssl")
SIGNATURE_HEADER = "X-Ctwatch-Signature"
USER_AGENT = f"ctwatch/{__version__} (alerts)"


@dataclass(frozen=True)
class SmtpConfig:
    """How to reach the SMTP server. ``security``: ``none`` (plain, e.g. a local relay),
    ``starttls`` (upgrade after connecting, usually port 587) or ``ssl`` (TLS from the start, 465)."""

    host: str
    port: int
    sender: str
    username: str | None = None
    password: str | None = None
    security: str = "starttls"
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.security not in SMTP_SECURITY:
            raise ConfigError(f"SMTP security (CTWATCH_SMTP_SECURITY) must be one of {', '.join(SMTP_SECURITY)},"
                              f" not {self.security!r}")
        if not 0 < self.port < 65536:
            raise ConfigError(f"SMTP port (CTWATCH_SMTP_PORT) must be 1-65535, not {self.port}")
        if self.password is not None and not self.username:
            raise ConfigError("an SMTP password (CTWATCH_SMTP_PASSWORD) needs a user name (CTWATCH_SMTP_USER)")
        if self.timeout <= 0:
            raise ConfigError(f"SMTP timeout must be positive, not {self.timeout}")


@dataclass(frozen=True)
class DeliveryResult:
    channel: str  # "email:addr" or "webhook:url", as in the rule's notify list
    ok: bool
    detail: str  # what happened, naming the server or URL


def deliver(trigger: Trigger, channels: Sequence[str], smtp: SmtpConfig | None,
            webhook_secret: str | None) -> list[DeliveryResult]:
    """Send ``trigger`` to each channel (``email:ADDRESS`` or ``webhook:URL``); one result per channel."""
    return [_deliver_one(trigger, channel, smtp, webhook_secret) for channel in channels]


def _deliver_one(trigger: Trigger, channel: str, smtp: SmtpConfig | None, webhook_secret: str | None) -> DeliveryResult:
    try:
        kind, target = parse_channel(channel)
    except ValueError as exc:
        return DeliveryResult(channel, False, str(exc))
    if kind == "webhook":
        return post_webhook(target, trigger_payload(trigger), secret=webhook_secret)
    if smtp is None:
        return DeliveryResult(channel, False, "not sent: CTWATCH_SMTP_HOST is not set, so there is no SMTP server"
                                              " for e-mail alerts")
    return send_email(trigger, [target], smtp)


# --- E-mail --------------------------------------------------------------------------------------


def alert_email(trigger: Trigger, sender: str, recipients: Sequence[str]) -> EmailMessage:
    """The plain-text alert mail; the TLP marking leads the subject and the body, as TLP 2.0 asks."""
    message = EmailMessage()
    message["Subject"] = f"[ctwatch {trigger.severity.upper()}] [TLP:{trigger.tlp}] {trigger.title}"
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate()
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(_email_body(trigger))
    return message


def _email_body(trigger: Trigger) -> str:
    unit = "incidents" if trigger.metric == "incidents" else f"{trigger.metric} (best estimates)"
    counted = "in the window" if trigger.per == "window" else "in one incident"
    lines = [
        f"TLP:{trigger.tlp}",
        "",
        trigger.title,
        "",
        f"Rule:       {trigger.rule_id} ({trigger.rule_name})",
        f"Severity:   {trigger.severity}",
        f"Value:      {trigger.value} {unit} {counted} (threshold {trigger.threshold})",
        f"Window:     {trigger.window_start.isoformat()} to {trigger.window_end.isoformat()}",
        f"Incidents:  {len(trigger.incident_uids)}",
        *(f"  - {uid}" for uid in trigger.incident_uids),
        f"Alert key:  {trigger.key}",
        "",
        "Sent by ctwatch watch rules.",
    ]
    return "\n".join(lines) + "\n"


def send_email(trigger_or_message: Trigger | EmailMessage, recipients: Sequence[str],
               config: SmtpConfig) -> DeliveryResult:
    """Send an alert mail (built from a trigger, or given ready-made) to ``recipients``."""
    channel = "email:" + ", ".join(recipients)
    server = f"{config.host}:{config.port}"
    if not recipients:
        return DeliveryResult(channel, False, "not sent: no recipients")
    message = (trigger_or_message if isinstance(trigger_or_message, EmailMessage)
               else alert_email(trigger_or_message, config.sender, recipients))
    try:
        with _smtp_session(config) as smtp:
            refused = smtp.send_message(message, from_addr=config.sender, to_addrs=list(recipients))
    except (smtplib.SMTPException, OSError) as exc:  # OSError covers refused connections and TLS failures
        return DeliveryResult(channel, False, f"SMTP server {server}: {type(exc).__name__}: {exc}")
    if refused:
        return DeliveryResult(channel, False, f"SMTP server {server} refused {', '.join(sorted(refused))}")
    return DeliveryResult(channel, True, f"sent via SMTP server {server}")


def _smtp_session(config: SmtpConfig) -> smtplib.SMTP:
    """A connected, secured and logged-in session; closed again if securing or logging in fails."""
    if config.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout,
                                              context=ssl.create_default_context())
    else:
        smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        if config.security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        if config.username:
            smtp.login(config.username, config.password or "")
    except BaseException:
        smtp.close()
        raise
    return smtp


# --- Webhook -------------------------------------------------------------------------------------


def trigger_payload(trigger: Trigger) -> dict:
    """The JSON object a webhook receives for a trigger::

        {
          "type": "ctwatch.alert", "version": 1,
          "key": "iskp-surge:3f1c0a9be2d4c871",    # stable alert id (see rules.Trigger)
          "rule_id": "iskp-surge", "rule_name": "IS-KP activity surge",
          "severity": "high",                       # info | low | medium | high | critical
          "title": "IS-KP activity surge: 3 incidents in 30 days (threshold 3)",
          "text": "[HIGH] [TLP:CLEAR] IS-KP activity surge: ...",  # for Slack/Mattermost-style receivers
          "metric": "incidents", "per": "window",   # what value counts, and over what
          "value": 3, "threshold": 3,
          "window_start": "2025-02-06", "window_end": "2025-03-07",  # ISO dates, both included
          "incident_uids": ["…", "…", "…"],         # sorted
          "tlp": "CLEAR"                            # most restrictive marking of those incidents
        }
    """
    return {
        "type": "ctwatch.alert",
        "version": 1,
        "key": trigger.key,
        "rule_id": trigger.rule_id,
        "rule_name": trigger.rule_name,
        "severity": trigger.severity,
        "title": trigger.title,
        "text": f"[{trigger.severity.upper()}] [TLP:{trigger.tlp}] {trigger.title}",
        "metric": trigger.metric,
        "per": trigger.per,
        "value": trigger.value,
        "threshold": trigger.threshold,
        "window_start": trigger.window_start.isoformat(),
        "window_end": trigger.window_end.isoformat(),
        "incident_uids": list(trigger.incident_uids),
        "tlp": trigger.tlp,
    }


def trigger_from_payload(payload: dict) -> Trigger:
    """The trigger back from its stored payload (:func:`trigger_payload`), to retry a delivery."""
    return Trigger(key=payload["key"], rule_id=payload["rule_id"], rule_name=payload["rule_name"],
                   severity=payload["severity"], title=payload["title"], metric=payload["metric"], per=payload["per"],
                   value=payload["value"], threshold=payload["threshold"],
                   window_start=dt.date.fromisoformat(payload["window_start"]),
                   window_end=dt.date.fromisoformat(payload["window_end"]),
                   incident_uids=tuple(payload["incident_uids"]), tlp=payload.get("tlp", "CLEAR"))


def sign_body(body: bytes, secret: str) -> str:
    """The ``X-Ctwatch-Signature`` value: ``sha256=`` and the hex HMAC-SHA256 of the exact body bytes."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def post_webhook(url: str, payload: dict, *, secret: str | None = None, timeout: float = 10,
                 retries: int = 2, backoff: float = 0.5) -> DeliveryResult:
    """POST ``payload`` as JSON; signed when ``secret`` is given. Never raises on a failed delivery.

    Connection errors, timeouts and 5xx answers are retried ``retries`` times, waiting ``backoff``
    seconds and doubling; a 4xx is not (the same request would be refused again).
    """
    channel = f"webhook:{url}"
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
    if secret:
        headers[SIGNATURE_HEADER] = sign_body(body, secret)
    reason, attempts = "", 0
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for attempts in range(1, max(retries, 0) + 2):
            if attempts > 1:
                time.sleep(backoff * 2 ** (attempts - 2))
            try:
                response = client.post(url, content=body, headers=headers)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
                return DeliveryResult(channel, False, f"POST {url}: not a usable URL: {exc}")
            except httpx.TransportError as exc:
                reason = f"{type(exc).__name__}: {exc}"
                continue
            if response.is_success:
                return DeliveryResult(channel, True, f"POST {url}: HTTP {response.status_code}"
                                                     f" (attempt {attempts})")
            reason = f"HTTP {response.status_code}"
            if response.status_code < 500:
                break
    return DeliveryResult(channel, False, f"POST {url} failed after {attempts} attempt(s): {reason}")
