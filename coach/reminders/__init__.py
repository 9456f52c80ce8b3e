"""Reminders: schedules, time and timezone parsing, the view and buttons."""
