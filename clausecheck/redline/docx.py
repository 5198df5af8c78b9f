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
"""

from __future__ import annotations

import copy
import datetime as _dt
import io
import posixpath
import re
import zipfile
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree

from ..document import Block, Clause
from ..errors import InputError
from ..findings import Finding
from ..segment.parties import Parties, parties_of_tree
from .context import click_through
from .library import Library, LibraryEntry, entry_values, load_library
from .plan import Context, PlannedChange, check_preferred, plan_changes

if TYPE_CHECKING:
    from ..checks.summaries import DisputeSummary, LawSummary

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_NS = "http://www.w3.org/XML/1998/namespace"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
OFFICE_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
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
BOOKMARK_PREFIX = "_cc_"
AI_SECTION_HEADING = "Artificial Intelligence"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _el(tag: str) -> etree._Element:
    """A new WordprocessingML element using the document's own ``w:`` prefix."""
    return etree.Element(tag, nsmap={"w": W_NS})


P, R, T, PPR, RPR, INS, DEL = w("p"), w("r"), w("t"), w("pPr"), w("rPr"), w("ins"), w("del")
BODY, TBL, TR, SECTPR = w("body"), w("tbl"), w("tr"), w("sectPr")
ID, AUTHOR, DATE, VAL, NAME = w("id"), w("author"), w("date"), w("val"), w("name")

#: Headings of the general provisions that close a contract (AI clauses go before them).
BOILERPLATE = re.compile(
    r"general|miscellaneous|boilerplate|final provisions|governing law|applicable law|jurisdiction|dispute|"
    r"arbitration|notices?\b|entire agreement|assignment|severab|waiver|counterparts|force majeure|survival|"
    r"language|good[- ]faith|consultation|amendment|relationship of the parties|third[- ]party rights|"
    r"publicity|further assurance|anti-social|export|interpretation|headings|costs and expenses|"
    r"準拠法|管轄|協議|雑則|一般条項|存続|譲渡|言語|反社会",
    re.IGNORECASE,
)
GENERAL = re.compile(
    r"^\W*(general( provisions| terms)?|miscellaneous|boilerplate|final provisions|雑則|一般条項)\W*$", re.IGNORECASE
)
GL_HEADING = re.compile(r"governing law|applicable law|choice of law|準拠法", re.IGNORECASE)
DR_HEADING = re.compile(r"jurisdiction|dispute|arbitration|venue|管轄|紛争|仲裁", re.IGNORECASE)
# Parts of a paragraph a tracked replacement can safely rewrite around.
_SAFE_CHILDREN = frozenset(
    {
        PPR,
        R,
        w("bookmarkStart"),
        w("bookmarkEnd"),
        w("proofErr"),
        w("commentRangeStart"),
        w("commentRangeEnd"),
        w("permStart"),
        w("permEnd"),
    }
)
_STRIP_FOR_TEXT = (
    "b",
    "bCs",
    "i",
    "iCs",
    "u",
    "caps",
    "smallCaps",
    "highlight",
    "strike",
    "dstrike",
    "vanish",
    "rPrChange",
    "ins",
    "del",
)


@dataclass(slots=True)
class ChangeRecord:
    """What the redline did, in terms of the original document's paragraphs (for tests and the CLI)."""

    kind: str  # "insert" | "replace" | "comment"
    rules: tuple[str, ...]
    library_id: str | None = None
    before: int | None = None  # insert: index (in the original w:p order) of the paragraph it precedes; None = end
    paragraphs: tuple[str, ...] = ()  # the text of the inserted or replacement paragraphs
    replaced: tuple[int, ...] = ()  # replace: original paragraph indices rewritten
    kept_prefix: str = ""  # replace: a run-in heading kept at the start of the first paragraph
    element: Any = field(default=None, repr=False, compare=False)  # insert: its first new paragraph


@dataclass(slots=True)
class RedlineResult:
    data: bytes
    changes: list[ChangeRecord] = field(default_factory=list)
    insertions: int = 0  # w:ins elements written (run wrappers and paragraph marks)
    deletions: int = 0  # w:del elements written
    comments: int = 0
    skipped: list[str] = field(default_factory=list)  # why a change was not made (shown with -v)
    marked: tuple[int, ...] = ()  # original paragraphs whose paragraph mark became a tracked insertion
    parties: Parties | None = None
    notes: list[str] = field(default_factory=list)  # the lines of the redline's first comment
    memo: list[str] = field(default_factory=list)  # the negotiation memo (click-through terms)
    tracked: bool = True  # False: comments and a memo only
    note_comments: int = 0  # comments that are not about one finding (the first comment, clauses left in place)


# --------------------------------------------------------------------------- the package


class _Package:
    def __init__(self, data: bytes, shown: str) -> None:
        try:
            from ..extract.docx import strict_as_transitional

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


# --------------------------------------------------------------------------- building blocks


class _Writer:
    """Makes our revision and comment markup, with ids from the shared space."""

    def __init__(self, start_id: int, author: str, date: str, initials: str) -> None:
        self.next_id = start_id
        self.author = author
        self.date = date
        self.initials = initials
        self.ins = 0
        self.dels = 0

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def rev(self, tag: str) -> etree._Element:
        el = _el(tag)
        el.set(ID, str(self.new_id()))
        el.set(AUTHOR, self.author)
        el.set(DATE, self.date)
        if tag == INS:
            self.ins += 1
        elif tag == DEL:
            self.dels += 1
        return el


def _run(text: str, rpr: etree._Element | None) -> etree._Element:
    r = _el(R)
    if rpr is not None and len(rpr):
        r.append(copy.deepcopy(rpr))
    t = etree.SubElement(r, T)
    t.text = text
    if text != text.strip():
        t.set(f"{{{XML_NS}}}space", "preserve")
    return r


def _bold_rpr() -> etree._Element:
    rpr = _el(RPR)
    rpr.append(_el(w("b")))
    rpr.append(_el(w("bCs")))
    return rpr


def _runs_with_breaks(texts: Any, rpr: etree._Element | None) -> list[etree._Element]:
    """Runs for ``texts`` with a line break (``w:br``) between each two."""
    out = []
    for i, text in enumerate(texts):
        if i:
            br = _el(R)
            if rpr is not None and len(rpr):
                br.append(copy.deepcopy(rpr))
            etree.SubElement(br, w("br"))
            out.append(br)
        out.append(_run(text, rpr))
    return out


def _text_rpr(sample_p: etree._Element | None, bold: bool = False) -> etree._Element | None:
    """Run properties for new text, from the first text run of ``sample_p`` (fonts and size kept)."""
    base = None
    if sample_p is not None:
        # the body text's look: the longest run (the first may be a run-in heading in a "Strong" style)
        runs = [r for r in sample_p.iter(R) if (r.findtext(T) or "").strip()]
        if runs:
            base = max(runs, key=lambda r: len(r.findtext(T) or "")).find(RPR)
    rpr = copy.deepcopy(base) if base is not None else _el(RPR)
    for name in _STRIP_FOR_TEXT:
        for el in rpr.findall(w(name)):
            rpr.remove(el)
    for el in rpr.findall(w("rStyle")):
        if re.search(r"strong|emphas|bold|heading|link|hyperlink|title", el.get(VAL) or "", re.IGNORECASE):
            rpr.remove(el)
    if bold:
        # CT_RPr order: rStyle, rFonts, b, bCs, ...
        anchor = 0
        for i, ch in enumerate(rpr):
            if ch.tag in (w("rStyle"), w("rFonts")):
                anchor = i + 1
        rpr.insert(anchor, _el(w("bCs")))
        rpr.insert(anchor, _el(w("b")))
    return rpr if len(rpr) else None


