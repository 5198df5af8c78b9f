"""Test helpers: read a redlined DOCX, accept or reject one author's changes, check Word's invariants.

The accept/reject transforms are the XML equivalent of Word's "Accept All" /
"Reject All" restricted to one author, so other people's revisions stay as
they are on both sides of the comparison.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections import Counter

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, R, T = w("p"), w("r"), w("t")
AUTHOR, ID = w("author"), w("id")


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def document(data: bytes) -> etree._Element:
    return etree.fromstring(parts(data)["word/document.xml"])


def paragraph_text(p: etree._Element) -> str:
    return "".join((el.text or "") if el.tag == T else "\t" for el in p.iter(T, w("tab")))


def paragraph_style(p: etree._Element) -> tuple[str | None, str | None, str | None]:
    ppr = p.find(w("pPr"))
    if ppr is None:
        return (None, None, None)
    st = ppr.find(w("pStyle"))
    num = ppr.find(w("numPr"))
    ilvl = num.find(w("ilvl")) if num is not None else None
    nid = num.find(w("numId")) if num is not None else None
    return (
        st.get(w("val")) if st is not None else None,
        ilvl.get(w("val")) if ilvl is not None else None,
        nid.get(w("val")) if nid is not None else None,
    )


def body_paragraphs(root: etree._Element) -> list[etree._Element]:
    return list(root.find(w("body")).iter(P))


def _new_para(p: etree._Element, author: str) -> bool:
    """A paragraph we added: all its text is inside our w:ins (or it has none but our mark)."""
    ours = [el for el in p.findall(w("ins")) if el.get(AUTHOR) == author]
    rest = [
        ch
        for ch in p
        if ch.tag
        not in (w("pPr"), w("ins"), w("bookmarkStart"), w("bookmarkEnd"), w("commentRangeStart"), w("commentRangeEnd"))
    ]
    if any(el.get(AUTHOR) == author for el in p.findall(w("del"))):
        return False  # an old paragraph whose text we replaced
    return (
        bool(ours)
        and not any(paragraph_text(ch) for ch in rest)
        and (_mark(p, "ins", author) or p.getprevious() is not None and _mark(p.getprevious(), "ins", author))
    )


def _mark(p: etree._Element, tag: str, author: str) -> bool:
    el = p.find(f"{w('pPr')}/{w('rPr')}/{w(tag)}")
    return el is not None and el.get(AUTHOR) == author


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    i = parent.index(el)
    for k, ch in enumerate(list(el)):
        parent.insert(i + k, ch)
    parent.remove(el)


def _drop_comments(root: etree._Element, ids: set[str]) -> None:
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for el in list(root.iter(w(tag))):
            if el.get(ID) in ids:
                el.getparent().remove(el)
    for ref in list(root.iter(w("commentReference"))):
        if ref.get(ID) in ids:
            run = ref.getparent()
            run.getparent().remove(run)


def _join_next(p: etree._Element) -> None:
    """Remove ``p``'s paragraph mark: its content joins the next paragraph, which keeps its own mark."""
    nxt = p.getnext()
    assert nxt is not None and nxt.tag == P, "a removed paragraph mark must be followed by a paragraph"
    content = [ch for ch in p if ch.tag != w("pPr")]
    at = 1 if nxt.find(w("pPr")) is not None else 0
    for k, ch in enumerate(content):
        nxt.insert(at + k, ch)
    p.getparent().remove(p)


def accept_all(root: etree._Element, author: str) -> etree._Element:
    root = copy.deepcopy(root)
    for el in list(root.iter(w("del"))):
        if el.get(AUTHOR) == author and el.getparent().tag != w("rPr"):
            el.getparent().remove(el)
    for p in list(root.iter(P)):
        if _mark(p, "del", author):
            _join_next(p)
    for el in list(root.iter(w("ins"))):
        if el.get(AUTHOR) == author:
            if el.getparent().tag == w("rPr"):
                el.getparent().remove(el)
            else:
                _unwrap(el)
    return root


