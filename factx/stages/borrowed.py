"""Subjects a number borrows from elsewhere in its sentence: a clause of only a level word
takes the subject of the clause before (docs/linking.md, K4)."""

from __future__ import annotations

import re
from functools import lru_cache

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import WordSet
from factx.stages.clauses import Clause, change_words, clause_start, words
from factx.stages.phrases import MAX_SUBJECT, skip_scope


def bare_clause(doc: Document, c: Candidate, clause: Clause, facts: dict[int, Candidate]) -> bool:
    """The clause before the number is only adverbs and a level word (，已稳定在…, ，达到…)
    after a comma of the same sentence: it names no subject of its own."""
    text, w = doc.text, words()
    sentence_start = doc.sentences[c.sentence][0]
    begin = clause_start(text, clause.start, sentence_start)  # (past an amount of the clause: ，已连续五年稳定在)
    if begin <= sentence_start or text[begin - 1 : begin] not in ("，", ",") or c.unit_kind == "time":
        return False
    end = c.start
    fill = w["fill"].suffix_of(text, end)
    end -= len(fill) if fill and fill in ("约", "近", "逾", "超") else 0
    connector = w["level_connector"].suffix_of(text, end) or change_words().suffix_of(text, end)
    if not connector:
        return False  # (，同比增长26.5%: a change with only its basis names no subject either)
    bases = _basis_words()
    pos = begin
    while pos < end - len(connector):
        basis = bases.prefix_of(text, pos, end - len(connector)) or w["lead"].prefix_of(text, pos, end - len(connector))
        if basis:
            pos += len(basis)  # (比上年, 截至收盘: a basis or a lead word names no noun either)
            continue
        fact = facts.get(pos)
        if fact is not None and (fact.type in ("date", "place") or fact.unit_kind == "time"):
            pos = fact.end  # (，广东省为12.74元: the place is scope, the clause names no noun of its own)
            continue
        tok = doc.token_at(pos)
        if tok is None or tok[0] != pos or tok[2] not in ("d", "ad", "a", "p", "t", "m", "q", "f", "c", "zg", "b"):
            return False
        pos = tok[1]
    return True

@lru_cache(maxsize=1)
def _basis_words() -> WordSet:
    w = words()
    return WordSet(w["basis_yoy"] | w["basis_mom"])


#: A clause that says how the figures are split or seen (分季度看, 从全市来看, 分地区而言).
_VIEWPOINT = re.compile(r"\s*(?:分|从)[^，,。；;]{1,8}?(?:来看|看|而言)\s*")


def topic(doc: Document, c: Candidate, facts: dict[int, Candidate], first: bool = False) -> tuple[int, int] | None:
    """The nouns that open the clause before the clause of ``c``, after its scope words
    (全国粮食产量再创新高，达到… -> 粮食产量); with ``first``, those opening the sentence."""
    text, begin = doc.text, doc.sentences[c.sentence][0]
    clause_end = c.start
    while clause_end > begin and text[clause_end - 1] not in ("，", ","):
        clause_end -= 1  # (the start of the number's clause)
    opening = begin if first else clause_start(text, clause_end - 1, begin)  # the clause before it
    if _VIEWPOINT.fullmatch(text, opening, clause_end - 1):
        return None  # 分季度看，一季度同比增长5.3%: how the figures are split, no topic
    start = skip_scope(doc, opening, clause_end, facts, places=True)
    w = words()
    nouns, pos = w["noun_tag"], start
    while pos < c.start and pos - start <= MAX_SUBJECT:
        tok = doc.token_at(pos)
        if tok is None or tok[0] != pos or pos in facts or text[tok[0] : tok[1]] in ("同比", "环比"):
            break  # (一季度同比增长5.3%: a basis, no noun)
        if pos == start and tok[2] == "v" and text[tok[0] : tok[1]] in w["predicate"]:
            start = pos = tok[1]  # 岳阳市查处案件最多，达68起: the verb's object is the topic
            continue
        if not (tok[2] in nouns or tok[2] == "l" and pos == start or text[tok[0] : tok[1]] in w["compound_tail"]):
            following = doc.token_at(tok[1])  # (快递/v 业务量: a verb modifying the noun after it)
            modifier = tok[2] == "v" and pos == start or tok[2] in ("a", "b") \
                or tok[2] == "m" and text[tok[0] : tok[1]] in ("年", "月", "日")  # (平均/a 月/m 活跃用户数)
            if not modifier or following is None or following[0] != tok[1] or following[2] not in nouns \
                    and text[following[0] : following[1]] not in ("年", "月", "日"):
                break  # (jieba keeps 粮食产量 as one phrase, tagged l; …增速|最快; 最大/a 降雨量)
        pos = tok[1]
    return (start, pos) if pos - start > 1 else None
