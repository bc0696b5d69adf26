"""Dates: years, months, days and clock times, alone or as ranges (DECISIONS D1-D6).

Values are ISO 8601 strings with the parts the text gives and nothing inferred:
``2023``, ``2023-06``, ``--03-21``, ``---05``, ``--07-04T09:00``; a range is one fact
whose value is the interval ``start/end``, each end lending the other what it omits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from factx import prebuilt
from factx.candidate import Candidate
from factx.lexicons import WordSet, alternation, data_lines, units
from factx.numerals import parse_decimal, to_ascii
from factx.opaque import inside_any
from factx.punctuation import RANGE_SEPARATORS
from factx.recognizers import Line

_D = "[0-9０-９]"
_CN = "零〇○一二三四五六七八九"
_SEP = "(?:" + "|".join(map(re.escape, RANGE_SEPARATORS)) + ")"
_YEAR = rf"{_D}{{4}}|[{_CN}]{{4}}"
_MONTH = rf"{_D}{{1,2}}|十[一二]?|[一二三四五六七八九十]|元"
#: A year written with place values (两千零四, 一千九百九十八, 二千〇二十三): a date only before a
#: month (D1), since alone it may be a span of years (两千年的历史, Q4).
_POSITIONAL_YEAR = (r"[一二两兩]千(?:[零〇]?[一二三四五六七八九]?百)?(?:[零〇]?[一二三四五六七八九]?十)?"
                    r"[零〇]?[一二三四五六七八九]?")
_DAY = rf"{_D}{{1,2}}|[二三]?十[一二三四五六七八九]?|三十一?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九十]"
_HOUR = rf"{_D}{{1,2}}|二十[一二三四]?|十[一二三四五六七八九]?|[零一二三四五六七八九两兩]"
_MIN = rf"{_D}{{1,2}}|[二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九]"


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    """kind -> words of data/date_words.tsv, in file order."""
    out: dict[str, list[str]] = {}
    for kind, word in data_lines("date_words.tsv"):
        out.setdefault(kind, []).append(word)
    out["part_of_day"] = out["part_of_day"] + out["part_of_day_pm"]
    return {k: tuple(v) for k, v in out.items()}


def _pod() -> str:
    """Parts of the day as a regex alternation, longest first."""
    return alternation(_words()["part_of_day"])


@lru_cache(maxsize=1)
def _single() -> regex.Pattern:
    """One date, clock time or range of either (``regex``: the 日期: lookbehind has no fixed width)."""
    time = rf"""
        (?P<pod>{_pod()})?                                   # pod: part of the day (上午, 晚上)
        (?P<h>{_HOUR})                                       # h: the hour
        (?:[时点時點]?(?P<hsep>{_SEP})(?P<h2>{_HOUR}))?       # hsep, h2: a range of hours (9至11时)
        [时点時點](?![间候期代刻間])                          # (traditional 時, 點 too)
        (?:(?P<mi>{_MIN})分(?!之|钟)|(?P<half>半)            # mi: minutes; half: 半 (thirty minutes)
           |(?P<ke>[一三13１３])刻(?![钟鐘])|整                # ke: quarters (20时1刻, 18时三刻); 整 (10时整)
           |(?<=[点點])(?P<mb>[0-5][0-9]|零[一二三四五六七八九]|[二三四五]?十[一二三四五六七八九]?)
            (?![0-9０-９{_CN}十百千万亿度元分秒个%％.．]))?      # mb: minutes without 分 (九点零九, 9点20)
        (?:(?P<s>{_MIN})秒)?                                 # s: seconds
        (?:(?<=分)(?P<tsep>{_SEP})(?P<th2>{_HOUR})[时点時點]   # tsep, th2, tmi2: the end of a range whose
           (?:(?P<tmi2>{_MIN})分(?!之|钟))?)?                  # start has minutes (14时30分至16时45分)
    """
    pattern = rf"""
        (?P<pre>约|大约|約|大約)?                            # pre: approximately (traditional 約 too)
        (?:
            (?<![0-9０-９])(?P<iy>{_D}{{4}})                  # iy: ISO-like year (2023-06-01, 2023/6/1)
            (?P<isep>[-/.])(?P<im>{_D}{{1,2}})                # isep: its separator; im: month
            (?P=isep)(?P<id>{_D}{{1,2}})                      # id: day
            (?![0-9０-９])
            (?:[ T　]+(?P<ih>{_D}{{1,2}}):(?P<imi>{_D}{{2}})  # ih, imi: hour and minute
               (?::(?P<is>{_D}{{2}}))?(?![0-9])               # is: seconds
             | [ 　]?{time})?                                 # or a Chinese clock time (早上七点, 2010-01-29
                                                              # 9至11时: a space may stand before it)
          | (?<![0-9０-９.．])(?P<ry>{_D}{{4}})[.](?P<rm>{_D}{{1,2}})     # ry, rm: a year.month range
            [ ]?{_SEP}[ ]?(?P<ry2>{_D}{{4}})[.](?P<rm2>{_D}{{1,2}})      # (1999.08-2002.02, as in a CV)
            (?![0-9０-９.．%％万萬亿億千百十])
          | (?<=(?:日期|时间|時間)[:：]\s{{0,2}})             # after 日期: or 时间: (時間:)
            (?P<lm>{_D}{{1,2}})-(?P<ld>{_D}{{1,2}})(?![0-9０-９])  # lm, ld: month-day
          | (?=[0-9０-９{_CN}十廿卅元公两兩])
            (?:
                (?:(?P<era>公元前?)(?P<ey>{_D}{{1,4}}|[{_CN}]{{1,4}})年    # era, ey: 公元 + year
                  | (?<![0-9０-９{_CN}十百千万])(?P<y>{_YEAR})            # y: year
                    (?:[ ]?(?P<ysep>{_SEP})[ ]?(?P<y2>{_YEAR}))?[ ]?年(?![代级])  # ysep, y2: a range
                                                                         # of years; spaced: 2008 年
                  | (?<![0-9０-９{_CN}十百千万两兩])(?P<py>{_POSITIONAL_YEAR})年  # py: 两千零四年
                    (?=(?:{_MONTH})(?:{_SEP}(?:{_MONTH}))?月)            # (only before a month)
                )?
                (?:(?:(?<=年)[ ])?(?<![0-9０-９{_CN}十.．A-Za-z])(?!(?<=月)[0-9０-９{_CN}十])  # not a numeral right
                   (?P<m>{_MONTH})                       # after 月 (1月3至2月); m: month (2008 年 6 月)
                   (?:(?P<msep>{_SEP})(?P<m2>{_MONTH}))?[ ]?月          # msep, m2: a range of months
                   (?P<fen>份)?)?                                        # fen: 月份
                (?:(?:(?<=月)[ ])?(?<![0-9０-９{_CN}十.．A-Za-z])(?P<d>{_DAY})(?:[日号號])?  # d: day (號 too;
                   # not a decimal's last digits nor a code's: PM2.5日均浓度, PM10日均浓度)
                   (?:(?:(?P<dsep>{_SEP})(?P<d2>{_DAY}))?[ ]?[日号號]     # dsep, d2: a range of days
                    | (?<=月[ ]?(?:{_DAY}))                               # or a month's day without 日
                      (?={_SEP}(?:(?:{_YEAR})[ ]?年)?(?:{_MONTH})月(?:{_DAY})[日号號]))  # before (Y年)M月D日
                                                                         # (1月3至2月10日, 12月28至2024年1月3日)
                   (?:[ 　]?{time})?                                     # a clock time after the day
                   (?:\s*(?P<cpod>{_pod()})?                             # cpod: part of the day (下午5:00)
                      (?P<ch>{_D}{{1,2}}):(?P<cmi>{_D}{{2}})             # ch, cmi: 14:30 after the day
                      (?::(?P<cs>{_D}{{2}}))?(?![0-9])                   # cs: seconds
                      (?:(?P<csep>{_SEP})(?P<ch2>{_D}{{1,2}}):(?P<cmi2>{_D}{{2}})(?![0-9]))?  # 9:30~11:30
                      (?:[时時](?![间間候期]))?)?                        # 11:00时
                )?
            )
        )
        (?P<post>左右)?                                      # post: approximately
    """
    return regex.compile(pattern, regex.VERBOSE)


@dataclass(frozen=True)
class _When:
    """The parts a date expression gives (None where it is silent)."""

    year: str | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None

    def iso(self) -> str:
        if self.year is not None:
            out = self.year
            if self.month is not None:
                out += f"-{self.month:02d}"
                if self.day is not None:
                    out += f"-{self.day:02d}"
        elif self.month is not None:
            out = f"--{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        else:
            out = f"---{self.day:02d}"
        if self.hour is not None:
            out += f"T{self.hour:02d}:{self.minute or 0:02d}"
            if self.second is not None:
                out += f":{self.second:02d}"
        return out

    def top(self) -> int:
        """Index of the highest part given: 0 year, 1 month, 2 day, 3 hour."""
        for i, v in enumerate((self.year, self.month, self.day, self.hour)):
            if v is not None:
                return i
        return 4

    def inherit(self, other: _When) -> _When:
        """Fill the parts above this one's highest from ``other`` (D5)."""
        fields = ("year", "month", "day", "hour")
        changes = {}
        for name in fields[: self.top()]:
            changes[name] = getattr(other, name)
        return replace(self, **changes)


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    if text == "元":
        return 1
    return int(parse_decimal(text))  # (廿三, 卅一: the numeral grammar reads the tens characters)


