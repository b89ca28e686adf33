"""Rationale quality flags for the Moderation page: does a consensus rationale repeat the scale, fall
short of the tender's minimum, or say nothing about the bid's evidence (`domain.rationale_quality`)?

Flags, never refusals: recording a consensus does not ask them. `item_flags` works on a grid already
read (the page calls it as the chair types, and for the consensus shown); `rationale_flags_for`
reads the grid and flags every recorded consensus of a tender at once. They are computed when
asked, not when the grid is read, so a large grid costs nothing more to open.
"""

from __future__ import annotations

from coopeval.domain.rationale_quality import rationale_flags
from coopeval.services.moderation.view import ModerationGrid, ModerationItem, moderation_grid
from coopeval.services.workspace import Workspace


def item_flags(item: ModerationItem, grid: ModerationGrid, rationale: str | None = None) -> tuple[str, ...]:
    """The flags of `rationale` (by default the item's recorded consensus rationale; none when there
    is no consensus) as plain sentences. Qualitative items are checked against the scale's
    descriptors; the words of the measure's code and title and of the scale say nothing about the bid;
    naming a place the bid gives in its page references ("Quality 2") points to its evidence."""
    if rationale is None:
        if item.consensus is None:
            return ()
        rationale = item.consensus.rationale
    qualitative = item.kind == "qualitative"
    # a rationale that repeats a descriptor is flagged in either language (issue 22)
    descriptors = [d for p in grid.scale.points for d in (p.descriptor, p.descriptor_cy) if d] if qualitative else []
    labels = [t for p in grid.scale.points for t in (p.label, p.label_cy) if t] if qualitative else []
    return tuple(rationale_flags(rationale, descriptors=descriptors, min_chars=grid.tender.min_rationale_chars,
                                 response_text=item.response_text, other_words=[item.code, item.title, *labels],
                                 references=[item.page_refs]))


def rationale_flags_for(ws: Workspace, tender: int | str) -> dict[tuple[int, int], tuple[str, ...]]:
    """Every recorded consensus of the tender with at least one flag, by (bid id, measure id).
    Empty before moderation opens (no consensus can be recorded then)."""
    grid = moderation_grid(ws, tender)
    out = {}
    for key, item in grid.items.items():
        flags = item_flags(item, grid)
        if flags:
            out[key] = flags
    return out
