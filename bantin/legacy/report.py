"""The import report: one JSON object a line for each page that failed, needs review, was
left alone, or imported with something to check (a missing photo, a flattened table)."""

import json
from datetime import datetime
from pathlib import Path


def default_report_path(data_dir, now=None):
    now = now or datetime.now()
    return Path(data_dir) / "import-reports" / f"import-{now:%Y%m%d-%H%M%S}.jsonl"


class Report:
    def __init__(self, path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.path.open("w", encoding="utf-8")
        self.lines = 0

    def failed(self, name, reason):
        self.write({"file": name, "status": "failed", "reasons": [reason]})

    def result(self, name, result):
        """Writes a line when the page needs anyone's attention."""
        if result.flagged:
            status = "flagged"
        elif result.action == "kept":
            status = "kept"
        elif result.warnings or result.typos:
            status = "warning"
        else:
            return
        self.write(
            {
                "file": name,
                "status": status,
                "action": result.action,
                "source": result.source,
                "page_id": result.page.pk if result.page is not None else None,
                "layout": result.layout,
                "encoding": result.encoding,
                "reasons": result.review_reasons,
                "warnings": result.warnings,
                "typos": result.typos,
            }
        )

    def write(self, entry):
        self.handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.lines += 1

    def close(self):
        self.handle.close()
