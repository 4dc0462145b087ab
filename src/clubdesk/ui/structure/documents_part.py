"""« Bail et état des lieux » on the « Identité et locaux » page: the files kept in the
database (issue 19), listed; the direction attaches and opens them (their bytes are the
direction's, on the server too), the team sees the list. Reception sees nothing of them (a
signed lease names people)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout

from clubdesk.model.access import DIRECTION, STAFF_ROLES
from clubdesk.model.errors import ClubdeskError
from clubdesk.model.storage.private_files import FILE_MODE
from clubdesk.model.structure_documents import check_size
from clubdesk.model.structure_history import DocumentInfo
from clubdesk.ui.structure.history_parts import Since
from clubdesk.ui.structure.parts import StructureParts, translate
from clubdesk.ui.widgets import make_hint, make_list
from clubdesk.ui.widgets.dialogs import open_file_name

AskDocument = Callable[[str], Path | None]  # the dialog's title -> the file chosen, or None
OpenDocument = Callable[[Path], bool]  # a file to show -> whether a viewer took it
_SUFFIXES = {"application/pdf": (".pdf",), "image/png": (".png",),
             "image/jpeg": (".jpg", ".jpeg")}


def kind_words(kind: str) -> str:
    return (translate("StructureScreen", "Bail") if kind == "lease"
            else translate("StructureScreen", "État des lieux"))


def size_words(size: int) -> str:
    """« 12 Ko », « 1,5 Mo »."""
    if size < 1024 * 1024:
        return translate("StructureScreen", "%1 Ko").replace("%1", str(max(1, round(size / 1024))))
    return translate("StructureScreen", "%1 Mo").replace(
        "%1", f"{size / 1048576:.1f}".replace(".", ","))


def document_line(doc: DocumentInfo) -> str:
    """« Bail, depuis le 01/11/2023 : bail.pdf (12 Ko) »."""
    return (translate("StructureScreen", "%1, à partir du %2 : %3 (%4)")
            .replace("%1", kind_words(doc.kind))
            .replace("%2", doc.valid_from.strftime("%d/%m/%Y"))
            .replace("%3", doc.file_name).replace("%4", size_words(doc.size)))


def private_copy(folder: Path, doc: DocumentInfo, data: bytes) -> Path:
    """``data`` in a new folder of ``folder`` under the document's name (with the suffix of
    its type, so that the right viewer opens it), readable by this account only."""
    name = doc.file_name
    suffixes = _SUFFIXES.get(doc.media_type, ())
    if suffixes and not name.lower().endswith(suffixes):
        name += suffixes[0]
    # a folder per copy: names may repeat
    path = Path(tempfile.mkdtemp(dir=folder)) / _fitting(name)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError:
        path.unlink(missing_ok=True)  # no half copy left behind
        path.parent.rmdir()
        raise
    return path


def _fitting(name: str, limit: int = 255) -> str:
    """``name`` shortened (before its suffix) to the ``limit`` bytes a file name may take:
    a stored name has up to 255 characters, and accented ones take two bytes each."""
    stem, suffix = os.path.splitext(name)
    while len((stem + suffix).encode()) > limit and stem:
        stem = stem[:-1]
    return stem + suffix


_viewing: list[Path] = []  # this run's folder of copies being viewed (0700), made on demand


def viewing_folder() -> Path:
    """A private folder for the copies handed to a viewer; it goes when the application
    ends (not sooner: a viewer may still be reading a copy)."""
    if not _viewing or not _viewing[0].is_dir():
        _viewing[:] = [Path(tempfile.mkdtemp(prefix="clubdesk-documents-"))]
    return _viewing[0]


@atexit.register
def remove_viewing_copies() -> None:
    for folder in _viewing:
        shutil.rmtree(folder, ignore_errors=True)
    _viewing.clear()


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DocumentsSection(StructureParts):
    """The box of the « Identité et locaux » page; the dates come from its « À partir du »."""

    info_since: Since
    ask_document: AskDocument
    open_document: OpenDocument

    def _documents_box(self) -> QGroupBox:
        self.documents_box = box = QGroupBox(translate("StructureScreen", "Bail et état des lieux"))
        box.setObjectName("documents_box")
        self.documents_model = QStandardItemModel(box)
        self.documents_list = make_list("documents_list", translate(
            "StructureScreen", "Bail et état des lieux joints"), self.documents_model)
        self.documents_list.setMaximumHeight(140)
        if self.ops.club.actor.role == DIRECTION:
            self.documents_list.doubleClicked.connect(
                lambda _index: self.open_chosen_document())
        self.attach_lease_button = self._button(
            translate("StructureScreen", "Joindre le bail…"), "attach_lease_button")
        self.attach_inventory_button = self._button(
            translate("StructureScreen", "Joindre l'état des lieux…"),
            "attach_inventory_button")
        self.open_document_button = self._button(
            translate("StructureScreen", "Ouvrir"), "open_document_button",
            translate("StructureScreen", "Ouvrir le document choisi"))
        self.attach_lease_button.clicked.connect(lambda: self.attach_document("lease"))
        self.attach_inventory_button.clicked.connect(lambda: self.attach_document("inventory"))
        self.open_document_button.clicked.connect(self.open_chosen_document)
        self.documents_hint = make_hint(translate(
            "StructureScreen", "PDF ou image (PNG, JPEG), 10 Mo au plus, daté du champ « À "
            "partir du » ci-dessus. Le fichier est gardé dans la base, sauvegardes comprises."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_lease_button)
        buttons.addWidget(self.attach_inventory_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_document_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.documents_hint)
        layout.addWidget(self.documents_list)
        layout.addLayout(buttons)
        layout.addWidget(self._message("documents"))
        if self.ops.club.actor.role != DIRECTION:  # the team reads, only the direction writes
            for widget in (self.attach_lease_button, self.attach_inventory_button,
                           self.documents_hint, self.open_document_button):
                widget.hide()
        if self.ops.club.actor.role not in STAFF_ROLES:
            box.hide()  # reception: nothing of the lease
        return box

    def _load_documents(self) -> None:
        self.documents_model.clear()
        self.shown_documents: list[DocumentInfo] = []
        if self.ops.club.actor.role not in STAFF_ROLES:
            return  # reception: the box is hidden, nothing is read
        outcome = self.ops.run(self.ops.club.structure.documents)
        if not outcome.ok:
            self.show_message("documents", str(outcome.error), problem=True)
            return
        self.shown_documents = sorted(outcome.value, key=lambda d: (d.valid_from, d.id),
                                      reverse=True)  # the newest first
        for doc in self.shown_documents:
            item = QStandardItem(document_line(doc))
            item.setEditable(False)
            self.documents_model.appendRow(item)
        if not self.shown_documents:
            item = QStandardItem(translate("StructureScreen", "Aucun document joint."))
            item.setEditable(False)
            item.setSelectable(False)
            self.documents_model.appendRow(item)
        self.open_document_button.setEnabled(bool(self.shown_documents))

    def _ask_document(self, title: str) -> Path | None:
        return open_file_name(self, title, translate(
            "StructureScreen", "PDF ou image (*.pdf *.png *.jpg *.jpeg)"))

    def attach_document(self, kind: str) -> bool:
        title = (translate("StructureScreen", "Joindre le bail")
                 if kind == "lease" else
                 translate("StructureScreen", "Joindre l'état des lieux"))
        path = self.ask_document(title)
        if path is None:
            return False
        try:
            check_size(path.name, path.stat().st_size)  # before reading a huge file
            data = path.read_bytes()
        except ClubdeskError as error:
            self.show_message("documents", str(error), problem=True)
            return False
        except OSError:
            self.show_message("documents", translate(
                "StructureScreen", "Le fichier « %1 » n'a pas pu être lu.").replace(
                "%1", path.name), problem=True)
            return False
        done = translate("StructureScreen", "%1 joint : %2.").replace(
            "%1", kind_words(kind)).replace("%2", path.name)
        return self._run("documents", self.ops.club.structure.attach_document, kind,
                         self.info_since.day(), path.name, data, done=done,
                         then=self._load_documents)

    def open_chosen_document(self) -> bool:
        index = self.documents_list.currentIndex()
        if not index.isValid() or index.row() >= len(self.shown_documents):
            self.show_message("documents", translate(
                "StructureScreen", "Choisissez d'abord un document dans la liste."),
                problem=True)
            return False
        chosen = self.shown_documents[index.row()]
        outcome = self.ops.run(self.ops.club.structure.document_content, chosen.id)
        if not outcome.ok:
            self.show_message("documents", str(outcome.error), problem=True)
            return False
        doc, data = outcome.value
        try:
            path = private_copy(viewing_folder(), doc, data)
        except OSError:
            self.show_message("documents", translate(
                "StructureScreen", "Le document n'a pas pu être préparé pour l'affichage "
                "(disque plein ?)."), problem=True)
            return False
        if not self.open_document(path):
            self.show_message("documents", translate(
                "StructureScreen", "Aucune application ne sait ouvrir « %1 » sur cet "
                "ordinateur.").replace("%1", doc.file_name), problem=True)
            return False
        self.show_message("documents", translate("StructureScreen", "« %1 » ouvert.")
                          .replace("%1", doc.file_name))
        return True
