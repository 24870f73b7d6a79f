"""Build orchestration: check the sources, build into a temporary folder, swap on success."""
