"""A small services contract as a real DOCX: Word auto-numbering, a header, a table, an existing
comment by a reviewer and the other side's tracked insertion and deletion."""

from __future__ import annotations

import io
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from clausecheck.redline.docxbuild import Para, build_document, docx_bytes

OTHER = "Opposing Counsel"
REVIEWER = "Jane Reviewer"

PARAS = [
    Para(
        "This Cloud Services Agreement is made between Harbourline Logistics Ltd., a company incorporated in "
        'England ("Customer"), and Brightwave Analytics, Inc., a Delaware corporation ("Provider").'
    ),
    Para(level=0, heading="Definitions"),
    Para('"Customer Data" means all data that Customer or its users submit to the Services.', level=1),
    Para('"Services" means the hosted route-optimisation services described in the Order Form.', level=1),
    Para(level=0, heading="Services"),
    Para("Provider shall provide the Services in accordance with the Order Form.", level=1, heading="Provision"),
    Para("Provider may appoint subcontractors, and remains responsible for them.", level=1, heading="Subcontractors"),
    Para(level=0, heading="Use of Data"),
    Para(
        "Provider may use Customer Data, including in de-identified form, to train and improve its machine "
        "learning models and those of its licensors.",
        level=1,
        heading="Training",
    ),
    Para(level=0, heading="Fees"),
    Para("Customer shall pay the fees below within thirty days of invoice.", level=1),
    Para(kind="table_row", cells=("Service", "Monthly fee")),
    Para(kind="table_row", cells=("Route optimisation", "USD 4,000")),
    Para(level=0, heading="General"),
    Para("Notices must be in writing and sent to the addresses in the Order Form.", level=1, heading="Notices"),
    Para("This Agreement is governed by the laws of the State of New York.", level=1, heading="Governing Law"),
    Para(
        "This Agreement is the entire agreement of the parties on its subject matter.",
        level=1,
        heading="Entire Agreement",
    ),
    Para("IN WITNESS WHEREOF", kind="heading"),
    Para(kind="table_row", cells=("Harbourline Logistics Ltd.", "Brightwave Analytics, Inc.")),
    Para(kind="table_row", cells=("By: ____________", "By: ____________")),
]


def build(path: Path, *, with_others: bool = True) -> Path:
    doc = build_document(
        PARAS,
        numbering="decimal",
        title="CLOUD SERVICES AGREEMENT",
        short_title="Cloud Services Agreement",
        reference="Ref. CSA-7",
    )
    if with_others:
        paras = doc.paragraphs
        provision = next(p for p in paras if "in accordance with the Order Form" in p.text)
        doc.add_comment(provision.runs, text="Which Order Form version applies?", author=REVIEWER, initials="JR")
        subc = next(p for p in paras if "appoint subcontractors" in p.text)
        subc._p.append(
            parse_xml(
                f'<w:ins {nsdecls("w")} w:id="901" w:author="{OTHER}" w:date="2025-02-01T09:00:00Z">'
                f'<w:r><w:t xml:space="preserve"> with prior notice</w:t></w:r></w:ins>'
            )
        )
        notices = next(p for p in paras if p.text.startswith("Notices."))
        notices._p.append(
            parse_xml(
                f'<w:del {nsdecls("w")} w:id="902" w:author="{OTHER}" w:date="2025-02-01T09:05:00Z">'
                f'<w:r><w:delText xml:space="preserve"> by courier only</w:delText></w:r></w:del>'
            )
        )
    path.write_bytes(docx_bytes(doc))
    return path


def build_bytes() -> bytes:
    doc = build_document(PARAS, numbering="decimal", title="CLOUD SERVICES AGREEMENT")
    raw = io.BytesIO()
    doc.save(raw)
    return raw.getvalue()