def _para_props(sample: etree._Element | None) -> etree._Element:
    ppr = copy.deepcopy(sample.find(PPR)) if sample is not None and sample.find(PPR) is not None else _el(PPR)
    for name in ("rPr", "sectPr", "pPrChange", "pageBreakBefore"):
        for el in ppr.findall(w(name)):
            ppr.remove(el)
    return ppr


def _ppr(p: etree._Element) -> etree._Element:
    ppr = p.find(PPR)
    if ppr is None:
        ppr = _el(PPR)
        p.insert(0, ppr)
    return ppr


def _inserted_para(
    writer: _Writer, sample: etree._Element | None, runs: list[etree._Element], continuation: bool = False
) -> etree._Element:
    """A new paragraph formatted like ``sample``; with ``continuation`` it keeps the indentation but not
    the list number or bullet (its number is typed, or it continues a clause), so nothing is renumbered."""
    p = _el(P)
    ppr = _para_props(sample)
    if continuation:
        had = ppr.find(w("numPr")) is not None or ppr.find(w("pStyle")) is not None
        for el in ppr.findall(w("numPr")):
            ppr.remove(el)
        if had:  # numId 0: no number, even where the paragraph style itself is a numbered list
            num = _el(w("numPr"))
            etree.SubElement(num, w("ilvl")).set(VAL, "0")
            etree.SubElement(num, w("numId")).set(VAL, "0")
            # CT_PPr order: pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, ...
            anchor = None
            for tag in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"):
                if ppr.find(w(tag)) is not None:
                    anchor = ppr.find(w(tag))
            (anchor.addnext(num) if anchor is not None else ppr.insert(0, num))
    mark = etree.SubElement(ppr, RPR)
    mark.append(writer.rev(INS))
    p.append(ppr)
    ins = writer.rev(INS)
    for r in runs:
        ins.append(r)
    p.append(ins)
    return p


def _canon(el: etree._Element) -> tuple:
    return (el.tag, tuple(sorted(el.attrib.items())), tuple(_canon(c) for c in el if isinstance(c.tag, str)))


def _props_key(p: etree._Element) -> tuple:
    """The paragraph's properties apart from its mark (namespace prefixes do not matter)."""
    ppr = p.find(PPR)
    if ppr is None:
        return ()
    return tuple(_canon(c) for c in ppr if isinstance(c.tag, str) and c.tag not in (RPR, SECTPR, w("pPrChange")))


def _same_props(a: etree._Element, b: etree._Element) -> bool:
    return _props_key(a) == _props_key(b)


def _mark_rpr(ppr: etree._Element) -> etree._Element:
    """The paragraph mark's run properties (w:pPr/w:rPr), created in schema order if missing."""
    rpr = ppr.find(RPR)
    if rpr is None:
        rpr = _el(RPR)
        anchor = next((ppr.find(w(t)) for t in ("sectPr", "pPrChange") if ppr.find(w(t)) is not None), None)
        (anchor.addprevious(rpr) if anchor is not None else ppr.append(rpr))
    return rpr


def _para_text(p: etree._Element) -> str:
    out = []
    for el in p.iter(T, w("tab")):
        if el.tag == T:
            out.append(el.text or "")
        else:
            out.append("\t")
    return "".join(out)


def _cite(number: str) -> str:
    n = number.strip().rstrip(".")
    if re.match(r"(?:Section|Clause|Article|Paragraph|§|第)", n, re.IGNORECASE):
        return n
    return ("paragraph " if n.startswith("(") else "Section ") + n


def _notwithstanding(text: str, cites: list[str], self_name: str = "this Agreement") -> str:
    """``text`` made to prevail over the clauses it leaves in place: "Notwithstanding Section 3.3, ..."
    in front of the first sentence that binds someone (a definition stays first)."""
    named = list(dict.fromkeys(c for c in cites if c))
    if named and len(named) == len([c for c in cites]):
        kinds = {n.split(" ", 1)[0] for n in named}
        if len(named) > 1 and len(kinds) == 1 and kinds <= {"Section", "paragraph", "Article", "Clause"}:
            kind = next(iter(kinds))
            nums = [n.split(" ", 1)[1] for n in named]
            lead = f"Notwithstanding {kind}s " + ", ".join(nums[:-1]) + " and " + nums[-1]
        else:
            lead = "Notwithstanding " + " and ".join(named)
    else:
        lead = f"Notwithstanding anything to the contrary in {self_name}"
    sentences = re.split(r"(?<=[.;])\s+", text)
    k = next((i for i, x in enumerate(sentences) if re.search(r"\b(?:shall|will|must|may)\b", x)), 0)
    first = sentences[k]
    word = first.split(" ", 1)[0]
    if word in ("The", "In", "Each", "On", "If", "Any", "All", "Where", "When"):
        first = first[0].lower() + first[1:]
    sentences[k] = f"{lead}, {first}"
    return " ".join(sentences)


def next_number(number: str) -> str | None:
    """The number after ``number`` as the document writes it: "15" -> "16", "7.3." -> "7.4.",
    "Article 7" -> "Article 8", "(b)" -> "(c)"; None for one it cannot continue (roman, bullets)."""
    m = re.search(r"(\d+)(?!.*\d)", number)
    if m:
        return number[: m.start()] + str(int(m.group(1)) + 1) + number[m.end() :]
    m = re.fullmatch(r"(\(?)([a-y])(\)?\.?)", number.strip())
    if m:
        return m.group(1) + chr(ord(m.group(2)) + 1) + m.group(3)
    return None


def _typed_prefix(p: etree._Element | None, number: str | None) -> str | None:
    """The number and separator ``p`` starts with ("15. ", "7.3\t") when the number is typed, not Word's."""
    if p is None or not number:
        return None
    ppr = p.find(PPR)
    if ppr is not None and ppr.find(w("numPr")) is not None:
        return None
    text = _para_text(p)
    stripped = text.lstrip()
    if not stripped.startswith(number):
        return None
    rest = stripped[len(number) :]
    if rest[:1].isalnum():
        return None  # "10." is not typed "1"
    sep = re.match(r"[.)]?[ \t\u00a0]*", rest)
    assert sep is not None  # every part of the pattern is optional: it always matches
    return number + (sep.group(0) or " ")


def _heading_text(heading: str) -> str:
    heading = heading.strip()
    return heading if heading[-1:] in ".:;?!" else heading + "."


# --------------------------------------------------------------------------- the document model


