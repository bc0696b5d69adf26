"""The one number grammar every recogniser shares.

``NUMBER`` is a regular-expression fragment (for the ``regex`` package) matching
one written amount: Arabic digits (ASCII or full-width, decimals, thousands
separators), Chinese numerals (plain, financial and traditional forms, 两, 零/〇,
digit-by-digit writing), mixtures (``1.3万``, ``3千5百``) and bare magnitudes
(``万``, ``亿``). ``parse_decimal`` turns such a match into an exact ``Decimal``;
``parse_amount`` also understands the two-numeral ranges of DECISIONS X2
(``三四十`` = 30..40).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# --- characters -----------------------------------------------------------------

DIGITS: dict[str, int] = {}
for _chars, _value in (
    ("0０零〇○", 0), ("1１一壹弌", 1), ("2２二贰貳两兩俩倆", 2), ("3３三叁參", 3),
    ("4４四肆", 4), ("5５五伍", 5), ("6６六陆陸", 6), ("7７七柒", 7), ("8８八捌", 8),
    ("9９九玖", 9),
):
    for _c in _chars:
        DIGITS[_c] = _value

SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12}

#: The tens written as one character (廿三 = 23, 卅日 = the 30th, 卌 = 40): read as 二十, 三十, 四十.
TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
CN_DIGIT_CHARS = "零〇○一二三四五六七八九两壹贰叁肆伍陆柒捌玖貳參陸兩弌俩倆廿卅卌"
MAGNITUDE_CHARS = "十拾百佰千仟万萬亿億兆"
_TO_ASCII = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")
#: Separators of digit groups: commas (ASCII and full-width) and spaces (plain, no-break, thin).
_GROUP_SEPS = ",，\u0020\u00a0\u2009\u202f"

# --- the grammar ------------------------------------------------------------------

_AR = (
    r"(?:[0-9０-９]{1,3}+(?:[ \u00a0\u2009\u202f][0-9０-９]{3}(?![0-9０-９]))++"  # 3 600, 12 500 000
    r"|[0-9０-９]++(?:[,，][0-9０-９]{3}(?![0-9０-９]))*+)"  # 12,500, １２，５００
    r"(?:[.．·][0-9０-９]++)?+"
)
# 千 followed by one of these starts a unit (千瓦, 千克, 千米 …), not a magnitude.
_KILO_UNITS = "瓦克米卡焦帕赫伏"
# 兆 is 10^12 only where it is a numeral: before another numeral or a currency (1兆2000亿, 2兆日元),
# never in 兆瓦, 兆赫, 兆帕 (mega) or 100兆宽带.
_ZHAO = r"兆(?=[0-9０-９零〇一二三四五六七八九两千百万亿元円]|日元|美元|韩元|日圆)"
MAGNITUDE = rf"(?:[十拾百佰万萬亿億仟]|千(?![{_KILO_UNITS}])|{_ZHAO})"
_CN = rf"[{CN_DIGIT_CHARS}]"
_ZEROS = "零〇○"
_NUMERALS = "".join(c for c in CN_DIGIT_CHARS + MAGNITUDE_CHARS if c not in _ZEROS)
#: A numeral of a Chinese number: 两 after another numeral is one only as 一两 and 三两 (ranges, X2),
#: 两两, or before a numeral (一千两百); else it is the weight 两 (二两, 十两, 半斤八两: the unit).
#: After 零 it starts a number (找零两毛五), and no number starts with 零两.
_CN_NUMERAL = (rf"(?:[{CN_DIGIT_CHARS.replace('两', '').replace('兩', '')}]|{MAGNITUDE}"
               rf"|(?<![{_NUMERALS}])[两兩]|(?<=[一三两兩])[两兩]|[两兩](?=[{_NUMERALS}{_ZEROS}]))")
#: One written amount. Arabic digits take magnitudes between them (3千5百, 1亿2千万) but
#: never touch Chinese digits (队伍40支 is no 伍40). Atomic: it never backtracks into itself.
NUMBER = (
    rf"(?>(?:负|負|零下|(?<![0-9０-９])[-－−])?"
    rf"(?:{_AR}(?:{MAGNITUDE}++(?:{_AR}(?![{CN_DIGIT_CHARS}]))?)*+"
    rf"|(?![{_ZEROS}][两兩]){_CN_NUMERAL}++(?:[点點]{_CN}++{MAGNITUDE}*+)?))"
)


def to_ascii(text: str) -> str:
    """``text`` with full-width digits and marks as ASCII (１２．５ -> 12.5)."""
    return text.translate(_TO_ASCII)


def to_number(value: Decimal) -> int | float:
    """An int when the value is integral, else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _tokens(text: str) -> list[object]:
    """Split a numeral into Decimal atoms and magnitude characters."""
    out: list[object] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isdigit() and c not in DIGITS or c in "0123456789０１２３４５６７８９":
            j = i
            while j < n and (text[j] in "0123456789０１２３４５６７８９" or text[j] in _GROUP_SEPS and j + 1 < n
                             and text[j + 1] in "0123456789０１２３４５６７８９"):
                j += 1
            if j < n and text[j] in ".．·" and j + 1 < n and text[j + 1] in "0123456789０１２３４５６７８９":
                j += 1
                while j < n and text[j] in "0123456789０１２３４５６７８９":
                    j += 1
            raw = text[i:j].translate(_TO_ASCII).replace("·", ".")
            for sep in _GROUP_SEPS[2:]:
                raw = raw.replace(sep, ",")
            if "," in raw:
                head, *groups = raw.split(".")[0].split(",")
                if not head or any(len(g) != 3 for g in groups):
                    raise ValueError(f"bad thousands grouping: {text!r}")
                raw = raw.replace(",", "")
            try:
                out.append(Decimal(raw))
            except InvalidOperation as exc:
                raise ValueError(f"not a number: {text!r}") from exc
            i = j
        elif c in DIGITS or c in SMALL_UNITS or c in BIG_UNITS:
            out.append(c)
            i += 1
        else:
            raise ValueError(f"not a number: {text!r}")
    return out