def reject_all(root: etree._Element, author: str) -> etree._Element:
    root = copy.deepcopy(root)
    for el in list(root.iter(w("ins"))):
        if el.get(AUTHOR) == author and el.getparent().tag != w("rPr"):
            el.getparent().remove(el)
    for p in list(root.iter(P)):
        if _mark(p, "ins", author):
            _join_next(p)
    for el in list(root.iter(w("del"))):
        if el.get(AUTHOR) == author:
            if el.getparent().tag == w("rPr"):
                el.getparent().remove(el)
            else:
                for t in el.iter(w("delText")):
                    t.tag = T
                _unwrap(el)
    return root


def our_comment_ids(data: bytes, author: str) -> set[str]:
    c = parts(data).get("word/comments.xml")
    if c is None:
        return set()
    return {el.get(ID) for el in etree.fromstring(c).iter(w("comment")) if el.get(AUTHOR) == author}


def strip_our_comments(root: etree._Element, data: bytes, author: str) -> etree._Element:
    root = copy.deepcopy(root)
    _drop_comments(root, our_comment_ids(data, author))
    return root


def expected_accepted(original: list[str], changes) -> list[str]:
    """The paragraph texts Word would show after accepting all our changes, from the change records."""
    inserts: dict[int | None, list[str]] = {}
    replaced: dict[int, str | None] = {}
    after: dict[int, list[str]] = {}
    for ch in changes:
        if ch.kind == "insert":
            inserts.setdefault(ch.before, []).extend(ch.paragraphs)
        elif ch.kind == "replace":
            for k, idx in enumerate(ch.replaced):
                if k < len(ch.paragraphs):
                    new = ch.paragraphs[k]
                    if k == 0 and ch.kept_prefix:
                        sep = "" if ch.kept_prefix.endswith((" ", "\t")) else " "
                        new = ch.kept_prefix + sep + new
                    replaced[idx] = new
                else:
                    replaced[idx] = None
            after[ch.replaced[-1]] = list(ch.paragraphs[len(ch.replaced) :])
    out: list[str] = []
    for i, text in enumerate(original):
        out.extend(inserts.get(i, []))
        if i in replaced:
            if replaced[i] is not None:
                out.append(replaced[i])
        else:
            out.append(text)
        out.extend(after.get(i, []))
    out.extend(inserts.get(None, []))
    return out


