"""The buying group on one chart: one emotion line per role along the phases,
with the phase(s) where the roles disagree most shaded (``analysis.buying_group``)."""

from __future__ import annotations

from itertools import pairwise

from journeykit_widgets.analysis.buying_group import BuyingGroupResult, buying_group
from journeykit_widgets.i18n import t
from journeykit_widgets.model import EMOTION_MAX, EMOTION_MIN, Journey
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language
from journeykit_widgets.render.sheet import Sheet

__all__ = ["role_emotions"]

_SPAN = EMOTION_MAX - EMOTION_MIN + 1  # -3.5 … +3.5: half a step of room above and below


def _signed(value: float) -> str:
    from journeykit_widgets.analysis._common import signed

    return signed(value)


@drawn_in_language
def role_emotions(journey: Journey, *, paper: str = "a4"):
    """One emotion line per buying-group role (mean emotion of its touchpoints per
    phase), the most divergent phase(s) shaded, where roles clash said underneath."""
    result = buying_group(journey)
    sheet = Sheet(paper)
    s, m = sheet.scale, sheet.margin
    top = sheet.header(t("lens.render.roles.title"), journey.title, t("lens.render.roles.note"))
    legend_w = 190 * s
    footer_h = 44 * s
    label_h = 32 * s
    band = 26 * s  # above the chart: the "disagree most" labels
    px = m + 30 * s
    pw = sheet.W - m - legend_w - px - 10 * s
    py = top + band
    ph = sheet.H - m - footer_h - label_h - py
    n = len(result.phases)
    cw = pw / n

    def y_of(value: float) -> float:
        return py + (EMOTION_MAX + 0.5 - value) / _SPAN * ph

    # Phase columns: alternate panels, the most divergent ones in the accent tint.
    for i, (phase, _name) in enumerate(result.phases):
        x0 = px + i * cw
        if phase in result.most_divergent:
            sheet.rect(x0, py - band, cw, ph + band, fc=_style.tint(_style.ACCENT, 0.78), zorder=0)
            spread = result.spread(phase).spread
            sheet.text(
                x0,
                py - band,
                cw,
                band,
                t("lens.render.roles.most", spread=_fmt(spread)),
                7.5 * s,
                6 * s,
                "bold",
                ha="center",
                va="center",
                pad=2 * s,
                max_lines=2,
            )
        elif i % 2 == 0:
            sheet.rect(x0, py, cw, ph, fc=_style.PANEL, zorder=0)
    sheet.row_of_texts(
        [
            (px + i * cw, py + ph + 2 * s, cw, label_h - 2 * s, name)
            for i, (_p, name) in enumerate(result.phases)
        ],
        8 * s,
        6 * s,
        2 * s,
        _style.INK,
        weight="bold",
        ha="center",
        max_lines=2,
    )
    # The emotion scale: a rule per step, the neutral line darker.
    for v in range(EMOTION_MIN, EMOTION_MAX + 1):
        colour, lw, ls = (_style.MUTED, 0.8, "--") if v == 0 else (_style.RULE, 0.5, "-")
        sheet.line([px, px + pw], [y_of(v)] * 2, colour, lw, ls, zorder=1)
        sheet.text(
            m,
            y_of(v) - 7 * s,
            28 * s,
            14 * s,
            _signed(v),
            8 * s,
            6 * s,
            colour=_style.MUTED,
            ha="right",
            va="center",
            pad=2 * s,
            max_lines=1,
        )
    if not result.applies:
        sheet.empty_state(
            px + pw * 0.1,
            py + ph * 0.25,
            pw * 0.8,
            ph * 0.5,
            t("render.empty.title"),
            t("lens.render.roles.empty"),
        )
        return sheet.finish()
    _lines(sheet, result, px, cw, y_of)
    _legend(sheet, result, sheet.W - m - legend_w + 8 * s, top, legend_w - 8 * s)
    _footer(sheet, result, m, sheet.H - m - footer_h + 4 * s, sheet.W - 2 * m, footer_h - 4 * s)
    return sheet.finish()