def _parse_integer_part(tokens: list[object], whole: str) -> Decimal:
    """Evaluate atoms and magnitudes: 一千零五十万 -> 10500000, 3千5百 -> 3500."""
    if not tokens:
        raise ValueError(f"not a number: {whole!r}")
    has_small = any(isinstance(t, str) and t in SMALL_UNITS for t in tokens)
    # Digit-by-digit writing (一二一, 二〇一九): a run of Chinese digits, no 十/百/千.
    if not has_small:
        merged: list[object] = []
        run = ""

        def flush() -> None:
            nonlocal run
            if merged and run.startswith("0"):
                merged.append("零")  # 一万零一: a placeholder zero after a magnitude
                run = run.lstrip("0")
            if run:
                merged.append(Decimal(run))
            run = ""

        for t in tokens:
            if isinstance(t, str) and t in DIGITS:
                run += str(DIGITS[t])
                continue
            flush()
            if isinstance(t, Decimal) and merged and isinstance(merged[-1], Decimal):
                raise ValueError(f"not one number: {whole!r}")
            merged.append(t)
        flush()
        tokens = merged

    top = Decimal(0)  # multiples of 兆 (10^12)
    high = Decimal(0)  # multiples of 亿
    low = Decimal(0)  # multiples of 万 below 亿
    section = Decimal(0)  # below 万
    digit: Decimal | None = None
    last_unit = 0  # the magnitude written last (十 … 亿)
    zero_seen = False
    prev_was_digit = False
    for t in tokens:
        if isinstance(t, Decimal) or t in DIGITS:
            value = t if isinstance(t, Decimal) else Decimal(DIGITS[t])
            if prev_was_digit and digit is not None and digit != 0:
                raise ValueError(f"not one number: {whole!r}")
            if value == 0:
                zero_seen = True
            digit = value
            prev_was_digit = True
            continue
        prev_was_digit = False
        if t in SMALL_UNITS:
            unit = SMALL_UNITS[t]
            if last_unit in (10, 100, 1000) and unit >= last_unit and digit is None:
                raise ValueError(f"not one number: {whole!r}")
            section += (digit if digit is not None else Decimal(1)) * unit
        else:
            unit = BIG_UNITS[str(t)]
            seg = section + (digit or 0)
            if unit == 10**12:
                top = (top + high + low + seg or Decimal(1)) * unit
                high = low = Decimal(0)
            elif unit == 10**4 and last_unit == 10**4 and digit is None and not section:
                high += low * unit  # 四万万: 万万 is 亿
                low = Decimal(0)
                unit = 10**8
            elif unit == 10**4:
                low += (seg or Decimal(1)) * unit
            else:
                high = (high + low + seg or Decimal(1)) * unit
                low = Decimal(0)
            section = Decimal(0)
        last_unit, digit, zero_seen = unit, None, False
    if digit is not None:
        # 一万五, 两千五: a lone digit right after a unit >= 百 stands one place lower.
        if last_unit >= 100 and not zero_seen and digit < 10 and digit == int(digit):
            digit = digit * last_unit / 10
        section += digit
    return top + high + low + section


