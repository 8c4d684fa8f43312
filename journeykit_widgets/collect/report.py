"""One combined report for the group: progress, the teams side by side, the combined
action list and every team's map, as a self-contained HTML page or an A4 PDF.

The HTML embeds its pictures, so it can be e-mailed or opened offline; the PDF is
the same page printed by the headless Chromium that makes the PDF handouts.
"""

from __future__ import annotations

import base64
import html
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from journeykit_widgets.collect.action_merge import localized_actions, merged_actions
from journeykit_widgets.collect.charts import emotion_lines, touchpoints_per_phase
from journeykit_widgets.collect.progress import STEPS, progress_table, steps_done
from journeykit_widgets.collect.report_parts import (
    Progress,
    actions_appendix,
    actions_body,
    spread_column,
    write_actions_xlsx,
)
from journeykit_widgets.collect.side_by_side import differences
from journeykit_widgets.collect.team_page import glance_table, team_page
from journeykit_widgets.i18n import get_language, language, t

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.collect.folder import Collection

__all__ = ["FORMATS", "actions_path", "report_html", "write_report"]

FORMATS = ("html", "pdf")
_MAX_DIFFERENCES = 25  # per phase model: a page of the report, not twenty
_CHART_WIDTH_IN = 9.6
_PAGE_WIDTH_IN = 273 / 25.4  # A4 landscape less the 12 mm margins (report.css)


def _svg_figure(figure, caption: str, width_in: float | None = None) -> str:
    """A figure as vector SVG (texts stay text, measurable in the PDF), printed at its
    own size up to the page's width, so its type keeps the size it was drawn at."""
    from journeykit_widgets.handouts.report import svg_text

    width = min(float(figure.get_size_inches()[0]) if width_in is None else width_in, _PAGE_WIDTH_IN)
    data = base64.b64encode(svg_text(figure).encode("utf-8")).decode("ascii")
    return (
        f'<figure><img alt="{html.escape(caption)}" style="width: {width:.2f}in" '
        f'src="data:image/svg+xml;base64,{data}"><figcaption>{html.escape(caption)}</figcaption></figure>'
    )


def _figure(figure, caption: str) -> str:
    # The side-by-side charts are drawn 11.7 in wide; printed 9.6 in wide two fit a
    # page and their smallest text (9 pt) stays above 7 pt.
    return _svg_figure(figure, caption, _CHART_WIDTH_IN)


def _per_model(collection: Collection, draw, caption: str) -> str:
    """One picture per phase model, so that each fits on a landscape page."""
    models = list(collection.groups())
    if not models:  # words, not a picture of words
        return f'<p class="jk-none">{html.escape(t("collect.chart.nothing"))}</p>'
    return "".join(_figure(draw(collection, model), caption) for model in models)


def _table(frame, css: str = "") -> str:
    return frame.to_html(index=False, escape=True, border=0, classes=css or None, na_rep="—")


