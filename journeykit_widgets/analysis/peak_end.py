"""Peak–end rule: how the journey will be remembered, and where to invest.

People judge an experience mostly by its most intense moments and its end, not by
its average (Kahneman). A journey has both a high and a low, so the kit counts the
remembered score as the mean of three emotions: the best moment, the worst moment
and the last moment::

    peak_end_score = (max(emotion) + min(emotion) + emotion[end]) / 3

That makes the advice concrete: raising a touchpoint by one point changes the
remembered score only when it is the (single) best, the (single) worst or the
last moment. Every other improvement, however welcome, does not change the memory.

Peak–end is one lens, not the truth: a 2022 meta-analysis found peak and end about
as predictive as the plain average, and the average better for long experiences.
So the result also carries the *classic* score of the research (the mean of the
peak and the end), the mean, the trough (the lowest phase), whether the classic
score and the mean tell the team different things (``DISAGREE_POINTS``), and the
reasons to be careful with peak–end at all (``cautions``, see ``CAUTIONS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journeykit_widgets.analysis._common import fmt, join_names, localize, quoted, signed
from journeykit_widgets.analysis.peak_end_parts import (
    CAUTIONS,
    DISAGREE_POINTS,
    LONG_PHASE_MODELS,
    LOOPING_PHASES,
    MEMORY_DIFFERENCE,
    STRONG_EMOTION,
    Moment,
    Trough,
    cautions,
    classic_score,
    remembered_score,
    tell_apart,
    trough_of,
)
from journeykit_widgets.i18n import t
from journeykit_widgets.model import EMOTION_MAX, in_map_order

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from journeykit_widgets.model import Journey

__all__ = [
    "CAUTIONS",
    "DISAGREE_POINTS",
    "LONG_PHASE_MODELS",
    "LOOPING_PHASES",
    "MEMORY_DIFFERENCE",
    "STRONG_EMOTION",
    "Moment",
    "PeakEndResult",
    "Trough",
    "cautions",
    "classic_score",
    "peak_end",
    "remembered_score",
    "tell_apart",
]


@dataclass(frozen=True)
class PeakEndResult:
    """The emotion curve with its peaks, low points, end and remembered score.

    ``peaks``/``lows`` are empty when every touchpoint has the same emotion (there
    is nothing that stands out). ``gains[i]`` is how much the remembered score rises
    when touchpoint ``moments[i]`` improves by one point. ``trough`` is the lowest
    phase (see ``Trough``), ``classic`` the research's peak–end score (best + end) / 2,
    ``cautions`` the reasons (codes of ``CAUTIONS``) to be careful with peak–end here.
    """

    moments: tuple[Moment, ...]
    peaks: tuple[Moment, ...]
    lows: tuple[Moment, ...]
    end: Moment | None
    peak_end_score: float | None
    mean: float | None
    gains: tuple[float, ...] = field(default=())
    role: str | None = None
    trough: Trough | None = None
    classic: float | None = None
    cautions: tuple[str, ...] = ()
    # Touchpoints without an emotion yet (new cards): left off the curve, named apart.
    unrated: tuple[str, ...] = ()

    # ------------------------------------------------------------ derived
    @property
    def difference(self) -> float | None:
        """Remembered score minus the mean: > 0 means remembered as better."""
        if self.peak_end_score is None or self.mean is None:
            return None
        return self.peak_end_score - self.mean

    @property
    def disagree(self) -> bool:
        """Whether peak–end (classic) and the plain mean tell the team different things."""
        return tell_apart(self.classic, self.mean)

    @property
    def applies(self) -> bool:
        """False when the journey has no clear beginning and end (see ``cautions``)."""
        return not self.cautions

    def warning(self) -> str:
        """The caution to read before the peak–end reading, in the active language; "" if none."""
        if not self.cautions or self.end is None:
            return ""
        reasons = " ".join(
            t(f"lens.peak_end.caution.{code}", phase=self.end.phase_name) for code in self.cautions
        )
        return t("lens.peak_end.caution", reasons=reasons)

    def short_warning(self) -> str:
        """The caution in one short sentence, for a one-line reading; "" if none."""
        return t("lens.peak_end.caution_short") if self.cautions and self.end is not None else ""

    def comparison(self) -> str:
        """One sentence: do peak–end (classic) and the mean tell the same story? "" if empty."""
        if self.classic is None or self.mean is None:
            return ""
        if not self.disagree:
            return t("lens.peak_end.agree", score=signed(self.classic), mean=signed(self.mean))
        apart = abs(self.classic - self.mean)
        why = (
            t("lens.peak_end.why_sign")
            if self.classic * self.mean < 0
            else t("lens.peak_end.why_gap", gap=fmt(apart))
        )
        return t("lens.peak_end.differ", score=signed(self.classic), mean=signed(self.mean), why=why)

    def _verdict(self) -> str:
        diff = self.difference
        return "better" if diff >= MEMORY_DIFFERENCE else "worse" if diff <= -MEMORY_DIFFERENCE else "same"

    def lens(self, short: bool = False) -> str:
        """The one peak–end statement: which lens fits this journey, why, and what it says.

        Peak–end where one customer lives the journey from a clear beginning to a clear
        end; the average (and the trough) where the journey has no such end (``cautions``).
        One score is given, never two side by side for the reader to weigh. "" if empty.
        """
        if self.peak_end_score is None or self.mean is None or self.end is None:
            return ""
        size = "short." if short else ""
        if self.cautions:
            if short:
                return t("voice.lens.short.average", mean=signed(self.mean))
            reasons = "; ".join(
                t(f"voice.lens.reason.{code}", phase=self.end.phase_name) for code in self.cautions
            )
            return t("voice.lens.average", mean=signed(self.mean), reasons=reasons)
        return t(
            f"voice.lens.{size}peak_end.{self._verdict()}",
            score=signed(self.peak_end_score),
            mean=signed(self.mean),
        )

    def trough_line(self) -> str:
        """The trough in one sentence, "" when there is none."""
        if self.trough is None:
            return ""
        return t(
            "lens.peak_end.trough",
            phase=self.trough.phase_name,
            mean=signed(self.trough.mean),
            count=self.trough.count,
        )

    @property
    def flat(self) -> bool:
        return len(self.moments) > 1 and not self.peaks

    @property
    def no_effect(self) -> tuple[Moment, ...]:
        """Touchpoints whose improvement would not change how the journey is remembered."""
        return tuple(
            m
            for m, gain in zip(self.moments, self.gains, strict=True)
            if gain == 0 and m.emotion < EMOTION_MAX
        )

    @property
    def strengthen(self) -> tuple[Moment, ...]:
        """Touchpoints whose improvement does change the memory, biggest gain first."""
        ranked = sorted(
            (m for m, gain in zip(self.moments, self.gains, strict=True) if gain > 0),
            key=lambda m: (-self.gains[m.index], m.index),
        )
        return tuple(ranked)

    # ------------------------------------------------------------ output
    def table(self, localized: bool = False) -> pd.DataFrame:
        """One row per touchpoint along the journey, with its role on the curve."""
        import pandas as pd

        peaks = {m.index for m in self.peaks}
        lows = {m.index for m in self.lows}
        rows = []
        for m, gain in zip(self.moments, self.gains, strict=True):
            kinds = []
            if m.index in peaks:
                kinds.append("peak")
            if m.index in lows:
                kinds.append("low_point")
            if self.end is not None and m.index == self.end.index:
                kinds.append("end")
            rows.append(
                {
                    "position": m.index + 1,
                    "touchpoint_id": m.touchpoint_id,
                    "touchpoint": m.name,
                    "phase": m.phase,
                    "phase_name": m.phase_name,
                    "emotion": m.emotion,
                    "moment": " + ".join(t(f"analysis.value.{k}") for k in kinds)
                    if localized
                    else "+".join(kinds),
                    "memory_gain": round(gain, 4),
                }
            )
        columns = [
            "position",
            "touchpoint_id",
            "touchpoint",
            "phase",
            "phase_name",
            "emotion",
            "moment",
            "memory_gain",
        ]
        df = pd.DataFrame(rows, columns=columns)
        return localize(df) if localized else df

    def summary(self) -> str:
        """A few plain sentences in the active language, one finding per line."""
        if not self.moments:
            return self.reading()
        caution = self.warning()
        if caution:
            # Read before the reading: the rule may not fit this journey at all.
            return caution + "\n" + self.reading()
        return self.reading()

    def reading(self) -> str:
        """The summary without the caution, for outputs that show the caution apart."""
        if not self.moments and self.unrated:
            return t("analysis.peak_end.none_rated", names=join_names(list(self.unrated)))
        text = self._reading()
        if self.unrated:
            key = "analysis.peak_end.unrated_one" if len(self.unrated) == 1 else "analysis.peak_end.unrated"
            text += "\n" + t(key, names=join_names(list(self.unrated)), count=len(self.unrated))
        return text

    def _reading(self) -> str:
        if not self.moments:
            return t("analysis.peak_end.empty")
        if len(self.moments) == 1:
            only = self.moments[0]
            return t("analysis.peak_end.single", name=quoted(only.name), emotion=signed(only.emotion))
        if self.flat:
            return "\n".join(
                [
                    t("analysis.peak_end.flat", emotion=signed(self.moments[0].emotion)),
                    t("analysis.peak_end.flat_advice", name=quoted(self.end.name)),
                ]
            )
        lines = [
            t(
                "analysis.peak_end.peaks" if len(self.peaks) > 1 else "analysis.peak_end.peak",
                names=_named(self.peaks),
                emotion=signed(self.peaks[0].emotion),
            ),
            t(
                "analysis.peak_end.lows" if len(self.lows) > 1 else "analysis.peak_end.low",
                names=_named(self.lows),
                emotion=signed(self.lows[0].emotion),
            ),
            t(
                "analysis.peak_end.end",
                name=quoted(self.end.name),
                phase=self.end.phase_name,
                emotion=signed(self.end.emotion),
            ),
        ]
        if self.trough is not None:
            lines.append(self.trough_line())
        # One statement of the lens; where the caution is read first, only its conclusion.
        lines.append(t("voice.lens.after_caution", mean=signed(self.mean)) if self.cautions else self.lens())
        best = self.peaks[0]
        if best.emotion < STRONG_EMOTION:
            lines.append(
                t("analysis.peak_end.make_peak", name=quoted(best.name), emotion=signed(best.emotion))
            )
        else:
            key = "analysis.peak_end.keep_peaks" if len(self.peaks) > 1 else "analysis.peak_end.keep_peak"
            lines.append(t(key, names=_named(self.peaks)))
        end = self.end
        if end.emotion < STRONG_EMOTION or (self.mean is not None and end.emotion < self.mean):
            lines.append(t("analysis.peak_end.fix_end", name=quoted(end.name), emotion=signed(end.emotion)))
        else:
            lines.append(t("analysis.peak_end.keep_end", name=quoted(end.name)))
        if self.lows[0].emotion < 0:
            if len(self.lows) == 1:
                lines.append(t("analysis.peak_end.fix_low", name=quoted(self.lows[0].name)))
            else:
                lines.append(t("analysis.peak_end.fix_lows", names=_named(self.lows)))
        skip = [m.name for m in self.no_effect if m.index != end.index]
        if len(skip) > 3:
            lines.append(t("analysis.peak_end.no_effect_many", count=len(skip), names=join_names(skip[:3])))
        elif skip:
            lines.append(t("analysis.peak_end.no_effect", names=join_names(skip)))
        return "\n".join(lines)


def _named(moments: tuple[Moment, ...]) -> str:
    """Quoted names with their phase: “Booking” (Sell) and “Check-in” (Care)."""
    items = [f"{quoted(m.name)} ({m.phase_name})" for m in moments]
    if len(items) == 1:
        return items[0]
    return t("analysis.list_join", head=", ".join(items[:-1]), last=items[-1])


def peak_end(journey: Journey, role: str | None = None) -> PeakEndResult:
    """Find the peak(s), low point(s) and end of the emotion curve.

    Order along the journey is phase order, then the touchpoints' order in the file.
    ``role``: None = every touchpoint, ``""`` = the main persona, or a buying-group
    role id. Ties are kept: two touchpoints at the top are both peaks. A touchpoint
    without an emotion yet is left off the curve (it is not a 0, and not the end)
    and named in ``unrated``.
    """
    along = in_map_order(journey, role)
    unrated = tuple(tp.name for tp in along if tp.emotion is None)
    moments = tuple(
        Moment(
            index=i,
            touchpoint_id=tp.id,
            name=tp.name,
            phase=tp.phase,
            phase_name=journey.phase_label(tp.phase),
            emotion=int(tp.emotion),
        )
        for i, tp in enumerate(tp for tp in along if tp.emotion is not None)
    )
    if not moments:
        return PeakEndResult(
            (), (), (), None, None, None, (), role, cautions=cautions(journey, None), unrated=unrated
        )
    emotions = [m.emotion for m in moments]
    high, low = max(emotions), min(emotions)
    stands_out = high != low
    peaks = tuple(m for m in moments if m.emotion == high) if stands_out else ()
    lows = tuple(m for m in moments if m.emotion == low) if stands_out else ()
    score = remembered_score(emotions)
    gains = []
    for i, emotion in enumerate(emotions):
        if emotion >= EMOTION_MAX:
            gains.append(0.0)
            continue
        better = [*emotions[:i], emotion + 1, *emotions[i + 1 :]]
        gains.append(remembered_score(better) - score)
    return PeakEndResult(
        moments=moments,
        peaks=peaks,
        lows=lows,
        end=moments[-1],
        peak_end_score=score,
        mean=sum(emotions) / len(emotions),
        gains=tuple(gains),
        role=role,
        trough=trough_of(moments),
        classic=classic_score(emotions),
        cautions=cautions(journey, moments[-1].phase),
        unrated=unrated,
    )
