"""The evidence stage: an AI label stays only where the clause or its context speaks of AI."""

from __future__ import annotations

import pytest

from clausecheck.classify.evidence import (
    Context,
    document_context,
    evidence_for,
    licence_to_improve,
    model_change_at_will,
    model_change_notice,
    outputs_to_build,
)
from clausecheck.classify.units import classification_units
from clausecheck.pipeline import Options, analyse, stage_evidence, stage_extract, stage_segment
from clausecheck.report import LabelledClause

from fixtures.labelled import AI_VENDOR, PRE_AI, write_contract_pdf, write_docx

AI4 = ("model_disclosure", "training_data", "distillation", "ai_compliance")
PLAIN = Context()


@pytest.mark.parametrize(
    "text",
    [
        "Notices. Any notice shall be in writing and delivered by courier to the address in Schedule 4.",
        "IBM",
        "Dr. Alan Reyes, Dr. Maria Chen and Dr. Paul Okafor shall serve on the Joint Steering Committee.",
        "Customer Training. Supplier shall train Customer's personnel in the use of the Equipment.",
        "Licensee shall not reverse engineer, decompile or disassemble the Software or derive its algorithms.",
        "Supplier may change the specifications of the Model X-200 pumps without notice.",
        "Each party shall comply with all applicable laws, regulations and guidelines.",
        "The Company shall file all reports required by the Securities and Exchange Commission.",
        "The revenue model and the financial model in Schedule 3 govern the royalty calculation.",
        "The parties shall enter into the EU Standard Contractual Clauses (the model clauses).",
        "Supplier shall maintain a continuous improvement plan for the Products.",
    ],
)
def test_ordinary_clauses_give_no_evidence_for_any_ai_label(text):
    assert all(evidence_for(label, text, PLAIN) == () for label in AI4)


def test_better_or_adapt_alone_is_no_evidence_of_training():
    ai_doc = Context(doc_ai=True)
    assert (
        evidence_for(
            "training_data",
            "Add a moderation prompt to your Input to better filter or adapt the Output to your audience.",
            ai_doc,
        )
        == ()
    )


@pytest.mark.parametrize(
    "text",
    [
        "On request we will stop using your files for model training, subject to applicable law.",
        "Vendor may retrain the model where required by law.",
        "To the extent permitted by applicable law, outputs of the model are provided as is.",
    ],
)
def test_a_general_law_qualifier_beside_ai_words_is_not_ai_law_compliance(text):
    assert evidence_for("ai_compliance", text, PLAIN) == ()


def test_ai_clauses_give_the_words_that_justify_them():
    assert "train" in evidence_for(
        "training_data", "Provider shall not use Customer Data to train its machine learning models.", PLAIN
    )
    assert evidence_for("ai_compliance", "Provider shall comply with the EU AI Act.", PLAIN) == ("ai act",)
    assert evidence_for("ai_compliance", "Customer shall comply with all laws on artificial intelligence.", PLAIN)
    assert evidence_for("ai_compliance", "ユーザーはAIに関する法令を遵守するものとします。", PLAIN)
    # a data-protection right to object to the training of AI models is not AI-law compliance
    assert (
        evidence_for(
            "ai_compliance",
            "Under applicable data protection law you may have the right to object to "
            "the use of your content for the purpose of improving the artificial intelligence models.",
            PLAIN,
        )
        == ()
    )
    assert evidence_for("distillation", "You may not use Outputs to develop models that compete with us.", PLAIN)
    assert evidence_for(
        "model_disclosure", "当社は、本サービスで利用する生成AIモデルを変更する場合、事前に通知します。", PLAIN
    )
    # "comply with all laws" in an AI contract is still not AI-law compliance
    ai_doc = Context(doc_ai=True, ai_terms=("Services",))
    assert (
        evidence_for("ai_compliance", "Customer shall use the Services in accordance with applicable laws.", ai_doc)
        == ()
    )
    assert (
        evidence_for("ai_compliance", "You use the Mistral AI Products in accordance with applicable laws.", ai_doc)
        == ()
    )


def test_the_document_definitions_carry_ai_into_clauses_that_do_not_say_it():
    text = (
        'This Agreement is between Kestrel Analytics LLC ("Kestrel") and you. Kestrel offers access to large '
        'language models (the "Services").\n1. We may use your content to improve the Services.'
    )
    ctx = document_context(text)
    assert ctx.doc_ai and "Services" in ctx.ai_terms and "Kestrel" not in ctx.ai_terms
    assert "services" in evidence_for("training_data", "We may use your content to improve the Services.", ctx)
    assert evidence_for("training_data", "We may use your content to improve the Services.", PLAIN) == ()


