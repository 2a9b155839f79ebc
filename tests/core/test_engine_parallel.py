"""`simak analyze` finds names in a forked process for long texts: same analysis, either way."""

from __future__ import annotations

import dataclasses

import pytest

from simak import paths
from simak.core import engine as engine_module
from simak.core.engine import Engine


@pytest.fixture
def long_text() -> str:
    sample = (paths.resources_dir() / "sample-article.txt").read_text("utf-8")
    return sample + "\n\n" + "\n\n".join(sample.split("\n", 1)[1] for _ in range(3))


def _facts(analysis):
    return (
        [dataclasses.asdict(e) for e in analysis.entities],
        [(g.term, g.count, g.score) for g in analysis.glossary],
        len(analysis.tokens),
    )


def test_a_forked_analysis_equals_the_one_process_analysis(long_text, monkeypatch):
    monkeypatch.setattr(engine_module, "PARALLEL_MIN_TOKENS", 100)
    children = []
    real = engine_module._entities_beside

    def counted(*args):
        result = real(*args)
        children.append(result is not None)
        return result

    monkeypatch.setattr(engine_module, "_entities_beside", counted)
    together = Engine(processes=2).analyse(long_text)
    assert children == [True]  # the names really came from the child
    alone = Engine().analyse(long_text)
    assert _facts(together) == _facts(alone)
    assert any(e.name == "Nikolai Patrushev" for e in together.entities)


def test_a_short_text_stays_in_one_process(monkeypatch):
    calls = []
    monkeypatch.setattr(engine_module, "_entities_beside", lambda *a: calls.append(a))
    Engine(processes=2).analyse("Presiden Joko Widodo bertemu menteri di Jakarta.")
    assert calls == []
