"""The lease and the état des lieux as files: PDF, PNG or JPEG (told by their first bytes,
never by the file's name), 10 MB at most, kept in the database."""

from __future__ import annotations

from clubdesk.model.errors import ValidationError
from clubdesk.model.tables import DOCUMENT_MAX_BYTES

_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
SUFFIXES = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}


def document_file_name(file_name: str) -> str:
    """The name kept for a file: its last part (no folder, whatever the separator), 255
    characters at most; "" when nothing is left."""
    return (file_name or "").strip().replace("\\", "/").rsplit("/", 1)[-1][:255]


def check_size(file_name: str, size: int) -> None:
    """Refuse an empty file or one above 10 MB (the screen asks before reading a file)."""
    if not size:
        raise ValidationError("file", "Le fichier « {name} » est vide.", name=file_name)
    if size > DOCUMENT_MAX_BYTES:
        raise ValidationError("file", "Le fichier « {name} » pèse {size} Mo : 10 Mo au plus.",
                              name=file_name, size=f"{size / 1048576:.1f}".replace(".", ","))


def media_type_of(file_name: str, data: bytes) -> str:
    """The file's media type, or a refusal in words (empty, too large, not PDF/PNG/JPEG)."""
    check_size(file_name, len(data))
    for magic, media_type in _SIGNATURES:
        if data.startswith(magic):
            return media_type
    raise ValidationError("file", "Le fichier « {name} » n'est ni un PDF, ni une image PNG ou "
                                  "JPEG.", name=file_name)