def _year(text: str) -> str:
    value = _int(text)
    return f"{value:04d}"


def _valid(w: _When) -> bool:
    return (
        (w.month is None or 1 <= w.month <= 12)
        and (w.day is None or 1 <= w.day <= 31)
        and (w.hour is None or 0 <= w.hour <= 24)
        and (w.minute is None or 0 <= w.minute <= 59)
        and (w.second is None or 0 <= w.second <= 59)
        and not (w.year is not None and w.month is None and w.day is not None)
    )


def _hour(text: str | None, pod: str | None) -> int | None:
    h = _int(text)
    if h is not None and pod in _words()["part_of_day_pm"] and h < 12:
        h += 12
    return h


def _minute(m: regex.Match) -> int | None:
    """The minutes of a Chinese clock time: N分, 半 (30), N刻 (quarters), else None."""
    if m.group("half"):
        return 30
    if m.group("ke"):
        return 15 * int(parse_decimal(m.group("ke")))
    return _int(m.group("mi") or m.group("mb"))


def _parse(m: regex.Match, text: str) -> tuple[_When, _When | None] | None:
    """(start, end-or-None) of one match, or None when it is not a date."""
    g = m.group
    if g("iy"):
        if g("h"):  # 2010-01-29早上七点
            w = _When(g("iy"), _int(g("im")), _int(g("id")), _hour(g("h"), g("pod")), _minute(m),
                      _int(g("s")))
            end = None
            if g("h2"):  # the minutes after a range of hours end it (9日0时至18时三刻)
                end = replace(w, hour=_hour(g("h2"), g("pod")))
                w = replace(w, minute=None, second=None)
            return (w, end) if _valid(w) and (end is None or _valid(end)) else None
        w = _When(g("iy"), _int(g("im")), _int(g("id")), _int(g("ih")), _int(g("imi")), _int(g("is")))
        return (w, None) if _valid(w) else None
    if g("ry"):
        # 1999.08-2002.02: only plausible years and months, the end not before the start (3.5-4.2
        # and 2010.5-2008.6 stay numbers)
        y1, y2 = to_ascii(g("ry")), to_ascii(g("ry2"))
        w, end = _When(y1, _int(g("rm"))), _When(y2, _int(g("rm2")))
        years = range(1900, 2100)
        if int(y1) in years and int(y2) in years and _valid(w) and _valid(end) \
                and (y1, w.month or 0) <= (y2, end.month or 0):
            return w, end
        return None
    if g("lm"):
        w = _When(None, _int(g("lm")), _int(g("ld")))
        return (w, None) if _valid(w) else None
    year = year2 = None
    if g("era"):
        if g("era") == "公元前":
            return None
        year = _year(g("ey"))
    elif g("y"):
        if text[max(0, m.start("y") - 2) : m.start("y")] in _words()["era"]:
            return None
        year = _year(g("y"))
        year2 = _year(g("y2")) if g("y2") else None
        if not 1000 <= int(year) <= 2100 or (year2 and not 1000 <= int(year2) <= 2100):
            return None  # 中华3000年文明: a duration (X36)
    elif g("py"):
        year = _year(g("py"))
        if not 1000 <= int(year) <= 2100:
            return None
    month, month2 = _int(g("m")), _int(g("m2"))
    day, day2 = _int(g("d")), _int(g("d2"))
    pod = g("pod")
    hour, hour2 = _hour(g("h"), pod), _hour(g("h2"), pod)
    minute = _minute(m)
    second = _int(g("s"))
    if g("ch"):
        hour, minute, second = _hour(g("ch"), g("cpod")), _int(g("cmi")), _int(g("cs"))
    if year is None and month is None and day is None:
        return None
    if year is None and month is None:
        # a day alone (新华社北京5日电, 二十八日): digits, or a Chinese numeral of two places (三日
        # stays three days), and not a number of days
        if not g("d")[0].isdigit() and ((_int(g("d")) or 0) < 11 or g("d2")):
            return None
        head = text[max(0, m.start() - 4) : m.start()].rstrip(" ")
        if any(head.endswith(w) for w in _words()["duration_before"]):
            return None
        tail = text[m.end() : m.end() + 2]
        if tail[:1] in ("内", "內", "多", "余", "餘", "间", "間", "来", "來") \
                or tail in ("以内", "以內", "之内", "之內", "之久", "以来", "以來"):
            return None
        if text[m.end("d") : m.end("d") + 2].lstrip(" ")[:1] in ("号", "號") and hour is None:
            return None  # a house number (336号, 2 号线), unless a clock time follows (9号17点)
    if g("m") and not g("d") and year is None:
        head = text[max(0, m.start() - 2) : m.start()].rstrip(" ")[-1:]
        if head in ("第", "前", "每", "个"):
            return None
    start = _When(year, month, day, hour, minute, second)
    across = None
    if g("m2") is not None and g("d") is not None and g("d2") is None:
        # 3至2月10日, 2019年3至5月10日: the day (and clock time) written after the second number
        # are the end's alone (D5: an end lends nothing to the start). After a year (or as 元)
        # the first number is a month; else it is a day, like the day it runs to, its month
        # unwritten (never taken from the end, D2).
        first = _When(year, month) if year is not None or g("m") == "元" else _When(day=month)
        across = first, replace(start, month=month2)
        start = first
    if not _valid(start):
        return None
    end = None
    if year2:
        end = replace(start, year=year2)
    elif across is not None:
        start, end = across
    elif g("m2") is not None:
        end = replace(start, month=month2)
    elif g("d2") is not None:
        end = replace(start, day=day2)
    elif g("h2") is not None:
        end = replace(start, hour=hour2)  # the minutes after a range of hours end it (0时至18时三刻)
        start = replace(start, minute=None, second=None)
    elif g("th2") is not None:
        end = replace(start, hour=_hour(g("th2"), g("pod")), minute=_int(g("tmi2")), second=None)
    elif g("ch2") is not None:
        end = replace(start, hour=_hour(g("ch2"), g("cpod")), minute=_int(g("cmi2")), second=None)
    if end is not None and not _valid(end):
        return None
    return start, end


