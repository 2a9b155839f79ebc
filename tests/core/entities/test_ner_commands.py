"""`simak ner` and `simak train-ner` through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

from simak.cli import main

CONLL = (
    "Presiden PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\ntiba VERB O\r\n"
    "\r\nDi\r\nJakarta\r\n.\r\n"
)


def test_ner_round_trips_tokens_and_sentences(tmp_path: Path, capsys) -> None:
    path = tmp_path / "in.conll"
    path.write_text(CONLL, encoding="utf-8")
    assert main(["ner", str(path)]) == 0
    out = capsys.readouterr().out
    blocks = out.rstrip("\n").split("\n\n")
    rows = [[line.split("\t") for line in block.splitlines()] for block in blocks]
    assert [[r[0] for r in block] for block in rows] == [
        ["Presiden", "Joko", "Widodo", "tiba"],
        ["Di", "Jakarta", "."],
    ]
    assert rows[0][1][1] == "B-PER" and rows[0][2][1] == "I-PER"
    assert rows[1][1][1] == "B-LOC"
    assert all(
        tag in {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"}
        for block in rows
        for _, tag in block
    )


def test_ner_bad_input_is_one_error_line(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.conll"
    empty.write_text("\n\n", encoding="utf-8")
    for argv in (["ner", str(tmp_path / "missing.conll")], ["ner", str(empty)]):
        assert main(argv) == 3
        err = capsys.readouterr().err
        assert err.startswith("simak: error: ") and err.count("\n") == 1


def test_train_ner_default_output_goes_to_data_dir(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("SIMAK_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "train.conll"
    path.write_text(
        CONLL.replace("Di\r\n", "Di X O\r\n")
        .replace("Jakarta\r\n", "Jakarta X B-LOC\r\n")
        .replace(".\r\n", ". X O\r\n"),
        encoding="utf-8",
    )
    assert main(["train-ner", str(path)]) == 0
    model = tmp_path / "data" / "models" / "ner-id.crfsuite"
    assert capsys.readouterr().out.strip().splitlines()[-1] == str(model)
    assert model.is_file()
    tagged = tmp_path / "in.conll"
    tagged.write_text("Di\nJakarta\n.\n", encoding="utf-8")
    assert main(["ner", str(tagged), "--model", str(model)]) == 0
    assert capsys.readouterr().out == "Di\tO\nJakarta\tB-LOC\n.\tO\n"
