"""The monthly security report: its numbers on a hand-built month, the three formats, an empty month, the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ctwatch.analyse import report as monthly
from ctwatch.errors import ConfigError
from ctwatch.resolve.model import IncidentSource, Toll

from .incident_factory import incident

REPO = Path(__file__).resolve().parents[2]
MARCH = dt.date(2025, 3, 10)
FEB = dt.date(2025, 2, 12)
GENERATED = dt.datetime(2025, 4, 1, 9, 0)


_articles = itertools.count(1)


def source(publisher: str, title: str, url: str = "https://example.org/a", sentence: str = "") -> IncidentSource:
    return IncidentSource(mention_uid=f"m-{publisher}-{title}"[:60], article_id=next(_articles),
                          publisher=publisher, title=title, url=url, published_at=dt.datetime(2025, 3, 10), sentence=sentence)


def month_of_incidents() -> list:
    suicide = dataclasses.replace(
        incident(dt.date(2025, 3, 19), "Quetta", "Balochistan", sub_event="Suicide bomb", perpetrator="iskp",
                 killed={"total": 5, "security": 3, "civilian": 2}, injured={"total": 11}, lat=30.18, lon=67.0),
        sources=(source("Quetta Courier", "Suicide blast in Quetta", sentence="IS-KP claimed responsibility for the attack."),
                 source("Indus Wire", "Quetta blast kills five")),
        corroboration=2)
    ied = dataclasses.replace(
        incident(MARCH, killed={"total": 1, "civilian": 1}, injured={"total": 4}, perpetrator=None),
        killed={"total": Toll(1, 1, 3, (1, 3)), "civilian": Toll(1, 1, 1, (1,))})  # reports disagree: 1 or 3
    targeted = incident(dt.date(2025, 3, 22), "Dera Ismail Khan", sub_event="Attack", event_type="Violence against civilians",
                        gtd="Assassination", killed={"total": 1, "civilian": 1})
    foiled = incident(dt.date(2025, 3, 5), "Lakki Marwat", status="foiled", sub_event="Disrupted weapons use",
                      event_type="Strategic developments", perpetrator="ctd", kind="state_force", actions=("seizure",))
    arrests = incident(dt.date(2025, 3, 27), "Karachi", "Sindh", sub_event="Arrests", event_type="Strategic developments",
                       perpetrator="ctd", kind="state_force", arrested=5, actions=("arrest", "seizure"))
    raid = incident(dt.date(2025, 3, 12), "North Waziristan", sub_event="Armed clash", event_type="Battles",
                    perpetrator="army", kind="state_force", killed={"total": 4, "militant": 4})
    protest = incident(MARCH, sub_event="Peaceful protest", event_type="Protests", perpetrator=None)
    february = [incident(FEB, killed={"total": 2, "security": 2}), incident(FEB, "Quetta", "Balochistan", killed={"total": 1})]
    elsewhere = dataclasses.replace(incident(MARCH, "Kunar", "Kunar"), country="AF")
    return [suicide, ied, targeted, foiled, arrests, raid, protest, *february, elsewhere]


@pytest.fixture(scope="module")
def march():
    return monthly.build_monthly_report(month_of_incidents(), "2025-03", generated_at=GENERATED)


@pytest.fixture(scope="module")
def empty():
    return monthly.build_monthly_report(month_of_incidents(), "2025-05", generated_at=GENERATED)


def test_totals_and_change_on_the_month_before(march):
    assert (march.attacks, march.foiled, march.operations) == (3, 1, 2)
    assert march.other_incidents == 1  # the protest is left out; the Afghan attack is out of scope
    attacks = march.change("Attacks")
    assert (attacks.previous, attacks.delta, attacks.pct_text) == (2, 1, "+50%")
    assert march.change("Attacks foiled").pct_text == "n/a"  # none in February
    assert march.change("Arrests").current == 5
    assert march.killed == 11 and march.injured == 15
    assert march.killed_range == (11, 13) and march.conflicting_tolls == 1
    assert march.tlp == "CLEAR" and march.month_label == "March 2025" and not march.empty


def test_killed_by_side_uses_best_figures_and_counts_the_rest_as_unidentified(march):
    sides = {row.side: row for row in march.sides}
    assert sides["security"].killed == 3 and sides["civilian"].killed == 4 and sides["militant"].killed == 4
    assert sides["militant"].killed_in_operations == 4 and sides["militant"].killed_in_attacks == 0
    assert sides["unknown"].injured == 15  # injuries reported with no side
    assert sides["security"].previous_killed == 2 and sides["unknown"].previous_killed == 1
    assert sum(row.killed for row in march.sides) == march.killed


def test_tables_by_tactic_place_and_group(march):
    tactics = {row.tactic: (row.attacks, row.killed) for row in march.tactics}
    assert tactics == {"suicide attack": (1, 5), "IED / bomb": (1, 1), "targeted killing": (1, 1)}
    provinces = {row.admin1: row for row in march.provinces}
    assert provinces["Balochistan"].attacks == 1 and provinces["Balochistan"].previous_attacks == 1
    assert provinces["Khyber Pakhtunkhwa"].attacks == 2 and provinces["Khyber Pakhtunkhwa"].operations == 1
    assert provinces["Sindh"].arrested == 5
    assert "Kunar" not in {row.admin2 for row in march.districts}
    groups = {row.group: row for row in march.groups}
    assert groups["ISKP"].claimed == 1 and groups["ISKP"].killed == 5
    assert groups["Unidentified"].attacks == 1 and groups["TTP"].attacks == 1
    assert march.groups[-1].group == "Unidentified"


def test_operations_notable_incidents_and_map(march):
    ops = march.operations_summary
    assert (ops.operations, ops.foiled, ops.arrested, ops.seizures, ops.militants_killed) == (2, 1, 5, 1, 4)
    assert ops.prevention_ratio == pytest.approx(1 / 4)
    first = march.notable[0]
    assert first.type == "suicide attack" and first.killed == 5 and first.corroboration == 2
    assert [s.publisher for s in first.sources] == ["Quetta Courier", "Indus Wire"]
    assert march.notable[1].type.startswith("security operation")
    assert march.map_values == {"Bannu": 1, "Quetta": 1, "Dera Ismail Khan": 1}
    assert [p.label for p in march.map_points] == ["1"]
    assert sum(d.attacks for d in march.daily) == 3 and len(march.daily) == 31


def test_markdown_has_every_section(march):
    text = monthly.render_markdown(march)
    for heading in ("Key findings", "Summary and month-on-month change", "Killed and injured by side", "By province",
                    "By district", "By tactic", "By group", "Security operations", "Notable incidents",
                    "Early warning", "District threat", "Method and sources"):
        assert f"## {heading}" in text, heading
    assert "| Attacks | 3 | 2 | +1 | +50% |" in text
    assert "Quetta Courier: Suicide blast in Quetta <https://example.org/a>" in text
    assert "TLP:CLEAR" in text


def test_html_is_self_contained_and_escapes_source_text(march):
    hostile = dataclasses.replace(march.notable[0], sources=(
        source("<script>alert('pub')</script>", "<script>alert(1)</script> & more", url="javascript:alert(2)"),))
    html = monthly.render_html(dataclasses.replace(march, notable=(hostile, *march.notable[1:])))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert 'href="javascript:' not in html
    assert html.count("<svg") >= 4  # the map and three charts, inline
    assert "<link" not in html and "<img" not in html and "TLP:CLEAR" in html


def test_an_empty_month_says_so_in_every_format(empty, tmp_path):
    assert empty.empty and empty.attacks == 0 and not empty.notable
    assert empty.change("Attacks").pct_text == "n/a"
    sentence = "No incidents were recorded in Pakistan in May 2025"
    assert sentence in monthly.render_markdown(empty)
    assert sentence in monthly.render_html(empty)
    pdf = monthly.write_report(empty, "pdf", tmp_path / "empty.pdf")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    text = " ".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    assert " ".join(sentence.split()) in " ".join(text.split())


def test_pdf_is_a_rendered_a4_document(march, tmp_path):
    path = monthly.write_report(march, "pdf", tmp_path / "march.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    assert len(document) >= 2
    width, height = document[0].get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    for index in (0, 1):
        pixels = document[index].render(scale=0.5).to_numpy()
        assert (pixels < 200).any(axis=-1).mean() > 0.01, f"page {index + 1} looks blank"
    first = document[0].get_textpage().get_text_range()
    assert "March 2025" in first and "TLP:CLEAR" in first


def test_month_and_format_are_checked(march, tmp_path):
    with pytest.raises(ConfigError, match="YYYY-MM"):
        monthly.build_monthly_report([], "2025-13")
    with pytest.raises(ConfigError, match="YYYY-MM"):
        monthly.parse_month("March 2025")
    with pytest.raises(ConfigError, match="pdf, html, md"):
        monthly.write_report(march, "docx", tmp_path / "x.docx")


def test_default_file_name_is_in_the_working_directory(march, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert monthly.write_report(march, "md", None) == tmp_path / "ctwatch-report-2025-03.md"
    assert (tmp_path / "ctwatch-report-2025-03.md").read_text(encoding="utf-8").startswith("# Pakistan")


def ctwatch(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "ctwatch", *args], capture_output=True, cwd=cwd, env=env, timeout=300)


def test_cli_writes_the_default_file_for_an_empty_database(tmp_path):
    db = str(tmp_path / "x.db")
    result = ctwatch("report", "--month", "2025-03", "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    written = tmp_path / "ctwatch-report-2025-03.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in result.stdout.decode()
    bad = ctwatch("report", "--month", "03/2025", "--db", db, cwd=tmp_path)
    assert bad.returncode == 2 and "YYYY-MM" in bad.stderr.decode()