#: Where a date can start: 约, 大约, 廿, 卅, 公元, 元 as a month (元月, 元至三月), a year written
#: with place values (两千零四年), or a run of at
#: most four digits (after no digit), or of numerals (after no digit or numeral), that a
#: date's own character or a range separator follows (2023年, 5月, 12日, 2023-06-01, 三十一日,
#: 5至7日): every alternative of ``_single`` that starts at a digit or numeral reads a whole
#: such run and then one of those characters. No other place starts a match that is a date
#: (at most a lone 左右, which is none); scanning for these is far cheaper than trying
#: ``_single`` at every digit, 公 or 大.
_AFTER_RUN = rf"(?:[-/.年月日号號]|[ ]?[年月日号號]|[ ]?{_SEP})"
LEAD = (  # one character class first: ``re`` then skips every other character quickly
    rf"[约約廿卅大公元0-9０-９{_CN}十两兩]"
    rf"(?:(?<=[约約廿卅])|(?<=大)(?=[约約])|(?<=公)(?=元)|(?<=元)(?=月|{_SEP})"
    rf"|(?<=[一二两兩])(?<![0-9０-９{_CN}十百千万两兩][\s\S])(?=千[^年]{{0,6}}年)"  # 两千零四年八月
    rf"|(?<=[0-9０-９])(?<![0-9０-９][\s\S])[0-9０-９]{{0,3}}(?={_AFTER_RUN})"
    rf"|(?<=[{_CN}十])(?<![0-9０-９{_CN}十][\s\S])[{_CN}十]{{0,3}}(?={_AFTER_RUN}))"
)
_LEAD = prebuilt.compile("date_lead", LEAD)


