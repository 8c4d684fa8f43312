"""Where a word may break at a line end, in English and Dutch.

Hyphenation patterns alone (pyphen's LibreOffice dictionaries) allow breaks
that a reader trips over: inside an English loanword read as Dutch
("Sectorben-chmark", "klantenservi-cebeurs") or one syllable past the seam of a
compound ("Showroombe-zoek", "beveiligingspa-gina"). So a break is allowed:

1. at the seam between the parts of a compound, when both sides are words the
   language's word list knows (Dutch linking "s"/"e"/"en" stays with the left
   part: "beveiligings|pagina"), and the patterns allow a break there too;
2. inside one part, only where the patterns of the language allow it, at least
   three letters from either end, and, when the other kit language knows the part
   as well (a loanword such as "service", "benchmark"), only where both languages'
   patterns agree ("bench-mark", never "ben-chmark"); a part that only the other
   language knows is never broken inside.

Seams are "strong" breaks: a caller tries those first and takes a syllable break
only when a part on its own is still too long for the line.

The word lists are wordfreq's (common words of each language); they load on the
first word long enough to need a break.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

__all__ = ["RULES", "breaks", "marked", "pieces"]

# Raised when the rules below change, so that cached pictures are drawn again.
RULES = 5

_PATTERNS = {"en": "en_US", "nl": "nl_NL"}
_OTHER = {"en": "nl", "nl": "en"}
_LINKS = {"nl": ("s", "en", "e"), "en": ()}  # Dutch linking sounds between the parts of a compound
_MIN_PART = 4  # letters in a compound part: "show|room", never "ben|chmark"
_MIN_SIDE = 3  # letters either side of a break inside a part: no "be-zoek", "pa-gina"
_MAX_PARTS = 5
# A known last part this long still marks a seam when the list lacks the first part.
_LONG_TAIL = 6
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûüý")
# Words shorter than this are never broken (nothing on a line is that narrow).
_SHORTEST = 2 * _MIN_SIDE


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _lang(lang: str) -> str:
    return lang if lang in _PATTERNS else "en"


@cache
def _patterns(lang: str):
    import pyphen

    return pyphen.Pyphen(lang=_PATTERNS[_lang(lang)], left=2, right=2)


@cache
def _words(lang: str) -> frozenset[str]:
    from wordfreq import get_frequency_dict

    return frozenset(get_frequency_dict(_lang(lang), wordlist="small"))


def _pattern_breaks(word: str, lang: str) -> frozenset[int]:
    return frozenset(_patterns(lang).positions(word))


def _knows(part: str, lang: str) -> bool:
    return part.lower() in _words(lang)


def _known_part(part: str, lang: str, last: bool) -> bool:
    """``part`` is a word of ``lang`` (or, not last, a word plus a linking sound)."""
    if len(part) < _MIN_PART:
        return False
    if _knows(part, lang):
        return True
    if not last:
        for link in _LINKS[_lang(lang)]:
            stem = part[: -len(link)]
            if part.lower().endswith(link) and len(stem) >= _MIN_PART and _knows(stem, lang):
                return True
    return False


def _known_anywhere(part: str, lang: str, last: bool) -> bool:
    return _known_part(part, lang, last) or _known_part(part, _OTHER[_lang(lang)], last)


@cache
def _seams(word: str, lang: str) -> tuple[int, ...]:
    """Positions where ``word`` splits into known words (at least two, as few as
    possible). Empty for none."""
    allowed = _pattern_breaks(word, lang) | _pattern_breaks(word, _OTHER[_lang(lang)])
    if not (_knows(word, lang) or _knows(word, _OTHER[_lang(lang)])):
        # A word no list knows whole ("businesscasesjabloon") is read by its known
        # parts wherever they meet; the patterns, read as one word, may put no break
        # at a seam of a mixed-language compound. A known word ("kantoren") is never
        # re-read as parts that its own syllables do not separate ("kant|oren").
        allowed = range(len(word) + 1)

    @cache
    def split(start: int, parts_left: int) -> tuple[int, ...] | None:
        # The seams of the fewest known parts word[start:] splits into (ties: the
        # longest shortest part), or None when it is no known word(s). Fewest: a
        # word read as more parts ("under|stan|ding") is more often a misreading.
        best: tuple[int, ...] | None = None
        for cut in range(start + _MIN_PART, len(word) - _MIN_PART + 1):
            if cut not in allowed or not _known_anywhere(word[start:cut], lang, last=False):
                continue
            if _known_anywhere(word[cut:], lang, last=True):
                tail: tuple[int, ...] | None = ()
            elif parts_left > 2:
                tail = split(cut, parts_left - 1)
            else:
                tail = None
            if tail is not None:
                candidate = (cut, *tail)
                if best is None or _better(word, start, candidate, best):
                    best = candidate
        return best

    found = split(0, _MAX_PARTS)
    if found:
        return found
    # No reading as known words throughout: the small word lists lack many first
    # parts ("verwerkers|overeenkomst"). A long known last part still marks a seam,
    # where this language's patterns break; the first part may have seams of its own.
    own = _pattern_breaks(word, lang)
    for cut in range(_MIN_PART, len(word) - _LONG_TAIL + 1):
        head = word[:cut]
        if cut in own and _VOWELS & set(head.lower()) and _known_anywhere(word[cut:], lang, last=True):
            return (*_seams(head, lang), cut)
    return ()


def _better(word: str, start: int, one: tuple[int, ...], other: tuple[int, ...]) -> bool:
    def shortest(cuts: tuple[int, ...]) -> int:
        bounds = (start, *cuts, len(word))
        return min(b - a for a, b in pairwise(bounds))

    return (len(one), -shortest(one)) < (len(other), -shortest(other))


def _inside(part: str, lang: str) -> set[int]:
    """Breaks inside one compound part (positions within ``part``)."""
    other = _OTHER[_lang(lang)]
    own, foreign = _knows(part, lang), _knows(part, other)
    if foreign and not own:
        return set()  # a loanword this language's dictionary does not know: keep it whole
    found = set(_pattern_breaks(part, lang))
    if foreign:
        found &= _pattern_breaks(part, other)
    elif not own:
        # Neither list knows it (a name, a mixed compound such as "businesscasesjabloon"):
        # where both languages' patterns agree when they agree anywhere ("busi-ness-…",
        # not "businessca-ses…"), else this language's own.
        found = (found & _pattern_breaks(part, other)) or found
    keep: set[int] = set()
    previous = 0
    for at in sorted(found):
        # Three letters at either end of the part, two in a middle syllable.
        least = _MIN_SIDE if previous == 0 else 2
        left, right = part[previous:at], part[at:]
        if _letters(left) < least or _letters(right) < _MIN_SIDE:
            continue
        if not (_VOWELS & set(left.lower())) or not (_VOWELS & set(right.lower())):
            continue
        keep.add(at)
        previous = at
    return keep


_CORE = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


@cache
def breaks(word: str, lang: str) -> tuple[tuple[int, bool], ...]:
    """Where ``word`` may break, in order: (position, strong), strong at a compound
    seam. Punctuation around the word never breaks."""
    lead, core, _trail = _CORE.match(word).groups()
    if sum(ch.isalpha() for ch in core) < _SHORTEST or not core.replace("'", "").replace("’", "").isalpha():
        return ()
    seams = _seams(core, _lang(lang))
    found: dict[int, bool] = {at: True for at in seams}
    bounds = (0, *seams, len(core))
    for start, end in pairwise(bounds):
        for at in _inside(core[start:end], _lang(lang)):
            found.setdefault(start + at, False)
    return tuple((len(lead) + at, found[at]) for at in sorted(found))


def pieces(word: str, lang: str, strong_only: bool = False) -> tuple[str, ...]:
    """``word`` cut at its allowed breaks (only the compound seams with ``strong_only``)."""
    return tuple(piece for piece, _strong in marked(word, lang, strong_only))


def marked(word: str, lang: str, strong_only: bool = False) -> tuple[tuple[str, bool], ...]:
    """``pieces`` with, for each, whether the break after it is a compound seam
    (False for the last piece)."""
    cuts = [(at, strong) for at, strong in breaks(word, lang) if strong or not strong_only]
    bounds = [(0, False), *cuts, (len(word), False)]
    return tuple((word[a:b], strong) for (a, _), (b, strong) in pairwise(bounds))
