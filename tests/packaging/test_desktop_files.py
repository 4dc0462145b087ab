"""The desktop integration files of packaging/ and the icon set of resources/icons.

The validators come from Debian's desktop-file-utils and appstream (./dev installs them):
without them the checks are skipped on a developer's machine but fail in CI (CI is set).
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "clubdesk.desktop"
METAINFO = PACKAGING / "org.clubdesk.Clubdesk.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def validator(tool: str, debian_package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing (Debian package {debian_package}; ./dev test installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run([validator("desktop-file-validate", "desktop-file-utils"),
                           str(DESKTOP)], capture_output=True, text=True, timeout=60)
    report = done.stdout + done.stderr
    assert done.returncode == 0, report
    assert "error:" not in report and "warning:" not in report, report


def test_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run([validator("appstreamcli", "appstream"), "validate", "--no-net",
                           str(METAINFO)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_launches_clubdesk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Exec"].split()[0] == "clubdesk" == pyproject()["name"]
    assert group["Icon"] == "clubdesk"
    assert (ICONS / f"{group['Icon']}.svg").is_file()
    assert group["Comment[fr]"] and group["Comment"] != group["Comment[fr]"]


def texts(root: ET.Element, tag: str) -> dict[str | None, str]:
    return {e.get(XML_LANG): "".join(e.itertext()).strip() for e in root.findall(tag)}


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    project = pyproject()
    for tag in ("name", "summary"):
        by_lang = texts(root, tag)
        assert by_lang.get(None) and by_lang.get("fr"), tag
    description = root.find("description")
    assert description is not None
    assert {p.get(XML_LANG) for p in description.findall("p")} == {None, "fr"}
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating") is not None
    assert root.find("releases/release").get("version") == project["version"]
    # The project licence as pyproject.toml declares it; no claim while it declares none.
    declared = project.get("license")
    if isinstance(declared, dict):
        declared = declared.get("text")
    assert root.findtext("project_license") == declared


def test_metainfo_screenshots_are_the_committed_ones() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [e.text or "" for e in root.findall("screenshots/screenshot/image")]
    names = [url.rsplit("/", 1)[-1] for url in images]
    assert names == ["reception.png", "rota.png", "followups.png", "report.png"]
    for url, name in zip(images, names, strict=True):
        assert url.startswith("https://") and url.endswith(f"/docs/screenshots/{name}")
        assert (ROOT / "docs" / "screenshots" / name).is_file()


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_set_covers_every_size() -> None:
    for size in ICON_SIZES:
        assert png_size(ICONS / f"clubdesk-{size}.png") == (size, size)
    ico = (ICONS / "clubdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    sides = [ico[6 + 16 * i] or 256 for i in range(count)]  # 0 stands for 256
    assert sides == list(ICON_SIZES)


def test_the_validators_do_refuse_a_broken_file(tmp_path: Path) -> None:
    """The two checks above would see a mistake: a desktop entry without Name, a component
    without summary."""
    broken = tmp_path / "broken.desktop"
    broken.write_text(DESKTOP.read_text(encoding="utf-8").replace("Name=clubdesk\n", ""),
                      encoding="utf-8")
    done = subprocess.run([validator("desktop-file-validate", "desktop-file-utils"),
                           str(broken)], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    text = METAINFO.read_text(encoding="utf-8")
    start, end = text.index("<summary>"), text.index("</summary>") + len("</summary>")
    bad = tmp_path / METAINFO.name
    bad.write_text(text[:start] + text[end:], encoding="utf-8")
    done = subprocess.run([validator("appstreamcli", "appstream"), "validate", "--no-net",
                           str(bad)], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0, done.stdout
