"""Property tests (Hypothesis) for the rule engine on arbitrary text.

A text file goes through the real chain: ``extract`` (the text reader) -> ``segment`` ->
``run_checks``, with no labels and with random labels, stances and binding parties on
random clauses.  The engine must never raise, and every finding must point inside the
document: ``0 <= start <= end <= len(text)``, pages inside the document, a clause id that
exists, fix edits inside the text, sorted and not overlapping.

(The segmenter's own properties are in tests/segment/test_properties.py.)
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clausecheck.checks import run_checks
from clausecheck.classify.labels import BINDS, LABELS, STANCES
from clausecheck.errors import InputError
from clausecheck.extract import extract
from clausecheck.findings import sort_findings
from clausecheck.pipeline import Options
from clausecheck.report import LabelledClause
from clausecheck.segment import segment

SETTINGS = settings(
    derandomize=True,
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

# Fragments that steer the text towards what the rules look at (laws, forums, AI terms).
FRAGMENTS = [
    "1. Governing Law",
    "2. Dispute Resolution",
    "3. Use of Customer Data",
    "12.1",
    "(a)",
    "Article 7",
    "第12条（準拠法）",
    "This Agreement is governed by the laws of England and Wales.",
    "governed by the laws of the State of New York",
    "the courts of Singapore shall have exclusive jurisdiction",
    "finally resolved by arbitration under the ICC Rules",
    "The seat of arbitration is London.",
    "seated in Paris",
    "JAMS",
    "LCIA",
    "SIAC",
    "AAA",
    "class action waiver",
    "The Supplier shall not use Customer Data to train any model.",
    "may use Customer Data to improve its models",
    "distil",
    "fine-tune",
    "the EU AI Act",
    "Provider discloses the models it uses",
    "本契約は、日本法に準拠する。",
    "東京地方裁判所を専属的合意管轄裁判所とする。",
    "IN WITNESS WHEREOF",
    "SCHEDULE 1",
    "“Customer Data” means",
    "notwithstanding the foregoing",
    "except as required by law",
    "[●]",
    "[Customer]",
    "{playbook.seat}",
    "%s",
    "\\1",
]
chunk = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60),
)
document_text = st.lists(st.tuples(chunk, st.sampled_from(["\n", " ", "\n\n", ""])), min_size=1, max_size=30).map(
    lambda parts: "".join(a + b for a, b in parts)
)

_OPTIONS = Options(classify=False, allow_modified_rules=True)


def _read(text: str, suffix: str = ".txt"):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"contract{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            return extract(path)
        except InputError as e:
            assert e.code in ("E102", "E109", "E110"), e.message
            return None


def _labels(draw, tree) -> dict[str, LabelledClause]:
    labelled: dict[str, LabelledClause] = {}
    for clause in tree.clauses:
        if not draw(st.booleans()):
            continue
        labels = tuple(draw(st.lists(st.sampled_from(LABELS), max_size=3, unique=True)))
        scores = {str(lab): draw(st.floats(0, 1)) for lab in LABELS}
        stance = {str(lab): str(draw(st.sampled_from(STANCES))) for lab in labels}
        binds = draw(st.none() | st.sampled_from([str(b) for b in BINDS]))
        review = tuple(draw(st.lists(st.sampled_from([str(x) for x in LABELS]), max_size=2, unique=True)))
        labelled[clause.id] = LabelledClause(
            clause_id=clause.id,
            labels=tuple(str(x) for x in labels),
            scores=scores,
            stance=stance,
            binds=binds,
            review=review,
        )
    return labelled


def check_findings(tree, result) -> None:
    text = tree.document.text
    ids = {c.id for c in tree.clauses}
    npages = len(tree.document.pages)
    findings = result["findings"]
    for f in findings:
        loc = f.location
        assert 0 <= loc.start <= loc.end <= len(text), (f.rule_id, loc, len(text))
        assert 1 <= loc.page <= loc.page_end <= max(npages, 1), (f.rule_id, loc)
        assert loc.clause_id is None or loc.clause_id in ids, (f.rule_id, loc)
        if f.fix is not None:
            prev_end = 0
            for e in f.fix.edits:
                assert 0 <= e.start <= e.end <= len(text), (f.rule_id, e)
                assert e.start >= prev_end, (f.rule_id, f.fix.edits)
                prev_end = e.end
        assert f.fingerprint and f.message
    assert list(findings) == sort_findings(list(findings))  # (file, severity, start, rule id)


@SETTINGS
@given(document_text, st.sampled_from([".txt", ".md"]))
def test_properties_checks_without_labels(text, suffix):
    doc = _read(text, suffix)
    if doc is None:
        return
    tree = segment(doc)
    check_findings(tree, run_checks(tree, {}, _OPTIONS))


@SETTINGS
@given(document_text, st.data())
def test_properties_checks_with_random_labels(text, data):
    doc = _read(text)
    if doc is None:
        return
    tree = segment(doc)
    labelled = _labels(data.draw, tree)
    check_findings(tree, run_checks(tree, labelled, _OPTIONS))


@SETTINGS
@given(st.text(max_size=300))
def test_properties_checks_on_raw_unicode(text):
    doc = _read(text)
    if doc is None:
        return
    tree = segment(doc)
    check_findings(tree, run_checks(tree, {}, _OPTIONS))
