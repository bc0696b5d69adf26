"""Hand-checked cases for ``factx.parse_number``.

Every table below is a list of ``(text, expected)`` rows, grouped by the way the
number is written. ``expected`` is what ``parse_number(text)`` must return:

* an ``int`` when the value is integral (``"1.3万"`` -> ``13000``, ``"2.0"`` -> ``2``) -
  the test checks the type as well as the value;
* a ``float`` otherwise, compared with a relative tolerance of 1e-9
  (fractions such as ``三分之二`` are written as Python expressions, ``2 / 3``).

``INVALID`` lists text that is not one number: ``parse_number`` must raise
``ValueError`` for it. Only text that is clearly no number is listed there.

The rules behind the values are those of ``../shared/gold/DECISIONS.md``:
两 and 〇 (Q7), digit-by-digit writing (Q7, X2), 千 as a magnitude (Q2),
a bare magnitude word counting as one of it (Q6), middle dot and full-width
point as decimal point (X1), 半 as 0.5 (X3). ``X分之Y`` is the plain
number Y/X here (the percent recogniser scales it, P1).
"""

from __future__ import annotations

import pytest

import factx

# --- Arabic digits, decimals, thousands separators -------------------------------------
ARABIC = [
    ("0", 0),
    ("7", 7),
    ("42", 42),
    ("999", 999),
    ("2023", 2023),
    ("100000", 100000),
    ("3.14", 3.14),
    ("0.5", 0.5),
    ("0.001", 0.001),
    ("98.86", 98.86),
    ("12.345", 12.345),
    ("10.50", 10.5),  # trailing zero dropped
    ("2.0", 2),  # integral value -> int
    ("1,000", 1000),
    ("12,000", 12000),
    ("65,536", 65536),
    ("1,234.5", 1234.5),
    ("1,234,567", 1234567),
    ("1,000,000.25", 1000000.25),
]

# --- Full-width digits, signs and points -------------------------------------------------
FULL_WIDTH = [
    ("３５", 35),
    ("１２３", 123),
    ("１０００", 1000),
    ("２０２３", 2023),
    ("１２．５", 12.5),
    ("０．５", 0.5),
    ("９９．９", 99.9),
    ("－３", -3),
    ("－０．７５", -0.75),
    ("１．３万", 13000),  # 1.3 * 10_000
]

# --- Chinese numerals: 零/〇, 两, 十/百/千/万/亿/万亿 ------------------------------------
CHINESE = [
    ("零", 0),
    ("〇", 0),
    ("一", 1),
    ("二", 2),
    ("两", 2),
    ("三", 3),
    ("四", 4),
    ("五", 5),
    ("六", 6),
    ("七", 7),
    ("八", 8),
    ("九", 9),
    ("十", 10),
    ("十七", 17),
    ("一十五", 15),
    ("廿", 20),  # the tens written as one character: 廿 = 二十, 卅 = 三十, 卌 = 四十
    ("廿三", 23),
    ("卅", 30),
    ("卅一", 31),
    ("卌", 40),
    ("廿一万", 210000),
    ("二十", 20),
    ("二十三", 23),
    ("九十九", 99),
    ("一百", 100),
    ("两百", 200),
    ("一百零八", 108),
    ("一百一十", 110),
    ("三百二十一", 321),
    ("三百六十五", 365),
    ("一千", 1000),
    ("一千零一", 1001),
    ("一千〇五", 1005),  # 〇 standing for 零
    ("一千零五十", 1050),
    ("两千零二十三", 2023),
    ("两千两百", 2200),
    ("三千五百", 3500),
    ("一万", 10000),
    ("一万零一", 10001),
    ("一万二千", 12000),
    ("一万两千五百", 12500),  # 10_000 + 2_000 + 500
    ("十万", 100000),
    ("十万零三百", 100300),
    ("二十万零五", 200005),
    ("四十五万", 450000),
    ("五十万", 500000),
    ("一百万", 1000000),
    ("一千万", 10000000),
    ("一千零五十万", 10500000),  # 1050 * 10_000
    ("三千五百万", 35000000),  # 3500 * 10_000
    ("一千二百三十四万五千六百七十八", 12345678),  # 1234 * 10_000 + 5678
    ("九千九百九十九万九千九百九十九", 99999999),  # 9999 * 10_000 + 9999
    ("一亿", 100000000),
    ("两亿", 200000000),
    ("十亿", 1000000000),
    ("十二亿", 1200000000),  # 12 * 10**8
    ("一亿零五百万", 105000000),  # 10**8 + 500 * 10_000
    ("一亿二千万", 120000000),  # 10**8 + 2000 * 10_000
    ("三万亿", 3000000000000),  # 3 * 10**12
    ("万", 10000),  # a bare magnitude counts as one of it (Q6)
    ("亿", 100000000),
    ("万亿", 1000000000000),  # 10**12, as in 超万亿元 (Q6)
]

