"""The sentence being reviewed: its attributions, the verdict each has so far, the selected
one, and a note waiting for the decision.

A sentence with several attributions is decided once every one of them has a verdict; until
then its verdicts are saved as a held (pending) decision, shown, and each step is undoable. The decision itself
(status and kept attributions) is derived by store.review.status_of / kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extract import Attribution
from store.review import Sentence, kept, status_of, verdicts_of


@dataclass(frozen=True, slots=True)
class Working:
    seq: int
    items: tuple[Attribution, ...]
    verdicts: tuple[str | None, ...]
    selected: int | None = None  # None: nothing chosen yet, a/r apply to every attribution
    note: str | None = None

    @classmethod
    def of(cls, sentence: Sentence) -> Working:
        items, verdicts = verdicts_of(sentence)
        working = cls(sentence.seq, tuple(items), tuple(verdicts), None, sentence.note)
        # Held verdicts (saved before a restart): carry on at the first one still undecided.
        return working.select_undecided(0) if sentence.held else working

    @property
    def complete(self) -> bool:
        return all(v is not None for v in self.verdicts)

    @property
    def status(self) -> str:
        return status_of([v or "" for v in self.verdicts])

    @property
    def kept(self) -> list[Attribution]:
        return kept(self.items, [v or "" for v in self.verdicts])

    def select(self, index: int) -> Working:
        if not self.items:
            return self
        return replace(self, selected=index % len(self.items))

    def step(self, delta: int) -> Working:
        """Select the next (or previous) attribution; from no selection, the first (or last)."""
        if self.selected is None:
            return self.select(0 if delta > 0 else -1)
        return self.select(self.selected + delta)

    def select_undecided(self, start: int) -> Working:
        """Select the first attribution without a verdict from ``start`` on (wrapping)."""
        n = len(self.items)
        for i in range(n):
            j = (start + i) % n
            if self.verdicts[j] is None:
                return replace(self, selected=j)
        return self

    def judge(self, verdict: str, index: int | None = None) -> Working:
        """Give one attribution (the selected one by default; every one when none is
        selected) a verdict and move the selection on to the next without one."""
        i = self.selected if index is None else index
        if i is None:
            return self.judge_all(verdict)
        verdicts = list(self.verdicts)
        verdicts[i] = verdict
        return replace(self, verdicts=tuple(verdicts)).select_undecided(i + 1)

    def judge_all(self, verdict: str) -> Working:
        """Every attribution at once; a corrected or added one stays edited on accept."""
        verdicts = tuple(
            "edited" if verdict == "accepted" and v == "edited" else verdict
            for v in self.verdicts
        )
        return replace(self, verdicts=verdicts)

    def put(self, attribution: Attribution, index: int | None) -> Working:
        """Replace attribution ``index`` (or add one, index None) with a reviewer's version:
        unchanged counts as accepted, anything else as edited. Items stay in sentence order."""
        items = list(self.items)
        verdicts = list(self.verdicts)
        if index is None:
            items.append(attribution)
            verdicts.append("edited")
        else:
            unchanged = attribution == items[index] or (
                attribution.to_dict() | {"confidence": 0}
                == items[index].to_dict() | {"confidence": 0}
            )
            items[index] = attribution
            verdicts[index] = "accepted" if unchanged and verdicts[index] != "edited" else "edited"
        order = sorted(range(len(items)), key=lambda k: (items[k].start, items[k].end))
        new_index = order.index(len(items) - 1 if index is None else index)
        moved = replace(
            self, items=tuple(items[k] for k in order), verdicts=tuple(verdicts[k] for k in order)
        )
        return moved.select_undecided(new_index + 1) if not moved.complete else moved.select(new_index)

    def with_note(self, note: str | None) -> Working:
        return replace(self, note=note or None)
