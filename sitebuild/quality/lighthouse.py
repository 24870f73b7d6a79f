"""Lighthouse (npm, 12.x) on Debian's Chromium: category scores for a page, and a report folder."""

import json
import os
import subprocess
from pathlib import Path

from .config import ROOT

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic"


def run_lighthouse(url: str, report_base: Path, chrome: str = "/usr/bin/chromium") -> dict[str, int]:
    """Audit url (mobile, simulated throttling); write report_base.report.{html,json}; return scores 0-100."""
    if not LIGHTHOUSE.exists():
        raise FileNotFoundError(f"{LIGHTHOUSE} is missing: run `npm install --no-audit --no-fund`")
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--only-categories={','.join(CATEGORIES)}",
        "--no-enable-error-reporting",
        "--output=json",
        "--output=html",
        f"--output-path={report_base}",
    ]
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROMIUM_PATH", chrome)}
    subprocess.run(command, check=True, env=env)
    report = json.loads(report_base.with_name(report_base.name + ".report.json").read_text(encoding="utf-8"))
    return {name: round((report["categories"][name]["score"] or 0) * 100) for name in CATEGORIES}


def below_thresholds(scores: dict[str, int], thresholds: dict[str, int]) -> list[str]:
    """Each category that scored below its threshold, as 'seo 92 < 100'."""
    return [f"{name} {scores[name]} < {minimum}" for name, minimum in thresholds.items() if scores[name] < minimum]
