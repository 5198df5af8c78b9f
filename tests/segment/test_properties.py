"""Property tests (Hypothesis): outlines from the numbering grammar mixed with prose and unicode.

* ``segment`` never raises, and its clauses are ordered, in bounds, non-overlapping (own spans tile the
  blocks), children lie inside their parents and ``text[start:end] == clause.text``;
* the numbers of a generated outline are found again, with the generated parents, and again after
  joining the top-level clause texts (a stability check, as black re-formats its own output).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausecheck.segment import segment
from clausecheck.segment.numbering import roman_value

from .util import check_invariants, doc_from_lines, doc_from_text

SETTINGS = settings(
    derandomize=True,
    deadline=None,
    max_examples=120,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ROMAN = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
KANJI = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

HEADINGS = [
    "Fees",
    "Term and Termination",
    "Use of Customer Data",
    "Governing Law",
    "Confidentiality",
    "Model Training",
    "Liability",
    "Dispute Resolution",
    "Audit Rights",
    "General",
]
JA_HEADINGS = ["目的", "定義", "準拠法", "合意管轄", "秘密保持", "学習利用の禁止"]
OPENERS = ["the", "and", "provided", "subject", "unless", "which", "where", "whether", "each", "any"]

# Prose: starts with a lower-case word so that it never reads as a number, heading, definition or signature.
_prose_tail = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    ),
    max_size=60,
)
prose = st.builds(lambda w, t: f"{w} {t}".rstrip(), st.sampled_from(OPENERS), _prose_tail)
ja_prose = st.builds(lambda t: "甲は、" + t, st.text(alphabet="乙本契約にいてをするものとデータ学習。、", max_size=30))


@st.composite
def outline_lines(draw):
    """Lines of a document and, for each clause, (number, parent index or None)."""
    style = draw(st.sampled_from(["decimal", "article", "clause", "ja"]))
    lines: list[str] = ["AGREEMENT" if style != "ja" else "契約書", "this agreement is made between the parties."]
    expected: list[tuple[str, int | None]] = []

    def add(text: str, number: str, parent: int | None) -> int:
        lines.append(text)
        expected.append((number, parent))
        return len(expected) - 1

    def maybe_prose(ja: bool = False) -> None:
        for _ in range(draw(st.integers(0, 2))):
            lines.append(draw(ja_prose if ja else prose))

    def items(parent: int, depth: int) -> None:
        """(a) ... (g) with optional (i) ... (vii) under each."""
        for k in range(1, draw(st.integers(0, 4 if depth == 0 else 3)) + 1):
            label = f"({chr(96 + k)})" if depth == 0 else f"({ROMAN[k]})"
            idx = add(f"{label} {draw(prose)}", label, parent)
            maybe_prose()
            if depth == 0 and draw(st.booleans()):
                items(idx, 1)

    n_top = draw(st.integers(1, 5))
    for t in range(1, n_top + 1):
        heading = draw(st.sampled_from(HEADINGS))
        if style == "decimal":
            top = add(f"{t}. {heading}", str(t), None)
        elif style == "article":
            roman = ROMAN[t].upper()
            top = add(f"ARTICLE {roman} – {heading.upper()}", f"ARTICLE {roman}", None)
        elif style == "clause":
            top = add(f"Clause {t} {heading}", f"Clause {t}", None)
        else:
            ja_head = draw(st.sampled_from(JA_HEADINGS))
            fw = draw(st.booleans())
            num = str(t).translate(FULLWIDTH) if fw else str(t)
            top = add(f"第{num}条（{ja_head}）", f"第{num}条", None)
            lines.append(draw(ja_prose))
            for p in range(2, draw(st.integers(1, 3)) + 1):
                para = str(p).translate(FULLWIDTH)
                pidx = add(f"{para}　{draw(ja_prose)}", para, top)
                for q in range(1, draw(st.integers(0, 2)) + 1):
                    item = f"（{str(q).translate(FULLWIDTH)}）"
                    add(f"{item}{draw(ja_prose)}", item, pidx)
            continue
        maybe_prose()
        for s in range(1, draw(st.integers(0, 3)) + 1):
            if style == "article":
                label = f"Section {t}.{s:02d}"
            else:
                label = f"{t}.{s}"
            sub = add(
                f"{label} The {draw(st.sampled_from(['Supplier', 'Customer', 'Provider']))} {draw(prose)}", label, top
            )
            maybe_prose()
            if draw(st.booleans()):
                items(sub, 0)
    if style != "ja" and draw(st.booleans()):
        sched = add("SCHEDULE 1 – SERVICE LEVELS", "SCHEDULE 1", None)
        for k in range(1, draw(st.integers(1, 3)) + 1):
            add(f"{k}. {draw(st.sampled_from(HEADINGS))}", str(k), sched)
            maybe_prose()
    return lines, expected


def _numbered(tree):
    """(number, index of the numbered parent) for the clauses with a number."""
    numbered = [c for c in tree.clauses if c.number is not None]
    pos = {c.id: k for k, c in enumerate(numbered)}
    return [(c.number, pos.get(c.parent) if c.parent else None) for c in numbered]


@SETTINGS
@given(outline_lines())
def test_properties_outline_numbers_found_again(case):
    lines, expected = case
    tree = segment(doc_from_lines(lines))
    check_invariants(tree)
    assert _numbered(tree) == expected
    # Stability: the top-level clauses joined again give the same numbers.
    joined = "\n".join(c.text for c in tree.clauses if c.parent is None)
    again = segment(doc_from_text(joined))
    assert [c.number for c in again.clauses] == [c.number for c in tree.clauses]


# -- arbitrary input -------------------------------------------------------------

MARKERISH = st.sampled_from(
    [
        "1.",
        "1.1",
        "2",
        "２",
        "(a)",
        "(i)",
        "(ii)",
        "(h)",
        "(v)",
        "a.",
        "i.",
        "A.",
        "IV.",
        "(1)",
        "（１）",
        "一　",
        "①",
        "•",
        "- ",
        "Section 5.2",
        "§ 5",
        "ARTICLE XII –",
        "Article 7",
        "Clause 9",
        "第12条（見出し）",
        "第 10 条",
        "第１２条",
        "SCHEDULE 1 –",
        "Annex A",
        "Exhibit B",
        "別紙1",
        "IN WITNESS WHEREOF",
        "By: ____",
        "Name:",
        "“Term” means",
        '"Data" shall mean',
        "Term: ",
        "記名押印",
        "12.0",
        "1.1(a)",
        "B.9.12",
        "Page 3 of 9",
        "12",
        "CONFIDENTIAL",
        "GOVERNING LAW",
        "（準拠法）",
        "....... 3",
        "(",
        "“",
        "第",
        "§",
        "",
    ]
)
random_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=50)
line = st.one_of(
    random_text,
    st.builds(lambda a, b: f"{a}{b}", MARKERISH, random_text),
    st.builds(lambda a, b: f"{a} {b}", MARKERISH, st.sampled_from(HEADINGS + JA_HEADINGS)),
)
block_attrs = st.fixed_dictionaries(
    {},
    optional={
        "bold": st.booleans(),
        "kind": st.sampled_from(["paragraph", "heading", "list_item", "table_row", "title"]),
        "level": st.none() | st.integers(0, 8),
        "style": st.sampled_from(["Heading 1", "Heading 3", "List Number", "Normal"]),
        "number": st.none() | st.sampled_from(["1.", "1.1", "(a)", "(i)", "•", "Article 1", "第1条", "x-1", "  "]),
    },
)


@SETTINGS
@given(st.lists(st.tuples(line, block_attrs), max_size=40))
def test_properties_never_raises_on_arbitrary_blocks(rows):
    tree = segment(doc_from_lines(rows))
    check_invariants(tree)


@SETTINGS
@given(st.text(max_size=400))
def test_properties_never_raises_on_arbitrary_text(text):
    lines = [ln for ln in text.split("\n")]
    tree = segment(doc_from_lines(lines))
    check_invariants(tree)


def test_properties_roman_helper_matches_table():
    assert [roman_value(r) for r in ROMAN[1:]] == list(range(1, len(ROMAN)))