class _Layout:
    """Maps the Report's clauses and blocks onto the original XML elements."""

    def __init__(self, pkg: _Package, tree: Any) -> None:
        self.body = pkg.body
        self.paras = list(self.body.iter(P))
        self.index = {p: i for i, p in enumerate(self.paras)}
        self.tables = list(self.body.iter(TBL))
        self.tree = tree
        self.blocks: tuple[Block, ...] = tree.document.blocks
        self._starts = [b.start for b in self.blocks]
        self.clauses = {c.id: c for c in tree.clauses}

    def block_paras(self, block: Block) -> list[etree._Element]:
        src = block.source or ""
        m = re.fullmatch(r"p(\d+)", src)
        if m:
            i = int(m.group(1))
            return [self.paras[i]] if 0 <= i < len(self.paras) else []
        m = re.fullmatch(r"t(\d+)r(\d+)", src)
        if m:
            ti, ri = int(m.group(1)), int(m.group(2))
            if ti < len(self.tables):
                tbl = self.tables[ti]
                rows = [tr for tr in tbl.iter(TR) if _nearest(tr, TBL) is tbl]
                if ri < len(rows):
                    return list(rows[ri].iter(P))
        return []

    def blocks_in(self, start: int, end: int) -> list[Block]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.blocks) and self.blocks[i].start < end:
            out.append(self.blocks[i])
            i += 1
        return out

    def paras_in(self, start: int, end: int) -> list[etree._Element]:
        """The paragraphs holding text between ``start`` and ``end`` (a run-together paragraph that
        starts before ``start`` and holds it too)."""
        out: list[etree._Element] = []
        blocks = self.blocks_in(start, end)
        i = bisect_left(self._starts, start)
        if (not blocks or blocks[0].start > start) and i > 0 and self.blocks[i - 1].end > start:
            blocks = [self.blocks[i - 1], *blocks]
        for b in blocks:
            for p in self.block_paras(b):
                if p not in out:
                    out.append(p)
        return out

    def top(self, el: etree._Element) -> etree._Element:
        """The child of w:body that holds ``el``."""
        while el.getparent() is not None and el.getparent() is not self.body:
            el = el.getparent()
        return el

    def first_para(self, clause: Clause) -> etree._Element | None:
        ps = self.paras_in(clause.start, clause.end)
        return ps[0] if ps else None

    def last_para(self, clause: Clause) -> etree._Element | None:
        ps = self.paras_in(clause.start, clause.end)
        return ps[-1] if ps else None

    def numbered_sample(self, level: int, before: int | None = None) -> etree._Element | None:
        """A paragraph numbered at ``level`` (by the extractor), the last one before offset ``before``."""
        best = None
        for b in self.blocks:
            if before is not None and b.start >= before and best is not None:
                break
            if b.number and b.level == level and b.kind != "table_row":
                ps = self.block_paras(b)
                if ps and _nearest(ps[0], TBL) is None:
                    best = ps[0]
        return best


def _nearest(el: etree._Element, tag: str) -> etree._Element | None:
    el = el.getparent()
    while el is not None and el.tag != tag:
        el = el.getparent()
    return el


# --------------------------------------------------------------------------- the redliner


