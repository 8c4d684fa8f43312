"""The cover of a handout: what it is, whose journey, for whom, when, in which language.

``CoverPage`` is a preprocessor so it runs after the parameters are injected and
the notebook has run: it reads the journey file the notebook used and puts the
cover's texts in ``resources["journeykit"]``. Texts stay plain here; the
template escapes every one of them.
"""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

from traitlets import Unicode, default

from journeykit_widgets.handouts.branding import report_date
from journeykit_widgets.handouts.preprocessors import TAG_PARAMETERS, JourneyOptions, cell_tags
from journeykit_widgets.i18n import LANGUAGES, formats, get_language, t

__all__ = ["CoverPage", "cover_texts", "format_date", "journey_file_of", "notebook_title"]


def format_date(day: date, lang: str) -> str:
    """``22 November 2026`` / ``22 november 2026`` (``i18n.formats.day``)."""
    return formats.day(day, lang)


def _parameter_literal(nb, name: str) -> str | None:
    """A string assigned to ``name`` in the parameters (or injected) cell."""
    for cell in reversed(nb.cells):
        if cell.cell_type != "code" or not ({TAG_PARAMETERS, "injected-parameters"} & cell_tags(cell)):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in tree.body:
            if (
                isinstance(node, ast.Assign)
                and any(isinstance(tg, ast.Name) and tg.id == name for tg in node.targets)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                return node.value.value
    return None


def journey_file_of(nb, notebook_dir: str | Path | None = None) -> Path | None:
    """The journey file a notebook ran against: injected, else written in its
    parameters cell, else the notebook's own default (workspace file or sample)."""
    value = nb.metadata.get("journeykit", {}).get("journey_file") or _parameter_literal(nb, "journey_file")
    if value:
        path = Path(value).expanduser()
        if not path.is_absolute() and notebook_dir:
            path = Path(notebook_dir) / path
        return path if path.exists() else None
    try:
        from journeykit_widgets.paths import workspace_file
        from journeykit_widgets.samples import sample_path

        mine = workspace_file(notebook_dir)
        if mine.exists():
            return mine
        lang = nb.metadata.get("journeykit", {}).get("language") or _parameter_literal(nb, "language")
        path = sample_path("airline", lang if lang in LANGUAGES else get_language())
        return path if path.exists() else None
    except Exception:  # the cover then simply has no journey details
        return None


_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.M)
_MD_INLINE = re.compile(r"[*_`]+|\[([^\]]*)\]\([^)]*\)")


def notebook_title(nb) -> str:
    """The first level-1 heading of the notebook, without Markdown marks."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = _MD_HEADING.search(cell.source)
            if match:
                return _MD_INLINE.sub(lambda m: m.group(1) or "", match.group(1)).strip()
    return ""


def _authors(journey) -> str:
    """The people who changed the journey, in the order they first did (its history)."""
    names = dict.fromkeys(" ".join(r.author.split()) for r in journey.revisions if r.author.strip())
    return ", ".join(names)


def _version(journey, lang: str) -> str:
    """ "4, last change 30 March 2026": the number of recorded changes and the last one's date."""
    if not journey.revisions:
        return ""
    last = max(r.at for r in journey.revisions)
    return t(
        "hp.cover.version_value", lang=lang, version=len(journey.revisions), date=format_date(last, lang)
    )


def cover_texts(journey, lang: str, variant: str, title: str, day: date | None = None) -> dict:
    """Everything the cover, contents and footer say, in ``lang``."""
    labels = {
        key: t(f"handouts.{key}", lang=lang)
        for key in (
            "persona",
            "objective",
            "date",
            "language",
            "journey",
            "contents",
            "solution",
            "facilitator_note",
            "write_in",
            "write_in_hint",
            "form_marker",
            "figure",
            "page",
            "of",
            "made_with",
        )
    }
    for key in ("author", "organisation", "version"):
        labels[key] = t(f"hp.cover.{key}", lang=lang)
    labels["zoom"] = t("hp.figure.zoom", lang=lang)
    labels["close"] = t("hp.figure.close", lang=lang)
    persona = ""
    objective = ""
    journey_title = ""
    author = version = ""
    if journey is not None:
        journey_title = journey.title
        author = _authors(journey)
        version = _version(journey, lang)
        objective = journey.objective
        if journey.persona is not None:
            persona = journey.persona.who()
        elif journey.buying_group:
            persona = ", ".join(role.name for role in journey.buying_group)
    return {
        "lang": lang,
        "variant": variant,
        "kind": t(f"handouts.variant.{variant}", lang=lang),
        "title": title or journey_title or t(f"handouts.variant.{variant}", lang=lang),
        "journey_title": journey_title,
        "persona": persona,
        "objective": objective,
        "author": author,
        "version": version,
        "date": format_date(day or report_date(lang=lang), lang),
        "language_name": t(f"handouts.language_name.{lang}", lang=lang),
        "labels": labels,
    }


class CoverPage(JourneyOptions):
    """Fill ``resources["journeykit"]`` with the cover's texts. Without a journey file of
    its own (nor the exporter's) it reads the one the notebook used; without a language,
    the journey's."""

    variant = Unicode(help="report, participant or facilitator").tag(config=True)

    @default("variant")
    def _variant_default(self):
        return self.exporter_option("variant", "report")

    def preprocess(self, nb, resources):
        from journeykit_widgets.store import JourneyFileError, load

        notebook_dir = resources.get("metadata", {}).get("path") or None
        path = Path(self.journey_file) if self.journey_file else journey_file_of(nb, notebook_dir)
        journey = None
        if path is not None and path.exists():
            try:
                journey = load(path)
            except JourneyFileError as error:
                self.log.warning("cover without journey details: %s", error)
        lang = (
            self.language
            or nb.metadata.get("journeykit", {}).get("language")
            or (journey.language if journey else None)
            or get_language()
        )
        if lang not in LANGUAGES:
            lang = get_language()
        title = notebook_title(nb)
        if (
            self.variant == "report"
            and any("report" in cell_tags(c) for c in nb.cells)
            and journey is not None
        ):
            # A report notebook's own title ("Your customer journey: the report") is
            # the lesson's; the deliverable is named after the journey.
            title = journey.title
        info = cover_texts(journey, lang, self.variant, title)
        from journeykit_widgets.handouts.branding import logo_data_uri, organisation

        info["organisation"] = organisation(self.exporter_option("organisation"))
        info["logo"] = logo_data_uri(self.exporter_option("logo"), lang)
        info["journey_file"] = str(path) if path else ""
        resources.setdefault("journeykit", {}).update(info)
        return nb, resources
