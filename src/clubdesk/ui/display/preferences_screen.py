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
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clubdesk.ui import appearance, preferences
from clubdesk.ui.preferences import TEXT_SCALES, Preferences
from clubdesk.ui.screen import Screen
from clubdesk.ui.widgets import (
    FIELD_HEIGHT,
    hbox,
    make_button,
    make_check,
    make_combo,
    make_hint,
    scrolled,
)

Applier = Callable[[Preferences], None]


def apply_to_application(prefs: Preferences) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        appearance.apply(app, prefs)


class PreferencesScreen(Screen):
    """This computer's display: no club data, so no topic to follow."""

    screen_name = "preferences_screen"

    def __init__(self, parent: QWidget | None = None, *,
                 apply: Applier = apply_to_application) -> None:
        super().__init__(None, self.tr("Affichage"), intro=self.tr(
            "Ici, vous réglez l'écran de cet ordinateur.\n"
            "Les changements servent à tout le monde sur cet ordinateur."),
            message_name="preferences_message", parent=parent)
        self.apply = apply
        self.prefs = preferences.load()
        self.previous = self.prefs

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
            button.setMinimumHeight(FIELD_HEIGHT)
            self.size_group.addButton(button, scale)
            self.size_buttons[scale] = button
            size_row.addWidget(button)
        size_row.addStretch(1)

        # -- contrast
        self.high_contrast = make_check(self.tr("Contraste élevé : texte blanc sur fond noir"),
                                        "high_contrast_toggle", self.tr("Contraste élevé"))
        self.high_contrast.setAccessibleDescription(
            self.tr("Texte blanc sur fond noir, le choix en jaune."))

        # -- language
        language_label = QLabel(self.tr("Langue :"))
        self.language = make_combo("language_choice", self.tr("Langue"), (
            (self.tr("Français"), "fr"), ("English", "en"),
            (self.tr("Langue de l'ordinateur"), "system")))
        self.language.setAccessibleDescription(
            self.tr("La nouvelle langue s'affiche au prochain démarrage de clubdesk."))
        language_label.setBuddy(self.language)
        language_note = make_hint(self.tr("La nouvelle langue s'affiche au prochain démarrage.\n"
                                          "Fermez clubdesk, puis ouvrez-le à nouveau."),
                                  "language_note")

        # -- preview
        preview_title = QLabel(self.tr("Aperçu :"))
        self.preview = QLabel(self.tr("Bonjour ! Voici un exemple de texte.\n"
                                      "Lisez-vous bien cette phrase ?"))
        self.preview.setObjectName("preferences_preview")
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Aperçu du texte"))
        preview_title.setBuddy(self.preview)
        self.preview_button = make_button(self.tr("Un bouton d'exemple"), "preview_button",
                                          self.tr("Un bouton d'exemple, il ne fait rien"))

        self.undo_button = make_button(self.tr("Revenir aux réglages d'avant"),
                                       "preferences_undo_button")
        self.default_button = make_button(
            self.tr("Réglages habituels"), "preferences_default_button",
            self.tr("Réglages habituels : texte normal, sans contraste élevé"))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(size_box)
        layout.addWidget(self.high_contrast)
        layout.addLayout(hbox(language_label, self.language, 1))
        layout.addWidget(language_note)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview)
        layout.addLayout(hbox(self.preview_button, 1))
        layout.addLayout(hbox(self.undo_button, self.default_button, 1))
        layout.addWidget(self.message)
        layout.addStretch(1)
        scroll = scrolled(content)  # at 200 % the screen may be taller than the window
        scroll.setObjectName("preferences_scroll")
        self.outer.addWidget(scroll, 1)

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
            self.say(self.tr("Le réglage n'a pas pu être gardé pour la prochaine fois. Il sert "
                             "quand même maintenant."), problem=True)
        else:
            self.say(self.tr("C'est enregistré. La langue changera au prochain démarrage.")
                     if language_changed else self.tr("C'est enregistré."), good=True)
        self.apply(prefs)
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        self.set_preferences(self.previous)

    def restore_defaults(self) -> None:
        self.set_preferences(Preferences(language=self.prefs.language))
