"""Screening: the safety rules (`rules`) and the checklist machine the screens share."""