def _progress(collection: Collection) -> str:
    """The progress table with coloured marks (pandas cannot style single cells)."""
    frame = progress_table(collection)
    heads = ["team", "title", "touchpoint_count", *STEPS, "done"]
    out = ['<table class="jk-progress"><thead><tr>']
    out += [f"<th>{html.escape(t(f'collect.column.{h}'))}</th>" for h in heads]
    out.append("</tr></thead><tbody>")
    for team, row in zip(collection.teams, frame.itertuples(index=False), strict=True):
        done = steps_done(team.journey)
        cells = [row.team, row.title, row.touchpoint_count]
        out.append("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in cells))
        for step in STEPS:
            value = done[step]
            css, mark = {True: ("jk-yes", "✓"), False: ("jk-no", "–"), None: ("jk-na", "")}[value]
            title = t(f"collect.column.{step}")
            out.append(f'<td class="{css}" title="{html.escape(title)}">{mark}</td>')
        out.append(f"<td>{html.escape(row.done)}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _skipped(collection: Collection) -> str:
    left_out = collection.left_out
    if not left_out:
        return f'<p class="jk-none">{html.escape(t("collect.report.none_skipped"))}</p>'
    rows = "".join(
        f"<tr><td>{html.escape(s.name)}</td><td>{html.escape(s.reason)}</td></tr>" for s in left_out
    )
    head = (
        f"<th>{html.escape(t('collect.column.file'))}</th><th>{html.escape(t('collect.column.reason'))}</th>"
    )
    return f'<table class="jk-skipped"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _differences(collection: Collection) -> str:
    from journeykit_widgets.collect.charts import model_title

    found = differences(collection)
    if not found:
        return f'<p class="jk-none">{html.escape(t("collect.report.no_differences"))}</p>'
    parts = []
    for model, result in found.items():
        parts.append(f"<h3>{html.escape(model_title(model))}</h3>")
        parts.append(
            "".join(f"<p class='jk-lead'>{html.escape(line)}</p>" for line in result.summary().splitlines())
        )
        table = result.table(localized=True)
        # The biggest disagreements first: rated items by their spread, then the rest.
        order = result.differences["spread"].fillna(-1).sort_values(ascending=False, kind="stable").index
        table = spread_column(result, table.loc[order[:_MAX_DIFFERENCES]])
        parts.append(_table(table))
        more = len(result.differences) - len(table)
        if more > 0:
            parts.append(
                f"<p class='jk-none'>{html.escape(t('collect.report.more_differences', count=more))}</p>"
            )
    return "".join(parts)


def _team_pages(collection: Collection, actions, progress: Progress | None) -> str:
    """Per team its summary page, then its map at print size (split by phase where
    the map does not fit one page at 6 pt, as in the participant's report)."""
    from journeykit_widgets import render
    from journeykit_widgets.handouts.lanes_in_full import LanesInFull
    from journeykit_widgets.handouts.report import views

    # The participant's report's map placement, but in the report's language: a Dutch
    # group report over English journeys labels their lanes in Dutch (texts stay as written).
    placed = views()["journey"].report

    parts = []
    total = len(collection.compared)
    for n, team in enumerate(collection.compared, 1):
        if progress:
            progress(n, total, "drawing", team.label)
        parts.append(team_page(team, n - 1, actions, _svg_figure))
        shortened: list[str] = []
        # A map draws in its journey's language; here it speaks the report's, like the
        # phase names and tables around it (the team's own texts stay as written).
        shown = team.journey.model_copy(update={"language": get_language()})
        for page in render.print_pages(shown, "journey", paper=placed.paper, **placed.options):
            caption = t("collect.report.map_caption", team=team.label)
            parts.append(f'<section class="jk-map">{_svg_figure(page, caption)}</section>')
            shortened += getattr(page, "journeykit_shortened", ())
        if shortened:  # what the map cut short for its 6 pt, in full (as the participant's report)
            parts.append(LanesInFull(team.journey, shortened)._repr_html_())
    return "".join(parts)


def _side_by_side(collection: Collection) -> str:
    if not collection.compared:
        return f'<p class="jk-none">{html.escape(t("collect.chart.nothing"))}</p>'
    return _table(glance_table(collection.compared), "jk-glance")


def report_html(
    collection: Collection,
    title: str = "",
    xlsx_name: str = "",
    progress: Progress | None = None,
    actions: pd.DataFrame | None = None,
) -> str:
    """The combined report as one HTML page, in the active language."""
    css = resources.files("journeykit_widgets.collect").joinpath("report.css").read_text("utf-8")
    title = title or t("collect.report.title")
    facts = t(
        "collect.report.facts",
        folder=collection.folder.name or str(collection.folder),
        teams=len(collection.teams),
        skipped=len(collection.left_out),
        date=collection.read_at.strftime("%Y-%m-%d %H:%M UTC"),
    )
    actions = merged_actions(collection) if actions is None else actions
    listed = localized_actions(actions)
    xlsx_name = xlsx_name or t("h25group.xlsx.default_name")
    body = [
        '<header class="jk-band">',
        f'<p class="jk-kind">{html.escape(t("collect.report.kind"))}</p>',
        f"<h1>{html.escape(title)}</h1><p class='jk-facts'>{html.escape(facts)}</p></header><main>",
        f"<h2>{html.escape(t('collect.report.progress'))}</h2>",
        f"<p class='jk-lead'>{html.escape(t('collect.report.progress_lead'))}</p>",
        _progress(collection),
        f"<h2>{html.escape(t('collect.report.skipped'))}</h2>",
        _skipped(collection),
        f"<section class='jk-part'><h2>{html.escape(t('h25group.heading.glance'))}</h2>",
        _side_by_side(collection),
        f"<h2>{html.escape(t('collect.report.emotions'))}</h2>",
        _per_model(collection, emotion_lines, t("collect.report.emotions_caption")),
        "</section><section class='jk-part'>",
        f"<h2>{html.escape(t('collect.report.phases'))}</h2>",
        _per_model(collection, touchpoints_per_phase, t("collect.report.phases_caption")),
        "</section><section class='jk-part'>",
        f"<h2>{html.escape(t('collect.report.actions'))}</h2>",
        actions_body(listed, xlsx_name),
        "</section>",
        _team_pages(collection, actions, progress),
        # The item-by-item differences are detail for the back, where the appendix
        # flows on after them: their last page is not left a quarter full.
        f"<section class='jk-part jk-differences'><h2>{html.escape(t('collect.report.differences'))}</h2>",
        _differences(collection),
        "</section>",
        actions_appendix(listed, xlsx_name),
        "</main>",
    ]
    lang = get_language()
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{css}</style></head><body>{''.join(body)}</body></html>"
    )


def actions_path(output: Path) -> Path:
    """The Excel file with every action, beside the report (``report.pdf`` →
    ``report_actions.xlsx``)."""
    return output.with_name(f"{output.stem}_actions.xlsx")


def write_report(
    collection: Collection,
    output: Path | str,
    *,
    to: str | None = None,
    lang: str | None = None,
    title: str = "",
    browser: str | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the combined report to ``output`` (HTML, or PDF by suffix or ``to``) and
    its whole action list beside it as XLSX (``actions_path``). ``progress(n, total,
    step, team)`` hears each step: drawing each team, then printing.

    ``output`` must lie outside the collected folder: the folder is never written to.
    """
    output = Path(output)
    to = to or ("pdf" if output.suffix.lower() == ".pdf" else "html")
    if to not in FORMATS:
        raise ValueError(t("collect.error.format", to=to, choices=", ".join(FORMATS)))
    if output.resolve().is_relative_to(collection.folder.resolve()):
        raise ValueError(t("collect.error.inside_folder", folder=collection.folder))
    with language(lang):
        xlsx = actions_path(output)
        actions = merged_actions(collection)
        page = report_html(collection, title, xlsx_name=xlsx.name, progress=progress, actions=actions)
        output.parent.mkdir(parents=True, exist_ok=True)
        write_actions_xlsx(localized_actions(actions), xlsx)
        if to == "html":
            output.write_text(page, encoding="utf-8")
            return output
        from journeykit_widgets.handouts.exporters import JourneykitPDFExporter

        if progress:
            total = len(collection.compared)
            progress(total, total, "printing", "")
        exporter = JourneykitPDFExporter()
        if browser:
            exporter.browser_path = str(browser)
        output.write_bytes(
            exporter.print_pdf(page, footer_title=title or t("collect.report.title"), lang=lang)
        )
    return output
