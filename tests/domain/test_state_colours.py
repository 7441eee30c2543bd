"""The decision-state colours: every text/background pair at WCAG AA, and no two states alike with red-green
colour blindness (simulated with Machado et al. 2009, severity 1)."""

from __future__ import annotations

import itertools
import math

import pytest

from incidentdesk.domain.vocab import (
    DECISION_COLOURS,
    UNDECIDED,
    contrast_ratio,
    text_colour_on,
)

# Machado, Oliveira & Fernandes (2009), full severity, applied to linear RGB.
SIMULATIONS = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
}


def _linear(colour: str) -> list[float]:
    h = colour.lstrip("#")
    out = []
    for i in (0, 2, 4):
        c = int(h[i : i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(colour: str, vision: str) -> tuple[float, float, float]:
    v = _linear(colour)
    r, g, b = (min(1.0, max(0.0, sum(m * x for m, x in zip(row, v, strict=True)))) for row in SIMULATIONS[vision])
    x, y, z = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089,
    )

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("state", list(DECISION_COLOURS))
def test_every_state_colour_reads_at_aa(state):
    """The text drawn on each state's colour (black or white, as the matrix and the chips draw it) is >= 4.5:1."""
    background = DECISION_COLOURS[state]
    assert contrast_ratio(background, text_colour_on(background)) >= 4.5


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_no_two_states_look_alike(vision):
    """Every pair of states differs by CIE76 ΔE >= 15 in normal vision and simulated deuteranopia and protanopia."""
    close = []
    for (a, ca), (b, cb) in itertools.combinations(DECISION_COLOURS.items(), 2):
        d = math.dist(_lab(ca, vision), _lab(cb, vision))
        if d < 15:
            close.append(f"{a}/{b}: {d:.1f}")
    assert close == []


def test_continue_and_conditional_are_clearly_distinct():
    """継続 and 条件付き継続 are not two greens: apart in hue and in lightness, in every simulated vision."""
    assert contrast_ratio(DECISION_COLOURS["continue"], DECISION_COLOURS["conditional"]) >= 1.4
    for vision in SIMULATIONS:
        assert math.dist(_lab(DECISION_COLOURS["continue"], vision), _lab(DECISION_COLOURS["conditional"], vision)) > 25
    assert UNDECIDED in DECISION_COLOURS


def test_ratios_for_the_record(capsys):
    """Prints each state's ratio (docs/accessibility.md quotes them)."""
    for state, colour in DECISION_COLOURS.items():
        print(f"{state}: {colour} text {text_colour_on(colour)} {contrast_ratio(colour, text_colour_on(colour)):.2f}:1")
