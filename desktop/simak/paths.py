"""Where Simak keeps things: data, cache and log folders, and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import appdirs

APP_NAME = "Simak"
DB_FILENAME = "simak.sqlite3"


def data_dir() -> Path:
    override = os.environ.get("SIMAK_DATA_DIR")
    path = Path(override) if override else Path(appdirs.user_data_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    override = os.environ.get("SIMAK_DATA_DIR")
    path = Path(override) / "cache" if override else Path(appdirs.user_cache_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("SIMAK_DATA_DIR")
    path = Path(override) / "logs" if override else Path(appdirs.user_log_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("SIMAK_DATA_DIR")
    path = Path(override) / "config" if override else Path(appdirs.user_config_dir(APP_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """The read-only resources: next to the source tree, or inside a PyInstaller bundle."""
    override = os.environ.get("SIMAK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
