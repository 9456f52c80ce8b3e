"""/stats, pure: streaks on the user's local calendar, week and month counts, the last
sessions, and the empty state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coach.progress.streaks import Streak
from coach.progress.view import RECENT, Done, Recent, compute, render
from content import progress as text

# Wednesday 18 March 2026, 12:00 UTC (21:00 in Tokyo, 05:00 in Los Angeles).
NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0, *, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def done(ended: datetime, before: int | None = 3, after: int | None = 2) -> Done:
    return Done(ended, before, after)


def test_a_new_user_sees_the_friendly_empty_state():
    stats = compute([], NOW, None)
    assert stats.empty
    assert (stats.streak, stats.this_week, stats.this_month, stats.recent) == (
        Streak(0, 0),
        0,
        0,
        (),
    )
    view = render(stats)
    assert view.text == text.EMPTY
    assert "/session" in view.text
    assert view.buttons == ()


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        # 16 Mar 23:30 UTC, 17 Mar 23:30 UTC, 18 Mar 10:00 UTC
        ("UTC", Streak(3, 3)),  # 16, 17, 18 March
        ("Asia/Tokyo", Streak(2, 2)),  # 17, 18, 18 March (two on the 18th count once)
        ("America/Los_Angeles", Streak(3, 3)),  # 16, 17, 18 (03:00 local)
        ("UTC+05:30", Streak(2, 2)),  # 17 05:00, 18 05:00, 18 15:30
    ],
)
def test_the_streak_follows_the_users_local_calendar(tz, expected):
    sessions = [done(at(16, 23, 30)), done(at(17, 23, 30)), done(at(18, 10))]
    assert compute(sessions, NOW, tz).streak == expected


def test_the_same_instants_fall_on_different_local_days():
    # 17 Mar 15:30 UTC is already the 18th in Tokyo but still the 17th in UTC.
    stats_utc = compute([done(at(17, 15, 30))], NOW, "UTC")
    stats_tokyo = compute([done(at(17, 15, 30))], NOW, "Asia/Tokyo")
    assert stats_utc.recent[0].day == date(2026, 3, 17)
    assert stats_tokyo.recent[0].day == date(2026, 3, 18)
    assert stats_utc.streak == Streak(1, 1)  # yesterday still counts until the day is over
    assert stats_tokyo.streak == Streak(1, 1)


def test_today_in_the_users_timezone_decides_the_current_streak():
    # Now is 19 March 02:00 in Tokyo; the last session was 17 March in Tokyo: streak lost.
    now = at(18, 17)
    sessions = [done(at(16, 3)), done(at(17, 3))]  # 16 and 17 March, 12:00 in Tokyo
    assert compute(sessions, now, "Asia/Tokyo").streak == Streak(0, 2)
    assert compute(sessions, now, "UTC").streak == Streak(2, 2)  # still the 18th in UTC


def test_week_and_month_counts():
    sessions = [
        done(at(18, 8)),  # Wed
        done(at(18, 9)),  # Wed again: counts twice here
        done(at(16, 8)),  # Mon
        done(at(15, 8)),  # Sun, last week
        done(at(1, 8)),  # 1 March
        done(at(28, 8, month=2)),  # February
    ]
    stats = compute(sessions, NOW, "UTC")
    assert (stats.this_week, stats.this_month, stats.total) == (3, 5, 6)


def test_the_week_starts_on_the_users_local_monday():
    # 15 Mar 20:00 UTC is Sunday in UTC but Monday 16 Mar 05:00 in Tokyo.
    sessions = [done(at(15, 20))]
    assert compute(sessions, NOW, "UTC").this_week == 0
    assert compute(sessions, NOW, "Asia/Tokyo").this_week == 1


def test_the_month_starts_on_the_users_local_first():
    # 28 Feb 20:00 UTC is 1 March in Tokyo.
    now = at(2, 12)
    sessions = [done(at(28, 20, month=2))]
    assert compute(sessions, now, "UTC").this_month == 0
    assert compute(sessions, now, "Asia/Tokyo").this_month == 1


def test_sessions_in_the_future_are_ignored():
    stats = compute([done(NOW + timedelta(hours=1)), done(at(18, 8))], NOW, "UTC")
    assert stats.total == 1
    assert stats.this_week == 1


def test_the_last_sessions_are_the_newest_five_newest_first():
    sessions = [done(at(day, 8), before=day % 10, after=(day + 1) % 10) for day in range(8, 18)]
    stats = compute(list(reversed(sessions)), NOW, "UTC")  # any input order
    assert len(stats.recent) == RECENT == 5
    assert stats.recent[0] == Recent(date(2026, 3, 17), 7, 8)
    assert [r.day.day for r in stats.recent] == [17, 16, 15, 14, 13]


def test_render_shows_streak_counts_and_pain_before_and_after():
    sessions = [done(at(17, 8), 5, 3), done(at(18, 8), 4, None), done(at(2, 8, month=1), 6, 6)]
    view = render(compute(sessions, NOW, "UTC"))
    assert "Streak: <b>2 days</b> · best <b>2 days</b>" in view.text
    assert "This week: <b>2 sessions</b> · this month: <b>2 sessions</b>" in view.text
    lines = view.text.splitlines()
    recent = lines[lines.index(text.RECENT_HEADING) + 1 :][:3]
    assert recent == ["Wed 18 Mar · 4 → –", "Tue 17 Mar · 5 → 3", "Fri 2 Jan · 6 → 6"]
    assert "/export" in view.text and "/delete" in view.text


def test_render_a_long_break_says_welcome_back_and_last_years_dates_show_the_year():
    view = render(compute([done(datetime(2025, 12, 30, 8, tzinfo=UTC), 2, 1)], NOW, "UTC"))
    assert "Welcome back!" in view.text and "best streak: <b>1 day</b>" in view.text
    assert "0 days" not in view.text
    assert "A session today starts a new one" in view.text
    assert "Tue 30 Dec 2025 · 2 → 1" in view.text
    assert "This week: <b>0 sessions</b> · this month: <b>0 sessions</b>" in view.text
    assert "Completed in all: <b>1</b>" in view.text


def test_no_text_names_a_drug_or_diagnoses():
    view = render(compute([done(at(18, 8))], NOW, "UTC"))
    for content in (view.text, text.EMPTY):
        lowered = content.lower()
        for word in ("mg", "ibuprofen", "paracetamol", "dose", "diagnos", "you have"):
            assert word not in lowered


@pytest.mark.parametrize(
    ("last_day", "expected"),
    [
        (16, "Streak: <b>0 days</b>"),  # one missed day (17th): not yet "welcome back"
        (15, "Streak: <b>0 days</b>"),  # two missed days
        (14, "Welcome back!"),  # three missed days (15, 16, 17)
        (1, "Welcome back!"),
    ],
)
def test_three_or_more_missed_days_say_welcome_back_not_zero(last_day, expected):
    view = render(compute([done(at(last_day, 8))], NOW, "UTC"))
    assert expected in view.text


def test_held_days_are_not_missed_days_for_welcome_back():
    # Last session the 14th; the 15th-17th were held for safety: nothing was missed.
    held = [at(15, 9), at(16, 9), at(17, 9)]
    stats = compute([done(at(14, 8))], NOW, "UTC", held)
    assert stats.streak == Streak(1, 1)
    assert not stats.welcome_back


def test_a_held_day_never_breaks_the_streak():
    sessions = [done(at(15, 8)), done(at(16, 8)), done(at(18, 8))]
    assert compute(sessions, NOW, "UTC").streak == Streak(1, 2)
    assert compute(sessions, NOW, "UTC", [at(17, 7)]).streak == Streak(3, 3)


def test_a_session_ended_by_pain_holds_its_day_and_is_listed_as_such():
    sessions = [
        done(at(16, 8), 2, 1),
        Done(at(17, 8), 3, 6, "hurt"),
        done(at(18, 8), 2, 2),
    ]
    stats = compute(sessions, NOW, "UTC")
    assert stats.streak == Streak(2, 2)  # the 17th bridges, it does not count
    assert (stats.total, stats.hurt, stats.stopped) == (2, 1, 0)
    view = render(stats)
    assert "Tue 17 Mar · 3 → 6 · <i>ended by pain</i>" in view.text
    assert "ended by pain: <b>1</b>" in view.text


def test_stopped_sessions_are_listed_but_do_not_count_as_done():
    stats = compute([Done(at(18, 8), 4, None, "stopped")], NOW, "UTC")
    assert not stats.empty
    assert (stats.total, stats.stopped, stats.streak) == (0, 1, Streak(0, 0))
    view = render(stats)
    assert "Wed 18 Mar · 4 → – · <i>stopped early</i>" in view.text
    assert "Stopped early: <b>1</b>" in view.text
