"""Stand-in extractors and a fixed list of facts (with how each format renders it), so
the CLI tests do not depend on what the library finds; ``render`` writes facts with one
of the writers, into a string.

``install(monkeypatch, extractor)`` patches ``factx.extractor.get_extractor`` in this
process; ``subprocess_env(tmp_path)`` gives an environment whose Python processes (the
CLI and its workers, whatever the start method) use ``PatternExtractor``.
"""

from __future__ import annotations

import io
import os
import re
import time
from dataclasses import replace
from pathlib import Path

from factx.model import FIELDS, Fact
from factx.writers import WRITERS

FACTS = [
    Fact("-", "date", "2023年", 0, 5, "2023", sentence="2023年，全省破获案件8.5万余起。"),
    Fact(
        "-", "quantity", "8.5万余起", 13, 19, 85000, unit="起", approx="more_than",
        sentence="2023年，全省破获案件8.5万余起。",
    ),
    Fact("-", "money", "3至5万元", 25, 31, 30000, 50000, "CNY", sentence='损失"3至5万元", 其余'),
    Fact("-", "percent", "-3.9%", 40, 45, -3.9, unit="%", sentence="=同比-3.9%"),
    Fact(
        "-", "place", "陕西", 50, 52, sentence="陕西:推进平安共治", name="陕西省",
        level="province", adcode="610000",
    ),
]


# How the writers render FACTS (doc "-").
HEADER = ",".join(FIELDS)

CSV = (
    HEADER + "\r\n"
    "-,date,2023年,0,5,2023,,,,2023年，全省破获案件8.5万余起。,,,,,,,,,,,,,,,,\r\n"
    "-,quantity,8.5万余起,13,19,85000,,起,more_than,2023年，全省破获案件8.5万余起。,,,,,,,,,,,,,,,,\r\n"
    '-,money,3至5万元,25,31,30000,50000,CNY,,"损失""3至5万元"", 其余",,,,,,,,,,,,,,,,\r\n'
    "-,percent,'-3.9%,40,45,-3.9,,%,,'=同比-3.9%,,,,,,,,,,,,,,,,\r\n"
    "-,place,陕西,50,52,,,,,陕西:推进平安共治,陕西省,province,610000,,,,,,,,,,,,,\r\n"
)

# The v2 fields (measures, links) of a row that has none of them.
_V2_NULLS = (
    '"dimension": null, "si_value": null, "si_value_max": null, "si_unit": null, "per": null, '
    '"subject": null, "subject_start": null, "subject_end": null, "change": null, "basis": null, '
    '"time": null, "place": null}'
)

JSONL_ROWS = [
    '{"doc": "-", "type": "date", "text": "2023年", "start": 0, "end": 5, "value": "2023", '
    '"value_max": null, "unit": null, "approx": null, '
    '"sentence": "2023年，全省破获案件8.5万余起。", '
    '"name": null, "level": null, "adcode": null, "parent": null, ' + _V2_NULLS,
    '{"doc": "-", "type": "quantity", "text": "8.5万余起", "start": 13, "end": 19, "value": 85000, '
    '"value_max": null, "unit": "起", "approx": "more_than", '
    '"sentence": "2023年，全省破获案件8.5万余起。", '
    '"name": null, "level": null, "adcode": null, "parent": null, ' + _V2_NULLS,
    '{"doc": "-", "type": "money", "text": "3至5万元", "start": 25, "end": 31, "value": 30000, '
    '"value_max": 50000, "unit": "CNY", "approx": null, "sentence": "损失\\"3至5万元\\", 其余", '
    '"name": null, "level": null, "adcode": null, "parent": null, ' + _V2_NULLS,
    '{"doc": "-", "type": "percent", "text": "-3.9%", "start": 40, "end": 45, "value": -3.9, '
    '"value_max": null, "unit": "%", "approx": null, "sentence": "=同比-3.9%", '
    '"name": null, "level": null, "adcode": null, "parent": null, ' + _V2_NULLS,
    '{"doc": "-", "type": "place", "text": "陕西", "start": 50, "end": 52, "value": null, '
    '"value_max": null, "unit": null, "approx": null, "sentence": "陕西:推进平安共治", '
    '"name": "陕西省", "level": "province", "adcode": "610000", "parent": null, ' + _V2_NULLS,
]


