"""Start-up stays light: building the bot imports neither Pillow nor fpdf2 (the chart and the
PDF import them only when drawing; the memory target is in benchmarks/overhead.py)."""

from __future__ import annotations

import subprocess
import sys


def test_building_the_application_imports_no_drawing_library() -> None:
    code = (
        "import sys, app.build, handlers.progress, handlers.privacy, scheduler.dispatcher\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'PIL', 'fpdf', 'pypdf'})\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
