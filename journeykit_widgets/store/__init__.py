"""Journey files: load and save (atomic, with backups), recovery, import and export."""

from __future__ import annotations

from pathlib import Path

from journeykit_widgets.model import Journey
from journeykit_widgets.store.edit import (
    Conflict,
    EditResult,
    Guard,
    apply_edit,
    content_stamp,
    edit,
    journey_lock,
    lock_path,
)
from journeykit_widgets.store.files import (
    DEFAULT_BACKUPS,
    JourneyFileError,
    backup_dir,
    backups,
    load,
    loads,
    recover,
    save,
    to_json,
    write_atomic,
)
from journeykit_widgets.store.mermaid import EMOTION_TO_SCORE, export_mermaid, to_mermaid
from journeykit_widgets.store.schema import journey_schema, schema_text, write_schema
from journeykit_widgets.store.tables import (
    TABLE_FORMATS,
    ExportResult,
    ImportResult,
    TableImportError,
    TableProblem,
    clean_for_xlsx,
    export_csv,
    export_touchpoints,
    export_xlsx,
    import_touchpoints,
    merge_touchpoints,
    table_column_values,
    table_phase_names,
    table_rows,
)

__all__ = [
    "DEFAULT_BACKUPS",
    "EMOTION_TO_SCORE",
    "TABLE_FORMATS",
    "Conflict",
    "EditResult",
    "ExportResult",
    "Guard",
    "ImportResult",
    "JourneyFileError",
    "TableImportError",
    "TableProblem",
    "apply_edit",
    "backup_dir",
    "backups",
    "clean_for_xlsx",
    "content_stamp",
    "edit",
    "export_csv",
    "export_mermaid",
    "export_touchpoints",
    "export_xlsx",
    "import_touchpoints",
    "journey_lock",
    "journey_schema",
    "load",
    "loads",
    "lock_path",
    "merge_touchpoints",
    "open_journey",
    "recover",
    "save",
    "schema_text",
    "table_column_values",
    "table_phase_names",
    "table_rows",
    "to_json",
    "to_mermaid",
    "write_atomic",
    "write_schema",
]


def open_journey(
    path: Path | str,
    sample: str | None = None,
    language: str | None = None,
    title: str | None = None,
    phase_model: str = "touch_tell_sell_care",
) -> Journey:
    """Load the journey at ``path``; when the file does not exist yet, create it
    first from a sample case (``"airline"``, ``"veranda"``, ``"b2b_software"``) or
    as a blank journey, and save it, so the participant's file exists from the start.
    """
    from journeykit_widgets.i18n import get_language, t
    from journeykit_widgets.samples import load_sample

    path = Path(path)
    if path.exists():
        return load(path)
    lang = language or get_language()
    if sample:
        journey = load_sample(sample, lang)
    else:
        journey = Journey.new(title or t("store.untitled", lang=lang), phase_model=phase_model, language=lang)
    save(journey, path)
    return journey
