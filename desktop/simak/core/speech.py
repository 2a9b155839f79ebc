"""Reading words and sentences aloud with espeak-ng's Indonesian voice, when it is installed.

Nothing is bundled: espeak-ng is a system program (GPL) that we only run, never link. Without
it the app simply offers no "listen" action.
"""

from __future__ import annotations

import shutil
import subprocess

ESPEAK = "espeak-ng"
DEFAULT_RATE = 150  # words per minute; espeak-ng's own default is 175, slow for learners


def espeak_available() -> bool:
    return shutil.which(ESPEAK) is not None


def speak_command(text: str, rate: int = DEFAULT_RATE) -> list[str]:
    """The argument list that reads `text` in Indonesian; `--` keeps a leading dash as text."""
    return [ESPEAK, "-v", "id", "-s", str(int(rate)), "--", text]


def speak(text: str, rate: int = DEFAULT_RATE) -> subprocess.Popen | None:
    """Start reading `text` aloud and return at once (the caller may .terminate() it).

    None when there is nothing to say or espeak-ng is missing or cannot start.
    """
    if not text.strip() or not espeak_available():
        return None
    try:
        return subprocess.Popen(
            speak_command(text, rate),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None
