"""Build a Document from lines of text, as the text extractor would (one block per non-empty line)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from clausecheck.document import Block, Clause, ClauseTree, Document, Page, SourceFile

CASES = Path(__file__).parent / "cases"


def _caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) > 2 and all(ch.isupper() for ch in letters)


def doc_from_lines(lines: Iterable[str | tuple[str, dict]], *, page_size: int = 0) -> Document:
    """A Document with one block per line.

    A line may be ``(text, attrs)`` to set Block fields (``bold``, ``kind``, ``number``, ``level`` ...);
    with ``number`` the block text becomes ``number + "\\t" + text`` and ``body_start`` is set, as the
    DOCX reader does.  ``page_size`` > 0 puts that many blocks on each page.
    """
    out: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for k, item in enumerate(lines):
        text, attrs = (item, {}) if isinstance(item, str) else item
        attrs = dict(attrs)
        body_start = None
        if attrs.get("number") is not None:
            prefix = f"{attrs['number']}\t"
            body_start = pos + len(prefix)
            text = prefix + text
        page = 1 + (k // page_size if page_size else 0)
        attrs.setdefault("caps", _caps(text))
        blocks.append(Block(start=pos, end=pos + len(text), page=page, page_end=page, body_start=body_start, **attrs))
        out.append(text)
        pos += len(text) + 1
    text = "\n".join(out)
    npages = max((b.page for b in blocks), default=1)
    pages = []
    for p in range(1, npages + 1):
        on = [b for b in blocks if b.page == p]
        pages.append(Page(number=p, start=on[0].start if on else 0, end=on[-1].end if on else 0))
    source = SourceFile(path="<test>", sha256="0" * 64, kind="txt", size=len(text.encode()))
    return Document(source=source, text=text, pages=tuple(pages), blocks=tuple(blocks))


def doc_from_text(text: str) -> Document:
    """One block per non-empty line (leading/trailing spaces stripped), like ``read_text``."""
    return doc_from_lines(line.strip() for line in text.split("\n") if line.strip())


def outline(tree: ClauseTree) -> list[tuple[int, str | None, str | None, str]]:
    """(level, number, heading, kind) for every clause, in document order."""
    return [(c.level, c.number, c.heading, c.kind) for c in tree.clauses]


def dump(tree: ClauseTree) -> str:
    """The case-file ``# expect`` lines for ``tree``."""
    return "\n".join(_line(c) for c in tree.clauses)


def _line(c: Clause) -> str:
    return f"{c.level} | {c.number or '-'} | {c.heading or '-'} | {c.kind}"


def read_case(path: Path) -> tuple[str, list[tuple[int, str | None, str | None, str | None]]]:
    """A case file: the document text, a ``# expect`` line, then ``level | number | heading [| kind]`` lines."""
    raw = path.read_text(encoding="utf-8")
    text, sep, expect = raw.partition("\n# expect\n")
    assert sep, f"{path.name}: no '# expect' line"
    rows = []
    for line in expect.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        assert len(parts) in (3, 4), f"{path.name}: bad expect line {line!r}"
        level = int(parts[0])
        number = None if parts[1] == "-" else parts[1]
        heading = None if parts[2] == "-" else parts[2]
        kind = parts[3] if len(parts) == 4 else None
        rows.append((level, number, heading, kind))
    return text, rows


def check_invariants(tree: ClauseTree) -> None:
    """The structural promises of ``segment``: order, bounds, tiling, nesting, text."""
    doc = tree.document
    text = doc.text
    clauses = tree.clauses
    index = {c.id: c for c in clauses}
    assert [c.id for c in clauses] == [f"c{k + 1}" for k in range(len(clauses))]
    prev_start = -1
    prev_own_end = 0
    for c in clauses:
        assert 0 <= c.start <= c.own_end <= c.end <= len(text), c
        assert c.start > prev_start or (c.start == prev_start and c.start == c.end), c
        assert c.start >= prev_own_end or c.start == c.end, (c, prev_own_end)
        prev_start, prev_own_end = c.start, max(prev_own_end, c.own_end)
        assert c.text == text[c.start : c.end]
        assert not c.text.endswith("\n")
        assert c.page <= c.page_end
        if c.parent is not None:
            p = index[c.parent]
            assert p.start <= c.start and c.end <= p.end, (p, c)
            assert c.level == p.level + 1
            assert int(p.id[1:]) < int(c.id[1:])
        else:
            assert c.level == 0
    # Own spans tile the blocks: every block lies in exactly one clause's own span.
    if clauses:
        spans = [(c.start, c.own_end if c.own_end < c.end else c.end) for c in clauses]
        for b in doc.blocks:
            if b.start == b.end:
                continue
            owners = [s for s in spans if s[0] <= b.start and b.end <= max(s[1], s[0])]
            assert len(owners) == 1, (b, owners)


def doc_via_reader(text: str, suffix: str = ".txt") -> Document:
    """A Document read by the real text/Markdown reader from a temporary file."""
    import tempfile

    from clausecheck.extract import extract

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"case{suffix}"
        path.write_text(text, encoding="utf-8")
        return extract(path)


def case_document(path: Path) -> tuple[Document, list[tuple[int, str | None, str | None, str | None]]]:
    """The Document and expected rows of a case file.  A first line ``%% md`` reads the text as Markdown."""
    text, rows = read_case(path)
    if text.startswith("%% md\n"):
        return doc_via_reader(text[len("%% md\n") :], ".md"), rows
    return doc_via_reader(text, ".txt"), rows