class _Redliner:
    def __init__(
        self,
        pkg: _Package,
        report: Any,
        library: Library,
        playbook: Any,
        parties: Parties,
        author: str,
        date: str,
        initials: str,
    ) -> None:
        self.pkg = pkg
        self.report = report
        self.library = library
        self.playbook = playbook
        self.parties = parties
        self.layout = _Layout(pkg, report.tree)
        self.writer = _Writer(pkg.max_id(), author, date, initials)
        self.author = author
        self.changes: list[ChangeRecord] = []
        self.marked: list[etree._Element] = []  # original paragraphs whose mark we made an inserted one
        self.skipped: list[str] = []
        self.comment_targets: list[tuple[Finding, etree._Element, etree._Element, bool, str]] = []
        self.cname, self.croot, self.cnew = pkg.comments_part()
        self.existing_marks = self._existing_marks()
        self.existing_bookmarks = {
            b.get(NAME) for b in pkg.body.iter(w("bookmarkStart")) if (b.get(NAME) or "").startswith(BOOKMARK_PREFIX)
        }
        self.previous_bookmarks = frozenset(self.existing_bookmarks)
        self.notes: list[str] = []  # lines of the redline's first comment (on the title)
        self.top_numbers: set[str] = set()  # typed numbers given to new sections in this run
        self.placed: set[etree._Element] = set()  # paragraphs this run inserted
        self.note_comments = 0
        self.clause_notes: list[tuple[str, list[str]]] = []  # (clause id, lines): comments on kept clauses
        text = report.tree.document.text
        self.self_name = (
            "these Terms"
            if len(re.findall(r"\bthese Terms\b", text)) > len(re.findall(r"\bthis Agreement\b", text))
            else "this Agreement"
        )

    # -- what our earlier runs left -------------------------------------------------

    def _existing_marks(self) -> list[tuple[str, etree._Element | None]]:
        """(rule id, first paragraph of its range) for every comment we wrote earlier."""
        ours: dict[str, str] = {}
        for c in self.croot.findall(w("comment")):
            if c.get(AUTHOR) != self.author:
                continue
            m = re.search(r"\[clausecheck ([A-Z]{2}\d{3})\b", "".join(t.text or "" for t in c.iter(T)))
            if m:
                ours[c.get(ID)] = m.group(1)
        out = []
        for start in self.pkg.body.iter(w("commentRangeStart")):
            rule = ours.get(start.get(ID))
            if rule:
                p = _nearest(start, P)
                out.append((rule, p))
        return out

    def _commented(self, finding: Finding) -> bool:
        clause = self.layout.clauses.get(finding.location.clause_id or "")
        if clause is None:
            return any(rule == finding.rule_id for rule, _ in self.existing_marks)
        paras = set(self.layout.paras_in(clause.start, clause.end))
        return any(rule == finding.rule_id and p in paras for rule, p in self.existing_marks)

    def _ours_in(self, finding: Finding) -> bool:
        """The finding concerns text an earlier redline of ours proposed (it was already commented)."""
        clause = self.layout.clauses.get(finding.location.clause_id or "")
        if clause is None or not self.existing_marks:
            return False
        return any(self._ours(p) for p in self.layout.paras_in(clause.start, clause.own_end))

    @staticmethod
    def bookmark_name(entry: LibraryEntry) -> str:
        name = BOOKMARK_PREFIX + re.sub(r"[^A-Za-z0-9]", "_", entry.id)
        return name[:40]

    def _already_inserted(self, entry: LibraryEntry) -> bool:
        """An earlier run already proposed a library clause of this type (bookmarks ``_cc_<id>[_n]``)."""
        for other in self.library.values():
            base = self.bookmark_name(other)
            if other.clause_type == entry.clause_type and any(
                b == base or b.startswith(base[:36] + "_") and b[len(base[:36]) + 1 :].isdigit()
                for b in self.previous_bookmarks
            ):
                return True
        return False

    # -- filling ---------------------------------------------------------------------

    def _override_cites(self, change: PlannedChange) -> list[str]:
        """How the inserted clause cites the clauses it prevails over ("Section 3.3.4"; None for an
        unnumbered clause, which the clause then overrides as "anything to the contrary")."""
        clauses = sorted(
            (self.layout.clauses[c] for c in change.overrides if c in self.layout.clauses), key=lambda c: c.start
        )
        return [self._cite_clause(c) for c in clauses]

    def _cite_clause(self, clause: Clause) -> str:
        """ "Section 4(a)" for sub-clause (a) of Section 4; "" for a clause without a usable number."""
        if not clause.number or not any(ch.isalnum() for ch in clause.number):
            return ""
        number = clause.number.strip().rstrip(".")
        parent = self.layout.clauses.get(clause.parent or "")
        if (
            re.fullmatch(r"\(?[a-z]{1,4}\)?", number)
            and parent is not None
            and parent.number
            and any(ch.isdigit() for ch in parent.number)
        ):
            return "Section " + parent.number.strip().rstrip(".") + "(" + number.strip("()") + ")"
        return _cite(clause.number)

    def filled(self, entry: LibraryEntry) -> tuple[str, tuple[str, ...]]:
        return entry.fill(entry_values(entry, self.parties, self.playbook))

    # -- anchors -----------------------------------------------------------------------

    def _top_sections(self) -> tuple[list[Clause], Clause | None]:
        tops = [c for c in self.report.tree.clauses if c.parent is None]
        end = next((c for c in tops if c.kind in ("signature", "schedule")), None)
        main = [c for c in tops if c.kind == "section" and c.number and (end is None or c.start < end.start)]
        return main, end

    def _ai_anchor(self) -> tuple[etree._Element | None, Clause | None]:
        """(element to insert before, the section just before it) for the new AI section: after the
        last main section, so that it continues the numbering and no clause after it is renumbered
        (cross-references elsewhere keep pointing at the right clause)."""
        main, end = self._top_sections()
        main = [c for c in main if self.layout.first_para(c) is not None]
        if main:
            return self._after(main[-1]), main[-1]
        if end is not None and self.layout.first_para(end) is not None:
            return self.layout.top(self.layout.first_para(end)), None
        return None, None

    def _after(self, clause: Clause) -> etree._Element | None:
        last = self.layout.last_para(clause)
        if last is None:
            return None
        nxt = self.layout.top(last).getnext()
        return nxt

    # -- inserting -----------------------------------------------------------------------

    def _place(self, anchor: etree._Element | None, elements: list[etree._Element]) -> None:
        """Put new paragraphs (each with an inserted paragraph mark) before ``anchor`` (None: the end).

        Word and LibreOffice disagree on which properties survive when a rejected
        paragraph mark joins two paragraphs, so the mark we add always sits between
        two paragraphs with the same properties: if the first new paragraph looks
        like the one it precedes, the new paragraphs go before it, each with its own
        inserted mark (as Word writes typing at the start of a paragraph); otherwise
        they follow the paragraph before, whose mark becomes the inserted one and
        whose original mark (with its properties) moves to the last new paragraph
        (as Word writes typing at the end of a paragraph).
        """
        body = self.pkg.body
        self.placed.update(elements)
        if anchor is None:
            last = body[-1] if len(body) else None
            anchor = last if last is not None and last.tag == SECTPR else None
        prev = anchor.getprevious() if anchor is not None else (body[-1] if len(body) else None)
        if (
            (anchor is not None and anchor.tag == P and _same_props(elements[0], anchor))
            or prev is None
            or prev.tag != P
            or self._mark_is_ours(prev)
        ):
            for el in elements:
                (anchor.addprevious(el) if anchor is not None else body.append(el))
            return
        self._move_mark(prev, elements[-1])
        at = prev
        for el in elements:
            at.addnext(el)
            at = el

    def _is_new(self, el: etree._Element) -> bool:
        """A paragraph this run inserted."""
        return el in self.placed

    def _mark_is_ours(self, p: etree._Element) -> bool:
        rpr = p.find(f"{PPR}/{RPR}")
        return rpr is not None and any(ch.get(AUTHOR) == self.author for ch in rpr if ch.tag in (INS, DEL))

    def _move_mark(self, prev: etree._Element, last_new: etree._Element) -> None:
        """``prev``'s paragraph mark becomes an inserted one; ``last_new`` takes over its original mark."""
        original = prev.find(PPR)
        props = copy.deepcopy(original) if original is not None else _el(PPR)
        old = last_new.find(PPR)
        last_new.replace(old, props)
        self.writer.ins -= 1  # the inserted mark of last_new is gone ...
        if original is None:
            original = _el(PPR)
            prev.insert(0, original)
        _mark_rpr(original).insert(0, self.writer.rev(INS))  # ... and prev's is inserted instead
        self.marked.append(prev)

    def _entry_paras(
        self,
        entry: LibraryEntry,
        sample: etree._Element | None,
        run_in: bool,
        overrides: list[str] | None = None,
        number: str | None = None,
    ) -> tuple[list[etree._Element], list[str]]:
        heading, filled = self.filled(entry)
        h = _heading_text(heading)
        if number:
            sep = "" if number.endswith((" ", "\t")) else " "
            h = number + sep + h
        # one paragraph per library clause, its paragraphs separated by line breaks: it stays one clause
        # (one number) wherever it lands, and takes the properties of the paragraph it joins
        paragraphs = list(filled)
        if overrides:
            paragraphs[0] = _notwithstanding(paragraphs[0], overrides, self.self_name)
        runs = []
        shown = ""
        if run_in:
            runs.append(_run(h + " ", _text_rpr(sample, bold=True)))
            shown = h + " "
        runs.extend(_runs_with_breaks(paragraphs, _text_rpr(sample)))
        shown += "".join(paragraphs)
        # a typed number replaces the sample's own list number or bullet
        return [_inserted_para(self.writer, sample, runs, continuation=bool(number))], [shown]

    def _section_heading(self, text: str, sample: etree._Element | None) -> tuple[etree._Element, str]:
        shown = text
        if sample is not None:
            st = _para_text(sample).strip()
            if st.startswith("(") and st.endswith(")"):
                shown = f"({text})"
            elif st and st == st.upper() and any(ch.isalpha() for ch in st):
                shown = text.upper()
        rpr = None
        if sample is not None:
            first = next((r for r in sample.iter(R) if (r.findtext(T) or "").strip()), None)
            if first is not None and first.find(RPR) is not None:
                rpr = copy.deepcopy(first.find(RPR))
                for name in ("rPrChange", "ins", "del", "vanish"):
                    for el in rpr.findall(w(name)):
                        rpr.remove(el)
        if sample is None:
            # nothing to copy: a heading the reader (and clausecheck) sees as one, in the document's own
            # "heading 1" style if it has one, else bold
            p = _inserted_para(self.writer, None, [_run(shown, _bold_rpr())])
            style = self._heading_style()
            if style is not None:
                ps = _el(w("pStyle"))
                ps.set(VAL, style)
                p.find(PPR).insert(0, ps)
            return p, shown
        return _inserted_para(self.writer, sample, [_run(shown, rpr)]), shown

    def _heading_style(self) -> str | None:
        """The style id of the document's "heading 1" paragraph style, if it has one."""
        root = self.pkg.read_xml(posixpath.join(posixpath.dirname(self.pkg.main), "styles.xml"))
        if root is None:
            return None
        for st in root.iter(w("style")):
            name = st.find(w("name"))
            if st.get(w("type")) == "paragraph" and name is not None and (name.get(VAL) or "").lower() == "heading 1":
                return st.get(w("styleId"))
        return None

    def _bookmark(self, p: etree._Element, entry: LibraryEntry) -> None:
        """A hidden bookmark naming the library entry, so a later run knows this clause is ours."""
        bid = str(self.writer.new_id())
        name = self.bookmark_name(entry)
        k = 2
        while name in self.existing_bookmarks:
            name = f"{self.bookmark_name(entry)[:36]}_{k}"
            k += 1
        self.existing_bookmarks.add(name)
        start = _el(w("bookmarkStart"))
        start.set(ID, bid)
        start.set(NAME, name)
        end = _el(w("bookmarkEnd"))
        end.set(ID, bid)
        ppr = p.find(PPR)
        (ppr.addnext(start) if ppr is not None else p.insert(0, start))
        p.append(end)

    def _before_index(self, anchor: etree._Element | None) -> int | None:
        """Index of the first original paragraph at or after ``anchor`` (None: the end)."""
        el = anchor
        while el is not None:
            if el.tag == P and el in self.layout.index:
                return self.layout.index[el]
            inner = next((p for p in el.iter(P) if p in self.layout.index), None) if el.tag != P else None
            if inner is not None:
                return self.layout.index[inner]
            el = el.getnext()
        return None

    def _sub_sample(self, section: Clause | None, before: int | None) -> etree._Element | None:
        """A level-1 paragraph to copy: from ``section`` if it has one, else the nearest before."""
        if section is not None:
            for b in self.layout.blocks_in(section.start, section.end):
                if b.number and b.level == 1:
                    ps = self.layout.block_paras(b)
                    if ps:
                        return ps[0]
        return self.layout.numbered_sample(1, before)

    def _body_sample(self, section: Clause | None) -> etree._Element | None:
        """An unnumbered body paragraph of ``section`` (for documents without numbered sub-clauses)."""
        if section is None:
            return None
        for b in self.layout.blocks_in(section.start, section.end)[1:]:
            if not b.number and b.kind == "paragraph":
                ps = self.layout.block_paras(b)
                if ps:
                    return ps[0]
        return None

    def insert_section(
        self, changes: list[PlannedChange], heading: str | None, anchor: etree._Element | None, prev: Clause | None
    ) -> None:
        """A new level-0 section holding ``changes``' entries (each as sub-clauses)."""
        while anchor is not None and self._is_new(anchor):
            anchor = anchor.getnext()  # after the sections this run already added there
        before = self._before_index(anchor)
        head_sample = self.layout.first_para(prev) if prev is not None else self.layout.numbered_sample(0)
        sub_sample = self._sub_sample(prev, prev.start if prev else None)
        numbered_subs = sub_sample is not None
        if not numbered_subs:
            sub_sample = self._body_sample(prev)
        single = len(changes) == 1
        title = heading or (changes[0].library_entry.heading if single else AI_SECTION_HEADING)
        if single and heading is None:
            title = self.filled(changes[0].library_entry)[0]
        elements: list[etree._Element] = []
        # a document that types its numbers gets the next number typed; Word's own numbering continues itself
        typed = _typed_prefix(head_sample, prev.number if prev is not None else None)
        new_number = next_number(prev.number) if typed and prev is not None and prev.number else None
        while new_number is not None and new_number in self.top_numbers:
            new_number = next_number(new_number)  # a second new section takes the number after the first
        if new_number is not None:
            self.top_numbers.add(new_number)
        sub_format = self._typed_sub_format(prev) if new_number else None
        if new_number:
            assert typed is not None and prev is not None and prev.number  # as new_number was found
            title = new_number + typed[len(prev.number) :] + title
        hp, shown = self._section_heading(title, head_sample)
        elements.append(hp)
        records = []
        renumbers = (
            prev is not None
            and any(
                c.parent is None
                and c.kind == "section"
                and c.number
                and any(ch.isalnum() for ch in c.number)
                and c.start > prev.start
                for c in self.report.tree.clauses
            )
            and anchor is not None
            and self._before_index(anchor) is not None
            and not new_number
        )
        for k, change in enumerate(changes):
            run_in = not (single and heading is None)
            number = None
            if sub_format is not None and run_in:
                number = sub_format(new_number, k + 1)
            paras, texts = self._entry_paras(
                change.library_entry, sub_sample, run_in, self._override_cites(change), number=number
            )
            self._bookmark(paras[0] if not (single and heading is None) else hp, change.library_entry)
            first = hp if (single and heading is None) else paras[0]
            for f in change.findings:
                note = self._suggestion(f, change.entry, "insert")
                if renumbers:
                    note += (
                        " The new section shifts the numbers of the clauses after it; check the "
                        "contract's cross-references before accepting."
                    )
                self.comment_targets.append((f, first, paras[-1], True, note))
            elements.extend(paras)
            records.append(
                ChangeRecord(
                    "insert",
                    tuple(f.rule_id for f in change.findings),
                    change.library_entry.id,
                    before,
                    tuple(([shown] if k == 0 else []) + texts),
                    element=hp if k == 0 else paras[0],
                )
            )
        self._place(anchor, elements)
        self.changes.extend(records)

    def _typed_sub_format(self, section: Clause | None):
        """How sub-clauses of ``section`` are numbered when typed: a function (new section number, k) ->
        the k-th sub-clause's number ("16", 1 -> "16.1"), or None (Word numbers them, or none are)."""
        if section is None or not section.number:
            return None
        child = next((c for c in self.report.tree.clauses if c.parent == section.id and c.number), None)
        if child is None or child.number is None:
            return None
        prefix = _typed_prefix(self.layout.first_para(child), child.number)
        if prefix is None:
            return None
        base = section.number.rstrip(".")
        sep = prefix[len(child.number) :]
        if child.number.startswith(base + "."):
            tail = "." if child.number.endswith(".") else ""
            return lambda new, k: f"{new.rstrip('.')}.{k}{tail}{sep}"
        m = re.fullmatch(r"(\(?)[a-z](\)?\.?)", child.number)
        if m:
            return lambda new, k: f"{m.group(1)}{chr(ord('a') + k - 1)}{m.group(2)}{sep}"
        return None

    def _last_child(self, parent: Clause) -> Clause | None:
        kids = [c for c in self.report.tree.clauses if c.parent == parent.id and self.layout.first_para(c) is not None]
        return kids[-1] if kids else None

    def insert_beside(self, change: PlannedChange, clause: Clause, after: bool) -> None:
        """The entry as a sibling of ``clause`` (same level, same numbering), after the last sibling, so
        that no clause is renumbered: the next number in the parent (or the next main section)."""
        if clause.parent is None:
            anchor, prev = self._ai_anchor()
            self.insert_section([change], None, anchor, prev or clause)
            return
        parent = self.layout.clauses.get(clause.parent)
        last = self._last_child(parent) if parent is not None else None
        last = last or clause
        sample = self.layout.first_para(last)
        self._insert_entry(change, sample, self._after(last), number=self._typed_next(last))

    def _typed_next(self, clause: Clause) -> str | None:
        """The typed number (with its separator) a new sibling after ``clause`` takes, or None."""
        typed = _typed_prefix(self.layout.first_para(clause), clause.number)
        if not typed or not clause.number:  # a typed number is a number
            return None
        nxt = next_number(clause.number)
        return nxt + typed[len(clause.number) :] if nxt else None

    def insert_into_general(self, change: PlannedChange, general: Clause) -> None:
        anchor = self._after(general)
        sample = self._sub_sample(general, None)
        if sample is None:
            self.insert_section([change], None, anchor, general)
            return
        last = self._last_child(general)
        self._insert_entry(change, sample, anchor, number=self._typed_next(last) if last is not None else None)

    def _insert_entry(self, change: PlannedChange, sample: Any, anchor: Any, number: str | None = None) -> None:
        """The entry's paragraphs, formatted like ``sample``, as a tracked insertion at ``anchor``,
        with a bookmark, a comment per finding and a change record."""
        before = self._before_index(anchor)
        paras, texts = self._entry_paras(
            change.library_entry, sample, True, self._override_cites(change), number=number
        )
        self._bookmark(paras[0], change.library_entry)
        for f in change.findings:
            self.comment_targets.append((f, paras[0], paras[-1], True, self._suggestion(f, change.entry, "insert")))
        self._place(anchor, paras)
        self.changes.append(
            ChangeRecord(
                "insert",
                tuple(f.rule_id for f in change.findings),
                change.library_entry.id,
                before,
                tuple(texts),
                element=paras[0],
            )
        )

    def _law_clause(self, kind: str) -> Clause | None:
        summary: LawSummary | DisputeSummary | None = (
            self.report.governing_law if kind == "governing_law" else self.report.dispute_resolution
        )
        cid = summary.get("clause") if summary else None
        if cid and cid in self.layout.clauses:
            return self.layout.clauses[cid]
        pattern = GL_HEADING if kind == "governing_law" else DR_HEADING
        main, _ = self._top_sections()
        for c in self.report.tree.clauses:
            if c.heading and pattern.search(c.heading) and (not main or c.start >= main[0].start):
                return c
        return None

    def apply_inserts(self, inserts: list[PlannedChange]) -> None:
        todo = []
        for change in inserts:
            if self._already_inserted(change.library_entry):
                self.skipped.append(f"{change.library_entry.id}: already inserted by an earlier redline")
                continue
            todo.append(change)
        ai = [c for c in todo if c.library_entry.family == "ai"]
        if ai:
            anchor, prev = self._ai_anchor()
            self.insert_section(ai, AI_SECTION_HEADING, anchor, prev)
        law = [c for c in todo if c.library_entry.family != "ai"]
        law.sort(key=lambda c: 0 if c.library_entry.clause_type == "governing_law" else 1)
        for change in law:
            gl, dr = self._law_clause("governing_law"), self._law_clause("dispute_resolution")
            if change.library_entry.clause_type == "dispute_resolution" and gl is not None:
                self.insert_beside(change, gl, after=True)
                continue
            if change.library_entry.clause_type == "governing_law" and dr is not None:
                self.insert_beside(change, dr, after=False)
                continue
            main, end = self._top_sections()
            general = next((c for c in main if GENERAL.match(c.heading or "")), None)
            if general is not None:
                self.insert_into_general(change, general)
                continue
            anchor = None
            if end is not None and self.layout.first_para(end) is not None:
                anchor = self.layout.top(self.layout.first_para(end))
            self.insert_section([change], None, anchor, main[-1] if main else None)
        self._order_records()

    def _order_records(self) -> None:
        """Insert records in document order (two insertions before the same paragraph)."""
        pos = {id(p): i for i, p in enumerate(self.pkg.body.iter(P))}
        inserts = [c for c in self.changes if c.kind == "insert"]
        inserts.sort(key=lambda c: (c.before if c.before is not None else 1 << 30, pos.get(id(c.element), 0)))
        it = iter(inserts)
        self.changes[:] = [next(it) if c.kind == "insert" else c for c in self.changes]

    # -- replacing ------------------------------------------------------------------------

    def _ours(self, p: etree._Element) -> bool:
        return any(el.get(AUTHOR) == self.author for el in p.iter(INS, DEL))

    def apply_replace(self, change: PlannedChange) -> bool:
        clause = self.layout.clauses.get(change.clause_id or "")
        rules = tuple(f.rule_id for f in change.findings)
        if clause is None:
            self.skipped.append(f"{'/'.join(rules)}: clause {change.clause_id} not found")
            return False
        blocks = [b for b in self.layout.blocks_in(clause.start, clause.own_end) if b.kind not in ("heading", "title")]
        spills = any(b.end > clause.own_end + 2 for b in blocks) or not blocks
        olds: list[etree._Element] = []
        for b in blocks:
            for p in self.layout.block_paras(b):
                if p not in olds:
                    olds.append(p)
        if change.library_entry.family == "ai":
            # only the paragraphs that speak to the entry's subject: a list item or a run-in heading that
            # the segmenter left inside the clause ("Duration of the Processing:") stays
            from .plan import _TOPIC

            topic = _TOPIC.get(change.library_entry.clause_type)
            while topic is not None and olds and not topic.search(_para_text(olds[-1])):
                olds.pop()
            while topic is not None and len(olds) > 1 and not topic.search(_para_text(olds[0])):
                olds.pop(0)
        why = None
        if spills:
            why = "its paragraph also holds other clauses"
        elif not olds:
            why = "the clause has no text of its own to replace"
        elif any(_nearest(p, TBL) is not None for p in olds):
            why = "the clause sits in a table"
        elif any(self._ours(p) for p in olds):
            why = "an earlier redline already changed it"
        elif self._already_inserted(change.library_entry):
            why = "an earlier redline already proposed this library clause elsewhere"
        elif any(ch.tag not in _SAFE_CHILDREN for p in olds for ch in p):
            why = "it carries tracked changes, fields or links that a replacement could damage"
        elif any(
            r.find(w("commentReference")) is None
            and r.find(T) is None
            and r.find(w("tab")) is None
            and r.find(w("br")) is None
            and r.find(w("lastRenderedPageBreak")) is None
            and len([c for c in r if c.tag != RPR]) > 0
            for p in olds
            for r in p.findall(R)
        ):
            why = "it holds objects (fields, drawings) a replacement could damage"
        if why:
            self.skipped.append(
                f"{'/'.join(rules)}: clause {clause.number or clause.id} was commented, not rewritten: {why}"
            )
            return False
        _, library_paras = self.filled(change.library_entry)
        if change.overrides:
            cites = self._override_cites(change)
            library_paras = (_notwithstanding(library_paras[0], cites, self.self_name), *library_paras[1:])
        # the whole library clause goes into the clause's first paragraph, its paragraphs separated by line
        # breaks: a list item stays one list item, and no item after it is renumbered
        new_texts = ("".join(library_paras),)
        sample = olds[0]
        kept = ""
        for i, p in enumerate(olds):
            keep_runs = self._heading_runs(p, clause) if i == 0 else 0
            if i == 0:
                kept = "".join(_para_text(r) for r in p.findall(R)[:keep_runs])
            self._delete_runs(p, skip=keep_runs)
            if i == 0:
                first = library_paras[0]
                if kept and not kept.endswith((" ", "\t")):
                    first = " " + first
                ins = self.writer.rev(INS)
                for r in _runs_with_breaks((first, *library_paras[1:]), _text_rpr(sample)):
                    ins.append(r)
                p.append(ins)
        # whole paragraphs left over: delete the marks before them, so the last old mark survives
        for p in olds[max(len(new_texts), 1) - 1 : -1]:
            _mark_rpr(_ppr(p)).insert(0, self.writer.rev(DEL))
        extra = [
            _inserted_para(self.writer, sample, [_run(text, _text_rpr(sample))], continuation=True)
            for text in new_texts[len(olds) :]
        ]
        if extra:
            self._place(olds[-1].getnext(), extra)
        last = extra[-1] if extra else olds[min(len(olds), len(new_texts)) - 1]
        self._bookmark(olds[0], change.library_entry)
        for f in change.findings:
            self.comment_targets.append((f, olds[0], last, False, self._suggestion(f, change.entry, "replace")))
        self.changes.append(
            ChangeRecord(
                "replace",
                rules,
                change.library_entry.id,
                paragraphs=tuple(new_texts),
                replaced=tuple(self.layout.index[p] for p in olds),
                kept_prefix=kept,
            )
        )
        return True

    def _heading_runs(self, p: etree._Element, clause: Clause) -> int:
        """How many leading runs hold the clause's run-in heading ("Training Data.")."""
        if not clause.heading:
            return 0
        runs = p.findall(R)
        acc = ""
        target = " ".join(clause.heading.split())
        for k, r in enumerate(runs, 1):
            acc += _para_text(r)
            flat = " ".join(acc.split()).rstrip(" .:;—–-")
            if flat == target:
                return k
            if len(flat) > len(target):
                return 0
        return 0

    def _delete_runs(self, p: etree._Element, skip: int) -> None:
        runs = p.findall(R)[skip:]
        group: etree._Element | None = None
        prev = None
        for r in runs:
            if r.find(w("commentReference")) is not None or not _para_text(r):
                group = None
                continue
            if group is None or prev is None or r.getprevious() is not prev:
                group = self.writer.rev(DEL)
                r.addprevious(group)
            group.append(r)
            for t in r.findall(T):
                t.tag = w("delText")
                if (t.text or "") != (t.text or "").strip():
                    t.set(f"{{{XML_NS}}}space", "preserve")
            prev = group
        return None

    # -- comments --------------------------------------------------------------------------

    def _suggestion(self, f: Finding, entry: LibraryEntry | None, how: str) -> str:
        title = f.fix.title if f.fix else ""
        if entry is None:
            return f"Suggestion: {title}." if title else ""
        lead = {
            "insert": "proposed here as a tracked insertion",
            "replace": "proposed here as a tracked replacement",
            "display": "see the library clause",
        }[how]
        return (
            f"Suggestion: {title.rstrip('.')}; {lead}: {entry.title} (library {entry.id}). "
            f"Note for the lawyer: {entry.note}"
        )

    def _comment_text(self, f: Finding, suggestion: str) -> list[str]:
        lines = [f"{f.rule_id} ({f.severity.label}): {f.title}", f.message]
        if suggestion:
            lines.append(suggestion)
        lines.append(f"[clausecheck {f.rule_id} {f.fingerprint}]")
        return lines

    def add_comment(
        self, f: Finding, first: etree._Element, last: etree._Element, inserted: bool, suggestion: str
    ) -> int:
        holder = last
        if inserted and last.find(INS) is not None:
            holder = [el for el in last.findall(INS) if el.get(AUTHOR) == self.author][-1]
        return self._comment(first, holder, self._comment_text(f, suggestion))

    def _note_comment(self, first: etree._Element, last: etree._Element, lines: list[str]) -> None:
        self._comment(first, last, lines)

    def _comment(self, first: etree._Element, holder: etree._Element, lines: list[str]) -> int:
        """A margin comment of ``lines`` from the start of ``first`` to the end of ``holder``."""
        cid = self.writer.new_id()
        c = etree.SubElement(self.croot, w("comment"))
        c.set(ID, str(cid))
        c.set(AUTHOR, self.author)
        c.set(DATE, self.writer.date)
        c.set(w("initials"), self.writer.initials)
        for i, line in enumerate(lines):
            cp = etree.SubElement(c, P)
            if i == 0:
                ar = etree.SubElement(cp, R)
                etree.SubElement(ar, w("annotationRef"))
            cp.append(_run(line, None))
        start = _el(w("commentRangeStart"))
        start.set(ID, str(cid))
        ppr = first.find(PPR)
        (ppr.addnext(start) if ppr is not None else first.insert(0, start))
        end = _el(w("commentRangeEnd"))
        end.set(ID, str(cid))
        ref = _el(R)
        etree.SubElement(ref, w("commentReference")).set(ID, str(cid))
        holder.append(end)
        holder.append(ref)
        return cid

    def apply_comments(self) -> int:
        count = 0
        title = next((p for p in self.layout.paras if _para_text(p).strip() and _nearest(p, TBL) is None), None)
        if self.notes and title is not None and not self.existing_marks:
            self._note_comment(title, title, ["clausecheck redline: read this first", *self.notes])
            count += 1
            self.note_comments += 1
        for cid, lines in self.clause_notes:
            clause = self.layout.clauses.get(cid)
            first = self.layout.first_para(clause) if clause is not None else None
            if clause is None or first is None or self._ours(first):
                continue
            self._note_comment(first, self.layout.last_para(clause), lines)
            count += 1
            self.note_comments += 1
        targeted = {id(t[0]) for t in self.comment_targets}
        for f in self.report.findings:
            if id(f) in targeted:
                continue
            clause = self.layout.clauses.get(f.location.clause_id or "")
            if clause is not None:
                first, last = self.layout.first_para(clause), self.layout.last_para(clause)
            else:
                first = last = title
            if first is None or last is None:
                self.skipped.append(f"{f.rule_id}: no paragraph to comment on")
                continue
            entry = None
            if f.fix is not None and f.fix.library_id in self.library:
                entry = self.library[f.fix.library_id]
            how = "display"
            self.comment_targets.append((f, first, last, False, self._suggestion(f, entry, how)))
        for f, first, last, inserted, suggestion in self.comment_targets:
            if not inserted and (self._commented(f) or self._ours_in(f)):
                self.skipped.append(f"{f.rule_id}: already commented by an earlier redline")
                continue
            self.add_comment(f, first, last, inserted, suggestion)
            count += 1
        if count:
            if self.cnew:
                self.pkg.register_comments(self.cname)
            self.pkg.changed[self.cname] = _serialise(self.croot)
        return count


