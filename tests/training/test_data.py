"""Training data: validation with file:line errors, order-independent hash, split by family."""

from __future__ import annotations

import json

import pytest

from clausecheck.errors import ConfigError
from clausecheck.training.data import family_fraction, hash_records, load_dir, overlap_with, split, statistics


def _rec(i, text, labels=(), stance=None, binds=None, family=None):
    return {
        "id": f"t-{i}",
        "text": text,
        "labels": list(labels),
        "stance": stance or {},
        "binds": binds,
        "family": family or f"fam-{i % 7}",
        "style": "plain",
        "negative_kind": None if labels else "generic",
    }


GOOD = [
    _rec(1, "This Agreement is governed by the laws of Ontario.", ["governing_law"]),
    _rec(
        2,
        "The Provider will not use Customer Content to train any model.",
        ["training_data"],
        {"training_data": "protective"},
    ),
    _rec(
        3,
        "The Customer shall not use any Output to build a rival model.",
        ["distillation"],
        {"distillation": "protective"},
        "customer",
    ),
    _rec(4, "Each party shall keep the other's confidential information secret."),
    _rec(5, "Any dispute shall be settled by arbitration in Singapore under the SIAC Rules.", ["dispute_resolution"]),
]


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_data_loads_and_counts(tmp_path):
    _write(tmp_path / "a.jsonl", GOOD)
    ds = load_dir(tmp_path)
    assert len(ds) == 5
    assert ds.files[0]["file"] == "a.jsonl" and ds.files[0]["lines"] == 5
    st = statistics(ds.examples)
    assert st["labels"]["governing_law"] == 1 and st["no_label"] == 1
    assert st["stance"]["training_data"]["protective"] == 1
    assert st["binds"] == {"customer": 1}


def test_data_hash_ignores_file_split_order_and_key_order(tmp_path):
    a, b = tmp_path / "one", tmp_path / "two"
    a.mkdir()
    b.mkdir()
    _write(a / "x.jsonl", GOOD)
    shuffled = [dict(reversed(list(r.items()))) for r in reversed(GOOD)]
    _write(b / "p.jsonl", shuffled[:2])
    _write(b / "q.jsonl", shuffled[2:])
    assert load_dir(a).data_hash == load_dir(b).data_hash
    changed = [dict(GOOD[0], text=GOOD[0]["text"] + " ")] + GOOD[1:]
    assert hash_records(changed) != hash_records(GOOD)


