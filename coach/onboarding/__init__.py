"""Onboarding: the machine, its view and buttons."""
