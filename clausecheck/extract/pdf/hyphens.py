"""Words hyphenated at a line end: joined, unless the hyphen belongs to a compound ("third-party").

The decision uses the document's own vocabulary, collected on first use.
"""

from __future__ import annotations

import re
from collections import Counter

from .line import _Line

_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: First halves that form compounds with a hyphen ("non-exclusive", "third-party").
_COMPOUND_HEADS = frozenset(
    "non third sub co self pre post multi cross anti inter intra semi quasi ex well long short high low full "
    "half open real first second one two three four five six seven eight nine ten year day month "
    "machine cloud".split()
)


def _vocabulary(lines: list[_Line]) -> tuple[set[str], set[str]]:
    """Words and hyphenated compounds of the document, leaving out the halves of line-end hyphenations."""
    counts = Counter(_WORDS.findall("\n".join(ln.text for ln in lines).lower()))
    after_hyphen = False
    for ln in lines:  # take back the fragments next to line-end hyphens ("infor" / "mation")
        if after_hyphen or ln.hyph:
            found = _WORDS.findall(ln.text.lower())
            if found and after_hyphen:
                counts[found[0]] -= 1
            if found and ln.hyph and (len(found) > 1 or not after_hyphen):
                counts[found[-1]] -= 1
        after_hyphen = bool(ln.hyph)
    words: set[str] = set()
    compounds: set[str] = set()
    for w, n in counts.items():
        if n <= 0:
            continue
        if "-" in w:
            compounds.add(w)
            words.update(w.split("-"))
        else:
            words.add(w)
    return words, compounds


class _Hyphens:
    """Line-end hyphen decisions; the document's vocabulary is collected on first use."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self._vocab: tuple[set[str], set[str]] | None = None

    @property
    def words(self) -> set[str]:
        return self._load()[0]

    @property
    def compounds(self) -> set[str]:
        return self._load()[1]

    def _load(self) -> tuple[set[str], set[str]]:
        if self._vocab is None:
            self._vocab = _vocabulary(self.lines)
        return self._vocab

    def keep(self, head_text: str, tail_text: str) -> bool:
        """Keep the hyphen between the last word of ``head_text`` and the first of ``tail_text``?"""
        hm = re.search(r"([^\W_]+)$", head_text)
        tm = re.match(r"([^\W_]+)", tail_text)
        if not hm or not tm:
            return True
        head, tail = hm.group(1), tm.group(1)
        if tail[0].isupper() or tail[0].isdigit() or head[-1].isdigit():
            return True
        h, t = head.lower(), tail.lower()
        if h + t in self.words:
            return False
        if f"{h}-{t}" in self.compounds:
            return True
        if h in _COMPOUND_HEADS:
            return True
        if len(h) >= 3 and len(t) >= 3 and h in self.words and t in self.words:
            return True
        return False
