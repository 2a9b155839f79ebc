"""Lexicon load time (cold, with and without system dictionaries) and warm lookup speed.

Run: .venv/bin/python tests/benchmarks/bench_lexicon.py
"Cold" is a fresh process each time (imports included); "no cache" also deletes the
reversed-FreeDict JSON cache first, which is what the very first start pays.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

CHILD = """
import time, sys
started = time.perf_counter()
from simak.core.lexicon import Lexicon
lexicon = Lexicon.load(discover_system={system}, thesaurus={system})
print((time.perf_counter() - started) * 1000)
"""
WORDS = [
    "keamanan",
    "memperkuat",
    "diperkuat",
    "pertemuan",
    "kebijakan",
    "berlangsung",
    "rumah",
    "bukunya",
    "pemerintah",
    "menyampaikan",
    "kerja-kerja",
    "DPR",
    "pembangunan",
    "ditangkap",
    "tersangka",
]


def cold_ms(system: bool, data_dir: str, clear_cache: bool) -> float:
    if clear_cache:
        for name in (
            os.listdir(os.path.join(data_dir, "cache"))
            if os.path.isdir(os.path.join(data_dir, "cache"))
            else []
        ):
            os.remove(os.path.join(data_dir, "cache", name))
    env = dict(os.environ, SIMAK_DATA_DIR=data_dir)
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(system=system)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        os.environ["SIMAK_DATA_DIR"] = data_dir
        print(f"cold load, system dictionaries, no cache : {cold_ms(True, data_dir, True):7.1f} ms")
        runs = [cold_ms(True, data_dir, False) for _ in range(3)]
        print(f"cold load, system dictionaries, cached   : {min(runs):7.1f} ms (best of 3)")
        runs = [cold_ms(False, data_dir, False) for _ in range(3)]
        print(f"cold load, bundled lexicon only          : {min(runs):7.1f} ms (best of 3)")

        from simak.core.lexicon import Lexicon

        started = time.perf_counter()
        lexicon = Lexicon.load()
        print(
            f"in-process load (after imports)          : "
            f"{(time.perf_counter() - started) * 1000:7.1f} ms  ({lexicon.report.loaded})"
        )
        for word in WORDS:
            lexicon.define(word)  # warm
        rounds = 200
        started = time.perf_counter()
        for _ in range(rounds):
            for word in WORDS:
                lexicon.define(word)
        elapsed_ms = (time.perf_counter() - started) * 1000
        count = rounds * len(WORDS)
        print(
            f"warm define()                            : {count / elapsed_ms:7.1f} lookups/ms "
            f"({elapsed_ms / count * 1000:.0f} us each)"
        )
        sentence = [
            "Kedua",
            "negara",
            "sepakat",
            "memperkuat",
            "kerja",
            "sama",
            "di",
            "bidang",
            "hak",
            "asasi",
            "manusia",
            "dan",
            "rumah",
            "sakit",
        ]
        started = time.perf_counter()
        for _ in range(1000):
            lexicon.match_phrases(sentence)
        print(
            f"match_phrases (14 words)                 : "
            f"{(time.perf_counter() - started):7.3f} ms each"
        )


if __name__ == "__main__":
    main()
