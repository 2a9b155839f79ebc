"""`simak analyze` tags a long text's sentences in two processes: same analysis, either way."""

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


def test_sentences_shared_one_at_a_time_give_the_same_analysis(long_text, monkeypatch):
    monkeypatch.setattr(engine_module, "PARALLEL_MIN_TOKENS", 100)
    monkeypatch.setattr(engine_module, "_SENTENCES_PER_TAKE", 1)
    together = Engine(processes=2).analyse(long_text)
    assert _facts(together) == _facts(Engine().analyse(long_text))


def test_the_takes_of_the_two_processes_never_overlap():
    import multiprocessing
    import threading

    context = multiprocessing.get_context("fork")
    bounds = context.RawArray("i", [0, 1000])
    lock = context.Lock()
    taken: list[tuple[int, int]] = []

    def take_all(from_front: bool) -> None:
        while (span := engine_module._take(bounds, lock, from_front=from_front)) is not None:
            taken.append(span)

    workers = [threading.Thread(target=take_all, args=(front,)) for front in (True, False)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    covered = sorted(k for first, stop in taken for k in range(first, stop))
    assert covered == list(range(1000))


def test_a_child_that_fails_leaves_the_work_to_this_process(long_text, monkeypatch):
    monkeypatch.setattr(engine_module, "PARALLEL_MIN_TOKENS", 100)

    def broken_child(sender, *args):
        sender.close()  # as if it crashed before answering

    monkeypatch.setattr(engine_module, "_tag_from_the_front", broken_child)
    together = Engine(processes=2).analyse(long_text)
    assert _facts(together) == _facts(Engine().analyse(long_text))