@lru_cache(maxsize=1)
def _measures() -> WordSet:
    """The units a decimal may be read in: every unit but the counters (8点3名 is a clock time
    and a count, never 8.3 people)."""
    return WordSet(s for s, u in units().items() if u.kind not in ("classifier", "admin"))


_POINT_DIGITS = re.compile(rf"[0-9０-９]+|[{_CN}]+")


def decimal_point(text: str, pos: int) -> bool:
    """The 点 right before ``pos`` is a decimal point, not an hour's: digits follow it and then a
    unit of measure, of time, a currency or a percent sign (8点5度, 八点五公里, 3点5个百分点).
    Minutes (8点30分, 18点1刻), a magnitude (10点30万人) or a counter (8点3名) after the digits
    leave 点 an hour (D4)."""
    m = _POINT_DIGITS.match(text, pos)
    if m is None:
        return False
    after = m.end()
    if any(text.startswith(w, after) for w in _words()["clock_after_point"]):
        return False
    return _measures().prefix_of(text, after) is not None


def _without_decimal_clock(text: str, m: regex.Match, p: int) -> regex.Match | None:
    """``m``, or, when its clock time ends in a 点 that is a decimal point (5日8点5度), the date
    read up to the clock time (5日; the amount 8点5度 is the amount recogniser's)."""
    if not m.group("h"):
        return m
    point = m.end("h2") if m.group("h2") else m.end("h")
    if text[point : point + 1] not in ("点", "點") or not decimal_point(text, point + 1):
        return m
    return _single().match(text, p, m.start("pod") if m.group("pod") else m.start("h"))


