"""Progress: streaks and the stats view."""