def _worst_case(path, clauses):
    """The contract built as ``path`` (PDF or DOCX), read by a model that puts every AI label on every
    clause, then through the evidence stage: (tree, units, readings kept)."""
    (write_contract_pdf if path.suffix == ".pdf" else write_docx)(path, clauses)
    options = Options()
    tree = stage_segment(stage_extract(path, options), options)
    units = classification_units(tree)
    worst = {
        cid: LabelledClause(cid, labels=AI4, scores={x: 0.9 for x in AI4}, stance={x: "adverse" for x in AI4})
        for cid, _ in units
    }
    return tree, units, stage_evidence(tree, worst, options, units)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_worst_case_labels_on_a_pre_ai_contract_are_all_dropped(tmp_path, kind):
    tree, units, kept = _worst_case(tmp_path / f"supply.{kind}", PRE_AI)
    assert len(kept) == len(units) > 8
    assert all(not set(k.labels) & set(AI4) for k in kept.values())
    assert all(set(k.dropped) == set(AI4) for k in kept.values())


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_real_ai_clauses_keep_their_labels_with_their_evidence(tmp_path, kind):
    tree, _, kept = _worst_case(tmp_path / f"ai.{kind}", AI_VENDOR)
    by_number = {c.number: kept[c.id] for c in tree.clauses if c.id in kept and c.number}
    assert {"train"} <= set(by_number["2"].evidence["training_data"])
    assert "distillation" in by_number["4"].labels and by_number["4"].binds == "customer"
    assert "ai_compliance" not in by_number["2"].labels  # no AI law anywhere in this contract
    assert "ai_compliance" in by_number["5"].dropped  # "pay the fees": not about AI


def test_report_and_json_show_the_evidence(tmp_path):
    path = write_docx(tmp_path / "ai.docx", AI_VENDOR)
    data = analyse(path).to_json()
    training = data["ai_clauses"]["training_data"]
    assert training["status"] == "found" and training["stance"] == "protective"
    clause = next(c for c in data["clauses"] if c["id"] == training["operative"])
    assert clause["text"].startswith("2. Use of Customer Data")
    assert "train" in clause["evidence"]["training_data"] and training["why"]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_a_pre_ai_contract_gets_no_ai_clause_with_the_real_model(tmp_path, kind):
    path = tmp_path / f"supply.{kind}"
    (write_contract_pdf if kind == "pdf" else write_docx)(path, PRE_AI)
    data = analyse(path).to_json()
    assert {v["status"] for v in data["ai_clauses"].values()} == {"missing"}
    assert not any(set(c.get("labels", ())) & set(AI4) for c in data["clauses"])


def test_list_items_after_a_new_lead_in_are_read_with_it_not_with_the_first_one(tmp_path):
    """A list whose items run on into later paragraphs (the segmenter could not part them) ends where one of
    those paragraphs introduces a new list: the definitions after "The words below have these meanings:" are
    not read as continuing "Our service gives you access to our artificial intelligence models. You can use:"."""
    path = tmp_path / "terms.txt"
    path.write_text(
        "Terms of Use\n\n"
        "Our service gives you access to our artificial intelligence models. You can use:\n"
        "• the Studio, our web application for generating text with our models;\n"
        "• the API, for developers.\n"
        "Parties. These Terms are between Example AI SAS and you.\n"
        "Definitions\n"
        "The words below have these meanings:\n"
        '• "Account" means your account on the Services.\n'
        '• "Fees" means the fees you pay.\n\n'
        "1. Fees\n1.1 You shall pay the Fees monthly.\n",
        encoding="utf-8",
    )
    opts = Options()
    units = [text for _, text in classification_units(stage_segment(stage_extract(path, opts), opts))]
    studio = next(u for u in units if "the Studio" in u)
    account = next(u for u in units if '"Account" means' in u)
    assert "artificial intelligence" in studio
    assert account.startswith("The words below have these meanings:") and "artificial intelligence" not in account


LICENCE = (
    "User Content. You grant Acme a worldwide, perpetual, irrevocable and sublicensable licence to copy, "
    "store and use your User Content to operate the Services and to improve the algorithms underlying "
    "the Services."
)


@pytest.mark.parametrize(
    "text, doc_ai, want",
    [
        (LICENCE, False, "adverse"),
        (
            "By submitting content you hereby grant us a licence to use your Inputs and Outputs for providing, "
            "securing and improving our services.",
            True,
            "qualified",
        ),
        (LICENCE + " You may opt out of this use in your account settings.", False, "qualified"),
        (
            "If you report content to us, you grant us the right to access the reported content to improve our "
            "Services.",
            True,
            "qualified",
        ),
    ],
)
def test_a_licence_over_customer_content_to_improve_the_vendors_ai_is_a_training_clause(text, doc_ai, want):
    stance, words = licence_to_improve(text, Context(doc_ai=doc_ai))
    assert stance == want and "licence" in words


