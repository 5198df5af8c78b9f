"""Accept every tracked change of a Word document: what the contract says once the other side agrees.

    from clausecheck.redline.accept import accept_all
    clean = accept_all(Path("contract.redline.docx").read_bytes())

The transform works on the main document part only, as Word's "Accept All
Changes" does:

* ``w:del`` runs go (their text with them); ``w:ins`` wrappers are unwrapped,
  their runs kept in place;
* a paragraph whose mark is deleted (``w:pPr/w:rPr/w:del``) is joined with the
  paragraph that follows it (its remaining runs move to the start of the next
  paragraph, which keeps its own properties); an inserted mark simply loses the
  ``w:ins`` flag;
* property changes (``w:rPrChange``, ``w:pPrChange``, ``w:sectPrChange``,
  ``w:tblPrChange`` ...) are dropped, keeping the new properties; ``w:moveFrom``
  goes and ``w:moveTo`` is unwrapped;
* comment anchors (``w:commentRangeStart``/``End`` and the reference runs) go,
  and with them the comments part's relationship is left alone (an unused
  comments part is harmless).

It is used by the redline benchmark and the self-consistency tests: a redline
must leave a contract that, once accepted, passes clausecheck's own checks.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from .docx.package import _Package, _serialise
from .docx.wml import W_NS

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


_DROP = tuple(
    _w(t)
    for t in (
        "del",
        "moveFrom",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "commentRangeStart",
        "commentRangeEnd",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
    )
)
_UNWRAP = (_w("ins"), _w("moveTo"))


def _accept_tree(root: etree._Element) -> None:
    P, PPR, RPR = _w("p"), _w("pPr"), _w("rPr")
    # 1. paragraphs whose mark is deleted join the next paragraph (handled before the marks go)
    for p in list(root.iter(P)):
        rpr = p.find(f"{PPR}/{RPR}")
        if rpr is None or rpr.find(_w("del")) is None:
            continue
        nxt = p.getnext()
        while nxt is not None and nxt.tag != P:
            nxt = nxt.getnext() if nxt.tag in (_w("bookmarkStart"), _w("bookmarkEnd")) else None
        content = [ch for ch in p if ch.tag != PPR]
        if nxt is None:
            rpr.remove(rpr.find(_w("del")))
            continue
        nppr = nxt.find(PPR)
        at = 0 if nppr is None else list(nxt).index(nppr) + 1
        for k, ch in enumerate(content):
            nxt.insert(at + k, ch)
        p.getparent().remove(p)
    # 2. a paragraph mark inserted: just drop the flag
    for rpr in list(root.iter(RPR)):
        for flag in rpr.findall(_w("ins")):
            rpr.remove(flag)
        for flag in rpr.findall(_w("del")):  # a deleted run mark inside a run's properties
            rpr.remove(flag)
    # 3. deletions and property changes go, insertions unwrap
    for el in list(root.iter(*_DROP)):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    for el in list(root.iter(*_UNWRAP)):
        parent = el.getparent()
        if parent is None:
            continue
        i = list(parent).index(el)
        for k, ch in enumerate(list(el)):
            parent.insert(i + k, ch)
        parent.remove(el)
    # 4. comment reference runs
    for ref in list(root.iter(_w("commentReference"))):
        r = ref.getparent()
        r.remove(ref)
        if r.tag == _w("r") and not [c for c in r if c.tag != RPR]:
            r.getparent().remove(r)
    # 5. a paragraph left empty by deleted runs whose own mark was inserted by the same change is kept
    #    (Word keeps it too); nothing else to do.


def accept_all(data: bytes) -> bytes:
    """The DOCX ``data`` with every tracked change accepted and the comment anchors removed."""
    pkg = _Package(data, "redline.docx")
    _accept_tree(pkg.doc)
    pkg.changed[pkg.main] = _serialise(pkg.doc)
    return pkg.write()


def accept_xml(xml: bytes) -> bytes:
    """:func:`accept_all` for a bare ``document.xml`` (tests)."""
    root = etree.fromstring(xml, _PARSER)
    _accept_tree(root)
    return _serialise(root)


def tracked_counts(data: bytes) -> dict[str, int]:
    """How many ``w:ins`` / ``w:del`` elements and comments a DOCX holds (for the benchmark)."""
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = etree.fromstring(z.read("word/document.xml"), _PARSER)
    return {
        "ins": sum(1 for _ in doc.iter(_w("ins"))),
        "del": sum(1 for _ in doc.iter(_w("del"))),
        "comments": sum(1 for _ in doc.iter(_w("commentRangeStart"))),
    }


__all__ = ["accept_all", "accept_xml", "tracked_counts"]
