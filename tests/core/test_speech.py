"""espeak-ng command lines, and a real Indonesian WAV when espeak-ng is installed."""

from __future__ import annotations

import subprocess

import pytest

from simak.core.speech import espeak_available, speak, speak_command


def test_the_command_uses_the_indonesian_voice_and_protects_the_text():
    command = speak_command("-- keamanan; rm -rf /", rate=120)
    assert command == ["espeak-ng", "-v", "id", "-s", "120", "--", "-- keamanan; rm -rf /"]


def test_nothing_to_say_starts_nothing():
    assert speak("   ") is None


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")
def test_espeak_writes_a_wav_of_indonesian_speech(tmp_path):
    wav = tmp_path / "keamanan.wav"
    command = speak_command("Keamanan diperkuat.")
    command[1:1] = ["-w", str(wav)]
    subprocess.run(command, check=True, timeout=30, capture_output=True)
    data = wav.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert len(data) > 1000  # more than a header: there is sound in it


@pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")
def test_speak_returns_at_once_with_a_running_process():
    process = speak("Selamat pagi")
    assert process is not None
    try:
        assert process.args == speak_command("Selamat pagi")
        process.wait(timeout=30)  # the exit code depends on the sound device, not on us
    finally:
        if process.poll() is None:
            process.terminate()
