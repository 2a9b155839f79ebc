"""One module per headless command: `run(args) -> exit code`. None imports Qt."""
