"""`python -m coach.questions`: compiles every pattern of the understanding once and keeps their
gates' keys and their compiled code (`coach.questions.patterns.save_keys`, `save_codes`), what a
process pays once per install when no other has yet. The test command runs it ahead of its
workers."""

from __future__ import annotations

import coach.questions.answers  # noqa: F401  (imports every module of the understanding)
from coach.questions.patterns import compile_all

if __name__ == "__main__":
    print(f"{sum(1 for _ in compile_all())} patterns compiled, their keys and code kept")
