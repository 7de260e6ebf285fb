"""Runs the repair steps in order, composing the character map and placing every edit.

Each step sees only the text the previous step produced. The driver keeps, for every character of
the current text, the raw offset it came from (-1 for inserted characters), so an edit made by any
step can be located both in the raw text and in the final repaired text.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ctwatch.clean.replacement import Replacement
from ctwatch.models import CharMap, Edit, RepairResult

Step = Callable[[str], list[Replacement]]


@dataclass
class _Placed:
    """An edit whose raw span is final, and its ``start/end`` in the current text (settled as later steps run)."""

    order: int
    edit: Edit
    start: int
    end: int

    @property
    def applied(self) -> bool:
        return self.edit.applied


def run_steps(raw_text: str, steps: Iterable[Step]) -> RepairResult:
    """Apply ``steps`` to ``raw_text`` in order and report the repaired text, map and edits."""
    text = raw_text
    raw_of = array("i", range(len(raw_text)))
    placed: list[_Placed] = []
    for step in steps:
        replacements = sorted(step(text), key=lambda r: (r.start, r.end))
        _check_disjoint(replacements, step)
        new_placed = [_place(r, text, raw_of, len(placed) + i) for i, r in enumerate(replacements)]
        applied = [r for r in replacements if r.applied]
        if applied:
            shift = _Shift(applied)
            for p in placed + [p for p in new_placed if not p.applied]:
                p.start, p.end = shift.start(p.start), shift.end(p.end)
            text, raw_of = _apply(text, raw_of, applied, new_placed)
        placed.extend(new_placed)
    placed.sort(key=lambda p: (p.edit.raw_start, p.edit.raw_end, p.order))
    edits = tuple(replace(p.edit, start=p.start, end=p.end) for p in placed)
    return RepairResult(text=text, char_map=CharMap(_runs(raw_of)), edits=edits)


def _check_disjoint(replacements: list[Replacement], step: Step) -> None:
    last_end = -1
    for r in replacements:
        if not r.applied:
            continue
        if r.start < last_end or r.start > r.end:
            raise ValueError(f"repair step {getattr(step, '__name__', step)!r} returned overlapping replacements")
        last_end = r.end


def _place(r: Replacement, text: str, raw_of: array, order: int) -> _Placed:
    """Locate ``r`` in the raw text now; its place in the final text is settled as later steps run."""
    mapped = [o for o in raw_of[r.start : r.end] if o >= 0]
    if mapped:
        raw_start, raw_end = min(mapped), max(mapped) + 1
    else:
        raw_start = raw_end = _raw_anchor(raw_of, r.start)
    before = r.before if r.before is not None else text[r.start : r.end]
    after = r.after if r.after is not None else r.new
    edit = Edit(r.kind, raw_start, raw_end, r.start, r.end, before, after, r.reason, r.applied)
    return _Placed(order, edit, r.start, r.end)


def _raw_anchor(raw_of: array, pos: int) -> int:
    """Raw offset where something inserted at ``pos`` sits: that of the next (or after the previous) raw char."""
    for i in range(pos, len(raw_of)):
        if raw_of[i] >= 0:
            return raw_of[i]
    for i in range(min(pos, len(raw_of)) - 1, -1, -1):
        if raw_of[i] >= 0:
            return raw_of[i] + 1
    return 0


def _apply(text: str, raw_of: array, applied: list[Replacement], new_placed: list[_Placed]) -> tuple[str, array]:
    """The text after ``applied`` and its raw map; also sets the new spans of the applied edits.

    A replaced character keeps the raw offset of the character it replaced, position by position
    (``\\t`` -> `` ``, ``â€™`` -> ``’``); characters beyond the old span's length are insertions.
    """
    parts: list[str] = []
    new_map = array("i")
    placed_by_span = iter(p for p in new_placed if p.applied)
    pos = 0
    for r in applied:
        parts.append(text[pos : r.start])
        new_map.extend(raw_of[pos : r.start])
        start = len(new_map)
        parts.append(r.new)
        kept = min(len(r.new), r.end - r.start)
        new_map.extend(raw_of[r.start : r.start + kept])
        new_map.extend([-1] * (len(r.new) - kept))
        p = next(placed_by_span)
        p.start, p.end = start, len(new_map)
        pos = r.end
    parts.append(text[pos:])
    new_map.extend(raw_of[pos:])
    return "".join(parts), new_map


class _Shift:
    """Moves offsets of the text before a step to the text after it."""

    def __init__(self, applied: list[Replacement]) -> None:
        self.starts = [r.start for r in applied]
        self.ends = [r.end for r in applied]
        self.new_starts: list[int] = []
        self.new_ends: list[int] = []
        delta = 0
        for r in applied:
            self.new_starts.append(r.start + delta)
            delta += len(r.new) - (r.end - r.start)
            self.new_ends.append(r.end + delta)

    def start(self, pos: int) -> int:
        # Text inserted exactly at ``pos`` lies before a span starting there.
        i = bisect_right(self.ends, pos)
        if i < len(self.starts) and self.starts[i] < pos:
            return self.new_starts[i]  # inside a replaced region: snap to its start
        return pos if i == 0 else pos + self.new_ends[i - 1] - self.ends[i - 1]

    def end(self, pos: int) -> int:
        # Text inserted exactly at ``pos`` lies after a span ending there.
        i = bisect_left(self.ends, pos)
        while i < len(self.ends) and self.ends[i] == pos and self.starts[i] < pos:
            i += 1
        if i < len(self.starts) and self.starts[i] < pos:
            return self.new_ends[i]  # inside a replaced region: snap to its end
        return pos if i == 0 else pos + self.new_ends[i - 1] - self.ends[i - 1]


def _runs(raw_of: array) -> tuple[tuple[int, int, int], ...]:
    """Compress the per-character map into ``(start, raw_start, length)`` runs."""
    runs = []
    run_start = -1
    for i, raw in enumerate(raw_of):
        if run_start >= 0 and raw == raw_of[i - 1] + 1 and raw >= 0:
            continue
        if run_start >= 0:
            runs.append((run_start, raw_of[run_start], i - run_start))
        run_start = i if raw >= 0 else -1
    if run_start >= 0:
        runs.append((run_start, raw_of[run_start], len(raw_of) - run_start))
    return tuple(runs)
