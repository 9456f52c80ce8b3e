"""`python -m benchmarks`: the table it prints and the marked section of BENCHMARKS.md it writes
(the runs themselves are replaced by a fixed report: they take minutes)."""

from __future__ import annotations

import importlib.util
import platform
from pathlib import Path

import pytest

from benchmarks import __main__ as command
from benchmarks.__main__ import BEGIN, END, Report, Row, Sizes, last_json, write_section
from benchmarks.common import earliest_last_lateness


def fixed(sizes: Sizes) -> Report:
    return Report(
        [Row(f"{sizes.paced} countdowns started 3 a second", "0.16 / 0.26 / 0.55 s", "0.49 s")],
        ["a note"],
    )


def test_the_section_is_appended_once_then_replaced(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\n## Questions\n\nkept\n", encoding="utf-8")
    assert command.main(["--smoke", "--output", str(path)], runner=fixed) == 0
    first = path.read_text(encoding="utf-8")
    assert first.count(BEGIN) == 1 and first.count(END) == 1
    assert "## Questions\n\nkept" in first
    assert "| 3 countdowns started 3 a second | 0.16 / 0.26 / 0.55 s | 0.49 s |" in first
    assert "python -m benchmarks --smoke" in first and "cores" in first and "Python" in first
    path.write_text(first + "\n## Later section\n\nalso kept\n", encoding="utf-8")
    assert command.main(["--output", str(path)], runner=fixed) == 0
    second = path.read_text(encoding="utf-8")
    assert second.count(BEGIN) == 1 and second.count(END) == 1
    assert "| 30 countdowns started 3 a second |" in second  # the reduced sizes this time
    assert "| 3 countdowns" not in second
    assert "also kept" in second and "kept" in second


def test_no_write_leaves_the_file_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n", encoding="utf-8")
    assert command.main(["--no-write", "--output", str(path)], runner=fixed) == 0
    assert path.read_text(encoding="utf-8") == "# Benchmarks\n"
    assert "| 30 countdowns started 3 a second |" in capsys.readouterr().out


def test_write_section_keeps_what_surrounds_the_markers(tmp_path: Path) -> None:
    path = tmp_path / "B.md"
    path.write_text(f"before\n{BEGIN}\nold\n{END}\nafter\n", encoding="utf-8")
    write_section(path, f"{BEGIN}\nnew\n{END}")
    assert path.read_text(encoding="utf-8") == f"before\n{BEGIN}\nnew\n{END}\nafter\n"


def test_paid_broadcast_is_reported_missing_when_its_module_is_absent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    row = command.broadcast_row(command.SMOKE)
    assert row.ours.startswith("not available")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('figures\n{"late_p50": 1.5}\n', {"late_p50": 1.5}),
        ('{"error": "no aiolimiter"}\n', None),
        ("no json at all\n", None),
    ],
)
def test_last_json(text: str, expected: dict[str, float] | None) -> None:
    assert last_json(text) == expected


def test_the_reduced_sizes_are_smaller_than_the_issues() -> None:
    assert command.REDUCED.at_once == 150 and command.FULL.at_once == 300
    assert command.REDUCED.spread == 300 and command.FULL.spread == 1000


@pytest.mark.parametrize(
    ("baseline", "ours", "expected"),
    [(20.7, 0.55, "37.6x better"), (0.5, 1.0, "2.0x worse"), (None, 1.0, "-"), (1.0, 0.0, "-")],
)
def test_ratio_says_better_or_worse(baseline: float | None, ours: float, expected: str) -> None:
    assert command.ratio(baseline, ours) == expected


def test_the_paid_broadcast_row_reports_time_rate_per_worker_and_losses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = (
        "paid broadcast benchmark: 10,000 reminders due in one minute\n"
        "  total sent              10,000\n  lost                    0\n"
        "  duplicated              1\n  due time to last send   72.0 s (target 300 s)\n"
        "  worker 0                5,010 sent at 71 msgs/s (first to last send 70.1 s)\n"
        "  worker 1                4,990 sent at 70 msgs/s (first to last send 70.3 s)\n"
    )
    monkeypatch.setattr(command, "run_step", lambda name, args, **kw: out)
    row = command.broadcast_row(command.REDUCED)
    assert (
        row.ours == "10,000 sent 72 s after due (139/s; per worker 71 + 70/s), 0 lost, 1 duplicated"
    )
    assert row.bound == "30 s (5 min per 100,000)"
    monkeypatch.setattr(command, "run_step", lambda name, args, **kw: "")
    assert command.broadcast_row(command.REDUCED).ours == "failed: see its output"


def test_steps_side_by_side_return_each_output_in_order() -> None:
    outputs = command.run_steps(
        [("first", ["json.tool", "--help"]), ("second", ["platform"])], timeout=60
    )
    assert "json.tool" in outputs[0]
    assert platform.system() in outputs[1]


@pytest.mark.parametrize(
    ("deadlines", "late"),
    [
        ([0.0] * 300, 10.0),  # 300 due together: the last goes out 300/30 s later
        ([i / 100 for i in range(300)], 7.01),  # due over 2.99 s: 10 - 2.99
        ([float(i) for i in range(10)], 1 / 30),  # one a second: each goes at once
        ([5.0] * 30 + [100.0] * 60, 2.0),  # the worst burst counts, not the total
        ([], 0.0),
    ],
)
def test_the_physical_bound_counts_every_burst_of_deadlines(
    deadlines: list[float], late: float
) -> None:
    assert earliest_last_lateness(deadlines, 30) == pytest.approx(late)
