"""Touchpoint measurement: CSAT, NPS and CES from a survey table, per touchpoint
and per phase, linked back to the touchpoints on the map.

A survey table has one row per respondent and touchpoint: ``respondent``,
``touchpoint`` (the touchpoint's id on the map, or its exact name) and any of the
answers ``csat`` (1–5), ``nps`` (0–10) and ``ces`` (1–7). Empty answers are fine.

Standard formulas:

* **CSAT** = % of answers that are 4 or 5 ("satisfied" or "very satisfied");
* **NPS** = % promoters (9–10) − % detractors (0–6), from −100 to +100;
* **CES** = the mean answer on 1–7 to "the company made it easy for me"
  (higher = easier).

Phase scores pool the answers of the phase's touchpoints (not a mean of means).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import (
    count,
    fmt,
    join_names,
    localize,
    quoted,
    signed,
)
from journeykit_widgets.analysis._tables import (
    FIRST_ROW,
    HEADER_ROW,
    LoadReport,
    MeasurementFileError,
    ProblemLog,
    coded_text,
    match_columns,
    read_table,
)
from journeykit_widgets.i18n import t
from journeykit_widgets.model import in_map_order

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "MEASURES",
    "MIN_ANSWERS",
    "SCALES",
    "SurveyLog",
    "SurveyResult",
    "ces_score",
    "csat_score",
    "load_survey",
    "nps_score",
    "survey_scores",
]

SCALES: dict[str, tuple[int, int]] = {"csat": (1, 5), "nps": (0, 10), "ces": (1, 7)}
MEASURES: tuple[str, ...] = tuple(SCALES)
# Fewer answers than this and a score is shown, but not ranked as a finding.
MIN_ANSWERS = 30

SURVEY_COLUMNS: dict[str, tuple[str, ...]] = {
    "respondent": ("respondent_id", "respondent_nr", "deelnemer", "respondentnummer"),
    "touchpoint": ("touchpoint_id", "touchpoint_name", "contactpunt", "contactpunt_id"),
    "csat": ("satisfaction", "tevredenheid"),
    "nps": ("recommend", "likelihood_to_recommend", "aanbevelen"),
    "ces": ("effort", "customer_effort", "gemak"),
    "customer_id": ("customer", "klant_id", "klant"),
    "date": ("datum",),
}


def csat_score(values) -> float | None:
    """% of 1–5 answers that are 4 or 5."""
    values = [v for v in values if v == v]
    return 100 * sum(1 for v in values if v >= 4) / len(values) if values else None


def nps_score(values) -> float | None:
    """% promoters (9–10) − % detractors (0–6) of 0–10 answers."""
    values = [v for v in values if v == v]
    if not values:
        return None
    promoters = sum(1 for v in values if v >= 9)
    detractors = sum(1 for v in values if v <= 6)
    return 100 * (promoters - detractors) / len(values)


def ces_score(values) -> float | None:
    """Mean of 1–7 answers (higher = easier)."""
    values = [v for v in values if v == v]
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class SurveyLog:
    """Valid answers in long form (``row``, ``respondent``, ``touchpoint_id``,
    ``measure``, ``value``) and the load report."""

    answers: pd.DataFrame
    report: LoadReport


def _touchpoint_lookup(journey: Journey) -> dict[str, str]:
    lookup = {}
    for tp in journey.touchpoints:
        lookup.setdefault(tp.name.strip().lower(), tp.id)
    for tp in journey.touchpoints:
        lookup[tp.id.lower()] = tp.id  # an id wins over a name that happens to equal it
    return lookup


def load_survey(source: object, journey: Journey) -> SurveyLog:
    """Read and check a survey table against the touchpoints of ``journey``.

    A row with no respondent, or a touchpoint that is not on the map, is skipped.
    An answer that is not a whole number on its scale is left out (the row's other
    answers still count); a row with no valid answer left is skipped.
    """
    import numpy as np
    import pandas as pd

    frame, name, stray = read_table(source)
    frame, headers = match_columns(frame, SURVEY_COLUMNS, ("respondent", "touchpoint"), name)
    measures = [m for m in MEASURES if m in frame.columns]
    if not measures:
        found = ", ".join(quoted(str(c)) for c in headers.values()) or "—"
        raise MeasurementFileError(
            t(
                "analysis.load.missing_columns",
                source=name,
                row=HEADER_ROW,
                columns=t("analysis.survey.any_of", columns=", ".join(quoted(m) for m in MEASURES)),
                found=found,
            )
        )
    frame = frame.reset_index(drop=True)
    n = len(frame)
    log = ProblemLog()
    bad = np.zeros(n, dtype=bool)

    respondent = coded_text(frame["respondent"], n)
    empty = respondent.codes < 0
    log.add_rows(empty, headers["respondent"], "empty", frame["respondent"])
    bad |= empty

    touch = coded_text(frame["touchpoint"], n)
    lookup = _touchpoint_lookup(journey)
    ids = np.array([lookup.get(str(v).lower()) for v in touch.categories], dtype=object)
    empty = touch.codes < 0
    log.add_rows(empty, headers["touchpoint"], "empty", frame["touchpoint"])
    unknown = ~empty & (pd.isna(ids)[touch.codes] if len(ids) else np.zeros(n, bool))
    log.add_rows(unknown, headers["touchpoint"], "unknown_touchpoint", frame["touchpoint"])
    bad |= empty | unknown

    parts = []
    valid_any = np.zeros(n, dtype=bool)
    dropped = 0
    for measure in measures:
        low, high = SCALES[measure]
        raw = frame[measure]
        text = (
            raw.astype(object)
            .where(raw.notna(), "")
            .astype(str)
            .str.strip()
            .str.replace(",", ".", regex=False)
        )
        number = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
        given = (text != "").to_numpy()
        whole = np.isfinite(number) & (number == np.round(number))
        in_range = whole & (number >= low) & (number <= high)
        wrong = given & ~in_range & ~bad
        log.add_rows(wrong, headers[measure], f"bad_{measure}", raw)
        dropped += int(wrong.sum())
        ok = given & in_range & ~bad
        valid_any |= ok
        rows = np.flatnonzero(ok)
        parts.append(
            pd.DataFrame(
                {
                    "row": rows + FIRST_ROW,
                    "respondent": respondent.categories[respondent.codes[rows]] if len(rows) else [],
                    "touchpoint_id": ids[touch.codes[rows]] if len(rows) else [],
                    "measure": measure,
                    "value": number[rows].astype(int),
                }
            )
        )
    no_answer = ~bad & ~valid_any
    silent = no_answer & ~np.isin(np.arange(n) + FIRST_ROW, log.frame()["row"].to_numpy())
    log.add_rows(silent, headers[measures[0]], "no_answers", frame[measures[0]])
    used = ~bad & valid_any
    answers = pd.concat(parts, ignore_index=True).sort_values(["row", "measure"], kind="stable")
    log.add_stray_bytes(stray)  # the row is still used: only the byte is lost
    report = LoadReport(
        source=name, rows_read=n, rows_used=int(used.sum()), problems=log.frame(), answers_dropped=dropped
    )
    return SurveyLog(answers.reset_index(drop=True), report)


_SCORES = {"csat": csat_score, "nps": nps_score, "ces": ces_score}


def _scores(values: pd.DataFrame) -> dict:
    out = {}
    for measure in MEASURES:
        answers = values.loc[values["measure"] == measure, "value"].tolist()
        score = _SCORES[measure](answers)
        out[measure] = round(score, 2) if score is not None else None
        out[f"{measure}_n"] = len(answers)
    out["respondents"] = int(values["respondent"].nunique())
    return out


@dataclass(frozen=True)
class SurveyResult:
    """Scores per touchpoint (every touchpoint of the map, in journey order; no
    answers → empty scores) and per phase, plus the load report."""

    by_touchpoint: pd.DataFrame
    by_phase: pd.DataFrame
    report: LoadReport
    respondents: int = 0
    min_answers: int = MIN_ANSWERS

    def table(self, localized: bool = False) -> pd.DataFrame:
        return localize(self.by_touchpoint) if localized else self.by_touchpoint

    def scores_for(self, touchpoint_id: str) -> dict:
        """CSAT, NPS, CES and their answer counts of one touchpoint, for a map label."""
        row = self.by_touchpoint.set_index("touchpoint_id").loc[touchpoint_id]
        return {k: (None if row[k] != row[k] else row[k]) for k in (*MEASURES, *(f"{m}_n" for m in MEASURES))}

    def summary(self) -> str:
        tps = self.by_touchpoint
        answered = tps[tps[[f"{m}_n" for m in MEASURES]].sum(axis=1) > 0]
        if answered.empty:
            return "\n".join([t("analysis.survey.empty"), self.report.summary(limit=5)])
        lines = [
            t(
                "analysis.survey.overview",
                respondents=t("voice.count.respondents", count=self.respondents),
                answers=t("voice.count.answers", count=int(tps[[f"{m}_n" for m in MEASURES]].sum().sum())),
                measured=len(answered),
                total=t("voice.count.touchpoints", count=len(tps)),
            )
        ]
        for measure in ("nps", "csat", "ces"):
            counted = answered[answered[f"{measure}_n"] >= self.min_answers]
            pool = counted if len(counted) else answered[answered[f"{measure}_n"] > 0]
            if len(pool) < 2:
                continue
            best = pool.loc[pool[measure].idxmax()]
            worst = pool.loc[pool[measure].idxmin()]
            lines.append(
                t(
                    f"analysis.survey.range_{measure}",
                    worst=quoted(worst["touchpoint"]),
                    worst_score=_shown(measure, worst[measure]),
                    best=quoted(best["touchpoint"]),
                    best_score=_shown(measure, best[measure]),
                )
            )
        counts = answered[[f"{m}_n" for m in MEASURES]]
        few = answered.loc[((counts > 0) & (counts < self.min_answers)).any(axis=1), "touchpoint"].tolist()
        if few:
            lines.append(t("analysis.survey.few", names=join_names(few), minimum=self.min_answers))
        missing = tps.loc[~tps.index.isin(answered.index), "touchpoint"].tolist()
        if missing:
            lines.append(t("analysis.survey.unmeasured", names=join_names(missing)))
        if self.report.rows_skipped or self.report.answers_dropped:
            lines.append(
                t(
                    "analysis.survey.skipped",
                    skipped=count(self.report.rows_skipped),
                    read=count(self.report.rows_read),
                    dropped=count(self.report.answers_dropped),
                )
            )
        return "\n".join(lines)


def _shown(measure: str, value: float) -> str:
    """NPS with a sign, CSAT as a percentage, CES with one decimal."""
    if measure == "nps":
        return signed(value, 0)
    if measure == "csat":
        return f"{fmt(value, 0)}%"
    return fmt(value, 1)


def survey_scores(source: object, journey: Journey, *, min_answers: int = MIN_ANSWERS) -> SurveyResult:
    """CSAT, NPS and CES per touchpoint and per phase (see the module docstring)."""
    import pandas as pd

    log = source if isinstance(source, SurveyLog) else load_survey(source, journey)
    answers = log.answers
    rows = []
    for i, tp in enumerate(in_map_order(journey)):
        mine = answers[answers["touchpoint_id"] == tp.id]
        rows.append(
            {
                "position": i + 1,
                "touchpoint_id": tp.id,
                "touchpoint": tp.name,
                "phase": tp.phase,
                "phase_name": journey.phase_label(tp.phase),
                "emotion": None if tp.emotion is None else int(tp.emotion),  # None: not rated yet
                **_scores(mine),
            }
        )
    columns = ["position", "touchpoint_id", "touchpoint", "phase", "phase_name", "emotion", "respondents"]
    columns += [c for m in MEASURES for c in (m, f"{m}_n")]
    by_touchpoint = pd.DataFrame(rows, columns=columns)
    phase_of = {tp.id: tp.phase for tp in journey.touchpoints}
    with_phase = answers.assign(phase=answers["touchpoint_id"].map(phase_of))
    phase_rows = [
        {
            "phase": pid,
            "phase_name": journey.phase_label(pid),
            **_scores(with_phase[with_phase["phase"] == pid]),
        }
        for pid in journey.phase_ids
    ]
    by_phase = pd.DataFrame(phase_rows, columns=["phase", "phase_name", "respondents", *columns[7:]])
    respondents = int(answers["respondent"].nunique())
    return SurveyResult(by_touchpoint, by_phase, log.report, respondents, min_answers)
