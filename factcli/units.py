"""The units, currency signs, qualifiers, multipliers and rate periods that amounts are
written with, each mapped to its canonical meaning ("bcm" -> 1e9 m3, "over" -> more than).

Tables only: factcli.quantities reads text with them.
"""

import re
from typing import NamedTuple

from factcli.values import Qualifier

DAYS_PER_YEAR = 365.25


class Unit(NamedTuple):
    """A unit as written: its canonical unit, dimension and factor to the canonical unit."""

    unit: str
    dimension: str
    factor: float = 1.0
    period: str | None = None  # a unit that is a rate: "bpd" is barrels per day


TIME_UNITS: dict[str, float] = {
    "millennium": 1000 * DAYS_PER_YEAR,
    "century": 100 * DAYS_PER_YEAR,
    "decade": 10 * DAYS_PER_YEAR,
    "year": DAYS_PER_YEAR,
    "month": DAYS_PER_YEAR / 12,
    "quarter": DAYS_PER_YEAR / 4,
    "fortnight": 14.0,
    "week": 7.0,
    "day": 1.0,
    "hour": 1 / 24,
    "minute": 1 / 1440,
}


def _currency(code: str) -> Unit:
    return Unit(code, "currency")


def _time(unit: str) -> Unit:
    return Unit("day", "time", TIME_UNITS[unit])


_CUBIC_FOOT = 0.028316846592
_MILE = 1609.344
_YARD = 0.9144
_INCH = 0.0254
_POUND = 0.00045359237  # a pound of weight, in tonnes

