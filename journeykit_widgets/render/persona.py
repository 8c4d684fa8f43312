"""The persona card and the buying-group overview (roles, interests, who does
what in which phase)."""

from __future__ import annotations

from journeykit_widgets.frameworks import channel_label, device_label
from journeykit_widgets.i18n import t
from journeykit_widgets.model import Journey, Persona
from journeykit_widgets.render import style as _style
from journeykit_widgets.render._common import drawn_in_language, more_label, role_label
from journeykit_widgets.render._text import Fitted, fit, text_width
from journeykit_widgets.render.sheet import Sheet

__all__ = ["buying_group", "persona_card"]

_FIELDS = ("demographics", "buying_behaviour", "needs", "frustrations")


def _initials(name: str) -> str:
    name = name.split(",")[0]  # "Sanne, the family planner" → "Sanne"
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][0].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def _chips(sheet: Sheet, x, y, w, h, chips) -> None:
    """Rounded labels (colour, label) flowing left to right, "+N" when out of room."""
    s = sheet.scale
    size = 8 * s
    ch = size * 2.0
    cx, cy = x, y
    more = more_label()
    for k, (colour, label, marker) in enumerate(chips):
        cw = text_width(label, size) + (22 if marker or colour else 12) * s
        if cx + cw > x + w and cx > x:
            cx, cy = x, cy + ch + 5 * s
        if cy + ch > y + h or cw > w:
            rest = more.format(n=len(chips) - k)
            sheet.text(
                cx,
                cy,
                x + w - cx,
                ch,
                rest,
                size,
                5 * s,
                "bold",
                _style.ACCENT,
                va="center",
                pad=0,
                max_lines=1,
            )
            return
        fc = _style.tint(colour, 0.7) if colour else _style.PANEL
        sheet.rect(cx, cy, cw, ch, fc=fc, ec=colour or _style.RULE, lw=0.8, radius=ch / 2 - 0.5, zorder=3)
        if marker:
            sheet.markers([cx + 9 * s], [cy + ch / 2], (5 * s) ** 2, marker)
        lx = cx + (16 if marker or colour else 6) * s
        if colour and not marker:
            sheet.rect(cx + 6 * s, cy + ch / 2 - 3 * s, 6 * s, 6 * s, fc=colour, radius=2.9 * s, zorder=4)
        sheet.place(Fitted((label,), size), lx, cy, cw - (lx - cx), ch, va="center", pad=0)
        cx += cw + 5 * s


