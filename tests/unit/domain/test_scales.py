"""The shipped scales and the scale loader."""

from __future__ import annotations

import pytest

from coopeval.domain.errors import InvalidFileError
from coopeval.domain.scales import load_scales
from coopeval.paths import resources_dir


def test_standard_scales_ship_with_descriptors():
    scales = load_scales(resources_dir() / "scales.toml")
    assert {k: s.values for k, s in scales.items()} == {
        "0-5": (0, 1, 2, 3, 4, 5),
        "0-4": (0, 1, 2, 3, 4),
        "0-100": (0, 25, 50, 75, 100),
        "0-10": tuple(range(11)),
    }
    for scale in scales.values():
        assert all(p.descriptor.strip() and p.label.strip() for p in scale.points)
    assert scales["0-4"].point(2).label == "Acceptable"
    assert scales["0-5"].maximum == 5


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ("[{value=1,label='a',descriptor='d'},{value=2,label='b',descriptor='d'}]", "starts at 0"),
        ("[{value=0,label='a',descriptor='d'},{value=0,label='b',descriptor='d'}]", "strictly ascending"),
        ("[{value=0,label='a',descriptor='d'}]", "at least 2"),
    ],
)
def test_bad_scales_are_refused(tmp_path, points, expected):
    path = tmp_path / "scales.toml"
    path.write_text(f"format = 1\n[[scales]]\nid='x'\nname='X'\npoints={points}\n", encoding="utf-8")
    with pytest.raises(InvalidFileError) as caught:
        load_scales(path)
    assert expected in str(caught.value)
