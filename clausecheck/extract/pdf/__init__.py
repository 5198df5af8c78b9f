"""PDF reader: pypdfium2's text layer and line geometry, our own layout pass.

pdfplumber is exact but slow (a few pages a second); pdfium's text page gives
the text of a whole page in one call and the box of any character on demand.
This reader asks pdfium for the page text once, cuts it into pdfium's lines
and asks for geometry only at the ends of each line (a handful of calls per
line, not per character).  Per-character positions are read only where a line
must be cut (a column gutter or a ruled table).

The layout pass, per page:

1. lines: pdfium's text split at its line breaks and at its hyphen marks
   (U+FFFE / U+0002 where a word was hyphenated at a line end);
2. ruled tables: horizontal and vertical rulings found among the page's path
   objects make a grid; the characters inside become ``"cell | cell"`` rows;
3. columns: a vertical band that no text run (pdfium's text rectangles)
   crosses, with prose on both sides, is a gutter; the page is read column by
   column between full-width lines;
4. visual rows: fragments on the same baseline are merged, top to bottom.

Then, over the whole document: running headers, footers and page numbers are
found by repetition (the same line, digits masked, near the top or bottom of
several pages) and dropped; lines are joined into blocks (paragraphs, list
items, headings) using the vertical gap, indentation, line length, sentence
ends, bold/caps changes and clause-number starts; words hyphenated at a line
end are joined unless the hyphen belongs to a compound ("third-party").

All text is NFKC-normalised before it is placed in ``Document.text``, so every
offset refers to the normalised text (circled numbers such as ① are kept: they
are list markers).

pdfplumber is not used, not even for tables: finding the rulings among the
page objects and placing characters in the grid costs about a millisecond a
page here, against a few hundred for pdfplumber's table finder, and gives the
same rows on ruled tables.  Unruled tables are read as lines of text.

Limits: more than ``MAX_PAGES`` pages is refused (E111); a page is read up to
``MAX_PAGE_CHARS`` characters (W106 beyond); pages with more than
``LAYOUT_MAX_LINES`` lines skip the column and table analysis.

The steps live in these modules: ``geometry`` (pdfium access, one page's text and line
geometry), ``line`` (the line record and text clean-up), ``tables`` (ruled tables), ``layout``
(one page's reading order and columns), ``furniture`` (running headers and footers), ``hyphens``
(line-end hyphenation), ``blocks`` (lines joined into blocks) and ``reader`` (:func:`read_pdf`).
"""

from __future__ import annotations

from .geometry import MAX_PAGE_CHARS
from .reader import MAX_PAGES, read_pdf

__all__ = ["read_pdf", "MAX_PAGES", "MAX_PAGE_CHARS"]
