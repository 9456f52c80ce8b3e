"""Typed state saved as JSON: a pydantic `TypeAdapter` over a frozen dataclass, wrapped with
its version, ``{"v": <version>, <field>: <value>, ...}`` (the fields flat beside ``v``, as rows
written before the adapter have them).

Sets are written as sorted lists (or in a given order), so equal states write equal text.
Reading refuses another version and a missing field (a row cut short is not silently given
defaults) with ``ValueError``, except the fields named as ``added`` since (they read with
their defaults).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any, Generic, TypeVar

from pydantic import TypeAdapter

T = TypeVar("T")


class Stored(Generic[T]):
    def __init__(
        self,
        kind: type[T],
        version: int,
        *,
        strict: bool = False,
        sort_keys: bool = False,
        orders: Mapping[str, tuple[str, ...]] | None = None,
        added: frozenset[str] = frozenset(),
    ) -> None:
        self._adapter = TypeAdapter(kind)
        self._version = version
        self._strict = strict
        self._sort_keys = sort_keys
        self._orders = dict(orders or {})
        # Fields added since rows were first written: a row without one reads its default.
        self._names = frozenset(f.name for f in fields(kind)) - added  # type: ignore[arg-type]
        self._name = kind.__name__

    def dump(self, value: T) -> str:
        data: dict[str, Any] = {"v": self._version}
        for name, item in self._adapter.dump_python(value, mode="json").items():
            if isinstance(getattr(value, name), frozenset):
                order = self._orders.get(name)
                item = sorted(item) if order is None else [k for k in order if k in item]
            data[name] = item
        return json.dumps(data, separators=(",", ":"), sort_keys=self._sort_keys)

    def load(self, text: str) -> T:
        """The value `dump` wrote; ``ValueError`` (pydantic's ``ValidationError`` is one) for
        anything malformed, of another version, or missing a field."""
        try:
            raw = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{self._name} is not JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise ValueError(f"{self._name} must be a JSON object")
        if raw.get("v") != self._version:
            raise ValueError(f"unsupported {self._name} version: {raw.get('v')!r}")
        missing = self._names - raw.keys()
        if missing:
            raise ValueError(f"{self._name} lacks {sorted(missing)}")
        return self._adapter.validate_json(text, strict=self._strict)
