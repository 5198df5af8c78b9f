"""Build the corpus of hostile and broken inputs into a folder.

    python tests/hostile/build_corpus.py OUT            # everything
    python tests/hostile/build_corpus.py OUT --small    # without the 2,000-page PDF and the big pages

Nothing here is a hand-picked binary: every file is written by this script,
deterministically (seeded), from a small contract of our own.  PDFs are written
as raw PDF syntax (so broken structures such as a cyclic page tree can be
expressed), DOCX files with python-docx or with a raw zip writer (so member
names and declared sizes can lie).  Encrypted PDFs need the ``qpdf`` command
(or pikepdf); without either they are left out and listed in ``missing``.

``build_corpus(out)`` returns ``{name: Case}``.  A Case says what a correct
outcome is: ``"ok"`` (a report, exit 0 or 1), ``"error"`` (exit 2 with one of
``codes``) or ``"either"`` (a report, or exit 2 with one of ``codes``: broken
files that a lenient reader may still read).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import struct
import subprocess
import sys
import textwrap
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

SEED = 7

# --- the base contract (our own text) -------------------------------------------

TITLE = "DATA PROCESSING AND AI SERVICES AGREEMENT"
CLAUSES: list[tuple[str, str, list[str]]] = [
    (
        "1.",
        "Definitions",
        [
            "In this Agreement, Customer Data means any data the Customer or its users submit to the Services, "
            "including prompts, files and the outputs generated from them.",
        ],
    ),
    (
        "2.",
        "Use of Customer Data",
        [
            "The Supplier shall not use Customer Data to train, fine-tune or otherwise improve any machine learning "
            "model, whether its own or a third party's, without the Customer's prior written consent.",
            "The Supplier shall delete Customer Data within thirty days after the end of the Term.",
        ],
    ),
    (
        "3.",
        "Governing Law",
        [
            "This Agreement and any dispute arising out of or in connection with it are governed by the laws of "
            "England and Wales.",
        ],
    ),
    (
        "4.",
        "Dispute Resolution",
        [
            "Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration "
            "under the LCIA Rules. The seat of arbitration is London and the language of the arbitration is English.",
        ],
    ),
]

JA_CONTRACT = """業務委託契約書
第1条（目的）
甲は、乙に対し、本契約に定める業務を委託し、乙はこれを受託する。
第2条（データの利用）
乙は、甲から提供されたデータを機械学習モデルの学習に利用してはならない。
第3条（準拠法）
本契約は、日本法に準拠し、日本法に従って解釈される。
第4条（合意管轄）
本契約に関する一切の紛争については、東京地方裁判所を第一審の専属的合意管轄裁判所とする。
"""

LATIN_CONTRACT = """CONTRAT DE SERVICES D'IA
1. Objet
Le Prestataire fournit à la Société Générale des services d'analyse; la redevance est de 12 000 € par an.
2. Données du Client
Le Prestataire ne doit pas utiliser les données du Client pour entraîner un modèle d'apprentissage automatique.
3. Droit applicable
Le présent contrat est régi par le droit français (§ 3). Tout litige relève des tribunaux de Paris.
"""

WORDS = (
    "supplier customer agreement data model service term notice party law court consent payment fee "
    "licence security audit record breach remedy confidential information obligation schedule period"
).split()


def contract_lines() -> list[str]:
    out = [TITLE]
    for number, heading, paras in CLAUSES:
        out.append(f"{number} {heading}")
        out.extend(paras)
    return out


def contract_text() -> str:
    return "\n".join(contract_lines()) + "\n"


# --- cases -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    path: Path
    expect: str  # "ok" | "error" | "either"
    codes: frozenset[str] = frozenset()
    heavy: bool = False  # large: run on its own, with its own bounds
    note: str = ""


@dataclass(slots=True)
class Corpus:
    root: Path
    cases: dict[str, Case] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)  # name -> why it could not be built

    def add(self, name: str, path: Path, expect: str, codes=(), heavy: bool = False, note: str = "") -> Case:
        case = Case(name, path, expect, frozenset(codes), heavy, note)
        self.cases[name] = case
        return case


#: Codes a damaged file may legitimately produce.
DAMAGED = {"E103", "E104", "E105", "E109", "E110", "E111", "E112"}


# --- raw PDF ----------------------------------------------------------------------


def _pdf_escape(s: str) -> bytes:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")


def pdf_document(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF file from object bodies (object k is ``objects[k - 1]``), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % k + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, trailer_extra, xref)
    )
    return out.getvalue()


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _text_content(lines: list[str], *, size: float = 11, leading: float = 14, x: float = 72, top: float = 770) -> bytes:
    parts = [b"BT /F1 %g Tf %g TL %g %g Td" % (size, leading, x, top)]
    for line in lines:
        if line:
            parts.append(b"(" + _pdf_escape(line) + b") Tj T*")
        else:
            parts.append(b"T*")
    parts.append(b"ET")
    return b"\n".join(parts)


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_pdf(
    pages: list[list[str]], *, media: tuple[float, float] = (612, 792), size: float = 11, leading: float = 14
) -> bytes:
    """A simple text PDF: one content stream per page, one shared Helvetica font."""
    n = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs.
    kids = b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        FONT,
    ]
    top = media[1] - 60
    for k, lines in enumerate(pages):
        page_no = 4 + 2 * k
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (media[0], media[1], page_no + 1)
        )
        objects.append(_stream(_text_content(lines, size=size, leading=leading, top=top)))
    return pdf_document(objects)


def wrapped_contract(width: int = 85) -> list[str]:
    lines = [TITLE, ""]
    for number, heading, paras in CLAUSES:
        lines.append(f"{number} {heading}")
        for para in paras:
            lines.extend(textwrap.wrap(para, width))
        lines.append("")
    return lines


def contract_pdf() -> bytes:
    return text_pdf([wrapped_contract()])


def cyclic_kids_pdf() -> bytes:
    """The page tree lists itself among its kids (2 -> 2), and a resource dictionary refers to itself."""
    content = _text_content(wrapped_contract())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Outlines 7 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 5 0 R /Contents 4 0 R >>",
        _stream(content),
        b"<< /Font << /F1 6 0 R >> /Again 5 0 R >>",
        FONT,
        b"<< /Type /Outlines /First 8 0 R /Last 8 0 R /Count 1 >>",
        b"<< /Title (Loop) /Parent 7 0 R /Next 8 0 R /Prev 8 0 R /First 8 0 R /Dest [3 0 R /Fit] >>",
    ]
    return pdf_document(objects)


def cyclic_parents_pdf() -> bytes:
    """Two page-tree nodes that are each other's parent; the page inherits its resources through the loop."""
    content = _text_content(wrapped_contract())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /Parent 6 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        _stream(content),
        FONT,
        b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    ]
    return pdf_document(objects)


