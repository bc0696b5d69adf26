"""Document stages: steps that read the whole document after the line-by-line
recognisers and overlap resolution. ``STAGES`` declares them, in the order they run;
each is a function ``(doc: Document, found: list[Candidate]) -> None`` that fills in
fields of the candidates (sorted by offset) and never adds or removes one.
"""

from __future__ import annotations

from collections.abc import Callable

from factx.candidate import Candidate
from factx.document import Document
from factx.stages.links import link_numbers
from factx.stages.places import resolve_places
from factx.stages.scope import scope_numbers

Stage = Callable[[Document, list[Candidate]], None]

#: Place resolution first (links and scope read resolved places), then what each
#: number is about (subject, change, basis), then when and where it holds.
STAGES: tuple[Stage, ...] = (resolve_places, link_numbers, scope_numbers)
