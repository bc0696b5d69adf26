"""Contract invariants on every sample article, and tokenizer equivalence."""

from __future__ import annotations

import pytest
from scoring import SAMPLES, load_text

import factx
from factx.model import APPROX, CONTRACT_FIELDS, TYPES

SAMPLE_PATHS = sorted(SAMPLES.glob("*.txt"))


@pytest.fixture(scope="module", params=SAMPLE_PATHS, ids=lambda p: p.stem)
def sample(request):
    text = load_text(request.param)
    return text, factx.extract(text, doc=request.param.name)


def test_text_is_the_exact_span(sample):
    text, facts = sample
    assert facts
    for f in facts:
        assert text[f.start : f.end] == f.text


def test_sorted_and_non_overlapping(sample):
    _, facts = sample
    for a, b in zip(facts, facts[1:], strict=False):
        assert a.start < b.start
        assert a.end <= b.start


def test_sentence_holds_the_fact(sample):
    _, facts = sample
    for f in facts:
        assert f.text in f.sentence
        assert "\n" not in f.sentence


def test_fields_are_well_typed(sample):
    _, facts = sample
    for f in facts:
        row = f.to_dict()
        assert list(row)[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
        assert f.type in TYPES
        assert f.approx in APPROX + (None,)
        if f.type in ("quantity", "money", "percent"):
            assert isinstance(f.value, (int, float)) and f.unit
        if f.type == "date":
            assert isinstance(f.value, str) and f.unit is None
        if f.type == "place":
            assert f.value is None and f.unit is None and f.name
        if f.value_max is not None:
            assert f.value_max >= f.value


@pytest.mark.parametrize("path", SAMPLE_PATHS, ids=lambda p: p.stem)
def test_both_tokenizers_give_the_same_facts(path):
    text = load_text(path)
    fast = factx.extract(text, doc=path.name, tokenizer="rjieba")
    slow = factx.extract(text, doc=path.name, tokenizer="jieba")
    assert [f.to_dict() for f in fast] == [f.to_dict() for f in slow]


def test_types_filter_keeps_only_those_types():
    text = load_text(SAMPLE_PATHS[0])
    all_facts = factx.extract(text)
    money = factx.extract(text, types=["money", "percent"])
    assert money == [f for f in all_facts if f.type in ("money", "percent")]


def test_unknown_type_is_an_error():
    with pytest.raises(factx.FactxError, match="unknown fact type"):
        factx.extract("3个", types=["weight"])
