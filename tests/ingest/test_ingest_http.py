"""URL sources against a local web server: fetching, redirects, robots.txt, retries, failures, size cap."""

from __future__ import annotations

import time
from dataclasses import replace

from ctwatch.ingest import iter_documents
from ctwatch.models import RawArticle, Rejection

STORY = "Gunmen opened fire on a police van in Dera Ismail Khan on Friday, killing two constables."


def ingest(sources, settings):
    return list(iter_documents(sources, settings))


def test_url_page_is_fetched_and_extracted_with_the_final_url(web, settings, news_page):
    target = web.serve("/2024/03/attack", news_page("Police van attacked", STORY, "Police said a search was under way."))
    start = web.serve("/short/x1", status=301, headers={"Location": "/2024/03/attack"})
    [article] = ingest([start], settings)
    assert isinstance(article, RawArticle)
    assert (article.source, article.url, article.source_kind) == (start, target, "url")
    assert article.title == "Police van attacked" and STORY in article.text and "Home" not in article.text
    assert all(agent == settings.http_user_agent for _, agent in web.requests)


def test_plain_text_url(web, settings):
    url = web.serve("/wire.txt", STORY.encode("utf-8"), content_type="text/plain; charset=utf-8")
    [article] = ingest([url], settings)
    assert (article.text, article.url, article.title) == (STORY, url, None)


def test_dead_urls_are_rejected_and_the_batch_goes_on(web, settings, news_page, refused_url):
    missing = web.url("/gone")
    good = web.serve("/ok", news_page("Still here", STORY))
    refused, not_found, article = ingest([refused_url, missing, good], replace(settings, http_retries=1))
    assert (refused.source, refused.reason) == (refused_url, "fetch_failed")
    assert "Connection refused" in refused.detail or "connect" in refused.detail.lower()
    assert (not_found.reason, not_found.detail) == ("fetch_failed", f"{missing} answered HTTP 404 Not Found; check the URL")
    assert STORY in article.text


def test_robots_txt_is_obeyed_and_fetched_once_per_host(web, settings, news_page):
    web.serve("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    blocked = web.serve("/private/leak", news_page("Secret", STORY))
    allowed = web.serve("/public/story", news_page("Public", STORY))
    rejection, article = ingest([blocked, allowed], settings)
    assert (rejection.reason, rejection.source) == ("robots_disallowed", blocked)
    assert "robots.txt" in rejection.detail
    assert article.title == "Public"
    assert web.paths() == ["/robots.txt", "/public/story"]  # the blocked page was never requested
    [ignored] = ingest([blocked], replace(settings, respect_robots=False))
    assert ignored.title == "Secret"


def test_robots_rules_for_our_user_agent(web, settings, news_page):
    web.serve("/robots.txt", b"User-agent: ctwatch\nDisallow: /\n\nUser-agent: *\nAllow: /\n", content_type="text/plain")
    [rejection] = ingest([web.serve("/a", news_page("A", STORY))], settings)
    assert rejection.reason == "robots_disallowed"


def test_server_errors_are_retried_then_succeed(web, settings, news_page):
    url = web.serve("/flaky", news_page("Eventually", STORY), failures_first=(500, 503))
    started = time.monotonic()
    [article] = ingest([url], settings)
    assert article.title == "Eventually"
    assert web.paths().count("/flaky") == 3
    assert time.monotonic() - started < 2  # backoff stays short


def test_server_errors_past_the_retries_fail(web, settings, news_page):
    url = web.serve("/down", news_page("Never", STORY), failures_first=(502, 502, 502))
    [rejection] = ingest([url], replace(settings, http_retries=1))
    assert rejection.reason == "fetch_failed" and "HTTP 502" in rejection.detail
    assert web.paths().count("/down") == 2


def test_response_over_the_cap_is_too_large(web, settings, news_page):
    url = web.serve("/huge", news_page("Huge", STORY * 200))
    [rejection] = ingest([url], replace(settings, max_document_bytes=5000))
    assert rejection.reason == "too_large" and url in rejection.detail and "5,000-byte cap" in rejection.detail


def test_non_text_response_is_unsupported(web, settings):
    url = web.serve("/report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(2000), content_type="application/pdf")
    [rejection] = ingest([url], settings)
    assert rejection.reason == "unsupported" and "application/pdf" in rejection.detail


def test_invalid_urls_are_fetch_failed(settings):
    results = ingest(["http://[::1/x", "https://"], settings)
    assert [(r.reason, "is not a valid URL" in r.detail) for r in results] == [("fetch_failed", True)] * 2
    assert all(isinstance(r, Rejection) for r in results)
