"""Opening the package: the main document, styles, numbering and title parts, through python-docx.

A Strict Open XML package is first rewritten in memory in its Transitional spelling
(:func:`strict_as_transitional`, also used by the redline writer).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ...errors import InputError
from .safety import SAFE_PARSER, _damaged


def _element_of(part) -> etree._Element:
    element = getattr(part, "element", None)
    if element is not None:
        return element
    return etree.fromstring(part.blob, SAFE_PARSER)


def _related(part, reltype: str):
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


@dataclass(slots=True)
class _Parts:
    document: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    title: str | None


_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument)/(\w+)")
_STRICT_NAMES = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def _transitional(data: bytes) -> bytes:
    """A Strict Open XML part's namespaces and relationship types in their Transitional spelling
    (``purl.oclc.org/ooxml/wordprocessingml/main`` -> ``schemas.openxmlformats.org/wordprocessingml/2006/main``),
    and Strict's ``w:start``/``w:end`` indents as ``w:left``/``w:right``."""
    data = _STRICT.sub(
        lambda m: (
            b"http://schemas.openxmlformats.org/" + m.group(1) + b"/2006/" + _STRICT_NAMES.get(m.group(2), m.group(2))
        ),
        data,
    )
    return data


def strict_as_transitional(source: Path | io.BytesIO) -> io.BytesIO | None:
    """A Strict Open XML package (Word's "Strict Open XML Document") rewritten in memory as a
    Transitional one, which python-docx, this reader and the redline writer understand; None for an
    ordinary package.  The file itself is only read (``inspect_package`` has already bounded every part)."""
    with zipfile.ZipFile(source) as zf:
        try:
            rels = zf.read("_rels/.rels")
        except KeyError:
            return None
        if b"purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" not in rels:
            return None
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in zf.infolist():
                data = zf.read(info)
                if info.filename.lower().endswith((".xml", ".rels")):
                    data = _transitional(data)
                dst.writestr(info.filename, data)
    out.seek(0)
    return out


def _open_parts(path: Path, shown: str) -> _Parts:
    try:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.package import Package

        package = Package.open(strict_as_transitional(path) or str(path))
        main = package.main_document_part
        document = _element_of(main)
        styles_part = _related(main, RT.STYLES)
        numbering_part = _related(main, RT.NUMBERING)
        styles = _element_of(styles_part) if styles_part is not None else None
        numbering = _element_of(numbering_part) if numbering_part is not None else None
        title = None
        core_part = _related(package, RT.CORE_PROPERTIES)
        if core_part is not None:
            title_el = _element_of(core_part).find("{http://purl.org/dc/elements/1.1/}title")
            if title_el is not None and title_el.text and title_el.text.strip():
                title = title_el.text.strip()
    except InputError:
        raise
    except Exception as e:  # noqa: BLE001 - python-docx/lxml/zipfile failures on a damaged package
        raise _damaged(shown, f"the Word package is broken: {type(e).__name__}") from e
    return _Parts(document, styles, numbering, title)
