"""« Affichage »: the text size, the high contrast and the language of this computer.

For every role, reception included. The text size and the contrast change at once, on the
whole window, and are kept for the next start; the language is kept and used at the next
start (the screen says so in words).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui import appearance, preferences
from clubdesk.ui.preferences import TEXT_SCALES, Preferences

Applier = Callable[[Preferences], None]


def apply_to_application(prefs: Preferences) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        appearance.apply(app, prefs)


class PreferencesScreen(QWidget):
    def __init__(self, parent: QWidget | None = None, *,
                 apply: Applier = apply_to_application) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_screen")
        self.apply = apply
        self.prefs = preferences.load()
        self.previous = self.prefs

        title = QLabel(self.tr("Affichage"))
        title.setObjectName("screen_title")
        intro = QLabel(self.tr("Ici, vous réglez l'écran de cet ordinateur.\n"
                               "Les changements servent à tout le monde sur cet ordinateur."))
        intro.setObjectName("preferences_intro")
        intro.setWordWrap(True)

        # -- text size
        size_box = QGroupBox(self.tr("Taille du texte"))
        size_box.setObjectName("text_size_box")
        size_row = QHBoxLayout(size_box)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[int, QRadioButton] = {}
        words = {100: self.tr("100 % (normal)"), 200: self.tr("200 % (très grand)")}
        for scale in TEXT_SCALES:
            button = QRadioButton(words.get(scale, f"{scale} %"))
            button.setObjectName(f"text_size_{scale}")
            button.setAccessibleName(self.tr("Taille du texte : %1 pour cent")
                                     .replace("%1", str(scale)))
            button.setMinimumHeight(32)
            self.size_group.addButton(button, scale)
            self.size_buttons[scale] = button
            size_row.addWidget(button)
        size_row.addStretch(1)

        # -- contrast
        self.high_contrast = QCheckBox(self.tr("Contraste élevé : texte blanc sur fond noir"))
        self.high_contrast.setObjectName("high_contrast_toggle")
        self.high_contrast.setAccessibleName(self.tr("Contraste élevé"))
        self.high_contrast.setAccessibleDescription(
            self.tr("Texte blanc sur fond noir, le choix en jaune."))
        self.high_contrast.setMinimumHeight(32)

        # -- language
        language_label = QLabel(self.tr("Langue :"))
        self.language = QComboBox()
        self.language.setObjectName("language_choice")
        self.language.addItem(self.tr("Français"), "fr")
        self.language.addItem("English", "en")
        self.language.addItem(self.tr("Langue de l'ordinateur"), "system")
        self.language.setAccessibleName(self.tr("Langue"))
        self.language.setAccessibleDescription(
            self.tr("La nouvelle langue s'affiche au prochain démarrage de clubdesk."))
        self.language.setMinimumHeight(32)
        language_label.setBuddy(self.language)
        language_note = QLabel(self.tr("La nouvelle langue s'affiche au prochain démarrage.\n"
                                       "Fermez clubdesk, puis ouvrez-le à nouveau."))
        language_note.setObjectName("language_note")
        language_note.setWordWrap(True)

        # -- preview
        preview_title = QLabel(self.tr("Aperçu :"))
        self.preview = QLabel(self.tr("Bonjour ! Voici un exemple de texte.\n"
                                      "Lisez-vous bien cette phrase ?"))
        self.preview.setObjectName("preferences_preview")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Aperçu du texte"))
        preview_title.setBuddy(self.preview)
        self.preview_button = QPushButton(self.tr("Un bouton d'exemple"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.setAccessibleName(self.tr("Un bouton d'exemple, il ne fait rien"))
        self.preview_button.setMinimumHeight(36)

        self.undo_button = QPushButton(self.tr("Revenir aux réglages d'avant"))
        self.undo_button.setObjectName("preferences_undo_button")
        self.undo_button.setAccessibleName(self.undo_button.text())
        self.undo_button.setMinimumHeight(36)
        self.default_button = QPushButton(self.tr("Réglages habituels"))
        self.default_button.setObjectName("preferences_default_button")
        self.default_button.setAccessibleName(
            self.tr("Réglages habituels : texte normal, sans contraste élevé"))
        self.default_button.setMinimumHeight(36)
        self.message = QLabel()
        self.message.setObjectName("preferences_message")
        self.message.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(size_box)
        layout.addWidget(self.high_contrast)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        layout.addWidget(language_note)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addStretch(1)
        layout.addLayout(preview_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        scroll = QScrollArea()  # at 200 % the screen may be taller than the window
        scroll.setObjectName("preferences_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._show(self.prefs)
        self.size_group.idToggled.connect(self._size_toggled)
        self.high_contrast.toggled.connect(lambda on: self._change(high_contrast=on))
        self.language.currentIndexChanged.connect(
            lambda _i: self._change(language=self.language.currentData()))
        self.undo_button.clicked.connect(self.undo)
        self.default_button.clicked.connect(self.restore_defaults)
        self.undo_button.setEnabled(False)

    def _show(self, prefs: Preferences) -> None:
        widgets = (self.size_group, self.high_contrast, self.language)
        for widget in widgets:
            widget.blockSignals(True)
        scale = min(TEXT_SCALES, key=lambda s: abs(s - prefs.text_scale))
        self.size_buttons[scale].setChecked(True)
        self.high_contrast.setChecked(prefs.high_contrast)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        for widget in widgets:
            widget.blockSignals(False)

    def _size_toggled(self, scale: int, checked: bool) -> None:
        if checked:
            self._change(text_scale=scale)

    def _change(self, **fields: object) -> None:
        values = {"language": self.prefs.language, "text_scale": self.prefs.text_scale,
                  "high_contrast": self.prefs.high_contrast, **fields}
        self.set_preferences(Preferences(**values).normalised())  # type: ignore[arg-type]

    def set_preferences(self, prefs: Preferences) -> None:
        """Keep ``prefs`` for this computer and show them at once."""
        if prefs == self.prefs:
            return
        self.previous, self.prefs = self.prefs, prefs
        language_changed = self.previous.language != prefs.language
        self._show(prefs)
        try:
            preferences.save(prefs)
        except OSError:
            self.message.setText(self.tr("Le réglage n'a pas pu être gardé pour la prochaine "
                                         "fois. Il sert quand même maintenant."))
        else:
            self.message.setText(
                self.tr("C'est enregistré. La langue changera au prochain démarrage.")
                if language_changed else self.tr("C'est enregistré."))
        self.apply(prefs)
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        self.set_preferences(self.previous)

    def restore_defaults(self) -> None:
        self.set_preferences(Preferences(language=self.prefs.language))