# --- Digit-by-digit writing (Q7; three or more digits) ----------------------------------
DIGIT_BY_DIGIT = [
    ("一二一", 121),
    ("一二三", 123),
    ("八五六", 856),
    ("三〇五", 305),
    ("一九四九", 1949),
    ("一九九八", 1998),
    ("二〇〇〇", 2000),
    ("二〇〇八", 2008),
    ("二〇一九", 2019),
    ("二〇二四", 2024),
    ("一二三亿", 12300000000),  # 123 * 10**8 (Q7 一二三亿斤)
]

# --- Financial and traditional forms -----------------------------------------------------
FINANCIAL = [
    ("壹", 1),
    ("贰", 2),
    ("叁", 3),
    ("肆", 4),
    ("伍", 5),
    ("陆", 6),
    ("柒", 7),
    ("捌", 8),
    ("玖", 9),
    ("拾", 10),
    ("壹拾", 10),
    ("贰拾叁", 23),
    ("肆拾", 40),
    ("柒拾捌", 78),
    ("伍佰", 500),
    ("壹佰零捌", 108),
    ("陆仟", 6000),
    ("叁仟伍佰", 3500),
    ("壹仟贰佰叁拾肆", 1234),
    ("玖仟玖佰玖拾玖", 9999),
    ("伍萬", 50000),  # 萬 = 万
    ("壹萬零壹", 10001),
    ("叁仟伍佰萬", 35000000),  # 3500 * 10_000
    ("壹億", 100000000),  # 億 = 亿
    ("兩億", 200000000),  # 兩 = 两
    ("兩千", 2000),
    ("兩萬五千", 25000),
    ("一萬", 10000),
    ("三千萬", 30000000),  # 3000 * 10_000
    ("十億", 1000000000),
    ("貳拾", 20),  # traditional 貳
    ("陸拾", 60),  # traditional 陸
]

# --- Arabic digits with Chinese magnitudes -----------------------------------------------
MIXED = [
    ("3千", 3000),
    ("5百", 500),
    ("3千5百", 3500),
    ("3.5千", 3500),  # 千 is a magnitude (Q2 3.5千公顷)
    ("120千", 120000),  # Q2 120千公顷
    ("10万", 100000),
    ("12万", 120000),
    ("0.5万", 5000),
    ("1.3万", 13000),
    ("8.5万", 85000),
    ("12.5万", 125000),
    ("158.8万", 1588000),  # 158.8 * 10_000
    ("336.3万", 3363000),  # 336.3 * 10_000
    ("1.23456万", 12345.6),  # 1.23456 * 10_000, not integral
    ("1,200万", 12000000),  # 1200 * 10_000
    ("2万5千", 25000),
    ("3万2千", 32000),
    ("5亿", 500000000),
    ("30亿", 3000000000),
    ("0.05亿", 5000000),  # 0.05 * 10**8
    ("2.36亿", 236000000),  # 2.36 * 10**8
    ("1亿2千万", 120000000),  # 10**8 + 2000 * 10_000
    ("2亿5千万", 250000000),  # 2 * 10**8 + 5000 * 10_000
    ("4万亿", 4000000000000),  # 4 * 10**12
    ("1.5万亿", 1500000000000),  # 1.5 * 10**12
    ("3.2万亿", 3200000000000),  # 3.2 * 10**12
    ("7.5万亿", 7500000000000),  # 7.5 * 10**12
]

