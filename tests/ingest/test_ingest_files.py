"""Whole-document files: plain text, HTML, directories, stdin, and every way a file can be unusable."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from ctwatch.ingest import IngestOptions, iter_documents
from ctwatch.models import RawArticle, Rejection

ARTICLE = "Militants attacked a checkpoint in North Waziristan on Monday, officials said.\n"


def ingest(sources, settings, options=IngestOptions(), stdin=None):
    return list(iter_documents([str(s) for s in sources], settings, options, stdin=stdin))


def test_plain_text_file_keeps_text_and_guesses_no_title(tmp_path, settings):
    path = tmp_path / "report.txt"
    path.write_text("Attack in Bannu\n\n" + ARTICLE, encoding="utf-8")
    [article] = ingest([path], settings, IngestOptions(publisher="Dawn"))
    assert isinstance(article, RawArticle)
    assert article.text == "Attack in Bannu\n\n" + ARTICLE
    assert (article.title, article.publisher, article.source_kind, article.place) == (None, "Dawn", "text", "")
    assert article.source == str(path)


def test_legacy_encodings_and_boms_are_decoded(tmp_path, settings):
    (tmp_path / "a_cp1252.txt").write_bytes("Le café près de la mosquée a été visé à Peshawar. ".encode("cp1252") * 3)
    (tmp_path / "b_utf16.txt").write_bytes("Взрыв в Кветте унёс жизни.".encode("utf-16"))
    (tmp_path / "c_bom.md").write_bytes(b"\xef\xbb\xbf" + "Attaque à Quetta.".encode("utf-8"))
    first, second, third = ingest([tmp_path], settings)
    assert first.text.startswith("Le café près de la mosquée a été visé")
    assert second.text == "Взрыв в Кветте унёс жизни."
    assert third.text == "Attaque à Quetta."  # BOM stripped


def test_bad_files_are_rejected_and_the_batch_goes_on(tmp_path, settings):
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "3_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "4_bad_bom.txt").write_bytes(b"\xef\xbb\xbf" + b"ok \xff\xfe\xfd broken")
    (tmp_path / "5_big.txt").write_text("x" * 2000)
    (tmp_path / "6_good.txt").write_text(ARTICLE)
    results = ingest([tmp_path, tmp_path / "missing.txt"], replace(settings, max_document_bytes=1000))
    reasons = [(Path(r.source).name, r.reason) for r in results if isinstance(r, Rejection)]
    assert reasons == [
        ("1_empty.txt", "empty"), ("2_blank.txt", "empty"), ("3_image.txt", "binary"),
        ("4_bad_bom.txt", "undecodable"), ("5_big.txt", "too_large"), ("missing.txt", "not_found"),
    ]
    assert [r.text for r in results if isinstance(r, RawArticle)] == [ARTICLE]
    big = next(r for r in results if isinstance(r, Rejection) and r.reason == "too_large")
    assert big.detail == "file is 2,000 bytes, over the 1,000-byte cap (set CTWATCH_MAX_DOCUMENT_BYTES or --max-bytes to raise it)"


def test_bytes_in_no_encoding_are_undecodable(tmp_path, settings):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 20)
    [rejection] = ingest([path], settings)
    assert rejection.reason == "undecodable"
    assert "UTF-8" in rejection.detail


def test_directory_is_walked_in_sorted_order_skipping_hidden(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two")
    (tmp_path / "b" / "1.txt").write_text("one")
    (tmp_path / "a.txt").write_text("zero")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (tmp_path / ".notes.txt").write_text("hidden")
    (tmp_path / "notes").write_text("<html><body><article><p>" + ARTICLE + "</p></article></body></html>")
    results = ingest([tmp_path], settings)
    assert [(Path(r.source).relative_to(tmp_path).as_posix(), r.text.strip()) for r in results] == [
        ("a.txt", "zero"), ("notes", ARTICLE.strip()), ("b/1.txt", "one"), ("b/2.txt", "two"),
    ]
    assert results[1].source_kind == "html"  # no extension: sniffed from the content


def test_html_page_gives_main_text_and_metadata(tmp_path, settings, news_page):
    head = (
        "<meta name='author' content='Zia Ur Rehman'><meta property='og:site_name' content='Frontier Post'>"
        "<meta property='article:published_time' content='2024-03-03T10:00:00+05:00'>"
        "<link rel='canonical' href='https://frontier.example/2024/raid'>"
    )
    path = tmp_path / "raid.html"
    path.write_bytes(news_page("Raid in Quetta", ARTICLE.strip(), "The operation lasted six hours.", extra_head=head))
    [article] = ingest([path], settings)
    assert "Militants attacked a checkpoint" in article.text and "six hours" in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.title == "Raid in Quetta"
    assert (article.author, article.publisher, article.language) == ("Zia Ur Rehman", "Frontier Post", "en")
    assert article.published.date() == date(2024, 3, 3)
    assert article.url == "https://frontier.example/2024/raid"
    assert article.source_kind == "html"


def test_html_without_article_text_is_no_text(tmp_path, settings):
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>var app = 1;</script></head><body><div id='root'></div></body></html>")
    [rejection] = ingest([path], settings)
    assert rejection.reason == "no_text"


def test_html_meta_charset_is_honoured(tmp_path, settings):
    html = "<html><head><meta charset='windows-1251'></head><body><article><p>Взрыв произошёл в понедельник у здания суда в Кветте, сообщила полиция.</p></article></body></html>"
    path = tmp_path / "ru.htm"
    path.write_bytes(html.encode("cp1251"))
    [article] = ingest([path], settings)
    assert "Взрыв произошёл в понедельник" in article.text


def test_stdin_is_sniffed(settings, news_page):
    [text] = ingest(["-"], settings, stdin=io.BytesIO(ARTICLE.encode()))
    assert (text.text, text.source, text.source_kind) == (ARTICLE, "<stdin>", "stdin")
    [html] = ingest(["-"], settings, stdin=io.BytesIO(news_page("Raid", ARTICLE.strip())))
    assert html.title == "Raid" and "checkpoint" in html.text and html.source_kind == "stdin"
    lines = b'{"text": "one"}\n{"text": "two"}\nnot json\n'
    first, second, bad = ingest(["-"], settings, stdin=io.BytesIO(lines))
    assert (first.text, second.place, bad.place, bad.reason) == ("one", "line 2", "line 3", "malformed")
    [empty] = ingest(["-"], settings, stdin=io.BytesIO(b""))
    assert (empty.source, empty.reason) == ("<stdin>", "empty")


def test_stdin_pipe_streams_json_lines_past_the_sniffed_head(settings):
    records = b"".join(b'{"id": %d, "text": "article %d"}\n' % (n, n) for n in range(5000))  # > the 64 KiB head
    pipe = io.BufferedReader(io.BytesIO(records))
    pipe.seekable = lambda: False  # behave like a pipe
    results = ingest(["-"], settings, stdin=pipe)
    assert len(results) == 5000
    assert results[-1].text == "article 4999" and results[-1].metadata == {"id": 4999}


def test_seed_article_reads_unchanged(shared_dir, settings):
    path = shared_dir / "seed" / "article-001.txt"
    [article] = ingest([path], settings)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text.startswith("| P |\nPakistan is determined")


def test_garbage_in_any_format_gives_rejections_not_exceptions(tmp_path, settings):
    payloads = [b"\x00", b"{", b"[", b"[{", b"<", b"<rss>", b"\xff\xfe", b"\xfe\xff\x00", b'"a",b\n"', b"\r\r\r",
                bytes(range(256)), b"[" * 5000, b'{"text": ' * 3000]
    extensions = [".txt", ".md", ".html", ".xml", ".rss", ".atom", ".jsonl", ".json", ".csv", ".tsv", ".bin"]
    for number, payload in enumerate(payloads):
        for extension in extensions:
            (tmp_path / f"{number:02d}{extension}").write_bytes(payload)
    results = ingest([tmp_path], settings)
    assert all(isinstance(r, (RawArticle, Rejection)) for r in results)
    assert {Path(r.source).name for r in results} == {p.name for p in tmp_path.iterdir()}  # one answer or more per file
    assert {r.reason for r in results if isinstance(r, Rejection)} <= {"empty", "binary", "undecodable", "malformed", "no_text"}
