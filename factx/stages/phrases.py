"""Noun phrases for the link stages: where a clause's predicate verb is, the scope words
that open a phrase, and the tidying of a subject's span (docs/linking.md, K1, K5, K12)."""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from factx.candidate import Candidate
from factx.document import Document
from factx.lexicons import WordSet, initials_pattern, place_context, word_pattern
from factx.stages.clauses import CLAUSE_STOPS, change_words, ends_token, starts_token, words

#: A count of places written in words (两地, 三市, 五省).
PLACE_COUNT = re.compile("[一二两三四五六七八九十几多]+[地市县省国区镇村]")

#: A place-word or a pronoun's family before the noun (区内, 省内, 基地内, 样品中, 他家, 我们家).
_LOCATIVE_START = re.compile(r"(?:[区省市县镇村内]|基地|园区|景区|样品|[他她我你]们?)(?:内|中|家)")

#: Units of a pack's size written before 装 (5升装, 500克装, 10斤装).
_PACK_UNITS = frozenset("升斤克袋箱瓶罐桶盒包")

#: Letters before 部分 that make it the part of an amount (超过400千瓦时的部分, 6公里至16公里部分, 10万元以下部分),
#: not the lead word of 部分地区.
_PART_AFTER = frozenset("的里米元吨时天上下内")

#: A subject longer than this is no noun phrase but a clause: it is left out.
MAX_SUBJECT = 24

