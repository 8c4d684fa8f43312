"""Journey files: load and save (atomic, with backups), recovery, import and export."""

from __future__ import annotations

from journeykit_widgets.store.cells import office_text
from journeykit_widgets.store.decode import decode_table
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
from journeykit_widgets.store.reading import MAX_FILE_BYTES
from journeykit_widgets.store.schema import journey_schema, schema_text, write_schema
from journeykit_widgets.store.tables import (
    TABLE_FORMATS,
    ExportResult,
    ImportResult,
    TableImportError,
    TableProblem,
    export_csv,
    export_touchpoints,
    export_xlsx,
    import_touchpoints,
    merge_touchpoints,
    table_column_values,
    table_phase_names,
    table_rows,
)
from journeykit_widgets.store.votes import close_vote, open_vote, place_dots

__all__ = [
    "DEFAULT_BACKUPS",
    "EMOTION_TO_SCORE",
    "MAX_FILE_BYTES",
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
    "close_vote",
    "content_stamp",
    "decode_table",
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
    "office_text",
    "open_vote",
    "place_dots",
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
