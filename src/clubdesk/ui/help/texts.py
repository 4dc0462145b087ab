"""One short help text per screen of clubdesk.ui.screens, keyed by the screen's name (F1
shows the current screen's). A test checks that every registry entry has one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

HELP_CONTEXT = "Help"  # the translation context of the texts


def _text(marked: object) -> str:
    """A text marked for lupdate (QT_TRANSLATE_NOOP, context « Help »)."""
    return str(marked)


HELP: dict[str, str] = {
    "reception_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Pour noter une arrivée, tapez les premières lettres du prénom ou du nom, puis "
        "appuyez sur Entrée. Les flèches du clavier choisissent une autre personne de la "
        "liste. Une personne déjà pointée est marquée « déjà là ». Une erreur ? Choisissez "
        "la personne dans la liste des présents et annulez son pointage.")),
    "rota_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Le planning du jour dit qui fait quelle tâche, le matin et l'après-midi. Chaque "
        "tâche se fait à deux au moins : deux membres, ou un membre avec un salarié.")),
    "members_screen": _text(QT_TRANSLATE_NOOP("Help",
        "La liste des personnes du club. Tapez un nom pour la raccourcir, choisissez qui "
        "afficher (membres actuels, visiteurs, anciens membres). Double-cliquez sur une "
        "ligne, ou appuyez sur Entrée, pour ouvrir la fiche.")),
    "followups_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les suivis d'une personne : les rendez-vous, les démarches et leurs suites. "
        "Choisissez la personne, puis ajoutez ou complétez un suivi.")),
    "partners_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les partenaires du club : entreprises, associations, services. Chaque fiche garde "
        "les coordonnées et ce qui a été fait ensemble.")),
    "dashboard_screen": _text(QT_TRANSLATE_NOOP("Help",
        "La vie du club en quatre graphiques. Sous chaque graphique, « Voir les chiffres » "
        "montre les mêmes chiffres en tableau.")),
    "reach_out_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les personnes qu'on n'a pas vues depuis un moment. Prendre des nouvelles, puis "
        "noter que c'est fait : la personne sort de la liste.")),
    "tasks_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les tâches de la journée et qui les fait. Chaque tâche se fait au moins à deux : "
        "deux membres, ou un membre et un salarié.")),
    "workshops_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les séances des ateliers collectifs. Choisissez une séance pour la modifier, ou "
        "« Nouvelle séance ». Pour une séance réalisée, cherchez chaque personne venue et "
        "ajoutez-la ; une séance prévue n'a pas encore de participants.")),
    "report_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les indicateurs de l'année pour l'ARS. Choisissez une ligne pour voir sa "
        "définition et ce qu'elle compte, puis enregistrez le rapport (PDF ou classeur).")),
    "structure_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Le profil du club pour le rapport annuel. Tout le monde peut le lire ; seule la "
        "direction peut le modifier.")),
    "exchange_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Importer une liste (CSV ou classeur) dans le club, ou exporter les données. "
        "Avant d'importer, un aperçu montre ce qui va changer : rien n'est écrit sans "
        "votre accord.")),
    "staff_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les salariés du club : leur fonction, leur temps de travail (ETP) période par "
        "période, le compte avec lequel ils se connectent et ce qu'ils savent faire. Le "
        "rapport annuel compte les ETP saisis ici.")),
    "users_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Chaque personne qui utilise clubdesk a son compte et un rôle : accueil, équipe ou "
        "direction. Chaque rôle ne voit que ce dont il a besoin.")),
    "audit_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Le journal note qui a lu ou changé quelle fiche, et quand. Il ne note jamais ce "
        "qui est écrit dans la fiche.")),
    "backup_screen": _text(QT_TRANSLATE_NOOP("Help",
        "clubdesk fait des sauvegardes tout seul : au démarrage, toutes les quelques heures "
        "et en quittant. Ici, vous voyez les sauvegardes, vous pouvez en faire une tout de "
        "suite ou en remettre une.")),
    "retention_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les données personnelles ne se gardent pas indéfiniment. Cet écran montre ce qui "
        "arrive au bout de sa durée de conservation et permet de l'effacer.")),
    "contracts_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Le mois d'essai, puis le contrat de 6 mois de chaque personne. En haut, ce qui se "
        "termine dans les 30 jours. Choisissez une personne pour commencer l'essai, le "
        "renouveler une fois, commencer le contrat ou le renouveler ; plus bas, sa sortie, "
        "les contacts après la sortie, ses frais de déplacement et ses repas.")),
    "preferences_screen": _text(QT_TRANSLATE_NOOP("Help",
        "La taille du texte et le contraste de cet ordinateur. Le changement se voit tout "
        "de suite et reste pour la prochaine fois.")),
    "volunteers_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les animateurs bénévoles du GEM, avec leurs fonctions, leurs qualifications et leur "
        "période, puis le parrain et l'association gestionnaire. Tout figure dans le tableau "
        "annuel du GEM (Rapport annuel, « Tableau GEM »).")),
    "outings_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les activités et les sorties décidées ensemble, mois par mois (« Mois précédent », "
        "« Mois suivant »). Choisissez-en une : cherchez un membre et « Inscrire » ; quand "
        "c'est complet, il va sur la liste d'attente. « Désinscrire » libère la place pour le "
        "premier en attente. Après la date, cochez qui est venu et enregistrez les "
        "présences. Le formulaire du bas ajoute ou modifie une sortie.")),
    "objectives_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les objectifs de travail d'une personne, en savoir, savoir-faire et savoir-être. "
        "Choisissez la personne (ou double-cliquez sur un bilan à faire), ajoutez ses "
        "objectifs, puis notez chaque bilan : un niveau par objectif, les mots de la "
        "personne et le commentaire de l'équipe. « Imprimer le bilan » enregistre la page "
        "à signer par la personne et la coordination.")),
    "applications_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les candidatures à la pré-insertion : chaque personne, qui l'oriente, où en est sa "
        "demande et son rang sur la liste d'attente. Filtrez par état ; remplissez le "
        "formulaire pour enregistrer une nouvelle candidature.")),
    "commissions_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les commissions d'admission et les partenaires présents. Choisissez une commission "
        "pour voir les candidatures en attente de décision ; pour chacune, choisissez la "
        "décision (un refus a un motif, une réorientation un partenaire) puis « Enregistrer "
        "la décision ».")),
    "production_screen": _text(QT_TRANSLATE_NOOP("Help",
        "Les commandes des clients et les séances de production. Choisissez une commande "
        "pour la modifier, ou « Nouvelle commande ». Pour une séance, ajoutez chaque "
        "personne avec ses heures (plus de 0, au plus 10), puis enregistrez. Le tableau du "
        "bas donne les heures du mois par personne.")),
}

ABOUT = _text(QT_TRANSLATE_NOOP("Help",
    "clubdesk %1 — la journée du club.\n\nPour les clubhouses : l'accueil, le planning, "
    "les membres, les suivis et le rapport annuel.\n\nIcônes de navigation : dessinées pour "
    "clubdesk dans le style de Lucide (licence ISC)."))


def help_for(screen_name: str) -> str:
    """The translated help of ``screen_name`` (KeyError: none)."""
    return QCoreApplication.translate(HELP_CONTEXT, HELP[screen_name])


def about_text(version: str) -> str:
    return QCoreApplication.translate(HELP_CONTEXT, ABOUT).replace("%1", version)