# Written unit (lowercase; a space stands for any whitespace) -> canonical unit.
UNITS: dict[str, Unit] = {
    # currency
    "dollars": _currency("USD"),
    "dollar": _currency("USD"),
    "us dollars": _currency("USD"),
    "u.s. dollars": _currency("USD"),
    "usd": _currency("USD"),
    "euros": _currency("EUR"),
    "euro": _currency("EUR"),
    "eur": _currency("EUR"),
    "pounds sterling": _currency("GBP"),
    "pounds": _currency("GBP"),
    "pound": _currency("GBP"),
    "sterling": _currency("GBP"),
    "gbp": _currency("GBP"),
    "yuan": _currency("CNY"),
    "renminbi": _currency("CNY"),
    "rmb": _currency("CNY"),
    "cny": _currency("CNY"),
    "rubles": _currency("RUB"),
    "ruble": _currency("RUB"),
    "roubles": _currency("RUB"),
    "rouble": _currency("RUB"),
    "rub": _currency("RUB"),
    "yen": _currency("JPY"),
    "jpy": _currency("JPY"),
    "rupees": _currency("INR"),
    "inr": _currency("INR"),
    "swiss francs": _currency("CHF"),
    "chf": _currency("CHF"),
    # volume (m3)
    "bcm": Unit("m3", "volume", 1e9),
    "tcm": Unit("m3", "volume", 1e12),
    "mcm": Unit("m3", "volume", 1e6),
    "cubic meters": Unit("m3", "volume"),
    "cubic metres": Unit("m3", "volume"),
    "cubic meter": Unit("m3", "volume"),
    "cubic metre": Unit("m3", "volume"),
    "cu m": Unit("m3", "volume"),
    "cu. m": Unit("m3", "volume"),
    "cbm": Unit("m3", "volume"),
    "m3": Unit("m3", "volume"),
    "cubic kilometers": Unit("m3", "volume", 1e9),  # a billion cubic metres
    "cubic kilometres": Unit("m3", "volume", 1e9),
    "cubic kilometer": Unit("m3", "volume", 1e9),
    "cubic kilometre": Unit("m3", "volume", 1e9),
    "km3": Unit("m3", "volume", 1e9),
    "cubic feet": Unit("m3", "volume", _CUBIC_FOOT),
    "cubic foot": Unit("m3", "volume", _CUBIC_FOOT),
    "cu ft": Unit("m3", "volume", _CUBIC_FOOT),
    "bcf": Unit("m3", "volume", 1e9 * _CUBIC_FOOT),
    "tcf": Unit("m3", "volume", 1e12 * _CUBIC_FOOT),
    "liters": Unit("m3", "volume", 1e-3),
    "litres": Unit("m3", "volume", 1e-3),
    # oil volume (barrels)
    "barrels": Unit("bbl", "oil_volume"),
    "barrel": Unit("bbl", "oil_volume"),
    "bbl": Unit("bbl", "oil_volume"),
    "bpd": Unit("bbl", "oil_volume", 1.0, "day"),
    "b/d": Unit("bbl", "oil_volume", 1.0, "day"),
    "mb/d": Unit("bbl", "oil_volume", 1e6, "day"),
    # percent
    "%": Unit("percent", "percent"),
    "percent": Unit("percent", "percent"),
    "per cent": Unit("percent", "percent"),
    "per-cent": Unit("percent", "percent"),
    "pct": Unit("percent", "percent"),
    "percentage points": Unit("pp", "percentage_point"),
    "percentage point": Unit("pp", "percentage_point"),
    "basis points": Unit("pp", "percentage_point", 0.01),
    "bps": Unit("pp", "percentage_point", 0.01),
    # mass (t)
    "tonnes": Unit("t", "mass"),
    "tonne": Unit("t", "mass"),
    "tons": Unit("t", "mass"),
    "ton": Unit("t", "mass"),
    "metric tons": Unit("t", "mass"),
    "metric tonnes": Unit("t", "mass"),
    "t": Unit("t", "mass"),
    "mt": Unit("t", "mass", 1e6),
    "mmt": Unit("t", "mass", 1e6),
    "mtpa": Unit("t", "mass", 1e6, "year"),
    "kg": Unit("t", "mass", 1e-3),
    "kilograms": Unit("t", "mass", 1e-3),
    "kilogrammes": Unit("t", "mass", 1e-3),
    "grams": Unit("t", "mass", 1e-6),
    "lb": Unit("t", "mass", _POUND),
    "lbs": Unit("t", "mass", _POUND),
    "kilogram": Unit("t", "mass", 1e-3),
    "kilogramme": Unit("t", "mass", 1e-3),
    "gram": Unit("t", "mass", 1e-6),
    # length (m)
    "km": Unit("m", "length", 1e3),
    "kilometers": Unit("m", "length", 1e3),
    "kilometres": Unit("m", "length", 1e3),
    "kilometer": Unit("m", "length", 1e3),
    "kilometre": Unit("m", "length", 1e3),
    "miles": Unit("m", "length", _MILE),
    "mile": Unit("m", "length", _MILE),
    "mi": Unit("m", "length", _MILE),
    "nautical miles": Unit("m", "length", 1852.0),
    "meters": Unit("m", "length"),
    "metres": Unit("m", "length"),
    "meter": Unit("m", "length"),
    "metre": Unit("m", "length"),
    "m": Unit("m", "length"),
    "cm": Unit("m", "length", 1e-2),
    "centimeters": Unit("m", "length", 1e-2),
    "centimetres": Unit("m", "length", 1e-2),
    "centimeter": Unit("m", "length", 1e-2),
    "centimetre": Unit("m", "length", 1e-2),
    "mm": Unit("m", "length", 1e-3),
    "millimeters": Unit("m", "length", 1e-3),
    "millimetres": Unit("m", "length", 1e-3),
    "yards": Unit("m", "length", _YARD),
    "yard": Unit("m", "length", _YARD),
    "yds": Unit("m", "length", _YARD),
    "yd": Unit("m", "length", _YARD),
    "inches": Unit("m", "length", _INCH),
    "inch": Unit("m", "length", _INCH),
    "feet": Unit("m", "length", 0.3048),
    "foot": Unit("m", "length", 0.3048),
    "ft": Unit("m", "length", 0.3048),
    # area (m2)
    "square kilometers": Unit("m2", "area", 1e6),
    "square kilometres": Unit("m2", "area", 1e6),
    "sq km": Unit("m2", "area", 1e6),
    "km2": Unit("m2", "area", 1e6),
    "square miles": Unit("m2", "area", _MILE**2),
    "sq mi": Unit("m2", "area", _MILE**2),
    "square meters": Unit("m2", "area"),
    "square metres": Unit("m2", "area"),
    "m2": Unit("m2", "area"),
    "hectares": Unit("m2", "area", 1e4),
    "ha": Unit("m2", "area", 1e4),
    "acres": Unit("m2", "area", 4046.8564224),
    # energy (Wh) and power (W)
    "kwh": Unit("Wh", "energy", 1e3),
    "mwh": Unit("Wh", "energy", 1e6),
    "gwh": Unit("Wh", "energy", 1e9),
    "twh": Unit("Wh", "energy", 1e12),
    "kilowatt hours": Unit("Wh", "energy", 1e3),
    "megawatt hours": Unit("Wh", "energy", 1e6),
    "terawatt hours": Unit("Wh", "energy", 1e12),
    "kw": Unit("W", "power", 1e3),
    "mw": Unit("W", "power", 1e6),
    "gw": Unit("W", "power", 1e9),
    "kilowatts": Unit("W", "power", 1e3),
    "megawatts": Unit("W", "power", 1e6),
    "gigawatts": Unit("W", "power", 1e9),
    # time (days)
    **{f"{name}s": _time(name) for name in TIME_UNITS if name not in ("century", "millennium")},
    **{name: _time(name) for name in TIME_UNITS},
    "centuries": _time("century"),
    "millennia": _time("millennium"),
    "millenniums": _time("millennium"),
    "yrs": _time("year"),
    "yr": _time("year"),
    "hrs": _time("hour"),
    "mins": _time("minute"),
    # the size of an earthquake ("a 7.8-magnitude earthquake")
    "magnitude": Unit("magnitude", "magnitude"),
    # multipliers
    "times": Unit("times", "multiplier"),
    "fold": Unit("times", "multiplier"),
}
# Units written before the number, as a noun it completes: "a magnitude 6 aftershock",
# "a magnitude-4.5 tremor", "a magnitude of 7.8".
UNITS_BEFORE: dict[str, Unit] = {"magnitude": UNITS["magnitude"]}
# Currency signs and codes written before the number: "$95bn", "US$ 200 bn", "EUR 5m".
CURRENCY_PREFIXES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "us $": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "rmb": "CNY",
    "cny": "CNY",
    "₽": "RUB",
    "rub": "RUB",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "c$": "CAD",
    "a$": "AUD",
    "hk$": "HKD",
    "s$": "SGD",
    "chf": "CHF",
}
QUALIFIERS: dict[str, Qualifier] = {
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "approx.": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "~": Qualifier.ABOUT,
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "above": Qualifier.MORE_THAN,
    "exceeding": Qualifier.MORE_THAN,
    # verbs of passing a mark: "the penalties have topped $1 million"
    "exceeded": Qualifier.MORE_THAN,
    "exceeds": Qualifier.MORE_THAN,
    "surpassed": Qualifier.MORE_THAN,
    "surpasses": Qualifier.MORE_THAN,
    "topped": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "well over": Qualifier.MORE_THAN,
    "at least": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "not less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "less than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "up to": Qualifier.AT_MOST,
    "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST,
    "not more than": Qualifier.AT_MOST,
    "a maximum of": Qualifier.AT_MOST,
    "as many as": Qualifier.AT_MOST,
    "as much as": Qualifier.AT_MOST,
    "nearly": Qualifier.NEARLY,
    "almost": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "just shy of": Qualifier.NEARLY,
}
QUALIFIER_WORDS = frozenset(
    "~" if phrase == "~" else re.sub(r"[^a-z ]", "", phrase).split()[-1] for phrase in QUALIFIERS
)
TRAILING_QUALIFIERS: dict[str, Qualifier] = {
    "+": Qualifier.AT_LEAST,  # "272+ dead", "ages 18+": that number or more
    "plus": Qualifier.MORE_THAN,
    "or more": Qualifier.AT_LEAST,
    "or so": Qualifier.ABOUT,
    "or less": Qualifier.AT_MOST,
    "or fewer": Qualifier.AT_MOST,
}
MULTIPLIER_WORDS: dict[str, float] = {
    "double": 2.0,
    "doubled": 2.0,
    "doubles": 2.0,
    "doubling": 2.0,
    "twice": 2.0,
    "triple": 3.0,
    "tripled": 3.0,
    "triples": 3.0,
    "tripling": 3.0,
    "treble": 3.0,
    "trebled": 3.0,
    "quadruple": 4.0,
    "quadrupled": 4.0,
    "quadrupling": 4.0,
    "quintuple": 5.0,
    "quintupled": 5.0,
    "halve": 0.5,
    "halved": 0.5,
    "halves": 0.5,
    "halving": 0.5,
}
MULTIPLIER_WORD_SET = frozenset(MULTIPLIER_WORDS)
FOLD_WORDS: dict[str, float] = {
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "eight": 8.0,
    "nine": 9.0,
    "ten": 10.0,
    "twenty": 20.0,
    "hundred": 100.0,
    "thousand": 1000.0,
}
# Periods that make an amount a rate; the group name is the period.
PERIODS = (
    r"(?P<year>an?[\s-]+year(?:'s)?(?!\s+(?:ago|earlier|before|after|later|on|since|from)\b)"
    r"|an?\s+yr|per\s+(?:year|annum|yr)|each\s+year|every\s+year|annually|yearly"
    r"|/\s*(?:year|yr|y|a)|p\.a\.)"
    r"|(?P<day>a[\s-]+day(?!\s+(?:ago|earlier|before|after|later)\b)|per\s+day|each\s+day"
    r"|every\s+day|daily|/\s*d(?:ay)?)"
    r"|(?P<month>a\s+month(?!\s+(?:ago|earlier|before|after|later)\b)|per\s+month"
    r"|each\s+month|every\s+month|monthly|/\s*(?:month|mo))"
    r"|(?P<week>a\s+week(?!\s+(?:ago|earlier|before|after|later)\b)|per\s+week"
    r"|each\s+week|every\s+week|weekly|/\s*(?:week|wk))"
    r"|(?P<hour>an\s+hour|per\s+hour|hourly|/\s*(?:hour|hr|h))"
)
TIME_UNIT_WORDS = r"(?:year|month|week|day|quarter|decade)"


def words_pattern(words: list[str]) -> str:
    """An alternation of written forms, longest first; a space matches any whitespace."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


# "a 300-pound manhole cover": a pound joined to its number by a hyphen weighs something
POUND_WEIGHT = Unit("t", "mass", _POUND)
