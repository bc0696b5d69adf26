"""The learned subject reranker (factx/stages/rerank.py): its weights load, it is
deterministic, its fast scoring adds up exactly the features it names, and it gives the
subjects a careful reader gives on a few made-up sentences."""

from __future__ import annotations

import importlib

import pytest

import factx
import factx.extractor
import factx.stages.links as links
from factx.stages import rerank


@pytest.fixture(autouse=True)
def _enabled(monkeypatch):
    monkeypatch.setattr(rerank, "ENABLED", True)


def _fact(text: str, number: str) -> factx.Fact:
    return next(f for f in factx.extract(text) if f.text == number)


def test_weights_load():
    w = rerank.weights()
    assert len(w) > 1000
    assert all(isinstance(v, float) for v in w.values())
    assert w[("rel", "geq")] > 0  # the grammar's own span is favoured


@pytest.mark.parametrize("text, number, subject", [
    ("今年以来，全县共成立了12个工作专班。", "12个", "工作专班"),
    ("警方共抓获犯罪嫌疑人46名。", "46名", "犯罪嫌疑人"),
    ("全市规模以上工业增加值增长6.1%。", "6.1%", "规模以上工业增加值"),  # (the statistic's whole name)
    ("扣押价值180万元的涉案豪车3辆。", "180万元", "涉案豪车"),
    # the bearer after 的 is never handed to the model (K14), whatever the words before it
    ("民警接群众报警，称其车内价值1.3万元的财物被盗。", "1.3万元", "财物"),
    # on the spans it may only keep or move (a noun phrase right before its number), the model never
    # strips a noun's modifiers
    ("今年前三季度，全市轨道交通日均客运量182万人次，同比增长15%。", "182万人次", "轨道交通日均客运量"),
    ("经过两年多的努力，项目终于完工。", "两年多", None),
    # a change verb after 同比/环比 is what happened, never what changed (but 农民增收1.3亿元 may be)
    ("分季度看，一季度同比增长5.3%，二季度增长4.7%。", "5.3%", None),
    # an amount whose clause names only the payer takes the earlier number's thing (K4)
    ("省财政下拨救灾资金3000万元，市财政安排800万元。", "800万元", "救灾资金"),
    # the verb before a count is no part of what is counted
    ("专项行动中，民警共清查重点场所1.4万家次。", "1.4万家次", "重点场所"),
    ("全县村级集体经济经营性收入平均达到约110万元。", "约110万元", "村级集体经济经营性收入"),
    # a connector right before the number ends no candidate (截至收盘报: when, not what)
    ("该股今日开盘后迅速拉升，截至收盘报18.62元，涨停。", "18.62元", None),
])
def test_hand_checked(text, number, subject):
    assert _fact(text, number).subject == subject


def test_deterministic():
    text = "全市规模以上工业增加值增长6.1%，社会消费品零售总额达到1523.6亿元，同比增长5.2%。"
    first = [(f.text, f.subject_start, f.subject_end) for f in factx.extract(text)]
    for _ in range(3):
        assert [(f.text, f.subject_start, f.subject_end) for f in factx.extract(text)] == first


def test_fast_scoring_is_the_model(monkeypatch):
    """``Context.best`` (compiled tables, memoised parts) picks the argmax of the summed
    ``features``."""
    captured = []
    monkeypatch.setattr(links, "rerank_subjects", lambda doc, found: captured.append((doc, found)))
    text = ("全市共破获刑事案件5.5万余起、查处治安案件17.1万余起，同比分别上升10.5%、9.1%。"
            "抓获网上在逃人员1.2万余名，同比增长77.9%。全县12个乡（镇）新建农村公路120公里。")
    factx.extractor.Extractor().extract(text)
    doc, found = captured[0]
    ctx = rerank.Context(doc, found)
    w, m = rerank.weights(), rerank.model()
    numbers = [c for c in found if c.numeric]
    assert numbers
    for c in numbers:
        cands = ctx.candidates(c)
        assert len(cands) > 1
        scores = [sum(w.get(f, 0.0) for f in ctx.features(c, cand)) for cand in cands]
        top = max(range(len(cands)), key=lambda i: (scores[i], -i))
        assert ctx.best(c, m) == cands[top][0]


def test_turned_off_keeps_the_grammar(monkeypatch):
    text = "省财政下拨救灾资金3000万元，市财政安排800万元。"
    assert _fact(text, "800万元").subject == "救灾资金"
    monkeypatch.setattr(rerank, "ENABLED", False)
    assert _fact(text, "800万元").subject is None


@pytest.mark.parametrize(("value", "enabled"), [(None, True), ("1", True), ("0", False)])
def test_on_unless_factx_rerank_is_0(monkeypatch, value, enabled):
    if value is None:
        monkeypatch.delenv("FACTX_RERANK", raising=False)
    else:
        monkeypatch.setenv("FACTX_RERANK", value)
    try:
        assert importlib.reload(rerank).ENABLED is enabled
    finally:
        monkeypatch.delenv("FACTX_RERANK", raising=False)
        importlib.reload(rerank)