@drawn_in_language
def persona_card(journey: Journey, persona_id: str | None = None, *, paper: str = "a4", blank: bool = False):
    """The persona (the main one, or ``persona_id``) as a card to hang next to the map."""
    persona: Persona | None = None
    if not blank:
        persona = (
            next((p for p in journey.personas if p.id == persona_id), None) if persona_id else journey.persona
        )
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    title = t("render.persona.title")
    if blank:
        top = sheet.header(title, t("render.worksheet.persona.subtitle"), t("render.worksheet.name_line"))
    else:
        top = sheet.header(title, journey.title, "")
    W, H = sheet.W, sheet.H
    if persona is None and not blank:
        sheet.empty_state(
            m,
            top + 20 * s,
            W - 2 * m,
            H - top - m - 40 * s,
            t("render.empty.title"),
            t("render.empty.persona"),
        )
        return sheet.finish()

    # Left: who this is.
    left_w = 0.3 * (W - 2 * m)
    sheet.rect(m, top, left_w, H - m - top, fc=_style.PANEL, radius=8 * s)
    r = 42 * s
    cx, cy = m + left_w / 2, top + 20 * s + r
    sheet.ax.add_patch(
        __import__("matplotlib.patches", fromlist=["Circle"]).Circle(
            (cx, cy),
            r,
            fc=_style.HEADER if persona else "white",
            ec=_style.RULE if blank else "none",
            lw=1.0,
            ls="--",
            zorder=3,
        )
    )
    if persona:
        sheet.text(
            cx - r,
            cy - r,
            2 * r,
            2 * r,
            _initials(persona.name),
            26 * s,
            12 * s,
            "bold",
            "white",
            "center",
            "center",
            pad=0,
            max_lines=1,
        )
        y = cy + r + 12 * s
        name = sheet.text(
            m + 10 * s, y, left_w - 20 * s, 50 * s, persona.name, 17 * s, 10 * s, "bold", ha="center", pad=0
        )
        y += name.height + 6 * s
        role = sheet.text(
            m + 10 * s,
            y,
            left_w - 20 * s,
            46 * s,
            persona.role,
            10 * s,
            7 * s,
            colour=_style.MUTED,
            ha="center",
            pad=0,
        )
        y += role.height + 16 * s
        if persona.quote:
            room = H - m - y - 12 * s
            quote = persona.quote.strip().strip("\"'“”‘’„ ")
            fitted = fit(f"“{quote}”", left_w - 44 * s, room - 20 * s, 12 * s, 6.5 * s, "normal")
            qh = min(room, fitted.height + 22 * s)
            sheet.rect(
                m + 12 * s, y, left_w - 24 * s, qh, fc="white", ec=_style.RULE, lw=0.6, radius=6 * s, zorder=2
            )
            sheet.rect(m + 12 * s, y, 3 * s, qh, fc=_style.ACCENT, zorder=3)
            sheet.place(fitted, m + 12 * s, y, left_w - 24 * s, qh, _style.HEADER, style="italic", pad=10 * s)
    else:
        y = cy + r + 12 * s
        for key in ("name", "role", "quote"):
            sheet.text(
                m + 10 * s,
                y,
                left_w - 20 * s,
                40 * s,
                t(f"render.persona.prompt.{key}"),
                9 * s,
                6 * s,
                colour=_style.MUTED,
                pad=0,
            )
            sheet.line([m + 14 * s, m + left_w - 14 * s], [y + 34 * s] * 2, _style.FAINT, 0.6)
            y += 50 * s

    # Right: the research-based details.
    gx = m + left_w + 14 * s
    gw = W - m - gx
    chip_h = 64 * s
    gh = H - m - top - chip_h - 12 * s
    bw, bh = (gw - 10 * s) / 2, (gh - 10 * s) / 2
    for k, field in enumerate(_FIELDS):
        bx = gx + (k % 2) * (bw + 10 * s)
        by = top + (k // 2) * (bh + 10 * s)
        sheet.rect(bx, by, bw, bh, fc="white", ec=_style.RULE, lw=0.8, radius=6 * s)
        sheet.rect(bx, by + 6 * s, 3 * s, 16 * s, fc=_style.ACCENT, zorder=3)
        sheet.text(
            bx + 6 * s,
            by,
            bw - 6 * s,
            28 * s,
            t(f"render.persona.{field}"),
            10 * s,
            7 * s,
            "bold",
            pad=6 * s,
            max_lines=1,
        )
        if persona:
            sheet.text(
                bx + 6 * s,
                by + 26 * s,
                bw - 12 * s,
                bh - 30 * s,
                getattr(persona, field),
                11 * s,
                5.5 * s,
                pad=6 * s,
            )
        else:
            sheet.text(
                bx + 6 * s,
                by + 24 * s,
                bw - 12 * s,
                30 * s,
                t(f"render.persona.question.{field}"),
                8 * s,
                5.5 * s,
                colour=_style.MUTED,
                style="italic",
                pad=6 * s,
            )
    cy0 = top + gh + 12 * s
    half = (gw - 10 * s) / 2
    for k, (key, chips) in enumerate(
        (
            (
                "channels",
                [
                    (_style.channel_colour(c), channel_label(c), None)
                    for c in (persona.channels if persona else [])
                ],
            ),
            (
                "devices",
                [
                    (None, device_label(d), _style.DEVICE_MARKERS.get(d))
                    for d in (persona.devices if persona else [])
                ],
            ),
        )
    ):
        bx = gx + k * (half + 10 * s)
        sheet.text(
            bx, cy0, half, 16 * s, t(f"render.persona.{key}"), 10 * s, 7 * s, "bold", pad=0, max_lines=1
        )
        if chips:
            _chips(sheet, bx, cy0 + 18 * s, half, chip_h - 18 * s, chips)
        elif persona:
            sheet.text(
                bx,
                cy0 + 18 * s,
                half,
                16 * s,
                t("render.persona.none"),
                8.5 * s,
                6 * s,
                colour=_style.MUTED,
                pad=0,
            )
        else:
            sheet.line([bx, bx + half], [cy0 + 40 * s] * 2, _style.FAINT, 0.6)
    return sheet.finish()


@drawn_in_language
def buying_group(journey: Journey, *, paper: str = "a4", blank: bool = False):
    """The buying group: each role's kind, interests and responsibilities, and
    what it does (touchpoints) and wants (goals) in every phase."""
    sheet = Sheet(paper)
    s = sheet.scale
    m = sheet.margin
    roles = [] if blank else list(journey.buying_group)
    if blank:
        top = sheet.header(
            t("render.group.title"), t("render.worksheet.group.subtitle"), t("render.worksheet.name_line")
        )
    else:
        top = sheet.header(t("render.group.title"), journey.title, t("render.group.note", n=len(roles)))
    fixed = [("role", 120 * s), ("interests", 115 * s), ("responsibilities", 115 * s)]
    fixed_w = sum(w for _, w in fixed)
    phase_w = (sheet.W - 2 * m - fixed_w) / len(journey.phases)
    head_h = 26 * s
    columns = [(key, w, t(f"render.group.{key}")) for key, w in fixed]
    columns += [(p.id, phase_w, p.label()) for p in journey.phases]
    x = m
    xs = []
    for key, w, label in columns:
        xs.append(x)
        colour = _style.HEADER if key in journey.phase_ids else "#566275"
        sheet.rect(x + 1, top, w - 2, head_h - 2, fc=colour, radius=3 * s)
        sheet.text(
            x + 1,
            top,
            w - 2,
            head_h - 2,
            label,
            9 * s,
            5.5 * s,
            "bold",
            "white",
            "center",
            "center",
            max_lines=2,
        )
        x += w
    body_top = top + head_h
    body_h = sheet.H - m - body_top
    if not roles and not blank:
        sheet.empty_state(
            m,
            body_top + 10 * s,
            sheet.W - 2 * m,
            body_h - 20 * s,
            t("render.empty.title"),
            t("render.empty.group"),
        )
        return sheet.finish()
    n_rows = len(roles) if roles else 5
    row_h = body_h / n_rows
    more = more_label()
    for r in range(n_rows):
        y = body_top + r * row_h
        if r % 2 == 0:
            sheet.rect(m, y, sheet.W - 2 * m, row_h, fc="#FAFBFC", zorder=0)
        sheet.line([m, sheet.W - m], [y + row_h] * 2, _style.RULE, 0.6)
        if not roles:
            continue
        role = roles[r]
        persona = next((p for p in journey.personas if p.id == role.persona_id), None)
        x0, w0 = xs[0], fixed[0][1]
        name = sheet.text(x0, y, w0, row_h * 0.5, role.name, 9.5 * s, 6 * s, "bold", pad=5 * s)
        sub = role_label(role.kind) + (f"\n{persona.name}" if persona else "")
        sheet.text(
            x0,
            y + name.height + 6 * s,
            w0,
            row_h - name.height - 6 * s,
            sub,
            8 * s,
            5 * s,
            colour=_style.MUTED,
            pad=5 * s,
        )
        sheet.text(xs[1], y, fixed[1][1], row_h, role.interests, 8 * s, 5 * s, pad=5 * s)
        sheet.text(xs[2], y, fixed[2][1], row_h, role.responsibilities, 8 * s, 5 * s, pad=5 * s)
        cells = []
        for k, phase in enumerate(journey.phases):
            goals = [f"→ {g.text}" for g in journey.goals if g.phase == phase.id and g.role == role.id]
            tps = [
                f"• {tp.name}" for tp in journey.touchpoints if tp.phase == phase.id and tp.role == role.id
            ]
            cells.append((xs[3 + k], y, phase_w, row_h, goals + tps))
        sheet.row_of_texts(cells, 7.5 * s, 5 * s, 4 * s, items=True, more=more, bullet="")
    for x in xs[1:]:
        sheet.line([x, x], [body_top, sheet.H - m], _style.RULE, 0.6)
    return sheet.finish()
