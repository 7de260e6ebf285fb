"""A local web server for the ingest tests: nothing here reaches the internet."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest

from ctwatch.settings import Settings


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class LocalWeb:
    """Serves canned replies by path; a path given several replies answers them in turn, then repeats
    the last. Unknown paths (robots.txt included) answer 404. Every request is logged."""

    def __init__(self) -> None:
        self.replies: dict[str, list[Reply]] = {}
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        web = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                web.requests.append((self.path, self.headers.get("User-Agent", "")))
                queue = web.replies.get(self.path) or [Reply(404, b"not here", "text/plain")]
                reply = queue.pop(0) if len(queue) > 1 else queue[0]
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{path}"

    def serve(self, path: str, body: bytes = b"", *, status: int = 200, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, failures_first: tuple[int, ...] = ()) -> str:
        """Answer ``path`` with this reply, after answering once with each status in ``failures_first``."""
        failures = [Reply(code, b"server error", "text/plain") for code in failures_first]
        self.replies[path] = failures + [Reply(status, body, content_type, headers or {})]
        return self.url(path)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb()
    yield server
    server.close()


@pytest.fixture
def refused_url() -> str:
    """A URL on a local port nothing listens on: connections are refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"


@pytest.fixture
def settings() -> Settings:
    return Settings(http_timeout=5.0, http_retries=2)


@pytest.fixture
def news_page():
    """Builds a news page with boilerplate around the article, as sites serve them."""
    return _news_page


def _news_page(title: str, *paragraphs: str, extra_head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title} | Frontier Post</title>"
        f"<meta property='og:title' content='{title}'>{extra_head}</head>"
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Copyright Frontier Post</footer></body></html>"
    ).encode("utf-8")