@pytest.mark.parametrize(
    "text, doc_ai",
    [
        # the vendor's services, in a contract that is not about AI
        ("You grant Supplier a licence to use your Customer Data to provide and improve the Services.", False),
        # feedback is not the customer's content
        ("If you give Feedback, you grant us a perpetual licence to use it to improve our models.", True),
        ("You grant us a licence to use your User Content, but we will not use it to improve our models.", True),
        ("Acme grants you a licence to use the Software. We continually improve our algorithms.", True),
    ],
)
def test_other_licences_are_not_training_clauses(text, doc_ai):
    assert licence_to_improve(text, Context(doc_ai=doc_ai)) is None


def test_the_report_lists_a_training_clause_read_from_a_licence_as_added(tmp_path):
    path = tmp_path / "terms.txt"
    path.write_text(
        "Terms of Use\n\n1. Fees\n1.1 You shall pay the fees monthly.\n\n2. Your Content\n2.1 "
        + LICENCE
        + "\n\n3. Governing law\n3.1 These Terms are governed by the laws of England.\n",
        encoding="utf-8",
    )
    data = analyse(path).to_json()
    clause = next(c for c in data["clauses"] if "training_data" in c.get("evidence", {}))
    assert "licence" in clause["evidence"]["training_data"]
    assert data["ai_clauses"]["training_data"]["status"] == "found"
    # whatever the model read: with no label from it, the evidence stage adds the label and says so
    opts = Options()
    tree = stage_segment(stage_extract(path, opts), opts)
    cid = clause["id"]
    out = stage_evidence(tree, {cid: LabelledClause(clause_id=cid)}, opts)[cid]
    assert out.labels == ("training_data",) and out.added == ("training_data",)
    assert out.stance == {"training_data": "adverse"}


@pytest.mark.parametrize(
    "text, context, found",
    [
        ("We will notify you at least 60 days before we retire a model you use.", Context(doc_ai=True), True),
        (
            "We will provide six months' notice prior to the discontinuation of any Acme AI Product.",
            Context(doc_ai=True, ai_terms=("Acme AI Products",)),
            True,
        ),
        ("Supplier will give Buyer at least 90 days' notice before discontinuing any Product model.", Context(), False),
        ("We may retire any model at any time without notice.", Context(doc_ai=True), False),
    ],
)
def test_advance_notice_of_a_model_change_is_a_disclosure_clause(text, context, found):
    assert bool(model_change_notice(text, context)) is found


def test_a_disclosure_label_needs_something_disclosed_not_only_ai_words():
    ai_doc = Context(doc_ai=True)
    # a ban on training with a user's data speaks of machine learning, not of which models are used
    assert (
        evidence_for(
            "model_disclosure",
            "Do not collect or use for machine learning the posts of users who set the noAI flag.",
            ai_doc,
        )
        == ()
    )
    assert evidence_for("model_disclosure", "The Service uses the GPT-4.1 model provided by OpenAI.", ai_doc)
    assert evidence_for(
        "model_disclosure",
        "Vendor shall disclose all AI and machine learning components embedded in the Services.",
        PLAIN,
    )


@pytest.mark.parametrize(
    "text, context, found",
    [
        (
            "We may offer beta models from time to time. We may cease offering any beta model at any time.",
            Context(doc_ai=True),
            True,
        ),
        ("Provider reserves the right to replace the underlying model in its sole discretion.", Context(), True),
        # with advance notice it is the protective kind (model_change_notice), not this one
        (
            "We may retire a model at any time, and will notify you at least 60 days before we do.",
            Context(doc_ai=True),
            False,
        ),
        ("You may stop using any model at any time.", Context(doc_ai=True), False),
        ("Supplier may discontinue the Model X-200 pump at any time.", Context(), False),
    ],
)
def test_a_vendors_right_to_withdraw_models_at_will_is_an_adverse_disclosure_clause(text, context, found):
    assert bool(model_change_at_will(text, context)) is found


@pytest.mark.parametrize(
    "text, context, found",
    [
        (
            "You must not use the Outputs or any modified version of them to reverse engineer the Services.",
            Context(doc_ai=True),
            True,
        ),
        ("Customer shall not use the Output to train its own machine learning models.", Context(), True),
        ("Licensee shall not reverse engineer, decompile or disassemble the Software.", Context(doc_ai=True), False),
        ("Buyer shall not use the output of the press to build competing machines.", Context(), False),
        ("You may use the Outputs to train your own models.", Context(doc_ai=True), False),
    ],
)
def test_a_ban_on_using_outputs_to_build_or_reverse_engineer_is_a_distillation_clause(text, context, found):
    assert bool(outputs_to_build(text, context)) is found