def _scan(text: str):
    """The non-empty matches of ``_single`` that ``finditer`` would give, tried only where
    a date can start (a cheap character-class search leads)."""
    pattern, search = _single(), _LEAD.search
    pos = 0
    while True:
        lead = search(text, pos)
        if lead is None:
            return
        p = lead.start()
        m = pattern.match(text, p)
        if m is not None and m.group("h"):
            m = _without_decimal_clock(text, m, p)
        if m is not None and m.end() > p:
            yield m
            pos = m.end()
        else:
            pos = p + 1


def recognize(line: Line) -> list[Candidate]:
    """Date candidates of one line, ranges merged."""
    text = line.text
    if _LEAD.search(text) is None:
        return []  # no date starts anywhere (and a listed 5、6月份 needs a date after it)
    opaque = line.opaque_spans()
    found: list[tuple[int, int, _When, _When | None, str | None, regex.Match]] = []
    for m in _scan(text):
        if not m.group().strip():
            continue
        if opaque and inside_any(opaque, m.start(), m.end()):
            continue
        try:
            parsed = _parse(m, text)
        except ValueError:  # a numeral the grammar refuses (too long, malformed)
            continue
        if parsed is None:
            continue
        approx = "about" if m.group("pre") or m.group("post") else None
        found.append((m.start(), m.end(), parsed[0], parsed[1], approx, m))
    out = _merge_ranges(text, found)
    out.extend(_coordinated(text, out))
    return out