# --- Decimals written with 点 -------------------------------------------------------------
POINT = [
    ("零点五", 0.5),
    ("零点三", 0.3),
    ("零点零五", 0.05),
    ("一点零五", 1.05),
    ("二点三四", 2.34),
    ("六点五", 6.5),
    ("九点九", 9.9),
    ("十二点五", 12.5),
    ("四十七点八", 47.8),
    ("一百点二五", 100.25),
    ("三点一四一五", 3.1415),
    ("一点五万", 15000),  # 1.5 * 10_000
    ("六点五亿", 650000000),  # 6.5 * 10**8
    ("三点二万亿", 3200000000000),  # 3.2 * 10**12
]

# --- Middle dot and full-width point as decimal point (X1) -------------------------------
DOTS = [
    ("12·5", 12.5),
    ("0·5", 0.5),
    ("98·6", 98.6),
    ("1·3万", 13000),
    ("3．75", 3.75),
    ("3．75亿", 375000000),  # 3.75 * 10**8 (X1 3．75亿元)
]

# --- Negative numbers ---------------------------------------------------------------------
NEGATIVE = [
    ("-3", -3),
    ("-0.8", -0.8),
    ("-3.9", -3.9),
    ("-12,000", -12000),
    ("－１２．５", -12.5),
    ("负3.9", -3.9),
    ("负1.5万", -15000),
    ("负三", -3),
    ("负十", -10),
    ("负二十五", -25),
    ("负零点五", -0.5),
]

# --- Fractions and 半: X分之Y is Y / X ----------------------------------------------------
FRACTION = [
    ("半", 0.5),
    ("二分之一", 0.5),
    ("三分之二", 2 / 3),
    ("四分之一", 0.25),
    ("五分之一", 0.2),
    ("六分之一", 1 / 6),
    ("十分之三", 0.3),
    ("百分之五", 0.05),
    ("百分之三十", 0.3),
    ("百分之十二点五", 0.125),
    ("百分之零点五", 0.005),
    ("千分之三", 0.003),
    ("万分之一", 0.0001),
    ("1/3", 1 / 3),
    ("1/8", 0.125),
    ("2/5", 0.4),
    ("3/4", 0.75),
    ("3／4", 0.75),  # full-width slash
]

# --- Not one number: ValueError ----------------------------------------------------------
INVALID = [
    "",
    "   ",
    "abc",
    "abc123",
    "1.2.3",
    "1,23",  # bad digit grouping
    "12,3456",  # bad digit grouping
    "1,,000",
    "--3",
    "-",
    ".",
    "/4",
    "3/",
    "%",
    "元",
    "12吨",  # a number with a unit is not a plain number
    "三个",
    "第一",
    "第3",
    "点五",
    "分之",
    "负",
    "十十",
]


def check(text: str, expected: int | float) -> None:
    got = factx.parse_number(text)
    assert not isinstance(got, bool), f"{text!r} -> {got!r}"
    if isinstance(expected, int):
        assert type(got) is int, f"{text!r} -> {got!r}: an integral value must come back as int"
        assert got == expected, f"{text!r} -> {got!r}, expected {expected!r}"
    else:
        assert type(got) is float, f"{text!r} -> {got!r}: expected the float {expected!r}"
        assert got == pytest.approx(expected, rel=1e-9, abs=1e-12), (
            f"{text!r} -> {got!r}, expected {expected!r}"
        )


@pytest.mark.parametrize(("text", "expected"), ARABIC)
def test_arabic(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FULL_WIDTH)
def test_full_width(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DIGIT_BY_DIGIT)
def test_digit_by_digit(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FINANCIAL)
def test_financial_and_traditional(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), MIXED)
def test_mixed(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), POINT)
def test_point(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DOTS)
def test_middle_dot_and_full_width_point(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), NEGATIVE)
def test_negative(text, expected):
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), FRACTION)
def test_fraction(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text", INVALID)
def test_invalid(text):
    with pytest.raises(ValueError):
        factx.parse_number(text)
