"""Measures (SPEC contract v2): the dimension of an amount and its value in SI units.

The unit records of ``factx/data/units.tsv`` carry the dimension, the SI factor and, for
temperature scales, an offset; this module turns a value written in a unit into the value
in the dimension's SI unit, exactly (``Fraction`` arithmetic, rounded once at the end).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from factx.lexicons import SI_UNITS, Unit

Number = int | float


class Measure(NamedTuple):
    """What the measure fields of a fact hold."""

    dimension: str | None
    si_value: Number | None = None
    si_value_max: Number | None = None
    si_unit: str | None = None


NO_MEASURE = Measure(None)


def exact(value: Number | Decimal | Fraction) -> Fraction:
    """A number as an exact fraction (floats through their shortest repr: 98.6 is 493/5)."""
    if isinstance(value, float):
        return Fraction(Decimal(repr(value)))
    return Fraction(value)


def as_number(value: Fraction) -> Number:
    """An int when integral, else the nearest float."""
    if value.denominator == 1:
        return int(value)
    return float(value)


def convert(unit: Unit, value: Number | Decimal | Fraction) -> Fraction | None:
    """``value`` written in ``unit``, in the SI unit of its dimension (None: no SI unit)."""
    if unit.si is None:
        return None
    return exact(value) * unit.si + unit.offset


def measure_of(unit: Unit, value, value_max=None) -> Measure:
    """The measure fields of an amount of ``unit`` (money and percent included)."""
    if unit.kind == "currency":
        return Measure("money")
    dimension = unit.dimension
    si_unit = SI_UNITS.get(dimension)
    if si_unit is None or unit.si is None or not isinstance(value, (int, float, Decimal, Fraction)):
        return Measure(dimension)
    lo = _si_number(unit, value)
    hi = _si_number(unit, value_max) if value_max is not None else None
    return Measure(dimension, lo, hi, si_unit)


def _si_number(unit: Unit, value) -> Number:
    """``as_number(convert(unit, value))`` (``unit.si`` set), in integer arithmetic for ints,
    Decimals and Fractions (what the recognisers pass): the same exact value, rounded once."""
    if type(value) not in (int, Decimal, Fraction):
        return as_number(convert(unit, value))  # type: ignore[arg-type]  # (floats: via repr)
    si, offset = unit.si, unit.offset
    assert si is not None
    num, den = value.as_integer_ratio()
    # value * si + offset = (num * si_n * off_d + off_n * den * si_d) / (den * si_d * off_d)
    top = num * si.numerator * offset.denominator + offset.numerator * den * si.denominator
    bottom = den * si.denominator * offset.denominator
    if top % bottom == 0:
        return top // bottom
    return top / bottom  # (int true division is correctly rounded, as float(Fraction) is)