def _fmt(value: float) -> str:
    from journeykit_widgets.analysis._common import fmt

    return fmt(value)


def _lines(sheet: Sheet, result: BuyingGroupResult, px: float, cw: float, y_of) -> None:
    s = sheet.scale
    count = len(result.lines)
    step = min(cw * 0.07, 6 * s)  # side by side, so equal emotions in a phase stay visible
    for k, line in enumerate(result.lines):
        colour = _style.ROLE_COLOURS[k % len(_style.ROLE_COLOURS)]
        marker = _style.ROLE_MARKERS[k % len(_style.ROLE_MARKERS)]
        offset = (k - (count - 1) / 2) * step
        present = [i for i, v in enumerate(line.emotions) if v is not None]
        points = [(px + (i + 0.5) * cw + offset, y_of(line.emotions[i])) for i in present]
        for (i, a), (j, b) in pairwise(zip(present, points, strict=True)):
            # Dotted across a phase the role does not take part in.
            sheet.line([a[0], b[0]], [a[1], b[1]], colour, 1.8 * s, "-" if j == i + 1 else ":", zorder=4)
        sheet.markers(
            [p[0] for p in points],
            [p[1] for p in points],
            (6.5 * s) ** 2,
            marker,
            colour,
            "white",
            0.8,
            zorder=6,
            gid=f"jk-role-{line.role}",
        )


def _legend(sheet: Sheet, result: BuyingGroupResult, x: float, y: float, w: float) -> None:
    s = sheet.scale
    sheet.text(x, y, w, 18 * s, t("lens.render.roles.legend"), 9 * s, 6 * s, "bold", pad=0, max_lines=1)
    row = 38 * s
    lowest = result.lowest_role.role if result.lowest_role else None
    for k, line in enumerate(result.lines):
        colour = _style.ROLE_COLOURS[k % len(_style.ROLE_COLOURS)]
        marker = _style.ROLE_MARKERS[k % len(_style.ROLE_MARKERS)]
        ry = y + 22 * s + k * row
        sheet.line([x, x + 22 * s], [ry + 8 * s] * 2, colour, 1.8 * s, zorder=4)
        sheet.markers([x + 11 * s], [ry + 8 * s], (6.5 * s) ** 2, marker, colour, "white", 0.8, zorder=6)
        tx = x + 28 * s
        sheet.text(tx, ry, w - 28 * s, 16 * s, line.name, 8.5 * s, 6.5 * s, "bold", pad=0, max_lines=1)
        average = t("lens.render.roles.average", mean=_signed(line.mean))
        if line.role == lowest:
            average = t("lens.render.roles.lowest", mean=_signed(line.mean))
        sheet.text(
            tx,
            ry + 15 * s,
            w - 28 * s,
            row - 17 * s,
            average,
            7.5 * s,
            6 * s,
            colour=_style.EMOTION_COLOURS[-3] if line.role == lowest else _style.MUTED,
            weight="bold" if line.role == lowest else "normal",
            pad=0,
            max_lines=2,
        )


def _footer(sheet: Sheet, result: BuyingGroupResult, x: float, y: float, w: float, h: float) -> None:
    """Where the roles clash, in words: the chart says it, the sentence makes it stick."""
    s = sheet.scale
    sentences = [
        t(
            "lens.group.clash",
            phase=c.phase_name,
            low_role=c.low_role,
            low=_signed(c.low),
            high_role=c.high_role,
            high=_signed(c.high),
        )
        for c in result.clashes[:2]
    ] or [t("lens.render.roles.no_clash")]
    sheet.line([x, x + w], [y - 2 * s] * 2, _style.RULE, 0.6)
    sheet.items(x, y, w, h, sentences, more=t("render.more", n="{n}"), size=8.5 * s, min_size=6.5 * s)