#: A number written with more digits than this is not read (so it makes no fact); 28 is the
#: precision of ``decimal`` arithmetic, so every number that is read is exact.
MAX_DIGITS = 28
#: The largest absolute value a number may have; a larger one is not read (no fact).
MAX_VALUE = Decimal("1e30")
_MAX_INT = 10**30


def in_bounds(value: Decimal | float) -> bool:
    """Whether ``value`` is finite and at most ``MAX_VALUE`` in absolute value."""
    if type(value) is int:
        return -_MAX_INT <= value <= _MAX_INT  # (most values: no Decimal needed)
    try:
        return abs(Decimal(value)) <= MAX_VALUE
    except (ArithmeticError, TypeError, ValueError):  # NaN, infinities
        return False


#: Numerals up to this length are memoised: news repeats a few hundred of them.
_MEMO_LENGTH = 32


def parse_decimal(text: str) -> Decimal:
    """Exact value of one written number (see module docstring). Raises ValueError, also
    for more than ``MAX_DIGITS`` digits, a value beyond ``MAX_VALUE`` or a zero denominator."""
    if len(text) <= _MEMO_LENGTH:
        return _parse_memo(text)
    return _parse_checked(text)


@lru_cache(maxsize=4096)
def _parse_memo(text: str) -> Decimal:
    return _parse_checked(text)  # a ValueError is raised again each time (lru_cache keeps no exceptions)


#: ASCII digits with at most one decimal point inside: the value is ``Decimal(text)`` as it is
#: (what the grammar below makes of it, exponent included), with no grammar to run.
_ASCII_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _parse_checked(text: str) -> Decimal:
    if len(text) <= MAX_DIGITS and _ASCII_DECIMAL.fullmatch(text):
        return Decimal(text)
    if sum(1 for c in text if c in DIGITS or c.isdigit()) > MAX_DIGITS:
        raise ValueError(f"more than {MAX_DIGITS} digits")
    try:
        value = _parse_decimal(text)
    except ArithmeticError as exc:  # decimal.Overflow, DivisionByZero, InvalidOperation
        raise ValueError(f"not a number: {text[:40]!r}") from exc
    if not in_bounds(value):
        raise ValueError(f"beyond {MAX_VALUE:.0e}: {text[:40]!r}")
    return value


def _parse_decimal(text: str) -> Decimal:
    s = text.strip()
    if not s:
        raise ValueError("empty number")
    for tens, written in TENS.items():
        s = s.replace(tens, written)  # 廿三 -> 二十三
    sign = Decimal(1)
    if s.startswith("零下"):
        s = "-" + s[2:]  # 零下5℃: below zero
    if s[0] in "负負-－−":
        sign, s = Decimal(-1), s[1:]
        if not s or s[0] in "负負-－−":
            raise ValueError(f"not a number: {text!r}")
    if "分之" in s:
        den, _, num = s.partition("分之")
        return sign * parse_decimal(num) / parse_decimal(den)
    if "/" in s or "／" in s:
        num, _, den = s.replace("／", "/").partition("/")
        return sign * parse_decimal(num) / parse_decimal(den)
    if s == "半":
        return sign * Decimal("0.5")
    if "点" in s or "點" in s:
        head, _, tail = s.replace("點", "点").partition("点")
        frac_digits = ""
        i = 0
        while i < len(tail) and tail[i] in DIGITS:
            frac_digits += str(DIGITS[tail[i]])
            i += 1
        rest = tail[i:]
        if not frac_digits or not head or any(c not in BIG_UNITS and c not in SMALL_UNITS for c in rest):
            raise ValueError(f"not a number: {text!r}")
        value = _parse_integer_part(_tokens(head), text) + Decimal("0." + frac_digits)
        for c in rest:
            value *= BIG_UNITS.get(c) or SMALL_UNITS[c]
        return sign * value
    return sign * _parse_integer_part(_tokens(s), text)