def wide_spacing_pdf(gap: int = 10**9) -> bytes:
    """A page whose last line places its words 10^7 pt apart (Td), alternating two fonts, so that
    pdfium reports one text rectangle per word, up to ~1.2 x 10^8 pt to the right.

    (Found by bench/fuzz_readers.py: a column-gutter search that bins the text's
    width in 2 pt steps allocated ~1 GB for such a page.)
    """
    lines = [line for line in wrapped_contract() if line]
    content = _text_content(lines, top=740)
    spread = b" ".join(
        b"/F%d 9 Tf (%s) Tj %d 0 Td" % (1 + k % 2, w.encode(), gap // 100) for k, w in enumerate(WORDS[:13])
    )
    content += b"\nBT 78 265 Td " + spread + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(content),
        FONT,
        FONT.replace(b"Helvetica", b"Times-Roman"),
    ]
    return pdf_document(objects)


def lying_count_pdf() -> bytes:
    """A page tree that claims a billion pages but holds one."""
    data = contract_pdf()
    return data.replace(b"/Count 1 >>", b"/Count 999999999 >>", 1)


def image_only_pdf() -> bytes:
    w = h = 64
    rnd = random.Random(SEED)
    pixels = bytes(rnd.randrange(256) for _ in range(w * h))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        _stream(b"q 468 0 0 600 72 96 cm /Im1 Do Q"),
        _stream(
            pixels,
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 " % (w, h),
        ),
    ]
    return pdf_document(objects)


