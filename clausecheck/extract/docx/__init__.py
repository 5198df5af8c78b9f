"""Word (.docx) reader: python-docx for the package, our own walk over the body XML.

The reading text follows the conventions in :mod:`clausecheck.document`: one
block per body paragraph or table row, automatic numbers written out
(``"12.1\t"``), headers, footers, footnotes, endnotes and comments left out,
tracked changes read as if accepted.

Contracts arrive from counterparties, so the zip package is inspected before
python-docx touches it (:func:`inspect_package`): unsafe member names,
zip bombs (declared and actual sizes, streamed with a byte cap) and XML parts
carrying a DOCTYPE (XXE, billion laughs) are refused with E112.  python-docx
parses with ``resolve_entities=False`` and lxml never fetches from the network.

The reader lives in these modules: ``safety`` (the package checks), ``parts`` (opening the
package), ``wml`` (WordprocessingML names and run characters), ``styles``, then the body walk in
layers: ``runs`` (inline content), ``paragraphs`` (merged paragraphs and their numbers),
``tables`` (rows and cells) and ``reader`` (blocks, and :func:`read_docx`).
"""

from __future__ import annotations

from .parts import strict_as_transitional
from .reader import read_docx
from .safety import MAX_RATIO, MAX_UNPACKED_BYTES, RATIO_MIN_BYTES, inspect_package

__all__ = [
    "read_docx",
    "inspect_package",
    "strict_as_transitional",
    "MAX_UNPACKED_BYTES",
    "MAX_RATIO",
    "RATIO_MIN_BYTES",
]
