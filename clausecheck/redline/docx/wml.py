"""WordprocessingML names the redline writer uses, and new elements in the document's own ``w:`` prefix."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_NS = "http://www.w3.org/XML/1998/namespace"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
OFFICE_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str) -> etree._Element:
    """A new WordprocessingML element using the document's own ``w:`` prefix."""
    return etree.Element(tag, nsmap={"w": W_NS})


P, R, T, PPR, RPR, INS, DEL = w("p"), w("r"), w("t"), w("pPr"), w("rPr"), w("ins"), w("del")
BODY, TBL, TR, SECTPR = w("body"), w("tbl"), w("tr"), w("sectPr")
ID, AUTHOR, DATE, VAL, NAME = w("id"), w("author"), w("date"), w("val"), w("name")
