"""Refreshes the manual's screenshots from a self-check run (`make manual-images`): for each screen, the shot of
the role that works there every day (app/services/manual.SCREENSHOT_USERS), in each language, scaled to the width
the manual shows. So the manual's pictures are the screens as they are, not as they once were.

    python -m app.services.manual_images SCREENSHOTS_DIR
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.services.manual import IMAGES, LANGUAGES, SCREENSHOT_USERS

WIDTH = 680  # pixels: the manual window's page at its opening size shows it whole; keeps the installer small


def refresh(screenshots: Path, images: Path = IMAGES) -> list[Path]:
    images.mkdir(parents=True, exist_ok=True)
    written, missing = [], []
    for key, user in SCREENSHOT_USERS.items():
        for language in LANGUAGES:
            source = screenshots / f"{language}-{user}-{key}.png"
            image = QImage(str(source))
            if image.isNull():
                missing.append(source.name)
                continue
            if image.width() > WIDTH:
                image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
            target = images / f"{key}.{language}.png"
            image.save(str(target), "PNG", 9)
            written.append(target)
    if missing:
        raise SystemExit(f"the self-check did not capture: {', '.join(missing)}")
    return written


if __name__ == "__main__":
    print(f"{len(refresh(Path(sys.argv[1])))} manual images refreshed in {IMAGES}")