HEADINGS = (
    "Fees",
    "Term",
    "Confidentiality",
    "Audit",
    "Security",
    "Liability",
    "Notices",
    "Assignment",
    "Insurance",
    "Records",
    "Subcontracting",
    "Service Levels",
)


def many_pages_pdf(n: int = 2000) -> bytes:
    """``n`` pages; page k continues the previous clause, then starts sub-clause k mid-page
    (``1.1`` ... ``100.20``: twenty to a top-level clause, whose heading opens every 20th page).

    (A numbered heading at the very top of every page would look like a running
    header to the reader, which drops repeated page furniture; numbers stay
    below 1000, as clause numbers do.)
    """
    rnd = random.Random(SEED)
    pages = []
    for k in range(n):
        top, sub = divmod(k, 20)
        before = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(10, 30)))
        after = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(20, 40)))
        lines = [*textwrap.wrap(f"and the {before}.", 85), ""]
        if sub == 0:
            lines += [f"{top + 1}. {rnd.choice(HEADINGS)} and {rnd.choice(WORDS).title()}", ""]
        lines += [f"{top + 1}.{sub + 1} The {after}"]
        pages.append([lines[0], *lines[1:-1], *textwrap.wrap(lines[-1], 85)])
    return text_pdf(pages)


def encrypted_docx(seed: int = SEED) -> bytes:
    """A password-protected .docx as Word writes it: not a zip but an OLE compound file (CFB v3,
    512-byte sectors) holding an ``EncryptionInfo`` stream (agile encryption, version 4.4, and its
    XML descriptor) and an ``EncryptedPackage`` stream (the package's size, then ciphertext)."""
    rnd = random.Random(seed)
    end, free, fatsect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    info = (
        struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" '
        b'blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" '
        b'hashAlgorithm="SHA512"/></encryption>'
    ).ljust(4096, b"\0")
    package = struct.pack("<Q", 12_345) + rnd.randbytes(8192 - 8)
    info_first, info_n = 2, len(info) // 512
    pkg_first, pkg_n = info_first + info_n, len(package) // 512
    fat = [fatsect, end]
    for first, n in ((info_first, info_n), (pkg_first, pkg_n)):
        fat += [first + k + 1 for k in range(n - 1)] + [end]
    fat += [free] * (128 - len(fat))
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 0x1000, end, 0, end, 0)
        + struct.pack("<I", 0)
        + struct.pack("<I", free) * 108
    )

    def entry(name: str, kind: int, left: int, right: int, child: int, start: int, size: int) -> bytes:
        raw = (name.encode("utf-16-le") + b"\0\0") if name else b""
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), kind, 1 if name else 0)
            + struct.pack("<III", left, right, child)
            + bytes(16)
            + struct.pack("<I", 0)
            + bytes(16)
            + struct.pack("<IQ", start, size)
        )

    directory = (
        entry("Root Entry", 5, nostream, nostream, 1, end, 0)
        + entry("EncryptionInfo", 2, nostream, 2, nostream, info_first, len(info))
        + entry("EncryptedPackage", 2, nostream, nostream, nostream, pkg_first, len(package))
        + entry("", 0, nostream, nostream, nostream, 0, 0)
    )
    return header + struct.pack("<128I", *fat) + directory + info + package


def unnumbered_pages_pdf(n: int = 2000) -> bytes:
    """``n`` pages of prose with no clause number anywhere: one "clause" of well over 1,000,000
    characters (issue 17: it once ran into spaCy's length limit after minutes and 1.7 GB)."""
    rnd = random.Random(SEED + 17)
    pages = []
    for _ in range(n):
        words = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(150, 190)))
        pages.append(textwrap.wrap(words, 85))
    return text_pdf(pages)


