"""Renders resources/icons/clubdesk.svg into the PNGs and the Windows .ico beside it.

    .venv/bin/python packaging/make_icons.py

Writes clubdesk-16.png … clubdesk-256.png (16, 24, 32, 48, 64, 128, 256) and clubdesk.ico
(the same PNGs in one file, as Windows Vista and later read them). The PNGs are committed:
run this again only after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images: a 6-byte header, one 16-byte entry per image, the data."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ICONS
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication(argv[:1])
    renderer = QSvgRenderer(str(ICONS / "clubdesk.svg"))
    if not renderer.isValid():
        print(f"make_icons: cannot read {ICONS / 'clubdesk.svg'}", file=sys.stderr)
        return 1
    pngs = {}
    for size in SIZES:
        pngs[size] = png_bytes(render(renderer, size))
        (out / f"clubdesk-{size}.png").write_bytes(pngs[size])
    (out / "clubdesk.ico").write_bytes(ico_bytes(pngs))
    print(f"{len(SIZES)} PNGs and clubdesk.ico written in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
