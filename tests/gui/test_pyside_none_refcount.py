"""Guard against PySide6 6.12.0's over-release of None on Python 3.11 (see simak/gui/__init__)."""

from __future__ import annotations

import subprocess
import sys


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    # 200,000 void calls and signal emits: without the shield this aborts with "none_dealloc"
    # or "bool_dealloc" on Python 3.11.
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import simak.gui\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "from PySide6.QtWidgets import QApplication, QTextBrowser\n"
        "class Source(QObject):\n"
        "    changed = Signal(bool)\n"
        "app = QApplication([])\n"
        "view = QTextBrowser()\n"
        "source = Source()\n"
        "source.changed.connect(view.setVisible)\n"
        "for _ in range(200_000):\n"
        "    view.setHtml('x')\n"
        "    source.changed.emit(False)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip().endswith("ok")
