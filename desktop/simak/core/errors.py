"""Typed errors with stable exit codes; the CLI and GUI turn them into one sentence."""

from __future__ import annotations


class SimakError(Exception):
    """Base error. `exit_code` follows design/CLI.md."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(SimakError):
    exit_code = 1


class UsageError(SimakError):
    exit_code = 2


class BadInputError(SimakError):
    """Missing, unreadable, empty, unsupported or corrupt input; an offline URL."""

    exit_code = 3


class StorageError(SimakError):
    """The database is locked, corrupt, or newer than this version of Simak."""

    exit_code = 4