def test_data_errors_name_file_and_line(tmp_path):
    bad = [
        GOOD[0],
        _rec(2, "Provider may train on Customer Data.", ["training_data"]),  # no stance
        {"id": "t-3", "text": "x", "labels": ["governing_lawx"], "family": "f"},
        _rec(4, "Customer shall not distil the model.", ["distillation"], {"distillation": "protective"}),  # no binds
    ]
    _write(tmp_path / "bad.jsonl", bad)
    (tmp_path / "bad.jsonl").write_text((tmp_path / "bad.jsonl").read_text() + "{not json\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_dir(tmp_path)
    msg = str(e.value)
    assert e.value.code == "E204"
    assert "bad.jsonl:2: AI label 'training_data' has no stance" in msg
    assert "bad.jsonl:3: unknown label(s) 'governing_lawx'" in msg
    assert "bad.jsonl:4: 'distillation' needs 'binds'" in msg
    assert "bad.jsonl:5: not valid JSON" in msg


def test_the_recipe_order_decides_the_example_order_and_must_cover_the_folder(tmp_path):
    _write(tmp_path / "zeta_law.jsonl", GOOD[3:])
    _write(tmp_path / "alpha_ai.jsonl", GOOD[:3])
    by_name = [e.id for e in load_dir(tmp_path).examples]
    assert by_name == ["t-1", "t-2", "t-3", "t-4", "t-5"]
    listed = load_dir(tmp_path, order=["zeta_law.jsonl", "alpha_ai.jsonl"])
    assert [e.id for e in listed.examples] == ["t-4", "t-5", "t-1", "t-2", "t-3"]
    assert listed.data_hash == load_dir(tmp_path).data_hash  # the same data, read in another order
    with pytest.raises(ConfigError, match="not listed: zeta_law.jsonl"):
        load_dir(tmp_path, order=["alpha_ai.jsonl"])
    with pytest.raises(ConfigError, match="listed but not found: beta.jsonl"):
        load_dir(tmp_path, order=["alpha_ai.jsonl", "zeta_law.jsonl", "beta.jsonl"])


def test_the_shipped_recipe_lists_every_data_file_once():
    from clausecheck.training.train import default_paths, load_recipe

    config = default_paths()["config"]
    recipe = load_recipe(config)
    names = recipe["data"]["files"]
    on_disk = sorted(p.name for p in (config.parent / recipe["data"]["dir"]).glob("*.jsonl"))
    assert sorted(names) == on_disk and len(set(names)) == len(names)
    assert not [n for n in names if n.startswith("round")]  # named by clause family, not by history


def test_data_duplicate_id_is_an_error(tmp_path):
    _write(tmp_path / "a.jsonl", GOOD + [dict(GOOD[0], text="Another text entirely.")])
    with pytest.raises(ConfigError, match="duplicate id 't-1'"):
        load_dir(tmp_path)


def test_data_empty_folder_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no training data"):
        load_dir(tmp_path)


def test_split_keeps_families_whole():
    examples = []
    for f in range(60):
        for k in range(3):
            examples.append(_rec(f * 10 + k, f"Clause {f}-{k} about something.", family=f"family-{f}"))
    tmp = [load_example(e) for e in examples]
    train, val = split(tmp, 0.2)
    assert train and val
    assert not ({e.family for e in train} & {e.family for e in val})
    assert 0.05 < len(val) / len(tmp) < 0.45
    # deterministic and salt-dependent
    assert [e.id for e in split(tmp, 0.2)[1]] == [e.id for e in val]
    assert family_fraction("family-1", "a") != family_fraction("family-1", "b")


def load_example(rec):
    from clausecheck.training.data import Example

    return Example(
        id=rec["id"],
        text=rec["text"],
        labels=tuple(rec["labels"]),
        stance=rec["stance"],
        binds=rec["binds"],
        family=rec["family"],
        style=rec["style"],
        negative_kind=rec["negative_kind"],
        where="x",
    )


def test_limit_keeps_whole_families_deterministically(tmp_path):
    recs = [_rec(i, f"Clause number {i} says something different.", family=f"f{i // 4}") for i in range(40)]
    _write(tmp_path / "a.jsonl", recs)
    a = load_dir(tmp_path, limit=10)
    b = load_dir(tmp_path, limit=10)
    assert [e.id for e in a.examples] == [e.id for e in b.examples]
    assert 10 <= len(a) < 14
    fams = {e.family for e in a.examples}
    assert all(sum(1 for e in a.examples if e.family == f) == 4 for f in fams)


def test_overlap_with_finds_exact_and_near_copies():
    tmp = [load_example(r) for r in GOOD]
    other = [
        GOOD[0]["text"].upper(),
        "The Provider will not use Customer Content to train any model or system.",
        "Something else.",
    ]
    res = overlap_with(tmp, other, n=4, cutoff=0.5)
    assert res == {"exact": 1, "near": 1}


def test_data_binds_object_form_is_accepted(tmp_path):
    recs = [dict(GOOD[2], binds={"distillation": "vendor"}), dict(GOOD[0], binds={})]
    _write(tmp_path / "a.jsonl", recs)
    ds = load_dir(tmp_path)
    assert [e.binds for e in ds.examples] == ["vendor", None]
    _write(tmp_path / "a.jsonl", [dict(GOOD[0], binds={"governing_law": "customer"})])
    with pytest.raises(ConfigError, match="only 'distillation'"):
        load_dir(tmp_path)


def test_compose_joins_different_families_and_unites_labels():
    from clausecheck.training.train import compose, dedupe

    base = [load_example(r) for r in GOOD]
    base.append(
        load_example(
            _rec(
                9,
                "The Provider may train its models on Customer Content.",
                ["training_data"],
                {"training_data": "adverse"},
                family="other",
            )
        )
    )
    out = compose(base, 2.0, seed=1)
    assert len(out) == 12 and out == compose(base, 2.0, seed=1)  # deterministic
    by_text = {e.text: e for e in base}
    for c in out:
        parts = [e for t, e in by_text.items() if c.text.startswith(t) or c.text.endswith(t)]
        assert len(parts) == 2 and parts[0].family != parts[1].family
        assert set(c.labels) == set(parts[0].labels) | set(parts[1].labels)
        # never two conflicting stances for one label
        assert "training_data" not in c.labels or len({p.stance.get("training_data") for p in parts} - {None}) == 1
    assert compose(base, 0.0, seed=1) == []
    dup = base + [load_example(dict(GOOD[0], id="t-copy", text=GOOD[0]["text"].upper()))]
    assert len(dedupe(dup)) == len(base)