_RANGE_PAIRS = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9)}


def consecutive_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Two consecutive Chinese numerals read as a range (X2): 三四十 -> (30, 40).

    Returns None when ``text`` holds no such pair (``一二三`` is digit-by-digit, 123).
    """
    chars = list(text)
    for i in range(len(chars) - 1):
        a, b = chars[i], chars[i + 1]
        if a in DIGITS and b in DIGITS and not a.isdigit() and not b.isdigit():
            if (i > 0 and chars[i - 1] in DIGITS) or (i + 2 < len(chars) and chars[i + 2] in DIGITS):
                return None  # a run of three or more: digit-by-digit
            if a in "三叁" and b in "两兩":
                a, b = b, a  # 三两天: two or three days, as 两三天 (no digit-by-digit 32: 两 is never a digit there)
            elif (DIGITS[a], DIGITS[b]) not in _RANGE_PAIRS or a in "零〇○" or b in "零〇○":
                return None
            prefix, rest = text[:i], text[i + 2 :]
            if i > 0 and prefix[-1] not in SMALL_UNITS:
                return None
            try:
                lo = parse_decimal(prefix + a + rest)
                hi = parse_decimal(prefix + b + rest)
            except ValueError:
                return None
            return lo, hi
    return None


def parse_amount(text: str) -> tuple[Decimal, Decimal | None]:
    """Value of a numeral that may be an X2 range: returns (value, value_max or None)."""
    if len(text) <= _MEMO_LENGTH:
        return _amount_memo(text)
    return _parse_amount(text)


@lru_cache(maxsize=4096)
def _amount_memo(text: str) -> tuple[Decimal, Decimal | None]:
    return _parse_amount(text)


def _parse_amount(text: str) -> tuple[Decimal, Decimal | None]:
    if len(text) <= MAX_DIGITS and _ASCII_DECIMAL.fullmatch(text):
        return Decimal(text), None  # (no range, and parse_decimal's value)
    rng = consecutive_range(text)
    if rng is not None:
        return rng
    return parse_decimal(text), None


#: Words inside an amount that say "and some" (500余万, 十多万, 二十几万): parse_number reads
#: the base value; the recognisers turn them into approx markers.
_INNER_VAGUE = "余餘多几幾"  # (traditional 餘, 幾 too)


def _without_inner(text: str) -> str:
    """Drop 余/多/几 between a numeral and a magnitude or after a final magnitude (500余万 -> 500万)."""
    out = []
    for i, c in enumerate(text):
        before = text[i - 1] if i else ""
        if c in _INNER_VAGUE and i and (
                i < len(text) - 1 and text[i + 1] in BIG_UNITS | SMALL_UNITS
                and (before in DIGITS or before in SMALL_UNITS or before.isdigit())
                or i == len(text) - 1 and (before in SMALL_UNITS or before in BIG_UNITS)):
            continue  # 500余万, 十多万; a trailing one after a magnitude: 3千多
        out.append(c)
    return "".join(out)


def parse_number(text: str) -> int | float:
    """Public face of the grammar: ``parse_number("三千五百万") == 35000000``.

    An inner 余/多/几 gives the base value: ``parse_number("500余万") == 5000000``.
    """
    text = _without_inner(text.strip())
    if consecutive_range(text) is not None:
        raise ValueError(f"a range, not one number: {text!r}")
    return to_number(parse_decimal(text))
