"""Which parts of the co-operative identity and which TOMs themes a framework's measures cover."""

from __future__ import annotations

from dataclasses import dataclass

from coopeval.domain.framework import Framework
from coopeval.domain.vocab import ICA_IDENTIFIERS, TOMS_THEMES


@dataclass(frozen=True)
class Coverage:
    ica: dict[str, tuple[str, ...]]    # identifier -> codes of the measures that link to it
    toms: dict[str, tuple[str, ...]]   # TOMs theme -> codes of the measures beside it

    @property
    def uncovered_ica(self) -> tuple[str, ...]:
        return tuple(k for k, codes in self.ica.items() if not codes)

    @property
    def uncovered_toms(self) -> tuple[str, ...]:
        return tuple(k for k, codes in self.toms.items() if not codes)

    @property
    def complete(self) -> bool:
        return not self.uncovered_ica and not self.uncovered_toms


def coverage(framework: Framework) -> Coverage:
    ica: dict[str, list[str]] = {k: [] for k in ICA_IDENTIFIERS}
    toms: dict[str, list[str]] = {k: [] for k in TOMS_THEMES}
    for _theme, _outcome, m in framework.measures():
        for ident in dict.fromkeys(m.ica):
            ica[ident].append(m.code)
        if m.toms_theme:
            toms[m.toms_theme].append(m.code)
    return Coverage(
        ica={k: tuple(v) for k, v in ica.items()},
        toms={k: tuple(v) for k, v in toms.items()},
    )
