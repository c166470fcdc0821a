from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
