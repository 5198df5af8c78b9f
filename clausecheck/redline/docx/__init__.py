"""Word redlines: tracked insertions, tracked replacements and margin comments, on a copy.

:func:`redline_docx` takes the original ``.docx`` bytes and a :class:`Report`
and returns new bytes.  Only three parts change: the main document, the comments
part (created if missing, then registered in the relationships and
``[Content_Types].xml``) and those two registries.  Every other part (styles,
numbering, headers, footers, images) is copied byte for byte; so is every
paragraph the redline does not touch.

What Word needs, and what the tests check:

* one shared ``w:id`` space: our revision, bookmark and comment ids start above
  the largest id found anywhere in ``word/*.xml``;
* ``w:ins``/``w:del`` wrap runs (never sit inside ``w:r``); deleted text is
  ``w:delText``; an inserted paragraph also marks its paragraph mark inserted
  (``w:pPr/w:rPr/w:ins``); no move markup;
* every ``w:commentRangeStart`` has its end, its reference run and its comment;
* every revision has our author and a ``w:date``; other authors' revisions and
  comments are left exactly as they were (a clause carrying someone else's
  tracked change is commented, never rewritten).

Inserted clauses copy the paragraph properties (style and ``w:numPr``) of a
sibling clause at the same level, so Word numbers them itself.  Each inserted
clause carries a hidden bookmark ``_cc_<library id>``; a second run over our own
output finds it and does not insert the clause again, and findings already
commented by us (same rule, same clause) are not commented twice.

The writer lives in these modules: ``wml`` (names), ``package`` (the .docx package), ``runs``
(run splitting and tracked-change XML), ``wording`` (numbers and citations of inserted clauses),
``layout`` (clauses mapped onto paragraphs), then the redliner in layers: ``base`` (its state),
``anchors`` and ``placement`` (inserted clauses), ``replace`` (tracked replacements), ``comments``,
and ``driver`` (:func:`redline_docx`).
"""

from __future__ import annotations

from .base import BOOKMARK_PREFIX, ChangeRecord
from .driver import RedlineResult, iso_date, redline_docx

__all__ = ["redline_docx", "RedlineResult", "ChangeRecord", "iso_date", "BOOKMARK_PREFIX"]