class FixedExtractor:
    """Returns ``FACTS`` (with the doc filled in) whatever the text; records its calls."""

    def __init__(self, facts: list[Fact] = FACTS) -> None:
        self.facts = facts
        self.calls: list[tuple[str, str, object]] = []

    def extract(self, text: str, doc: str = "-", types=None) -> list[Fact]:
        self.calls.append((text, doc, types))
        return [replace(f, doc=doc) for f in self.facts if types is None or f.type in types]


_PATTERN = re.compile(r"(\d+)(元|%|个)")
_KINDS = {"元": ("money", "CNY"), "%": ("percent", "%"), "个": ("quantity", "个")}


class PatternExtractor:
    """A fact for every ``<digits>元/%/个``, its sentence the line it stands in."""

    def __init__(self, delay: float = 0.0, crash_on: str = "") -> None:
        self.delay = delay
        self.crash_on = crash_on

    def extract(self, text: str, doc: str = "-", types=None) -> list[Fact]:
        if self.crash_on and self.crash_on in doc:
            os._exit(70)  # a worker dying abruptly
        if self.delay:
            time.sleep(self.delay)
        facts = []
        for m in _PATTERN.finditer(text):
            kind, unit = _KINDS[m.group(2)]
            if types is not None and kind not in types:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            sentence = text[line_start : len(text) if line_end < 0 else line_end].rstrip("\r")
            facts.append(
                Fact(doc, kind, m.group(), m.start(), m.end(), int(m.group(1)), unit=unit,
                     sentence=sentence)
            )
        return facts


def render(name: str, facts: list[Fact] | None = None, **options) -> str:
    """What the writer ``name`` writes for ``facts`` (default: ``FACTS``)."""
    out = io.StringIO()
    writer = WRITERS[name](out, **options)
    writer.start()
    for fact in FACTS if facts is None else facts:
        writer.write(fact)
    writer.finish()
    return out.getvalue()


def install(monkeypatch, extractor) -> None:
    """Make ``factx.extract`` use ``extractor`` in this process."""
    monkeypatch.setattr("factx.extractor.get_extractor", lambda tokenizer=None: extractor)


def patch_globally() -> None:
    """Called from sitecustomize in subprocesses: ``PatternExtractor`` everywhere, and
    ``batch.LOCAL_SIZE`` from FAKE_LOCAL_SIZE."""
    import factx.batch
    import factx.extractor

    fake = PatternExtractor(float(os.environ["FAKE_DELAY"]), os.environ.get("FAKE_CRASH_ON", ""))
    factx.extractor.get_extractor = lambda tokenizer=None: fake
    factx.batch.LOCAL_SIZE = int(os.environ.get("FAKE_LOCAL_SIZE", factx.batch.LOCAL_SIZE))


def subprocess_env(
    tmp_path: Path, delay: float = 0.0, local_size: int | None = None, crash_on: str = ""
) -> dict:
    """An environment for ``python -m factx`` that uses ``PatternExtractor``."""
    site = tmp_path / "fake_site"
    site.mkdir(exist_ok=True)
    tests = Path(__file__).resolve().parent
    (site / "sitecustomize.py").write_text(
        f"import sys\nsys.path.insert(0, {str(tests)!r})\nimport fakes\nfakes.patch_globally()\n"
    )
    path = os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path, FAKE_DELAY=str(delay), FAKE_CRASH_ON=crash_on)
    if local_size is not None:
        env["FAKE_LOCAL_SIZE"] = str(local_size)
    return env