def check_invariants(original: bytes, output: bytes, result, author: str = "clausecheck") -> dict[str, int]:
    """Assert every rule Word relies on; returns counts of our revisions and comments."""
    import docx

    docx.Document(io.BytesIO(output))  # opens
    before, after = parts(original), parts(output)
    # untouched parts are byte-identical
    changed = {n for n in after if before.get(n) != after[n]}
    assert changed <= {
        "word/document.xml",
        "word/comments.xml",
        "word/_rels/document.xml.rels",
        "[Content_Types].xml",
    }, changed
    assert set(before) <= set(after)
    for name in ("word/document.xml", "word/comments.xml", "[Content_Types].xml", "word/_rels/document.xml.rels"):
        assert b"ns0:" not in after.get(name, b""), f"{name}: elements written without the document's prefixes"
    root = etree.fromstring(after["word/document.xml"])
    comments_xml = after.get("word/comments.xml")
    croot = etree.fromstring(comments_xml) if comments_xml else None

    # one shared id space: revisions, bookmarks and comments never collide; ours above the old maximum
    def shared_ids(doc_root, comments_root) -> Counter:
        ids = [el.get(ID) for tag in ("ins", "del", "bookmarkStart") for el in doc_root.iter(w(tag))]
        if comments_root is not None:
            ids += [el.get(ID) for el in comments_root.iter(w("comment"))]
        return Counter(ids)

    old_root = etree.fromstring(before["word/document.xml"])
    old_counts = shared_ids(
        old_root, etree.fromstring(before["word/comments.xml"]) if "word/comments.xml" in before else None
    )
    # (a file may arrive with its own duplicates, e.g. LibreOffice's; we add none)
    dup = [k for k, n in shared_ids(root, croot).items() if n > max(old_counts.get(k, 0), 1)]
    assert not dup, f"duplicate w:id values {dup}"
    old_ids = {el.get(ID) for el in old_root.iter() if el.get(ID) is not None}
    old_c = before.get("word/comments.xml")
    if old_c:
        old_ids |= {el.get(ID) for el in etree.fromstring(old_c).iter() if el.get(ID) is not None}
    old_max = max((int(i) for i in old_ids if i.lstrip("-").isdigit()), default=0)
    ours = [el for tag in ("ins", "del") for el in root.iter(w(tag)) if el.get(AUTHOR) == author]
    for el in ours:
        assert int(el.get(ID)) > old_max
        assert el.get(w("date")), "a revision without w:date"
        assert el.getparent().tag != R, "w:ins/w:del inside w:r"
        if el.tag == w("del") and el.getparent().tag != w("rPr"):
            assert el.find(f".//{T}") is None, "deleted text must be w:delText"
    # no move markup added
    for tag in ("moveFrom", "moveTo", "moveFromRangeStart", "moveToRangeStart"):
        assert len(list(root.iter(w(tag)))) == len(list(old_root.iter(w(tag))))
    # comments: every range has its end, its reference and its comment, and every comment is referenced
    starts = {el.get(ID) for el in root.iter(w("commentRangeStart"))}
    ends = {el.get(ID) for el in root.iter(w("commentRangeEnd"))}
    refs = {el.get(ID) for el in root.iter(w("commentReference"))}
    comment_ids = {el.get(ID) for el in croot.iter(w("comment"))} if croot is not None else set()
    assert starts <= ends and starts <= refs and refs <= comment_ids and comment_ids <= refs
    if croot is not None:
        rels = after["word/_rels/document.xml.rels"].decode()
        assert "relationships/comments" in rels and 'Target="comments.xml"' in rels
        assert 'PartName="/word/comments.xml"' in after["[Content_Types].xml"].decode()
        for c in croot.iter(w("comment")):
            if c.get(AUTHOR) == author:
                assert c.get(w("date")), "a comment of ours without w:date"

    # reject all of ours -> exactly the original paragraphs (text and style), comments aside
    orig_paras = body_paragraphs(old_root)
    rejected = body_paragraphs(strip_our_comments(reject_all(root, author), output, author))
    assert [paragraph_text(p) for p in rejected] == [paragraph_text(p) for p in orig_paras]
    assert [paragraph_style(p) for p in rejected] == [paragraph_style(p) for p in orig_paras]
    # accept all of ours -> exactly the intended text
    accepted = body_paragraphs(accept_all(root, author))
    assert [paragraph_text(p) for p in accepted] == expected_accepted(
        [paragraph_text(p) for p in orig_paras], result.changes
    )
    # untouched paragraphs are unchanged down to the XML (our comment markers aside)
    touched = {i for ch in result.changes for i in ch.replaced} | set(result.marked)
    kept_root = strip_our_comments(root, output, author)
    stripped = [p for p in body_paragraphs(kept_root) if not _new_para(p, author)]
    assert len(stripped) == len(orig_paras)
    for i, (a, b) in enumerate(zip(orig_paras, stripped)):
        if i not in touched:
            assert etree.tostring(a) == etree.tostring(b), f"paragraph {i} changed: {paragraph_text(a)[:60]!r}"
    n_ins = sum(1 for el in ours if el.tag == w("ins"))
    n_del = sum(1 for el in ours if el.tag == w("del"))
    assert (n_ins, n_del) == (result.insertions, result.deletions)
    return {
        "ins": n_ins,
        "del": n_del,
        "comments": len([c for c in croot.iter(w("comment")) if c.get(AUTHOR) == author]) if croot is not None else 0,
    }