def tidy(doc: Document, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject span without what only borders the noun phrase: adverbs, particles and a
    person's name after it (水位一度, 种粮大户刘长顺; not 幼儿园/nr), a conjunction and the verb it joins
    or a one-character locative before it (新增和改善灌溉面积, 开通后旅行时间)."""
    if span is None:
        return None
    text, w = doc.text, words()
    start, end = span
    nouns = w["noun_tag"]
    trailer = w["subject_trailer"].suffix_of(text, end)
    if trailer and len(trailer) > 2 and end - len(trailer) > start + 1:
        end -= len(trailer)  # 团伙成员|最多时 (最/d 多/m 时/n): a trailer jieba cuts apart
    while end > start:
        tok = doc.token_at(end - 1)
        if tok is None or tok[1] != end or tok[0] <= start:
            break
        word = text[tok[0] : tok[1]]
        if word in w["compound_tail"] or w["compound_tail"].suffix_of(text, end):
            break
        before = doc.token_at(tok[0] - 1)
        after_noun = before is not None and before[2] in nouns
        following = doc.token_at(end)
        if len(word) == 1 and after_noun and (text.startswith("某", end) or (
                following is not None and following[0] == end and following[2] == "nr")):
            end = tok[0]  # 老人刘|某, 老教练钱|卫东: a surname
            continue
        tail = w["intransitive_tail"].suffix_of(text, end)
        if tail and end - len(tail) > start and starts_token(doc, end - len(tail)):
            noun = doc.token_at(end - len(tail) - 1)
            if noun is not None and (noun[2] in nouns or text[noun[0] : noun[1]] in w["noun_word"]):
                end -= len(tail)  # 科技型中小企业|入库4870家, 商品住宅|网签成交: what the verb says of the noun
                continue
        if tok[2] == "v" and before is not None and before[2] == "d" and before[0] > start \
                and word not in change_words():
            end = before[0]  # 企业利润率|仍处在, 运载能力|不小于, 最高负荷|可能达到: an adverb and its verb end it
            continue
        if word in w["subject_trailer"] or word in w["average_trailer"] or tok[2] in _TRAILING_TAGS \
                or (tok[2] == "f" and len(word) == 1) \
                or (tok[2] == "nr" and after_noun and tok[1] - tok[0] > 1 and word[0] in surnames()):
            end = tok[0]
            continue
        break
    end = _before_name(text, start, end)
    attribute = w["bearer_attribute"].suffix_of(text, end)
    if attribute and end - len(attribute) > start and starts_token(doc, end - len(attribute)):
        bearer = doc.token_at(end - len(attribute) - 1)
        if bearer is not None and (bearer[2] in nouns or bearer[2] == "ns"):  # (jieba: 大桥/ns)
            end -= len(attribute)  # 震源深度10公里, 线路全长: an attribute of one thing takes its bearer (K6)
    if text[start] == "装" and end - start > 2 and text[start - 1 : start] in _PACK_UNITS:
        start += 1  # 5升|装|一级大豆油平均零售价格: the pack's size belongs to the amount before
    if text[start] == "期" and end - start > 2 and text[start - 1 : start] in "天年月周" \
            and (text[start - 2 : start - 1].isdigit() or text[start - 2 : start - 1] in "一二两三四五六七八九十个"):
        start += 1  # 7天|期回购利率: the rest of a tenor written after its number
    joined = demonstrative = False
    verb = w["lead_verb"].prefix_of(text, start, end) or ""
    inner = doc.token_at(start) if verb else None
    if inner is not None and inner[0] < start and inner[1] == start + len(verb) and end - inner[1] > 1:
        start = inner[1]  # 立案|查处|环境违法行为 (立案查处/n one word): the rest of a word the predicate cut
    while start < end:
        tok = doc.token_at(start)
        if tok is None or tok[0] != start or tok[1] >= end or w["whole_start"].prefix_of(text, start, end):
            break  # (本外币存款, 中长期贷款: terms that open with a pronoun's or a locative's letter)
        if tok[2] == "m" and text[tok[0]] in "一两" and end - tok[1] > 1:
            unit = doc.token_at(tok[1]) if tok[1] - tok[0] == 1 else tok
            if unit is not None and (unit is tok and tok[1] - tok[0] == 2 or unit[0] == tok[1] and unit[2] == "q") \
                    and unit[1] < end - 1 and not text.startswith(("小时", "天", "年", "周", "分钟"), unit[1]):
                start = unit[1]  # 一碗|羊肉泡馍38元 (一碗/m): one serving names the thing, the count is no part of it
                continue
        if tok[2] in ("r", "mq") and tok[1] - tok[0] == 2 and text[tok[0]] in "这那该此" and end - tok[1] > 1 \
                and text[tok[0] + 1] not in "类种":  # (此类案件, 这种病: a kind, part of the noun)
            start = tok[1]  # 这件|大衣, 那家|门店: a demonstrative and its measure word, cut as one
            continue
        count = PLACE_COUNT.match(text, start, end)
        if count is not None and end - count.end() > 1 and ends_token(doc, count.end()):
            start = count.end()  # 两地|车程, 两市间|公路货运量: the places counted are whose
            if text.startswith("间", start) and end - start > 2:
                start += 1
            continue
        if demonstrative and tok[1] - tok[0] == 1:
            start = tok[1]  # 这|款|芯片, 这|宗|地块 (宗/nr): the measure word of a demonstrative
            continue
        demonstrative = tok[2] == "r" and tok[1] - tok[0] == 1
        if tok[2] == "p" and text[tok[0] : tok[1]] in ("以", "把", "将", "与", "同", "跟", "由"):
            start = tok[1]  # 以|总股本21.6亿股为基数: a preposition opens no noun
            continue
        if tok[2] == "v" and text[tok[0] : tok[1]] in change_words() and end - tok[1] > 1 and tok[1] - tok[0] > 1:
            start = tok[1]  # 提升|高标准农田12.5万亩: a change verb before the noun is its predicate
            continue
        past = _past_lead_verb(doc, start, end)
        if past != start:
            start = past  # 存栏|能繁母猪260头, 查处|违法行为67起 (存栏/n, 屠宰/nr): a verb jieba tags a noun
            continue
        if tok[2] in ("v", "vn") and text[tok[1] : tok[1] + 1] in ("后", "前") and end - tok[1] > 2 \
                and starts_token(doc, tok[1]) and ends_token(doc, tok[1] + 1):
            start = tok[1] + 1  # 调整后|月人均基本养老金, 改造前|日均客流: a time before or after an act
            continue
        if (tok[2] == "c" or (tok[2] in ("v", "vn") and joined)) and end - tok[1] > 1:
            start, joined = tok[1], tok[2] == "c" or joined  # 新增和改善|灌溉面积, 新建和改造提升|高标准农田
            continue  # (but not down to one character: 水生产和供应|业)
        if tok[2] == "f" and (tok[1] - tok[0] == 1 and not _name_head(doc, tok)
                              or text[tok[0] : tok[1]] in ("以上", "以下")) \
                or tok[2] in ("u", "uv") or tok[2] == "r" and tok[1] - tok[0] == 1:  # (市级|以上|农业产业化龙头企业)
            start = tok[1]  # 开通|后|旅行时间: the rest of a time word cut by a predicate; 等|老城区; 其|有期徒刑
            continue
        break
    inside = _LOCATIVE_START.match(text, start, end)
    noun_after = doc.token_at(inside.end()) if inside is not None else None
    if inside is not None and end - inside.end() > 1 and ends_token(doc, inside.end()) and noun_after is not None \
            and noun_after[0] == inside.end() and (noun_after[2] in nouns or noun_after[2] in ("nr", "nrt")):
        start = inside.end()  # 区内|大熊猫数量, 他家|蔬菜纯收入: where or whose, not what (省内|就业/v stays)
    while start < end:  # 全年|收入, 暑期|日均客流量: a time word opening the span is scope (K5)
        tw = w["time_word"].prefix_of(text, start, end)
        if tw and end - start - len(tw) > 1:
            start += len(tw)
            continue
        tl = w["time_lead"].prefix_of(text, start, end)
        if tl and end - start - len(tl) > 1 and starts_token(doc, start + len(tl)):
            start += len(tl)
            continue
        break
    for tok in doc.tokens_in(start + 1, end - 1) if "为" in text[start + 1 : end - 1] else ():
        if text[tok[0] : tok[1]] == "为" and end - tok[1] >= 2 and starts_token(doc, tok[1]) \
                and not any(t[2] in ("v", "vn") for t in doc.tokens_in(tok[1], end)):
            start = tok[1]  # 第一档为|年用气量: what the copula names (not 为当地带来|收入: "for")
    owner = w["owner"].prefix_of(text, start, end)
    if owner and start + len(owner) < end and (ends_token(doc, start + len(owner)) or end - start - len(owner) > 1):
        start += len(owner)  # 全市法院|执结案件, 人民法院|结案率: whose, never the kind (K12)
    closing = text.find("）", start, min(end, start + 7))
    before = doc.token_at(start - 1) if start > 0 else None
    counted = before is not None and before[2] in ("q", "m")
    gloss = closing >= 0 and text.rfind("（", start, closing) >= start + 2 and not counted
    if closing >= 0 and end - closing > 2 and not gloss and not (text[start + 1 : start + 2] == "（"
                                                                 and closing - start <= 4 and not counted):
        start = closing + 1  # （大年初二）票房, 21个市（州）|细颗粒物平均浓度: a remark or the count's noun before
        # (but 企（事）业单位: a one-letter word and its alternative open the noun; 猪肉（精瘦肉）平均零售价格:
        # a gloss of the word before it)
    if text.startswith("《", start) and 0 <= text.find("》", start, end) < end - 1:
        start = text.find("》", start, end) + 1  # 《熊出没·重启未来》|票房: the film is whose, not what
    for facility in w["facility"] if word_pattern(w["facility"]).search(text, start, end) else ():  # (most: none)
        cut = text.rfind(facility, start, end)
        if cut < start:
            continue  # (no slice of the text before the span: that made long documents quadratic)
        rest = text[cut + len(facility) : end]
        if len(rest) > 1 and rest not in w["compound_tail"] and starts_token(doc, cut + len(facility)):
            start = cut + len(facility)  # 遵义新舟机场|旅客吞吐量, 宁波舟山港|集装箱吞吐量: whose (not 机场数量)
    moved = True
    cuts = word_pattern(w["span_cut"]).search(text, start, end) is not None  # (most spans hold none)
    while moved:  # “三夏”期间用电量, 每人每日免税额度, 首年旅客发送量: a period, a per-unit, a lead word
        moved = False
        for word in w["span_cut"] if cuts else ():
            cut = text.rfind(word, start, end)
            if cut >= start and ends_token(doc, cut + len(word)) and cut + len(word) < end \
                    and not w["whole_start"].prefix_of(text, cut, end):  # (期间费用率: a term)
                start, moved = cut + len(word), True
        lead = w["lead"].prefix_of(text, start, end)
        if lead and start + len(lead) < end and ends_token(doc, start + len(lead)) \
                and not w["whole_start"].prefix_of(text, start, end):
            start, moved = start + len(lead), True
        if moved:
            start = _past_lead_verb(doc, start, end)  # 每年合计|少交|电费: a verb after a cut word
    toks = doc.tokens_in(start, end) if "\u4e00" <= text[start] <= "\u4e5d" or text[start] in "两几半" else ()
    if toks and toks[0][0] == start and all(t[2] in ("m", "mq", "q") or text[t[0] : t[1]] in ("小时", "天")
                                            for t in toks):
        return None  # 一个小时|就涨了将近1米: an amount of time in words is no noun
    if text[start] in w["than_false"].lasts and any(text.startswith(name, start - len(name) + 1)
                                                    for name in w["than_false"]) and end - start > 2:
        start += 1  # 中|超|比赛现场观众: the rest of a league's name
    if text[start : start + 1] in ("较", "比") and ends_token(doc, start + 1):
        return None  # 较去年最高负荷|增长5.8%, 比平时段|便宜0.2元: the base, not what changed
    before = doc.token_at(start - 1) if start > 0 else None
    if before is not None and before[1] == start and before[2] == "q" and "、" in text[start:end]:
        start = text.rfind("、", start, end) + 1  # 12台燃煤机组、|总装机容量约660万千瓦: that noun was the count's
    for tok in doc.tokens_in(start + 1, end) if _PREPOSITION_OR_PER.search(text, start + 1, end) else ():
        if tok[2] == "p" and text[tok[0] : tok[1]] in ("以", "把", "将", "由") and end - tok[1] > 1:
            start = tok[1]  # 选手王赫以|抓举158公斤: what comes after the preposition is the thing
        elif tok[2] == "d" and text[tok[0] : tok[1]] in ("将", "拟将") and end - tok[1] > 1 \
                and _noun_next(doc, tok[1]):
            start = tok[1]  # 央行将|基准利率下调, 拟将|第一阶梯水价: jieba tags the 将 of 将 + object "will" (d)
        elif text[tok[0] : tok[1]] == "每":
            unit = doc.token_at(tok[1])
            if unit is not None and unit[0] == tok[1] and end - unit[1] > 1:
                start = unit[1]  # 低谷时段每千瓦时|电价: a per-unit before the noun
    done = text.rfind("了", start, end - 2)
    if done > start and (doc.token_at(done) or (0, 0, ""))[:2] == (done, done + 1) and ends_token(doc, done + 1):
        start = done + 1  # 该机场今年投用了|面积约2600平方米, 跑完了|全程: a verb and 了 end the predicate
    hidden = text.rfind("某", start, end - 1)
    if hidden > start and text[hidden + 1] != "某":
        first = hidden
        while first > start and text[first - 1] == "某":
            first -= 1
        if text[first - 1] in surnames():
            start = hidden + 1  # 判处赵某某、孙某某|有期徒刑: the names hidden as 某 say whom, not what
    if text.startswith("处罚金", start) and end - start > 2:
        start += 1  # 并|处罚金 (jieba: 处罚金/n): the fine, 罚金
    for word in w["demonstrative"] if initials_pattern(w["demonstrative"].firsts).search(text, start + 1, end) else ():
        cut = text.find(word, start + 1, end)
        if cut > start and end - cut > len(word) and starts_token(doc, cut):
            start = cut  # 立案侦查|此类案件: the pointing word opens the noun
            break
    if text[start:end] in w["lead"] and not (text[start:end] == "部分" and text[start - 1 : start] in _PART_AFTER):
        return None  # 等地局地: nothing but a scope word (but 超过400千瓦时的部分: the part)
    only = doc.token_at(start)
    if only is not None and only[0] == start and only[1] == end and (only[2] == "c" or text[start:end] == "且"):
        return None  # 不低于5000万元|且|不超过1亿元: a conjunction names nothing
    if end - start == 1 and text[start] in "处内外":
        return None  # 在车后150米处: a locative names no thing
    if end - start == 1 and text[start] in "省市县区镇乡村" and text[start - 1 : start] in _MODALS:
        return None  # 每亩能省|下120元: a verb jieba took for an admin letter (but 3个市 counts cities)
    if end > start and text[start] in w["place_tail"] and _after_place(doc, start) and ends_token(doc, start + 1):
        start += 1  # 成都蓉城|队|射门, 成都蓉城|队|以57分: the rest of a team's or a side's name
    if end > start and _action(doc, start, end):
        return None  # 每亩能挣, 决赛中拿到: an action after a modal or a locative, no thing counted
    if end - start == 1 and text[start - 1 : start] in _MODALS | _MODAL_WORDS:
        return None  # 每月还能补|500元: a one-letter act after a modal names no thing
    return (start, end) if end > start else None


def _past_lead_verb(doc: Document, start: int, end: int) -> int:
    """Past a ``lead_verb`` opening ``text[start:end]`` when two letters or more of the noun are
    left and the noun starts a token; else ``start``."""
    lead = words()["lead_verb"].prefix_of(doc.text, start, end)
    if lead and end - start - len(lead) > 1 and starts_token(doc, start + len(lead)):
        return start + len(lead)
    return start


def _action(doc: Document, start: int, end: int) -> bool:
    """The span ends in a verb right after a modal (能挣, 要跳) or a locative (决赛中|拿到)."""
    last = doc.token_at(end - 1)
    if last is None or last[1] != end or last[0] <= start or last[2] != "v":
        return False
    before = doc.token_at(last[0] - 1)
    if before is None or before[1] != last[0]:
        return False
    word = doc.text[before[0] : before[1]]
    return word in _MODAL_WORDS or before[2] == "f" and before[1] - before[0] == 1



def _after_place(doc: Document, pos: int) -> bool:
    """A place name (jieba: ns) ends right at ``pos``, or a team's or an organisation's name that
    the span cuts runs on to ``pos + 1`` (广东队/nt: the span starts at its 队)."""
    before = doc.token_at(pos - 1) if pos > 0 else None
    if before is not None and before[0] < pos < before[1] == pos + 1 and before[2] in ("nt", "ns", "nz"):
        return True
    return before is not None and before[1] == pos and before[2] == "ns"


def _before_name(text: str, start: int, end: int) -> int:
    """Where a person's name after their role ends the span (小将刘思彤, 营口姑娘陈可欣): the role
    word stays, the name goes."""
    roles, surnames = _people()
    if end - start > 2 and text[end - 1] == "某" and text[end - 2] in surnames:
        return end - 2  # 主犯李某: a name hidden as 某
    for size in (3, 2):
        cut = end - size
        if cut > start and (text[cut] in surnames or text[cut : cut + 2] in surnames) \
                and roles.suffix_of(text, cut) and all("\u4e00" <= ch <= "\u9fff" for ch in text[cut:end]):
            return cut
    return end


def _around(kind: str) -> WordSet:
    return place_context()[kind]


def surnames() -> WordSet:
    """The surnames of place_context.tsv (a person's name is no place, and a name cut into letters
    is joined after one)."""
    return _people()[1]


@lru_cache(maxsize=1)
def _people() -> tuple[WordSet, WordSet]:
    """The role words before a person's name and the surnames (place_context.tsv)."""
    return _around("person_before"), _around("surname")


#: The one-character words inside a span that the token walk of ``tidy`` acts on (most spans: none).
_PREPOSITION_OR_PER = re.compile("[以把将由每]")


def _noun_next(doc: Document, pos: int) -> bool:
    """A noun starts at ``pos`` (政策/n, 基准利率/nz), or an ordinal before one (第一|阶梯)."""
    tok = doc.token_at(pos)
    if tok is not None and tok[0] == pos and tok[2] == "m" and doc.text.startswith("第", pos):
        tok = doc.token_at(tok[1])  # (第一/m 阶梯/n)
        return tok is not None and tok[2].startswith("n")
    return tok is not None and tok[0] == pos and tok[2].startswith("n")


#: Modal verbs before an action (每亩能挣: an action, not a noun).
_MODAL_WORDS = frozenset(("能", "要", "可", "会", "可以", "能够", "得"))
#: The one letters before a verb that jieba may take for 省/市… (能省下: 省 is a verb there, no province).
_MODALS = frozenset("能可会要还")

#: Tags of tokens that end no subject (adverbs, particles, numeral-measure words).
_TRAILING_TAGS = frozenset(("d", "ad", "vd", "mq", "uz", "ul", "uj", "y", "p", "c"))

def _in_single_run(doc: Document, pos: int) -> bool:
    """The one-character token at ``pos`` follows another: a word jieba does not know (营收)."""
    before = doc.token_at(pos - 1)
    return before is not None and before[1] - before[0] == 1 and "\u4e00" <= doc.text[pos - 1] <= "\u9fff" \
        and before[2] not in ("f", "d", "p", "c", "r")  # (工地上|有: a function word is a word)

def last_predicate(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The last predicate verb of ``text[start:end]`` that is a word of its own (or lies
    inside an idiom jieba keeps whole: 共出动, 化解矛盾, or opening a noun that holds its
    object: 挽回损失) and is no part of a compound noun."""
    text, w = doc.text, words()
    predicates = w["predicate"]
    verbal: tuple[int, int] | None = None
    if initials_pattern(predicates.firsts).search(text, start, end) is None:
        return None  # (no character opening a predicate: no token walk)
    for tok in doc.tokens_back(start, end):
        if tok[1] - tok[0] > 2 and text[tok[0]] in _GLUED_ADVERBS and text[tok[0] + 1 : tok[1]] in predicates \
                and tok[1] < end:
            return tok[0] + 1, tok[1]  # 共培养 (one token to jieba): 共 + a predicate
        inside = tok[2] in ("l", "i", "j")  # (接处警|情: the verb inside an abbreviation)
        for pos in range(min(tok[1], end) - 1, tok[0] - 1, -1) if inside else (tok[0],):
            if text[pos] not in predicates.firsts:
                continue  # (most words open no predicate: no look-up)
            verb = predicates.prefix_of(text, pos, end)
            tail = w["compound_tail"].prefix_of(text, pos + len(verb), end) if verb else None
            if not verb or tail and not (verb in w["reaching_verb"] and tail in w["head_noun"]) \
                    and verb not in w["light_verb"]:
                continue  # 进出口总额, 服务人口: a compound noun (but 服务|企业1870家 serves the firms)
            if tok[2] == "n" and len(verb) > 1 and tok[1] - (pos + len(verb)) >= 2:
                return pos, pos + len(verb)  # a verb and its object kept as one noun: 挽回损失
            if len(verb) == 1 and (tok[1] - tok[0] > 1 or _in_single_run(doc, tok[0])):
                continue  # a one-character verb only as a word of its own: 花了, not 花园 or 营收
            if inside or ends_token(doc, pos + len(verb)):
                if tok[2] == "vn" and verbal is None:
                    verbal = (pos, pos + len(verb))  # 发放|培训/vn|补贴资金: a verbal noun, unless no verb precedes
                    continue
                return pos, pos + len(verb)
    return verbal

#: Adverbs jieba glues to the verb after them (共培养, 已建成).
_GLUED_ADVERBS = frozenset("共已再又均累")

def last_verb(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """Failing a known predicate, the last verb of two or more characters with words after
    it that opens its phrase — after an adverb, a modal or a locative (沿岸布设), or first in
    the clause (可容纳观众):
    its object is the subject. A verb after a noun is taken for part of a name
    (城镇登记失业率, 每亩防治成本), and one glued to a compound tail (办结率) too."""
    w = words()
    for tok in doc.tokens_back(start, end):
        if tok[2] != "v" or tok[1] - tok[0] < 2 or tok[1] >= end or doc.text[tok[0] : tok[1]] in change_words() \
                or doc.text[tok[0] : tok[1]] in w["affected_verb"] or doc.text[tok[0] : tok[1]] in w["lead"]:
            continue  # (受害|森林面积: what befell the noun, no predicate; 截至|当晚: a scope word)
        if w["compound_tail"].prefix_of(doc.text, tok[1], end):
            continue
        before = doc.token_at(tok[0] - 1)
        if before is None or before[1] <= start or before[2] in ("d", "ad", "v", "p", "c", "f", "s", "t") \
                or doc.text[tok[1] : tok[1] + 1] in ("了", "过", "着"):
            return tok[0], tok[1]  # 可容纳观众; 队员跑完了全程
        if _after_where(doc, before, start):
            return tok[0], tok[1]  # 还在重点湖区|布设监控点位: a verb after where it is done
    return None

def _after_where(doc: Document, before: tuple[int, int, str], start: int) -> bool:
    """``before`` ends a 在-phrase of up to three nouns opening after ``start`` (在重点湖区)."""
    for _ in range(3):
        if before[2] not in ("ns", "s", "n", "nz", "f", "b") or before[0] <= start:
            return False
        if doc.text[before[0] - 1 : before[0]] == "在" and before[0] - 1 > start:
            return True
        previous = doc.token_at(before[0] - 1)
        if previous is None:
            return False
        before = previous
    return False

def skip_scope(doc: Document, start: int, end: int, facts: dict[int, Candidate], places: bool) -> int:
    """Past the words that open a clause but are scope, not subject (K5): places (at the
    head of the clause only: after a verb a place names a kind, 办理港澳居民居住证, K16),
    dates, deictic words (全省), adverbs and time words (共, 全年), other amounts."""
    text, w = doc.text, words()
    lead, deictic = w["lead"], w["deictic"]
    while start < end:
        ch = text[start]
        if ch.isspace() or ch in "，,、：:":
            start += 1
            continue
        joined = facts.get(start + 1) if places and ch in "和及与" else None
        if joined is not None and joined.type == "place":
            start += 1  # (沙雅县、阿瓦提县)和|库车市棉花种植面积: the last of a list of places
            continue
        if ch == "度" and start + 1 < end and text[start - 1 : start] == "年" and text[start - 5 : start - 1].isdigit():
            start += 1  # 2024年|度营业收入: the 度 of 年度 is the year's (the date fact ends at 年)
            continue
        cut = doc.token_at(start)
        if cut is not None and cut[0] < start < cut[1] < end and cut[2] == "t":
            start = cut[1]  # 2025年|底 (年底/t): the rest of a time word a date cut
            continue
        fact = facts.get(start)
        if fact is not None and fact.end <= end and fact.type != "place" or (
                places and fact is not None and fact.type == "place" and fact.end < end):
            start = fact.end
            tail = doc.token_at(start)
            if fact.type == "place" and tail is not None and tail[0] == start and tail[1] - start == 1 \
                    and tail[1] < end and tail[2] in ("q", "v"):
                start = tail[1]  # 湖南段日均车流量, 都昌站水位: the place's section or station
            elif fact.type == "date" and text.startswith("起", start) and start + 1 < end:
                start += 1  # 7日起|气温将逐步回升: from that date on
            continue
        word = deictic.prefix_of(text, start, end) or lead.prefix_of(text, start, end) \
            or w["time_word"].prefix_of(text, start, end) if ch in _scope_firsts() else None
        if word and start + len(word) < end and ends_token(doc, start + len(word)) \
                and not w["whole_start"].prefix_of(text, start, end):  # (一般|公共预算收入: a term)
            start += len(word)
            continue
        if text.startswith("每", start) or text.startswith("平均每", start):
            unit = doc.token_at(text.index("每", start) + 1)
            if unit is not None and text[unit[0] : unit[1]] in ("个", "位", "名", "家", "户"):
                unit = doc.token_at(unit[1])  # 每个网格: the classifier and its noun
            if unit is not None and unit[1] < end:
                start = unit[1]  # 每亩, 每架次, 平均每个网格: a per-unit before the subject
                continue
        period = _period_pattern().match(text, start, end)
        if period is not None and period.end() < end:
            start = period.end()  # 前5个月, 每亩: a period or a per-unit before the subject
            continue
        break
    return start


@lru_cache(maxsize=1)
def _scope_firsts() -> frozenset[str]:
    """The first characters of the scope words ``skip_scope`` passes."""
    w = words()
    return w["deictic"].firsts | w["lead"].firsts | w["time_word"].firsts

def noun_list_span(doc: Document, start: int, end: int, facts: dict[int, Candidate]) -> tuple[int, int] | None:
    """The noun phrase of ``text[start:end]`` after its scope words and predicate."""
    predicate = last_predicate(doc, start, end)
    begin = skip_scope(doc, predicate[1] if predicate else start, end, facts, places=predicate is None)
    while end > begin:
        if doc.text[end - 1] in " 的":
            end -= 1
            continue
        tail = doc.token_at(end - 1)
        if tail is None or tail[1] != end or tail[0] <= begin or tail[2] != "d":
            break
        end = tail[0]  # …患者规范管理率将|分别达到: an adverb before 分别 is no part of the nouns
    return (begin, end) if end > begin and end - begin <= 2 * MAX_SUBJECT else None

@lru_cache(maxsize=1)
def _period_pattern() -> regex.Pattern:
    """A period that opens a clause: 前5个月, 近三年."""
    digits = "0-9０-９一二两三四五六七八九十百"
    return regex.compile(rf"(?:前|近|头|后)[{digits}]+个?(?:月|年|季度|周|天)")


def _name_head(doc: Document, tok: tuple[int, int, str]) -> bool:
    """A one-character locative opening its clause before a one-character word is the head of a
    name the dictionary splits (中|芯|国际涨逾5%), not a locative (a locative follows its noun)."""
    text = doc.text
    after = doc.token_at(tok[1])
    return (tok[0] == 0 or text[tok[0] - 1] in CLAUSE_STOPS) and after is not None and after[0] == tok[1] \
        and after[1] - after[0] == 1
