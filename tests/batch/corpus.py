"""Generated contract folders for the scan tests and bench/bench_scan.py (our own wording throughout).

``make_contract(seed, pages)`` picks a deterministic mix of clauses: some
contracts carry the four AI clauses, some lack several; the governing law and
forum vary (England, New York, Japan, Germany, none).  Writers turn one contract
into TXT, MD, DOCX (real Word numbering through clausecheck.redline.docxbuild)
or PDF (reportlab).  ``build_folder`` writes a whole folder, optionally with the
bad files a data room always has (corrupt PDF, encrypted PDF, empty DOCX, an
image, a temporary Office file).
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path

WORDS_PER_PAGE = 430

PARTIES = [
    ("Northwind Analytics Ltd", "Harbour Retail plc"),
    ("Kestrel Models Inc.", "Bluefield Insurance Co."),
    ("Aozora AI K.K.", "Meridian Logistics GmbH"),
    ("Lumen Vector LLC", "Castlegate Bank N.A."),
    ("Tessellate Systems SAS", "Oakridge Health Trust"),
]

AI_CLAUSES = {
    "model_disclosure": [
        (
            "protective",
            "Model Transparency",
            "The Supplier shall disclose to the Customer in writing the name, "
            "version and provider of every artificial intelligence model used to deliver the Services, and shall "
            "give the Customer at least thirty days' notice before replacing or materially changing any such model.",
        ),
        (
            "adverse",
            "Model Changes",
            "The Supplier may select, replace or modify the machine learning models used "
            "in the Services at its sole discretion and is not required to tell the Customer which models are used.",
        ),
    ],
    "training_data": [
        (
            "protective",
            "No Training on Customer Data",
            "The Supplier shall not use Customer Data, prompts or "
            "outputs to train, fine-tune or otherwise improve any artificial intelligence model, whether its own or "
            "a third party's, without the Customer's prior written consent.",
        ),
        (
            "adverse",
            "Service Improvement",
            "The Customer grants the Supplier a perpetual licence to use Customer "
            "Data, inputs and outputs to train and improve the Supplier's models and services.",
        ),
    ],
    "distillation": [
        (
            "protective",
            "Model Extraction",
            "Neither party shall use the outputs of the other party's models to "
            "develop a competing model, including by distillation, and the Supplier shall not distil models from "
            "the Customer's fine-tuned models.",
        ),
        (
            "adverse",
            "Restrictions on Outputs",
            "The Customer shall not use any output of the Services to train, "
            "distil or develop any artificial intelligence model, and the Supplier may suspend the Services if it "
            "suspects such use.",
        ),
    ],
    "ai_compliance": [
        (
            "protective",
            "AI Regulation",
            "The Supplier shall comply with all laws that apply to artificial "
            "intelligence systems, including the EU Artificial Intelligence Act, shall maintain the technical "
            "documentation those laws require and shall give the Customer the information it needs to meet its own "
            "obligations as a deployer.",
        ),
        (
            "qualified",
            "Regulatory Cooperation",
            "The Supplier shall use reasonable efforts to support the "
            "Customer's compliance with artificial intelligence regulation, at the Customer's cost and to the extent "
            "commercially practicable.",
        ),
    ],
}

LAWS = [
    (
        "England",
        "This Agreement and any dispute or claim arising out of it shall be governed by and construed in "
        "accordance with the laws of England and Wales.",
    ),
    (
        "New York",
        "This Agreement is governed by the laws of the State of New York, without regard to its "
        "conflict of laws principles.",
    ),
    ("Japan", "This Agreement shall be governed by and interpreted in accordance with the laws of Japan."),
    (
        "Germany",
        "This Agreement is governed by the laws of the Federal Republic of Germany, excluding the United "
        "Nations Convention on Contracts for the International Sale of Goods.",
    ),
    (None, None),
]

FORUMS = [
    "The courts of England and Wales shall have exclusive jurisdiction to settle any dispute arising out of or "
    "in connection with this Agreement.",
    "Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Rules of "
    "Arbitration of the International Chamber of Commerce by three arbitrators. The seat of arbitration shall "
    "be Singapore and the language of the arbitration shall be English.",
    "The parties submit to the exclusive jurisdiction of the Tokyo District Court as the court of first instance "
    "for any dispute arising under this Agreement.",
    "Each party irrevocably submits to the exclusive jurisdiction of the state and federal courts located in New "
    "York County, New York.",
    "Any dispute shall be referred to arbitration under the rules of the LCIA.",
    None,
]

BOILER = [
    (
        "Services",
        "The Supplier shall provide the Services described in each Order Form with reasonable skill and "
        "care, in accordance with good industry practice and the Documentation.",
    ),
    (
        "Fees and Payment",
        "The Customer shall pay the Fees within thirty days of receiving a valid invoice. Late "
        "amounts bear interest at two per cent per year above the base rate until paid.",
    ),
    (
        "Confidentiality",
        "Each party shall keep the other party's Confidential Information secret, use it only to "
        "perform this Agreement and disclose it only to those of its staff and advisers who need to know it.",
    ),
    (
        "Data Protection",
        "Each party shall comply with applicable data protection law. The Supplier shall process "
        "personal data only on the Customer's documented instructions and shall keep it secure.",
    ),
    (
        "Limitation of Liability",
        "Neither party limits its liability for death or personal injury caused by "
        "negligence or for fraud. Subject to that, each party's total liability in any contract year shall not "
        "exceed the Fees paid in that year.",
    ),
    (
        "Term and Termination",
        "This Agreement starts on the Effective Date and continues for the initial term in "
        "the Order Form. Either party may terminate it on written notice if the other party commits a material "
        "breach that it does not remedy within thirty days.",
    ),
    (
        "Intellectual Property",
        "Each party keeps its existing intellectual property. The Customer owns the "
        "outputs produced for it, and the Supplier grants the Customer a licence to use the Services during the term.",
    ),
    (
        "Security",
        "The Supplier shall maintain administrative, physical and technical safeguards that protect "
        "Customer Data against accidental or unlawful destruction, loss, alteration or disclosure.",
    ),
    (
        "Service Levels",
        "The Supplier shall make the Services available at least ninety-nine point five per cent "
        "of each month, excluding scheduled maintenance notified in advance, and shall credit the Customer for any "
        "shortfall.",
    ),
    (
        "Audit",
        "On reasonable notice, the Customer may audit the Supplier's compliance with this Agreement once in "
        "each contract year, at the Customer's cost and during normal business hours.",
    ),
]

FILLER = (
    "The parties shall act in good faith when performing their obligations, shall keep complete and "
    "accurate records of the work done, and shall cooperate to resolve any operational question promptly "
    "through the contract managers named in the Order Form, who shall meet at least once every quarter "
    "to review performance, forecasts, open issues and planned changes to the Services."
)


@dataclass
class Contract:
    name: str
    title: str
    parties: tuple[str, str]
    clauses: list[tuple[str, list[str]]] = field(default_factory=list)  # (heading, sub-clause texts)
    ai: dict[str, str] = field(default_factory=dict)  # label -> stance present
    law: str | None = None
    has_forum: bool = False

    def words(self) -> int:
        return sum(len(t.split()) for _, subs in self.clauses for t in subs)


def make_contract(seed: int, pages: int = 2) -> Contract:
    rng = random.Random(seed)
    sup, cus = PARTIES[seed % len(PARTIES)]
    c = Contract(
        name=f"contract-{seed:04d}",
        title=rng.choice(
            [
                "Master Services Agreement",
                "AI Platform Subscription Agreement",
                "Software as a Service Agreement",
                "Data Services Agreement",
            ]
        ),
        parties=(sup, cus),
    )
    c.clauses.append(
        (
            "Definitions",
            [
                f'"Supplier" means {sup}; "Customer" means {cus}; "Services" means the hosted services described in each '
                'Order Form; "Customer Data" means all data the Customer or its users submit to the Services.'
            ],
        )
    )
    body = list(BOILER)
    rng.shuffle(body)
    for heading, text in body[: 4 + seed % 4]:
        c.clauses.append((heading, [text]))
    for label, options in AI_CLAUSES.items():
        if rng.random() < 0.6:
            stance, heading, text = rng.choice(options)
            c.ai[label] = stance
            c.clauses.append((heading, [text]))
    law_name, law_text = LAWS[seed % len(LAWS)]
    forum = FORUMS[(seed // 2) % len(FORUMS)]
    # pad to the requested length with operational clauses
    target = max(1, pages) * WORDS_PER_PAGE
    n = 0
    while c.words() < target - 150:
        n += 1
        subs = [f"{FILLER} This obligation applies to work stream {n}."] * 3
        c.clauses.insert(len(c.clauses) - 0, (f"Operational Matters Part {n}", subs))
    if law_text:
        c.law = law_name
        c.clauses.append(("Governing Law", [law_text]))
    if forum:
        c.has_forum = True
        c.clauses.append(("Dispute Resolution", [forum]))
    c.clauses.append(
        (
            "General",
            [
                "This Agreement is the entire agreement between the parties about its subject "
                "and replaces all earlier discussions. No variation is effective unless it is in "
                "writing and signed by both parties."
            ],
        )
    )
    return c


def _intro(c: Contract) -> str:
    return (
        f'This {c.title} is made between {c.parties[0]} (the "Supplier") and {c.parties[1]} (the '
        '"Customer"). The parties agree as follows:'
    )


def write_txt(c: Contract, path: Path, *, markdown: bool = False) -> Path:
    lines = [f"# {c.title.upper()}" if markdown else c.title.upper(), "", _intro(c), ""]
    for i, (heading, subs) in enumerate(c.clauses, start=1):
        lines.append(f"## {i}. {heading}" if markdown else f"{i}. {heading}")
        lines.append("")
        for j, text in enumerate(subs, start=1):
            lines.append(f"{i}.{j} {text}")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_docx(c: Contract, path: Path) -> Path:
    from clausecheck.redline.docxbuild import Para, build_document, save

    paras = [Para(text=_intro(c))]
    for heading, subs in c.clauses:
        paras.append(Para(level=0, heading=heading))
        for text in subs:
            paras.append(Para(level=1, text=text))
    save(build_document(paras, title=c.title.upper()), path)
    return path


def write_pdf(c: Contract, path: Path, *, encrypt: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph(c.title.upper(), styles["Title"]), Paragraph(_intro(c), styles["BodyText"])]
    for i, (heading, subs) in enumerate(c.clauses, start=1):
        story.append(Spacer(1, 6))
        story.append(Paragraph(f"{i}. {heading}", styles["Heading3"]))
        for j, text in enumerate(subs, start=1):
            story.append(Paragraph(f"{i}.{j} {text}", styles["BodyText"]))
    kw = {}
    if encrypt:
        from reportlab.lib.pdfencrypt import StandardEncryption

        kw["encrypt"] = StandardEncryption(encrypt, ownerPassword=encrypt + "-owner", canPrint=0)
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=c.title, author="clausecheck tests", invariant=1, **kw)
    doc.build(story)
    return path


WRITERS = {"txt": write_txt, "md": lambda c, p: write_txt(c, p, markdown=True), "docx": write_docx, "pdf": write_pdf}


def has_pdf_reader() -> bool:
    import importlib.util

    return importlib.util.find_spec("clausecheck.extract.pdf") is not None


def build_folder(
    root: Path,
    n: int,
    *,
    kinds: tuple[str, ...] = ("docx", "txt", "pdf", "md"),
    bad: bool = True,
    pages: tuple[int, int] = (1, 3),
    seed: int = 0,
) -> dict[str, list[str]]:
    """Write ``n`` good contracts (in a few sub-folders) and, with ``bad``, the usual bad files.

    Returns {"good": [rel...], "bad": [rel...], "skipped": [rel...], "ignored": [rel...]}.
    """
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    out: dict[str, list[str]] = {"good": [], "bad": [], "skipped": [], "ignored": []}
    for i in range(n):
        kind = kinds[i % len(kinds)]
        sub = ["", "vendors/", "vendors/ai/", "legacy/"][i % 4]
        c = make_contract(seed * 1000 + i, pages=rng.randint(*pages))
        rel = f"{sub}{c.name}.{kind}"
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        WRITERS[kind](c, root / rel)
        out["good"].append(rel)
    if bad:
        (root / "broken").mkdir(exist_ok=True)
        # a PDF cut off after its header: damaged
        data = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + zlib.compress(b"x" * 300)[:40]
        (root / "broken" / "corrupt.pdf").write_bytes(data)
        out["bad"].append("broken/corrupt.pdf")
        write_pdf(make_contract(99_001, 1), root / "broken" / "locked.pdf", encrypt="secret")
        out["bad"].append("broken/locked.pdf")
        (root / "broken" / "empty.docx").write_bytes(b"")
        out["bad"].append("broken/empty.docx")
        (root / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        out["skipped"].append("scan.png")
        (root / "~$contract-0000.docx").write_bytes(b"\0" * 162)
        out["ignored"].append("~$contract-0000.docx")
        (root / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
        out["ignored"].append(".DS_Store")
    return out


def build_bench_folder(
    folder: Path, n: int, *, pages: tuple[int, int], seed: int, kinds: tuple[str, ...], prefix: str
) -> None:
    """``n`` good contracts for a benchmark, 50 per sub-folder ``{prefix}-00``, ``{prefix}-01``...
    (PDFs become DOCX where this clausecheck cannot read PDFs)."""
    rng = random.Random(seed)
    if "pdf" in kinds and not has_pdf_reader():
        kinds = tuple(k for k in kinds if k != "pdf") or ("docx",)
    for i in range(n):
        kind = kinds[i % len(kinds)]
        c = make_contract(seed * 10_000 + i, pages=rng.randint(*pages))
        sub = folder / f"{prefix}-{i // 50:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        WRITERS[kind](c, sub / f"{c.name}.{kind}")


__all__ = [
    "make_contract",
    "build_folder",
    "build_bench_folder",
    "write_txt",
    "write_docx",
    "write_pdf",
    "has_pdf_reader",
    "Contract",
]