@lru_cache(maxsize=1)
def _coordination() -> regex.Pattern:
    """Numbers listed before a month or day that share its 月 / 日 (5、6月份, 7、8日)."""
    return regex.compile(
        rf"""(?<![0-9０-９{_CN}十第前每个])(?P<list>(?:(?:{_MONTH}|{_DAY})、)+)
             (?=(?P<last>{_MONTH}|{_DAY})(?P<unit>月|日|号|號))""",
        regex.VERBOSE,
    )


def _coordinated(text: str, dates: list[Candidate]) -> list[Candidate]:
    """The listed numbers of 5、6月份 as dates of their own (S6: the unit written once is shared)."""
    starts = {c.start for c in dates}
    months = {c.end: c for c in dates if isinstance(c.value, str) and len(c.value) == 4}  # --MM
    out = []
    for m in _coordination().finditer(text):
        if m.end() not in starts:
            continue  # the last item must itself be a date
        unit = m.group("unit")
        pos = m.start()
        month = months.get(pos) if unit != "月" else None
        for item in m.group("list").split("、")[:-1]:
            try:
                n = _int(item)
            except ValueError:
                break
            w = _When(month=n) if unit == "月" else _When(day=n)
            if month is not None:
                # 10月1、2日: the first day goes with the month written before it (X40: the
                # later ones inherit nothing)
                w = _When(month=int(str(month.value)[2:]), day=n)
                if _valid(w):
                    dates.remove(month)
                    out.append(_candidate(month.start, pos + len(item), w, None, None))
                pos += len(item) + 1
                month = None
                continue
            if not _valid(w):
                break
            out.append(_candidate(pos, pos + len(item), w, None, None))
            pos += len(item) + 1
    return out


@lru_cache(maxsize=1)
def _between() -> regex.Pattern:
    return regex.compile(rf"[ ]?(?:{_pod()})?{_SEP}[ ]?")


def _merge_ranges(text: str, found) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        s, e, start, end, approx, m = found[i]
        if end is None and i + 1 < len(found) and not m.group("post"):
            s2, e2, start2, end2, approx2, m2 = found[i + 1]
            gap = text[e:s2]
            if end2 is None and not m2.group("pre") and _between().fullmatch(gap) \
                    and start2.top() >= start.top():
                out.append(_candidate(s, e2, start, start2.inherit(start), approx or approx2))
                i += 2
                continue
        out.append(_candidate(s, e, start, end, approx))
        i += 1
    return out


def _candidate(s: int, e: int, start: _When, end: _When | None, approx: str | None) -> Candidate:
    value = start.iso() if end is None else f"{start.iso()}/{end.iso()}"
    return Candidate(start=s, end=e, type="date", value=value, approx=approx, rule="date",
                     priority=2, num_start=s)
