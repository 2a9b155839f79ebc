"""The `simak` command line (design/CLI.md). Headless commands never import Qt.

Parsing lives here; each command's work lives in `simak.commands.<name>.run(args)`, imported
only when that command runs, so `simak define` does not pay for loading the GUI or the NER model.
"""

from __future__ import annotations

import gc
import importlib
import logging
import sys
from typing import TYPE_CHECKING

from simak import __version__
from simak.core.errors import SimakError

SUBCOMMANDS = {
    "import": "importing",
    "analyze": "analyze",
    "define": "define",
    "ner": "ner",
    "train-ner": "train_ner",
    "notes": "notes",
    "export": "export",
}

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("simak")


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse that reports usage errors as one `simak: error:` line and exit code 2.

    Made on demand: opening the window needs no parser, and argparse's import is time the
    window would wait."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # noqa: D401 - argparse API
            sys.stderr.write(f"simak: error: {message}\n")
            raise SystemExit(2)

    return Parser


def build_parser() -> argparse.ArgumentParser:
    _Parser = _parser_class()  # noqa: N806 - a class
    parser = _Parser(prog="simak", description="Read and study Indonesian news, offline.")
    parser.add_argument("--version", action="version", version=f"simak {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p = sub.add_parser("import", help="add a file or URL to the library")
    p.add_argument("source", metavar="FILE|URL")

    p = sub.add_parser("analyze", help="analyse a text file without storing it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("define", help="look words or phrases up")
    p.add_argument("queries", nargs="*", metavar="QUERY")
    p.add_argument("--stdin", action="store_true", help="read one query per line from stdin")
    p.add_argument("--json", action="store_true", help="print JSON Lines")

    p = sub.add_parser("ner", help="tag a CoNLL token file with entity tags")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--model", default=None, help="a model made by train-ner")

    p = sub.add_parser("train-ner", help="rebuild the entity model from CoNLL files")
    p.add_argument("train", metavar="TRAIN")
    p.add_argument("dev", metavar="DEV", nargs="?")
    p.add_argument("-o", "--output", metavar="MODEL", default=None)

    notes = sub.add_parser("notes", help="add or export notes")
    notes_sub = notes.add_subparsers(dest="notes_command", parser_class=_Parser, required=True)
    p = notes_sub.add_parser("add", help="add a note to an article")
    p.add_argument("article_id", metavar="ARTICLE_ID", type=int)
    p.add_argument("text", metavar="TEXT", nargs="*")
    p.add_argument("--stdin", action="store_true", help="each stdin line is one note")
    p = notes_sub.add_parser("export", help="print notes as Markdown or HTML")
    p.add_argument("article_id", metavar="ARTICLE_ID", type=int, nargs="?")
    p.add_argument("--format", choices=("md", "html"), default="md")

    export = sub.add_parser("export", help="export study cards")
    p_kind = export.add_subparsers(dest="export_kind", parser_class=_Parser, required=True)
    for kind, suffix in (("anki", ".apkg"), ("csv", ".csv")):
        p = p_kind.add_parser(kind, help=f"write a {suffix} file")
        p.add_argument("output", metavar=f"OUT{suffix}")
    return parser


# Commands that only read: once their output is written, nothing is left to save or close,
# so the process leaves at once (and never collects garbage before).
QUICK_EXIT_COMMANDS = frozenset({"analyze"})


def main(argv: list[str] | None = None) -> int:
    as_program = argv is None
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version"):
        return _open_window(argv)
    args = build_parser().parse_args(argv)
    from simak.logging_setup import setup_logging

    setup_logging()
    if not (as_program and args.command in QUICK_EXIT_COMMANDS):
        return _run(args)
    # A short-lived process: cycles can wait for the exit, and collections would walk a
    # book's million objects several times over (the lexicon, the analysis, the JSON).
    gc.disable()
    _exit_now(_run(args))
    return 0  # not reached


def _run(args: argparse.Namespace) -> int:
    module = importlib.import_module(f"simak.commands.{SUBCOMMANDS[args.command]}")
    try:
        return int(module.run(args))
    except SimakError as exc:
        sys.stderr.write(f"simak: error: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("simak: error: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the contract: one line, never a traceback
        log.exception("unexpected error in %s", args.command)
        sys.stderr.write(f"simak: error: unexpected failure ({exc}); details are in the log\n")
        return 1


def _exit_now(code: int) -> None:
    """Leave without the interpreter's clean-up: after a book's analysis it frees the
    caches, the lexicon and their million objects one by one, a tenth of a second spent
    after the answer is out."""
    import os
    from contextlib import suppress

    for stream in (sys.stdout, sys.stderr):
        with suppress(OSError, ValueError):  # a closed pipe: nothing more can be said
            stream.flush()
    logging.shutdown()
    os._exit(code)


def _open_window(argv: list[str]) -> int:
    if len(argv) > 1:
        sys.stderr.write("simak: error: give at most one FILE or URL to open\n")
        return 2
    from simak.app import run_app

    return run_app(argv[0] if argv else None)


if __name__ == "__main__":
    raise SystemExit(main())
