"""The body walk's state and its inline layer: runs, fields, symbols, math, tracked changes, and the
text boxes a run holds.  Tracked changes are read as if accepted and recorded as revisions.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ...document import Block, Revision, RevisionKind
from ..numbering import Numbering, NumberingCounter, on_off
from .styles import _Styles
from .wml import (
    _AUTHOR,
    _DATE,
    _DRAWINGS,
    _FLD_TYPE,
    _FORMAT_CHANGES,
    _ID,
    _INLINE_WRAPPERS,
    _M_T,
    _MATH,
    _RUN_TEXT,
    _SKIP_IN_RUN,
    _VAL,
    ALT,
    COMMENT_REF,
    COMMENT_START,
    DEL,
    DEL_TEXT,
    FLD_CHAR,
    INS,
    MOVE_FROM,
    MOVE_TO,
    RPR,
    SDT,
    SDT_CONTENT,
    TBL,
    TXBX,
    P,
    R,
    T,
    _pick,
    _symbol,
    _w,
)


@dataclass(slots=True)
class _Fmt:
    """Character cues of the text seen so far (for Block.bold / Block.caps)."""

    seen: bool = False
    bold: bool = True
    caps: bool = True

    def add(self, bold: bool, caps: bool) -> None:
        self.seen = True
        self.bold = self.bold and bold
        self.caps = self.caps and caps

    def merge(self, other: _Fmt) -> None:
        if other.seen:
            self.add(other.bold, other.caps)


class _RunWalk:
    """The walk's state, and the content of one paragraph (runs and what wraps them)."""

    def __init__(self, body: etree._Element, styles: _Styles, numbering: Numbering) -> None:
        self.body = body
        self.styles = styles
        self.numbering = numbering
        self.counter = NumberingCounter(numbering)
        self.p_index = {p: i for i, p in enumerate(body.iter(P))}
        self.t_index = {t: i for i, t in enumerate(body.iter(TBL))}
        self.revisions: list[Revision] = []
        self.comments: set[str] = set()
        self.hidden_chars = 0
        self._fields: list[bool] = []  # complex fields open: True while in their code part
        self._in_code = 0
        self.out: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    def _revision(self, kind: RevisionKind, el: etree._Element, text: str) -> None:
        self.revisions.append(Revision(kind=kind, author=el.get(_AUTHOR), date=el.get(_DATE), text=text))

    def _format_changes(self, props: etree._Element | None) -> None:
        if props is None:
            return
        for child in props:
            if child.tag in _FORMAT_CHANGES:
                self._revision("format", child, "")

    def _inline(self, parent: etree._Element, buf: list[str], fmt: _Fmt, txbx: list, pbold: bool, pcaps: bool) -> None:
        for ch in parent:
            tag = ch.tag
            if tag == R:
                self._run(ch, buf, fmt, txbx, pbold, pcaps)
            elif tag in _INLINE_WRAPPERS:
                self._inline(ch, buf, fmt, txbx, pbold, pcaps)
            elif tag == SDT:
                content = ch.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, buf, fmt, txbx, pbold, pcaps)
            elif tag in (INS, MOVE_TO):
                mark = len(buf)
                self._inline(ch, buf, fmt, txbx, pbold, pcaps)
                self._revision("insertion" if tag == INS else "move", ch, "".join(buf[mark:]))
            elif tag in (DEL, MOVE_FROM):
                self._deleted(ch, "deletion" if tag == DEL else "move")
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    self._inline(branch, buf, fmt, txbx, pbold, pcaps)
            elif tag == COMMENT_START:
                self.comments.add(ch.get(_ID) or f"anon{len(self.comments)}")
            elif tag in _MATH:
                if self._in_code == 0:
                    text = "".join(t.text or "" for t in ch.iter(_M_T))
                    if text:
                        buf.append(text)
                        fmt.add(pbold, pcaps)

    def _deleted(self, el: etree._Element, kind: RevisionKind) -> None:
        text = "".join(t.text or "" for t in el.iter(DEL_TEXT, T))
        self._revision(kind, el, text)
        # A field may begin or end inside deleted text; keep the field state in step.
        for fc in el.iter(FLD_CHAR):
            self._field_char(fc)

    def _field_char(self, el: etree._Element) -> None:
        kind = el.get(_FLD_TYPE)
        if kind == "begin":
            self._fields.append(True)
            self._in_code += 1
        elif kind == "separate":
            if self._fields and self._fields[-1]:
                self._fields[-1] = False
                self._in_code -= 1
        elif kind == "end":
            if self._fields and self._fields.pop():
                self._in_code -= 1

    def _run(self, r: etree._Element, buf: list[str], fmt: _Fmt, txbx: list, pbold: bool, pcaps: bool) -> None:
        rpr = r.find(RPR)
        bold, caps, hidden = pbold, pcaps, False
        if rpr is not None:
            rstyle = rpr.find(_w("rStyle"))
            if rstyle is not None:
                sid = rstyle.get(_VAL)
                sb, sc, sv = (
                    self.styles.first(sid, "bold"),
                    self.styles.first(sid, "caps"),
                    self.styles.first(sid, "vanish"),
                )
                bold = sb if sb is not None else bold
                caps = sc if sc is not None else caps
                hidden = bool(sv)
            b = on_off(rpr.find(_w("b")))
            if b is not None:
                bold = b
            c = on_off(rpr.find(_w("caps")))
            if c is not None:
                caps = c
            v = on_off(rpr.find(_w("vanish")))
            if v is not None:
                hidden = v
            self._format_changes(rpr)
        for ch in r:
            tag = ch.tag
            if tag == T:
                text = ch.text
                if not text or self._in_code:
                    continue
            elif tag in _RUN_TEXT:
                if self._in_code:
                    continue
                text = _RUN_TEXT[tag]
            elif tag == FLD_CHAR:
                self._field_char(ch)
                continue
            elif tag in _SKIP_IN_RUN:
                continue
            elif tag == _w("sym"):
                if self._in_code:
                    continue
                text = _symbol(ch)
            elif tag == COMMENT_REF:
                self.comments.add(ch.get(_ID) or f"anon{len(self.comments)}")
                continue
            elif tag in _DRAWINGS:
                self._find_text_boxes(ch, txbx)
                continue
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    # A branch holds run content (drawings, text): read it as this run's children.
                    self._run_children_in(branch, buf, fmt, txbx, pbold, pcaps)
                continue
            elif tag == _w("ruby"):
                base = ch.find(_w("rubyBase"))
                if base is not None:
                    self._inline(base, buf, fmt, txbx, bold, caps)
                continue
            else:
                continue
            if hidden:
                self.hidden_chars += len(text.strip())
                continue
            buf.append(text)
            if text.strip():
                fmt.add(bold, caps)

    def _run_children_in(
        self, branch: etree._Element, buf: list[str], fmt: _Fmt, txbx: list, pbold: bool, pcaps: bool
    ) -> None:
        """Read an mc:Choice/mc:Fallback inside a run: drawings give text boxes, runs give text."""
        for ch in branch:
            if ch.tag in _DRAWINGS:
                self._find_text_boxes(ch, txbx)
            elif ch.tag == R:
                self._run(ch, buf, fmt, txbx, pbold, pcaps)
            elif ch.tag == ALT:
                inner = _pick(ch)
                if inner is not None:
                    self._run_children_in(inner, buf, fmt, txbx, pbold, pcaps)

    def _find_text_boxes(self, el: etree._Element, out: list) -> None:
        for ch in el:
            tag = ch.tag
            if tag == TXBX:
                out.append(ch)
            elif tag == ALT:
                branch = _pick(ch)
                if branch is not None:
                    self._find_text_boxes(branch, out)
            elif isinstance(tag, str):
                self._find_text_boxes(ch, out)
