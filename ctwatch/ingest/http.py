"""Fetching URLs politely: one client per run, retries with short backoff, robots.txt, a size cap."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

import httpx

from ..settings import Settings
from .rejects import Reject, too_large

BACKOFF_SECONDS = 0.2  # wait before retry n is n * this: a retry helps with a blip, not an outage
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: crawlers must read at least 500 KiB of robots.txt


@dataclass(frozen=True)
class Response:
    url: str  # final URL, after redirects
    status: int
    reason: str
    content_type: str  # media type without parameters, lower case; "" if the server sent none
    charset: str | None
    body: bytes
    truncated: bool  # the body went on past the byte limit


class Fetcher:
    """One HTTP client for a whole ingest run, remembering each host's robots.txt."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            timeout=settings.http_timeout,
            follow_redirects=True,
            headers={"User-Agent": settings.http_user_agent},
        )
        self._robots: dict[str, RobotFileParser] = {}

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> Response:
        """A successful (2xx/3xx) response with its body, or Reject: robots_disallowed, fetch_failed, too_large."""
        origin = _origin(url)
        if self._settings.respect_robots and not self._robots_allow(origin, url):
            raise Reject(
                "robots_disallowed",
                f"robots.txt of {origin} disallows {url} for this crawler; fetch only pages the site allows "
                "(or set CTWATCH_RESPECT_ROBOTS=false where you have the site's permission)",
            )
        response = self._get(url, self._settings.max_document_bytes)
        if response.status >= 400:
            raise Reject("fetch_failed", f"{url} answered HTTP {response.status} {response.reason}; check the URL")
        if response.truncated:
            raise too_large(self._settings.max_document_bytes, what=f"the page at {url}")
        return response

    def _robots_allow(self, origin: str, url: str) -> bool:
        """Whether robots.txt lets us fetch the URL; Reject when the host cannot be reached at all."""
        if origin not in self._robots:
            try:
                self._robots[origin] = self._load_robots(origin)
            except Reject as failure:  # not remembered: the host may answer for the next URL
                raise Reject(failure.reason, f"{url} was not fetched because {failure.detail}", failure.unreachable) from None
        return self._robots[origin].can_fetch(self._settings.http_user_agent, url)

    def _load_robots(self, origin: str) -> RobotFileParser:
        parser = RobotFileParser(f"{origin}/robots.txt")
        response = self._get(f"{origin}/robots.txt", ROBOTS_MAX_BYTES)
        if response.status in (401, 403) or response.status >= 500:
            parser.disallow_all = True  # RFC 9309: an unreachable or forbidden robots.txt means "crawl nothing"
        elif response.status >= 400:
            parser.allow_all = True  # no robots.txt: no rules
        else:
            parser.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return parser

    def _get(self, url: str, limit: int) -> Response:
        """GET with retries on connection errors and 5xx answers; the last 5xx is returned, not raised."""
        attempts = self._settings.http_retries + 1
        failure = ""
        for attempt in range(attempts):
            if attempt:
                time.sleep(BACKOFF_SECONDS * attempt)
            try:
                with self._client.stream("GET", url) as response:
                    if response.status_code >= 500 and attempt + 1 < attempts:
                        failure = f"HTTP {response.status_code}"
                        continue
                    return _read(response, limit)
            except httpx.TransportError as error:  # refused, timed out, reset mid-body, bad scheme
                failure = str(error) or type(error).__name__
            except (httpx.InvalidURL, httpx.TooManyRedirects) as error:
                raise Reject("fetch_failed", f"{url} cannot be fetched: {error}") from None
        raise Reject("fetch_failed", f"{url} could not be fetched after {attempts} attempt(s): {failure}; check the URL and that the site is up",
                     unreachable=True)


def _read(response: httpx.Response, limit: int) -> Response:
    media_type, _, _ = response.headers.get("content-type", "").partition(";")
    body = bytearray()
    truncated = False
    if response.status_code < 400:
        for chunk in response.iter_bytes():  # decompressed bytes: the cap also stops gzip bombs
            body += chunk
            if len(body) > limit:
                truncated = True
                break
    return Response(
        url=str(response.url),
        status=response.status_code,
        reason=response.reason_phrase,
        content_type=media_type.strip().lower(),
        charset=response.charset_encoding,
        body=bytes(body[:limit]),
        truncated=truncated,
    )


def _origin(url: str) -> str:
    """``scheme://host[:port]`` of a URL, which robots.txt rules apply to; Reject if the URL is not valid."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise _invalid_url(url, str(error)) from None
    if not parsed.host:
        raise _invalid_url(url, "it names no host")
    return f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"


def _invalid_url(url: str, problem: str) -> Reject:
    return Reject("fetch_failed", f"{url} is not a valid URL ({problem}); give a full http(s) address")