# --------------------------------------------------------------------------- public


def iso_date(when: _dt.datetime | None = None) -> str:
    when = when or _dt.datetime.now(_dt.UTC)
    if when.tzinfo is not None:
        when = when.astimezone(_dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def redline_docx(
    data: bytes,
    report: Any,
    *,
    author: str = "clausecheck",
    date: _dt.datetime | None = None,
    playbook: Any = None,
    library: Library | None = None,
    parties: Parties | None = None,
    shown: str | None = None,
    tracked: bool | None = None,
    unread: tuple[str, ...] = (),
) -> RedlineResult:
    """Apply ``report``'s findings to the DOCX ``data`` as tracked changes and comments.

    ``report`` must come from reading these very bytes (its clause tree locates
    the paragraphs).  Returns the new package bytes and what was done.
    """
    shown = shown or str(getattr(report, "file", "document.docx"))
    library = library if library is not None else load_library()
    parties = parties or parties_of_tree(report.tree)
    if playbook is None:
        from ..checks.playbook import load_playbook

        playbook = load_playbook()
    check_preferred(library, playbook)
    pkg = _Package(data, shown)
    text = report.tree.document.text
    parties, questions = checked_parties(parties, text)
    red = _Redliner(pkg, report, library, playbook, parties, author, iso_date(date), _initials(author))
    ctx = Context.of_report(report)
    plan = plan_changes(report.findings, library, playbook, clause_types(report), context=ctx)
    red.skipped.extend(plan.notes)
    click = click_through(text)
    if tracked is None:
        tracked = click is None
    red.notes.extend(questions)
    red.notes.extend(f"Not in this copy: {m}" for m in unread)
    if ctx.relies_on:
        red.notes.append(
            f"This document relies on a main agreement (\u201c{ctx.relies_on}\u201d): the main "
            "agreement's governing law and forum govern it, so none is proposed here."
        )
    memo: list[str] = []
    if not tracked:
        memo = negotiation_memo(plan, red)
        if click is not None:
            red.notes.append(
                "These are click-through terms (\u201c" + click + "\u201d), accepted by use rather than "
                "negotiated clause by clause, so the suggestions are comments, not tracked changes. "
                "Negotiation memo:"
            )
        else:  # comments only, as asked (--comments-only) for a contract that is not click-through
            red.notes.append(
                "Comments only, as asked: the suggestions are comments, not tracked changes. Negotiation memo:"
            )
        red.notes.extend(memo)
    else:
        for change in plan.replaces:
            if red.apply_replace(change) is False and change.library_entry.family == "ai":
                # the clause could not be rewritten cleanly: the library clause goes in and prevails over it
                assert change.clause_id is not None  # a replacement names the clause it replaces
                same = next(
                    (c for c in plan.inserts if c.library_entry.clause_type == change.library_entry.clause_type), None
                )
                if same is None:
                    plan.inserts.append(
                        PlannedChange("insert", list(change.findings), change.entry, overrides=[change.clause_id])
                    )
                else:
                    same.findings.extend(change.findings)
                    if change.clause_id not in same.overrides:
                        same.overrides.append(change.clause_id)
        red.apply_inserts(plan.inserts)
        for change in plan.inserts:
            for cid in change.overrides:
                rec = next((r for r in red.changes if r.library_id == change.library_entry.id), None)
                if rec is None:
                    continue
                red.clause_notes.append(
                    (
                        cid,
                        [
                            f"Left in place: the inserted clause \u201c{change.library_entry.title}\u201d says it prevails over this "
                            f"clause (\u201cNotwithstanding ...\u201d). The redline strikes only a clause that decides the point, "
                            f"is wholly about it and that the model read with confidence; strike or narrow this one by hand "
                            f"if the other side agrees."
                        ],
                    )
                )
    comments = red.apply_comments()
    pkg.changed[pkg.main] = _serialise(pkg.doc)
    return RedlineResult(
        data=pkg.write(),
        changes=red.changes,
        insertions=red.writer.ins,
        deletions=red.writer.dels,
        comments=comments,
        skipped=red.skipped,
        parties=parties,
        notes=list(red.notes),
        memo=memo,
        tracked=tracked,
        note_comments=red.note_comments,
        marked=tuple(sorted(red.layout.index[p] for p in red.marked if p in red.layout.index)),
    )


def checked_parties(parties: Parties, text: str) -> tuple[Parties, list[str]]:
    """``parties`` with any term the document never uses replaced by a neutral placeholder, and the
    question to put to the lawyer about it: a library clause must never name a word that is not a
    party ("EEA shall not ...")."""
    import dataclasses

    questions = []
    changes: dict[str, Any] = {}
    for side, default in (("customer", "[Customer]"), ("vendor", "[Vendor]")):
        term = getattr(parties, side)
        used = (
            term.lower() == "you"
            or len(re.findall(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text)) >= 2
            or bool(re.search(rf"[\"“‘'「]{re.escape(term)}[\"”’'」]", text))
        )  # defined in the preamble
        if parties.source == "default" or not used:
            changes[side] = default
            changes[f"{side}_article"] = False
            questions.append(
                f"Who is the {side}? clausecheck could not find how this document names the {side}; "
                f"the proposed clauses say {default}. Replace it with the {side}'s defined name."
            )
    return (dataclasses.replace(parties, **changes) if changes else parties), questions


def negotiation_memo(plan: Any, red: _Redliner) -> list[str]:
    """What to ask for, one line per proposed clause (click-through terms get this instead of changes)."""
    lines = []
    for change in [*plan.replaces, *plan.inserts]:
        where = ""
        if change.kind == "replace":
            clause = red.layout.clauses.get(change.clause_id or "")
            where = (
                f" in place of {_cite(clause.number)}"
                if clause is not None and clause.number
                else " in place of the clause commented"
            )
        heading, paras = red.filled(change.entry)
        rules = ", ".join(dict.fromkeys(f.rule_id for f in change.findings))
        lines.append(f"\u2022 Ask for \u201c{heading}\u201d{where} ({rules}): " + " ".join(paras))
    return lines or ["\u2022 Nothing to ask for beyond the comments."]


def clause_types(report: Any) -> dict[str, set[str]]:
    """Clause id -> the clause types the report gives it (model labels and the law/forum summaries)."""
    out: dict[str, set[str]] = {}
    for cid, lab in (getattr(report, "labelled", None) or {}).items():
        out.setdefault(cid, set()).update(lab.labels)
    for key, label in (("governing_law", "governing_law"), ("dispute_resolution", "dispute_resolution")):
        summary = getattr(report, key, None) or {}
        for cid in summary.get("clauses", ()) or ():
            out.setdefault(cid, set()).add(label)
    return out


def _initials(author: str) -> str:
    parts = [part for part in re.split(r"[\s._-]+", author) if part]
    if len(parts) == 1:
        return "CC" if parts[0].lower() == "clausecheck" else parts[0][:2].upper()
    return "".join(p[0] for p in parts)[:4].upper() or "CC"


__all__ = ["redline_docx", "RedlineResult", "ChangeRecord", "iso_date", "BOOKMARK_PREFIX"]
