"""The .docx package being redlined: its parts read, the comments part found or created and
registered, and the package written back with only the changed parts replaced.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

from ...errors import InputError
from .wml import BODY, COMMENTS_CT, COMMENTS_REL, CT_NS, OFFICE_DOC_REL, PKG_REL_NS, R_NS, W_NS, w

#: The main part's content type of a .docx; a macro-enabled document (.docm) or a template (.dotx,
#: .dotm) carries another one, which Word refuses under a .docx name.
DOCX_MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAIN_CTS = {
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_MACRO_CTS = {"application/vnd.ms-office.vbaProject", "application/vnd.ms-word.vbaData+xml"}
_MACRO_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


class _Package:
    def __init__(self, data: bytes, shown: str) -> None:
        try:
            from ...extract.docx import strict_as_transitional

            # a Strict Open XML document is redlined as its Transitional equivalent (what Word saves by default)
            strict = strict_as_transitional(io.BytesIO(data))
            self.zip = zipfile.ZipFile(strict if strict is not None else io.BytesIO(data))
            self.infos = self.zip.infolist()
            self.names = [i.filename for i in self.infos]
            self.main = self._main_part_name()
            self.doc = etree.fromstring(self.zip.read(self.main), _PARSER)
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as e:
            raise InputError("E103", shown, kind="DOCX", detail=f"{type(e).__name__}") from e
        self.changed: dict[str, bytes] = {}
        self.body = self.doc.find(BODY)
        if self.body is None:
            raise InputError("E103", shown, kind="DOCX", detail="it has no document body")

    def _main_part_name(self) -> str:
        rels = etree.fromstring(self.zip.read("_rels/.rels"), _PARSER)
        for rel in rels:
            if rel.get("Type") == OFFICE_DOC_REL:
                return rel.get("Target").lstrip("/")
        return "word/document.xml"

    @property
    def rels_name(self) -> str:
        d, f = posixpath.split(self.main)
        return posixpath.join(d, "_rels", f + ".rels")

    def read_xml(self, name: str) -> etree._Element | None:
        if name in self.changed:
            return etree.fromstring(self.changed[name], _PARSER)
        if name not in self.names:
            return None
        return etree.fromstring(self.zip.read(name), _PARSER)

    def max_id(self) -> int:
        """The largest numeric w:id in any WordprocessingML part (the shared id space)."""
        top = 0
        pat = re.compile(rb'w:id="(-?\d+)"')
        for name in self.names:
            if name.endswith(".xml") and name.startswith(posixpath.dirname(self.main) or "word"):
                for m in pat.finditer(self.zip.read(name)):
                    top = max(top, int(m.group(1)))
        return top

    def comments_part(self) -> tuple[str, etree._Element, bool]:
        """(part name, root, is new) of the comments part; a new one is registered by :meth:`register`."""
        rels = self.read_xml(self.rels_name)
        if rels is None:
            rels = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        base = posixpath.dirname(self.main)
        for rel in rels:
            if rel.get("Type") == COMMENTS_REL and rel.get("TargetMode") != "External":
                name = posixpath.normpath(posixpath.join(base, rel.get("Target"))).lstrip("/")
                root = self.read_xml(name)
                if root is not None:
                    return name, root, False
        name = posixpath.join(base, "comments.xml")
        n = 1
        while name in self.names:
            name = posixpath.join(base, f"comments{n}.xml")
            n += 1
        return name, etree.Element(w("comments"), nsmap={"w": W_NS, "r": R_NS}), True

    def register_comments(self, name: str) -> None:
        """Add the relationship and the content-type override for a new comments part."""
        base = posixpath.dirname(self.main)
        rels = self.read_xml(self.rels_name)
        if rels is None:
            rels = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        ids = {rel.get("Id") for rel in rels}
        k = len(ids) + 1
        while f"rId{k}" in ids:
            k += 1
        etree.SubElement(
            rels, f"{{{PKG_REL_NS}}}Relationship", Id=f"rId{k}", Type=COMMENTS_REL, Target=posixpath.relpath(name, base)
        )
        self.changed[self.rels_name] = _serialise(rels)
        ct = self.read_xml("[Content_Types].xml")
        etree.SubElement(ct, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=COMMENTS_CT)
        self.changed["[Content_Types].xml"] = _serialise(ct)

    def as_plain_docx(self) -> set[str]:
        """Make the package an ordinary .docx, the kind its ``.redline.docx`` name promises: the main
        part gets the document content type (not a macro-enabled document's or a template's) and the
        macro project is left out.  Returns the names of the parts to leave out."""
        ct = self.read_xml("[Content_Types].xml")
        if ct is None:
            return set()
        drop: set[str] = set()
        changed = False
        for el in list(ct):
            kind = el.get("ContentType") or ""
            if el.tag == f"{{{CT_NS}}}Override":
                part = (el.get("PartName") or "").lstrip("/")
                if part == self.main and kind in _OTHER_MAIN_CTS:
                    el.set("ContentType", DOCX_MAIN_CT)
                    changed = True
                elif kind in _MACRO_CTS:
                    drop.add(part)
                    ct.remove(el)
                    changed = True
            elif el.tag == f"{{{CT_NS}}}Default" and kind in _MACRO_CTS:
                ext = "." + (el.get("Extension") or "").lower()
                drop.update(n for n in self.names if n.lower().endswith(ext))
                ct.remove(el)
                changed = True
        if not changed:
            return set()
        self.changed["[Content_Types].xml"] = _serialise(ct)
        for part in list(drop):  # a dropped part's own relationships go too
            d, f = posixpath.split(part)
            drop.add(posixpath.join(d, "_rels", f + ".rels"))
        rels = self.read_xml(self.rels_name)
        if rels is not None:
            for rel in list(rels):
                if rel.get("Type") == _MACRO_REL:
                    rels.remove(rel)
            self.changed[self.rels_name] = _serialise(rels)
        return drop

    def write(self) -> bytes:
        drop = self.as_plain_docx()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in self.infos:
                if info.filename in drop:
                    continue
                data = self.changed.pop(info.filename, None)
                if data is None:
                    data = self.zip.read(info.filename)
                dst.writestr(info, data, compress_type=info.compress_type)
            for name in sorted(self.changed):
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                dst.writestr(info, self.changed[name])
        return out.getvalue()


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
