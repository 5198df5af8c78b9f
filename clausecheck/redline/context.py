"""What kind of document is being redlined, as far as the redline's choices depend on it.

* :func:`relies_on_main_agreement`: a DPA, an AI addendum or an order form that
  forms part of, supplements or is governed by a main agreement.  Its law and
  forum are the main agreement's: the redline inserts neither, and comments.
* :func:`click_through`: consumer or click-through terms ("by using the
  Services you agree"), which nobody negotiates clause by clause: the redline
  comments and writes a negotiation memo instead of tracked changes, unless
  asked for tracked changes.
"""

from __future__ import annotations

import re

_MAIN = (
    r"(?:main|master|principal|underlying|customer|subscription|services?|enterprise|commercial|license|licence)?\s*"
    r"(?:agreement|terms(?: of (?:service|use))?|contract)"
)
_RELIES = re.compile(
    r"\b(?:forms?|constitutes?|is) (?:an? )?(?:integral )?part of (?:the|your|our|that|each)\s+"
    + _MAIN
    + r"|\b(?:is )?incorporated (?:by reference )?into (?:the|your|our|each)\s+"
    + _MAIN
    + r"|\bsupplements?(?:s|ing)? (?:and forms part of )?(?:the|your|our)\s+"
    + _MAIN
    + r"|\b(?:is|are) (?:subject to|governed by) the (?:terms of the )?"
    + _MAIN
    + r"|\bgoverned by the (?:governing law|law and jurisdiction|dispute resolution)[^.]{0,40}of the\s+"
    + _MAIN
    + r"|\bin accordance with the governing law (?:clause|provisions?|section) of the\s+"
    + _MAIN
    + r"|\bpursuant to (?:the|an?) (?:main|master|underlying|principal)\s+"
    + _MAIN,
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(?:data processing (?:addendum|agreement)|DPA|addendum|order form|statement of work|"
    r"schedule|annex|amendment)\b|データ処理|覚書|個別契約|注文書",
    re.IGNORECASE,
)
_JA_RELIES = re.compile(r"(?:基本契約|原契約|本規約)(?:の一部|に従|に基づ|に定める準拠法)")


def relies_on_main_agreement(text: str) -> str | None:
    """The words showing that ``text`` relies on a main agreement for its law and forum, or None.

    Both signs are needed: a title or opening that names an addendum, DPA or order form, and a
    sentence saying it forms part of, supplements or is governed by another agreement."""
    head = text[:1500]
    if not _TITLE.search(head):
        return None
    m = _RELIES.search(text) or _JA_RELIES.search(text)
    if m is None:
        return None
    return " ".join(m.group(0).split())


_CLICK = re.compile(
    r"\bby (?:accessing|using|clicking|registering|signing up|creating an account|downloading|installing)"
    r"[^.]{0,120}\byou (?:agree|accept|acknowledge|consent)|\bif you do not agree[^.]{0,80}\b(?:do not|don't|may not)"
    r" (?:use|access)|\bby (?:continuing to )?us(?:e|ing) (?:the|our|this)\b[^.]{0,80}\byou\b|"
    r"本規約に同意|同意のうえ|利用することにより",
    re.IGNORECASE,
)


def click_through(text: str) -> str | None:
    """The words showing ``text`` is click-through terms (accepted by use, not signed), or None."""
    m = _CLICK.search(text[:20000])
    if m is None:
        return None
    if re.search(r"\bIN WITNESS WHEREOF\b|\bduly authori[sz]ed representatives\b|記名押印|署名捺印", text):
        return None  # signed by the parties
    return " ".join(m.group(0).split())


__all__ = ["relies_on_main_agreement", "click_through"]