def shared_pages_pdf(n: int) -> bytes:
    """``n`` pages drawing one shared content stream: a large page count in a small, fast-to-build file."""
    kids = b" ".join(b"%d 0 R" % (5 + k) for k in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> >>" % n,
        FONT,
        _stream(_text_content(wrapped_contract())),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"] * n
    return pdf_document(objects)


def big_page_pdf(chars: int = 200_000) -> bytes:
    """One tall page holding more than ``chars`` characters of text in a 3 pt font."""
    rnd = random.Random(SEED + 1)
    lines: list[str] = []
    total = 0
    while total < chars:
        line = " ".join(rnd.choice(WORDS) for _ in range(8))
        lines.append(line)
        total += len(line)
    height = len(lines) * 3.5 + 120
    return text_pdf([lines], media=(612, height), size=3, leading=3.5)


def truncations(data: bytes, rnd: random.Random, n: int) -> list[bytes]:
    cuts = [len(data) // 10, len(data) // 2, len(data) - 40] + [rnd.randrange(16, len(data) - 1) for _ in range(n)]
    return [data[:c] for c in cuts[:n]]


def bitflips(data: bytes, rnd: random.Random, flips: int) -> bytes:
    buf = bytearray(data)
    for _ in range(flips):
        pos = rnd.randrange(8, len(buf))  # keep the signature so the sniffer picks the reader
        buf[pos] ^= 1 << rnd.randrange(8)
    return bytes(buf)


# --- DOCX -------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


def document_xml(paragraphs: list[str], *, doctype: str = "") -> bytes:
    from xml.sax.saxutils import escape

    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{p if p.startswith("&") else escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def minimal_docx(document: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A three-part Word package written with zipfile (names are kept as given)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", ROOT_RELS)
        zf.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            zf.writestr(zipfile.ZipInfo(name), data)
    return buf.getvalue()


def contract_docx() -> bytes:
    """The base contract written by python-docx (a complete Word package)."""
    import docx

    d = docx.Document()
    d.core_properties.title = TITLE
    d.add_heading(TITLE, level=0)
    for number, heading, paras in CLAUSES:
        d.add_heading(f"{number} {heading}", level=1)
        for para in paras:
            d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@dataclass(slots=True)
class RawMember:
    name: str
    raw: bytes  # the bytes stored (already deflated when method == 8)
    method: int
    crc: int
    size: int  # the uncompressed size declared in the headers


def _deflate(data: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def raw_member(name: str, data: bytes) -> RawMember:
    return RawMember(name, _deflate(data), 8, zlib.crc32(data), len(data))


def raw_zip(members: list[RawMember]) -> bytes:
    """A zip file written byte by byte: the declared sizes are whatever the members say."""
    out = io.BytesIO()
    central = []
    for m in members:
        name = m.name.encode()
        offset = out.tell()
        out.write(
            struct.pack(
                "<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, m.method, 0, 0x21, m.crc, len(m.raw), m.size, len(name), 0
            )
        )
        out.write(name)
        out.write(m.raw)
        central.append(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0,
                m.method,
                0,
                0x21,
                m.crc,
                len(m.raw),
                m.size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    cd_start = out.tell()
    for entry in central:
        out.write(entry)
    cd_size = out.tell() - cd_start
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), cd_size, cd_start, 0))
    return out.getvalue()


def zeros_member(name: str, size: int, *, declared: int | None = None) -> RawMember:
    """A deflated member of ``size`` zero bytes, built without ever holding them in memory.

    A 1 MiB block deflated then FULL_FLUSHed is self-contained (the flush resets
    the history), so the same compressed bytes repeated give any multiple of 1 MiB.
    """
    mib = 1 << 20
    assert size % mib == 0
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(bytes(mib)) + c.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    count = size // mib
    crc = 0
    zero_block = bytes(mib)
    for _ in range(count):
        crc = zlib.crc32(zero_block, crc)
    return RawMember(name, block * count + final, 8, crc, size if declared is None else declared)


def bomb_docx(size: int = 1100 << 20, *, declared: int | None = None) -> bytes:
    return raw_zip(
        [
            raw_member("[Content_Types].xml", CONTENT_TYPES),
            raw_member("_rels/.rels", ROOT_RELS),
            zeros_member("word/document.xml", size, declared=declared),
        ]
    )


def nested_bombs_docx() -> bytes:
    """Many members each just under the per-part ratio check, together far past the total cap."""
    members = [
        raw_member("[Content_Types].xml", CONTENT_TYPES),
        raw_member("_rels/.rels", ROOT_RELS),
        raw_member("word/document.xml", document_xml(["Filler."])),
    ]
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = bytes(1 << 20)
    raw = c.compress(data) + c.flush()
    crc = zlib.crc32(data)
    for k in range(300):
        members.append(RawMember(f"word/media/image{k}.png", raw, 8, crc, len(data)))
    return raw_zip(members)


XXE_FILE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
XXE_NET = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/evil.dtd">]>\n'
XXE_PARAM = '<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x.dtd"> %ext;]>\n'
LAUGHS = (
    '<!DOCTYPE w:document [\n<!ENTITY lol0 "lol">\n'
    + "".join(f'<!ENTITY lol{k} "{f"&lol{k - 1};" * 10}">\n' for k in range(1, 10))
    + "]>\n"
)


# --- text files -------------------------------------------------------------------


def text_cases() -> dict[str, tuple[bytes, str, tuple[str, ...]]]:
    """name -> (bytes, expect, codes)."""
    rnd = random.Random(SEED + 2)
    base = contract_text()
    return {
        "latin1.txt": (LATIN_CONTRACT.encode("latin-1", "replace").replace(b"?", b"E"), "ok", ()),
        "cp1252.txt": (LATIN_CONTRACT.encode("cp1252"), "ok", ()),
        "utf16_bom_le.txt": (b"\xff\xfe" + base.encode("utf-16-le"), "ok", ()),
        "utf16_bom_be.txt": (b"\xfe\xff" + base.encode("utf-16-be"), "ok", ()),
        "utf8_bom.txt": (b"\xef\xbb\xbf" + base.encode("utf-8"), "ok", ()),
        "shift_jis.txt": (JA_CONTRACT.encode("shift_jis"), "ok", ()),
        "euc_jp.txt": (JA_CONTRACT.encode("euc_jp"), "ok", ()),
        "iso2022_jp.txt": (JA_CONTRACT.encode("iso2022_jp"), "ok", ()),
        "random_bytes.txt": (rnd.randbytes(4096), "error", ("E109", "E110")),
        "random_high_bytes.txt": (bytes(rnd.randrange(0x80, 0x100) for _ in range(4096)), "either", ("E109", "E110")),
        "utf16_no_bom.txt": (base.encode("utf-16-le"), "ok", ()),
        "only_whitespace.txt": (b" \n\t\r\n" * 100, "error", ("E110",)),
        "nul_and_controls.md": (b"# Title\x00\x01\x02\n" * 50, "error", ("E109", "E110")),
        "stray_controls.txt": (base.replace("Agreement", "Agree\x00ment", 2).encode(), "ok", ()),
    }


# --- the corpus -------------------------------------------------------------------


def _encrypt(src: Path, dst: Path, user: str, owner: str) -> str | None:
    """Encrypt with AES-256; returns the tool used, or None when no tool is available."""
    qpdf = shutil.which("qpdf")
    if qpdf:
        subprocess.run(
            [qpdf, "--encrypt", user, owner, "256", "--", str(src), str(dst)], check=True, capture_output=True
        )
        return "qpdf"
    try:
        import pikepdf
    except ImportError:
        return None
    with pikepdf.open(src) as pdf:
        pdf.save(dst, encryption=pikepdf.Encryption(user=user, owner=owner, R=6))
    return "pikepdf"


def build_corpus(out: str | Path, *, heavy: bool = True, seed: int = SEED) -> Corpus:
    """Write every hostile input into ``out`` (created) and return what each should give."""
    root = Path(out)
    root.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(root)
    rnd = random.Random(seed)

    def write(name: str, data: bytes) -> Path:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        return p

    # Well-formed baselines (a broken variant is judged against these).
    pdf = contract_pdf()
    docx_bytes = contract_docx()
    corpus.add("base.pdf", write("base.pdf", pdf), "ok")
    corpus.add("base.docx", write("base.docx", docx_bytes), "ok")

    # Truncated and bit-flipped PDFs and DOCX files.
    for kind, data in (("pdf", pdf), ("docx", docx_bytes)):
        for k, cut in enumerate(truncations(data, rnd, 4)):
            name = f"truncated_{k}.{kind}"
            corpus.add(name, write(name, cut), "either", DAMAGED)
        for k in range(6):
            name = f"bitflip_{k}.{kind}"
            corpus.add(name, write(name, bitflips(data, rnd, 1 + 4 * k)), "either", DAMAGED)
    corpus.add(
        "garbage_body.pdf",
        write("garbage_body.pdf", b"%PDF-1.7\n" + rnd.randbytes(3000)),
        "error",
        {"E103", "E105", "E110"},
    )
    corpus.add("not_a_pdf.pdf", write("not_a_pdf.pdf", b"<html>this is not a PDF</html>\n"), "error", {"E103"})
    corpus.add("not_a_zip.docx", write("not_a_zip.docx", b"PK\x03\x04" + rnd.randbytes(500)), "error", {"E103"})
    corpus.add(
        "zip_not_word.docx", write("zip_not_word.docx", raw_zip([raw_member("hello.txt", b"hi")])), "error", {"E103"}
    )

    # Zip headers found by bench/fuzz_readers.py (each once crashed the DOCX reader).
    package = bytearray(minimal_docx(document_xml(contract_lines())))
    newer = bytearray(package)
    struct.pack_into("<H", newer, newer.find(b"PK\x01\x02") + 6, 108)  # "needs zip version 10.8"
    corpus.add(
        "zip_version_108.docx",
        write("zip_version_108.docx", bytes(newer)),
        "error",
        {"E103"},
        note="zipfile raised NotImplementedError",
    )
    shifted = bytearray(package)
    eocd = shifted.rfind(b"PK\x05\x06")
    struct.pack_into("<I", shifted, eocd + 16, struct.unpack_from("<I", shifted, eocd + 16)[0] + 1000)
    corpus.add(
        "zip_negative_offset.docx",
        write("zip_negative_offset.docx", bytes(shifted)),
        "error",
        {"E103"},
        note="central directory offset past its place: negative part offsets (seek raised OSError)",
    )

    nameless = raw_zip(
        [
            raw_member("[Content_Types].xml", CONTENT_TYPES),
            raw_member("_rels/.rels", ROOT_RELS),
            raw_member("word/document.xml", document_xml(contract_lines())),
            raw_member("", b"x"),
        ]
    )
    corpus.add(
        "zip_empty_name.docx",
        write("zip_empty_name.docx", nameless),
        "error",
        {"E103", "E112"},
        note="a part with an empty name (ZipInfo.is_dir raised IndexError)",
    )

    # Structural attacks on PDFs.
    corpus.add("cyclic_kids.pdf", write("cyclic_kids.pdf", cyclic_kids_pdf()), "either", DAMAGED)
    corpus.add("cyclic_parents.pdf", write("cyclic_parents.pdf", cyclic_parents_pdf()), "either", DAMAGED)
    corpus.add("lying_count.pdf", write("lying_count.pdf", lying_count_pdf()), "either", DAMAGED)
    corpus.add(
        "pages_6000_shared.pdf",
        write("pages_6000_shared.pdf", shared_pages_pdf(6000)),
        "error",
        {"E111"},
        note="6,000 pages sharing one content stream: over the page limit",
    )
    for name, head in (("sparse_600mb.txt", b"Governing law: England.\n"), ("sparse_600mb.pdf", b"%PDF-1.7\n")):
        p = write(name, head)
        with open(p, "r+b") as fh:  # a sparse file: 600 MB long, almost nothing on disk
            fh.truncate(600 * 2**20)
        corpus.add(name, p, "error", {"E111"}, note="600 MB (sparse): refused by size before reading")
    corpus.add(
        "wide_word_spacing.pdf",
        write("wide_word_spacing.pdf", wide_spacing_pdf()),
        "either",
        DAMAGED,
        heavy=True,
        note="words spread over 10^8 pt (a fuzzing find)",
    )
    corpus.add("image_only.pdf", write("image_only.pdf", image_only_pdf()), "error", {"E105"})
    corpus.add(
        "encrypted_word.docx",
        write("encrypted_word.docx", encrypted_docx()),
        "error",
        {"E119"},
        note="a password-protected .docx (an OLE compound file with an EncryptedPackage stream)",
    )

    # Encrypted PDFs.
    plain = root / "base.pdf"
    for name, user, expect, codes in (
        ("encrypted_empty_user.pdf", "", "ok", ()),
        ("encrypted_password.pdf", "s3cret", "error", {"E104"}),
    ):
        try:
            tool = _encrypt(plain, root / name, user, "owner-pw")
        except (OSError, subprocess.CalledProcessError) as e:
            tool, why = None, f"encryption failed: {e}"
        else:
            why = "neither qpdf nor pikepdf is available"
        if tool:
            corpus.add(name, root / name, expect, codes, note=f"encrypted with {tool}")
        else:
            corpus.missing[name] = why

    # Size attacks.
    if heavy:
        corpus.add("pages_2000.pdf", write("pages_2000.pdf", many_pages_pdf(2000)), "ok", heavy=True)
        corpus.add(
            "pages_2000_unnumbered.pdf",
            write("pages_2000_unnumbered.pdf", unnumbered_pages_pdf(2000)),
            "ok",
            heavy=True,
            note="2,000 pages without numbering: one clause of over 1,000,000 characters",
        )
        corpus.add("page_200k_chars.pdf", write("page_200k_chars.pdf", big_page_pdf(200_000)), "ok", heavy=True)
        words = " ".join(rnd.choice(WORDS) for _ in range(30_000))  # about 200,000 characters
        corpus.add(
            "huge_paragraph.docx",
            write("huge_paragraph.docx", minimal_docx(document_xml([TITLE, "1. Terms", words]))),
            "ok",
            heavy=True,
            note="one paragraph of 200,000 characters",
        )
        corpus.add(
            "long_line.txt",
            write("long_line.txt", words.encode()),
            "ok",
            heavy=True,
            note="one line of 200,000 characters",
        )
        ten_mb = (" ".join(rnd.choice(WORDS) for _ in range(1_500_000)).encode() * 2)[: 10 * 2**20]
        corpus.add(
            "long_line_10mb.txt",
            write("long_line_10mb.txt", ten_mb),
            "ok",
            heavy=True,
            note="one line of 10 MB: a clause of 10,000,000 characters (issue 17)",
        )
        corpus.add(
            "zip_bomb.docx",
            write("zip_bomb.docx", bomb_docx()),
            "error",
            {"E112"},
            heavy=True,
            note="1.1 GB of zeros in one deflated member, sizes declared honestly",
        )
        corpus.add(
            "zip_bomb_lying.docx",
            write("zip_bomb_lying.docx", bomb_docx(declared=20_000)),
            "error",
            {"E112"},
            heavy=True,
            note="1.1 GB of zeros declared as 20 kB",
        )
    corpus.add(
        "zip_bomb_small_parts.docx",
        write("zip_bomb_small_parts.docx", nested_bombs_docx()),
        "error",
        {"E112"},
        note="300 parts of 1 MiB each, 300 MB in total",
    )

    # XML attacks inside DOCX packages.
    paras = [TITLE, "1. Governing Law", "&xxe;"]
    corpus.add(
        "xxe_file.docx", write("xxe_file.docx", minimal_docx(document_xml(paras, doctype=XXE_FILE))), "error", {"E112"}
    )
    corpus.add(
        "xxe_network.docx",
        write("xxe_network.docx", minimal_docx(document_xml(paras, doctype=XXE_NET))),
        "error",
        {"E112"},
    )
    corpus.add(
        "xxe_parameter.docx",
        write("xxe_parameter.docx", minimal_docx(document_xml([TITLE], doctype=XXE_PARAM))),
        "error",
        {"E112"},
    )
    corpus.add(
        "billion_laughs.docx",
        write("billion_laughs.docx", minimal_docx(document_xml([TITLE, "&lol9;"], doctype=LAUGHS))),
        "error",
        {"E112"},
    )
    utf16_doc = (
        document_xml([TITLE, "&xxe;"], doctype=XXE_FILE).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    )
    corpus.add(
        "xxe_utf16.docx",
        write("xxe_utf16.docx", minimal_docx(b"\xff\xfe" + utf16_doc.encode("utf-16-le"))),
        "error",
        {"E112", "E103"},
    )
    corpus.add(
        "xxe_in_styles.docx",
        write(
            "xxe_in_styles.docx",
            minimal_docx(
                document_xml(contract_lines()),
                {"word/styles.xml": ('<?xml version="1.0"?>' + XXE_FILE + f'<w:styles xmlns:w="{W_NS}"/>').encode()},
            ),
        ),
        "error",
        {"E112"},
    )

    # Path traversal in member names.
    doc_xml = document_xml(contract_lines())
    for name, member in (
        ("traversal_dotdot.docx", "../evil.xml"),
        ("traversal_nested.docx", "word/../../evil.xml"),
        ("traversal_absolute.docx", "/tmp/clausecheck-evil.xml"),
        ("traversal_backslash.docx", "..\\evil.xml"),
    ):
        corpus.add(name, write(name, minimal_docx(doc_xml, {member: b"<evil/>"})), "error", {"E112"})

    # Deep nesting and a huge paragraph (well-formed but hostile).
    deep = (
        ("<w:sdt><w:sdtContent>" * 5000) + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + ("</w:sdtContent></w:sdt>" * 5000)
    )
    corpus.add(
        "deep_nesting.docx",
        write(
            "deep_nesting.docx",
            minimal_docx(
                (
                    f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{deep}</w:body></w:document>'
                ).encode()
            ),
        ),
        "either",
        {"E103", "E110"},
    )

    # Text files in other encodings and no encoding at all.
    for name, (data, expect, codes) in text_cases().items():
        corpus.add(name, write(name, data), expect, codes)

    # Empty files, a folder named like a file, a symlink loop.
    for name in ("empty.pdf", "empty.docx", "empty.txt"):
        corpus.add(name, write(name, b""), "error", {"E102"})
    (root / "x.pdf").mkdir(exist_ok=True)
    corpus.add("x.pdf", root / "x.pdf", "error", {"E107", "E114"})
    loop = root / "symlink_loop"
    loop.mkdir(exist_ok=True)
    (loop / "contract.txt").write_text(contract_text(), encoding="utf-8")
    for link, target in (("self", "."), ("up", ".."), ("a.txt", "b.txt"), ("b.txt", "a.txt"), ("me.pdf", "me.pdf")):
        p = loop / link
        if not p.is_symlink():
            os.symlink(target, p)
    corpus.add("symlink_loop", loop, "ok", note="a folder: self -> ., up -> .., a.txt <-> b.txt, me.pdf -> me.pdf")
    corpus.add("symlink_loop/me.pdf", loop / "me.pdf", "error", {"E101", "E108"})
    fifo = root / "named_pipe.pdf"
    if not fifo.exists() and hasattr(os, "mkfifo"):
        os.mkfifo(fifo)  # reading it would wait forever for a writer
    if fifo.exists():
        corpus.add("named_pipe.pdf", fifo, "error", {"E118"}, note="a FIFO named like a contract (issue 17)")
    return corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true", help="leave out the large files")
    args = parser.parse_args(argv)
    corpus = build_corpus(args.out, heavy=not args.small)
    for case in corpus.cases.values():
        size = case.path.stat().st_size if case.path.is_file() else 0
        print(f"{case.name:32} {case.expect:6} {','.join(sorted(case.codes)) or '-':24} {size:>10}  {case.note}")
    for name, why in corpus.missing.items():
        print(f"{name:32} MISSING {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
