"""Free-text questions: safety triage, answer matching, the view and buttons."""
