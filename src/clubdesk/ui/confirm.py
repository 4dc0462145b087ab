"""Asking before an irreversible action: one calm question, « Non » by default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget, title: str, sentence: str) -> bool:
    answer = QMessageBox.question(
        parent, title, sentence,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
