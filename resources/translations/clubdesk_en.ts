<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/clubdesk/ui/reach_out/reach_out_model.py" line="+20"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (pas de numéro)</source>
        <translation>%1 (no number)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail (pas d&apos;adresse)</source>
        <translation>Email (no address)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Courrier</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/report/models.py" line="+141"/>
        <source>personne n° %1</source>
        <translation>person no. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La personne derrière ce chiffre :</source>
        <translation>The person behind this figure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les %1 personnes derrière ce chiffre :</source>
        <translation>The %1 people behind this figure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Personne n&apos;est compté ici.</source>
        <translation>Nobody is counted here.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Les personnes derrière ces chiffres :</source>
        <translation>The people behind these figures:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/session/shell.py" line="+55"/>
        <source>accueil</source>
        <translation>reception</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>équipe</source>
        <translation>team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>management</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/task_table_model.py" line="+22"/>
        <source>lun.</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mar.</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mer.</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jeu.</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ven.</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sam.</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dim.</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>matin et après-midi</source>
        <translation>morning and afternoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matin</source>
        <translation>morning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>après-midi</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 à %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>à distance</source>
        <translation>remote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sur place</source>
        <translation>on site</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/table_models.py" line="+29"/>
        <source>FIR de l&apos;ARS</source>
        <translation>ARS regional fund (FIR)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>complémentaire</source>
        <translation>additional</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>En nature</source>
        <translation>In kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>réalisée</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partenaires</source>
        <translation>partners</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Réponses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/dashboard/dashboard_screen.py" line="+43"/>
        <source>Emploi</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Work placement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apprentissage</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bénévolat</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/dashboard/chart_panel.py" line="+158"/>
        <source>Graphique : %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chiffres : %1</source>
        <translation>Figures: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les chiffres du graphique, une ligne par point. Ctrl+C copie les cellules choisies.</source>
        <translation>The chart’s figures, one row per point. Ctrl+C copies the chosen cells.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>Voir les chiffres</source>
        <translation>Show the figures</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Voir les chiffres : %1</source>
        <translation>Show the figures: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Montre les chiffres en tableau à la place du graphique, ou le graphique à nouveau.</source>
        <translation>Shows the figures as a table instead of the chart, or the chart again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier les chiffres</source>
        <translation>Copy the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier les chiffres : %1</source>
        <translation>Copy the figures: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copie tout le tableau, à coller dans un tableur ou un document.</source>
        <translation>Copies the whole table, to paste into a spreadsheet or a document.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Voir le graphique</source>
        <translation>Show the chart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copié.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pas encore de chiffres pour ce graphique.</source>
        <translation>No figures for this chart yet.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/dashboard/dashboard_screen.py" line="+17"/>
        <source>entre %1 et %2</source>
        <translation>between %1 and %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personnes présentes</source>
        <translation>People present</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personne n&apos;est venu ces 3 derniers mois.</source>
        <translation>Nobody has come in the last 3 months.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courbe sur %1 jours d&apos;ouverture, du %2 au %3 : %4 personnes par jour, %5 en moyenne. Le dernier jour, %6 personnes.</source>
        <translation>Line over %1 opening days, from %2 to %3: %4 people a day, %5 on average. On the last day, %6 people.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <location line="+15"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Personnes actives dans le mois</source>
        <translation>People active in the month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repère : salariés à temps plein × 20</source>
        <translation>Benchmark: full-time staff × 20</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barres sur 12 mois, de %1 à %2 : %3 personnes actives par mois. En %2, %4 personnes actives pour un repère de %5.</source>
        <translation>Bars over 12 months, from %1 to %2: %3 active people a month. In %2, %4 active people against a benchmark of %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le repère est dépassé %1 mois sur 12.</source>
        <translation>The benchmark is exceeded in %1 months out of 12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le repère n&apos;est jamais dépassé.</source>
        <translation>The benchmark is never exceeded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entrées</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sorties</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (en cours)</source>
        <translation>%1 (so far)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barres par année, de %1 à %2. En %2 : %3 entrées et %4 sorties. En tout : %5 entrées et %6 sorties.</source>
        <translation>Bars by year, from %1 to %2. In %2: %3 joined and %4 left. In total: %5 joined and %6 left.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Étapes en cours</source>
        <translation>Ongoing steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barres par type d&apos;étape : %1. En tout, %2 étapes en cours.</source>
        <translation>Bars by type of step: %1. In total, %2 ongoing steps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type d&apos;étape</source>
        <translation>Type of step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>AdminBox</name>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/admin_box.py" line="+32"/>
        <source>Le compte de la direction après l&apos;import</source>
        <translation>The management account after the import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les comptes importés arrivent sans mot de passe. Écrivez l&apos;identifiant du compte de la direction qui entrera après l&apos;import (créé s&apos;il n&apos;est pas dans les données) et son nouveau mot de passe. Les autres comptes recevront un code à usage unique (écran Comptes). Laissez vide pour compléter un club qui a déjà ses comptes.</source>
        <translation>Imported accounts arrive without a password. Type the username of the management account that will sign in after the import (created if the data does not hold it) and its new password. The other accounts will get a one-time code (Accounts screen). Leave empty to complete a club that already has its accounts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifiant de la direction</source>
        <translation>Management username</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveau mot de passe de la direction</source>
        <translation>New management password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répétez le mot de passe de la direction</source>
        <translation>Repeat the management password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identi&amp;fiant :</source>
        <translation>User&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de pa&amp;sse :</source>
        <translation>Pa&amp;ssword:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ré&amp;pétez-le :</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Les deux mots de passe de la direction ne sont pas les mêmes.</source>
        <translation>The two management passwords are not the same.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compte « %1 » créé (direction), avec le mot de passe choisi.</source>
        <translation>Account “%1” created (management), with the chosen password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« %1 » est un compte actif de la direction, avec le mot de passe choisi.</source>
        <translation>“%1” is an active management account, with the chosen password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comptes sans mot de passe : %1. Donnez à chacun un code à usage unique (écran Comptes).</source>
        <translation>Accounts without a password: %1. Give each one a one-time code (Accounts screen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code de secours du club : %1. Écrivez-le sur papier maintenant : il ne sera plus affiché. Il permet de choisir un nouveau mot de passe de la direction.</source>
        <translation>The club&apos;s recovery code: %1. Write it on paper now: it will not be shown again. It lets the management choose a new password.</translation>
    </message>
</context>
<context>
    <name>Admissions</name>
    <message>
        <location filename="../../src/clubdesk/ui/admissions/models.py" line="+32"/>
        <source>spontanée</source>
        <translation>self-referred</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location line="+42"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location line="-33"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orientée par</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>ApplicationsScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/admissions/applications_screen.py" line="+42"/>
        <location line="+18"/>
        <source>Candidatures</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Les demandes d&apos;entrée en pré-insertion : qui oriente la personne, où en est sa candidature, et l&apos;ordre de la liste d&apos;attente. Les commissions d&apos;admission décident sur l&apos;écran « Commissions ».</source>
        <translation>Applications to the pre-employment programme: who referred the person, where the application stands, and the order of the waiting list. Admission commissions decide on the “Commissions” screen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>État montré</source>
        <translation>State shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>É&amp;tat :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientée par</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fait le</source>
        <translation>held on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entretien le</source>
        <translation>Interview on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mettre en liste d&apos;attente</source>
        <translation>Put on the waiting list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes (équipe)</source>
        <translation>Notes (team)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rénom :</source>
        <translation>Fi&amp;rst name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientée par :</source>
        <translation>Referred &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçue &amp;le :</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entretien d&apos;accueil :</source>
        <translation>Intake &amp;interview:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la candidature</source>
        <translation>Save the application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la nouvelle candidature</source>
        <translation>Save the new application</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nouvelle candidature</source>
        <translation>New application</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 candidature, dont %2 en liste d&apos;attente.</source>
        <translation>%1 application, %2 of them on the waiting list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 candidatures, dont %2 en liste d&apos;attente.</source>
        <translation>%1 applications, %2 of them on the waiting list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— une nouvelle personne —</source>
        <translation>— a new person —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— candidature spontanée —</source>
        <translation>— self-referred —</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Candidature enregistrée.</source>
        <translation>Application saved.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/audit/audit_screen.py" line="+68"/>
        <source>Journal</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le journal note qui a lu ou changé quelle fiche, et quand. Il ne note jamais ce qui est écrit dans la fiche.</source>
        <translation>The audit trail records who read or changed which record, and when. It never records what the record says.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entrées du journal</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chercher dans le journal</source>
        <translation>Search the audit trail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chercher un membre par son nom</source>
        <translation>Search for a member by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deux lettres du nom</source>
        <translation>two letters of the name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Tous les membres</source>
        <translation>All members</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Personne qui a agi</source>
        <translation>Person who acted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement entre deux dates</source>
        <translation>Only between two dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher seulement entre deux dates</source>
        <translation>Search only between two dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les entrées du journal</source>
        <translation>Show the audit trail entries</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hercher un membre :</source>
        <translation>Searc&amp;h for a member:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Qui a agi :</source>
        <translation>&amp;Who acted:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Membre choisi :</source>
        <translation>&amp;Chosen member:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;du</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a&amp;u</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prendre soin du journal</source>
        <translation>Audit trail maintenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier le journal</source>
        <translation>Check the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier que le journal n&apos;a pas été modifié</source>
        <translation>Check that the audit trail has not been altered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultat de la vérification</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 entrée, la plus récente en haut :</source>
        <translation>%1 entry, the most recent at the top:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entrées, les plus récentes en haut :</source>
        <translation>%1 entries, the most recent at the top:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 entrée ancienne supprimée. Le journal garde la trace de cette suppression.</source>
        <translation>%1 old entry deleted. The log keeps a trace of this deletion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 entrées anciennes supprimées. Le journal garde la trace de cette suppression.</source>
        <translation>%1 old entries deleted. The log keeps a trace of this deletion.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Garder les entrées de combien de mois</source>
        <translation>How many months of entries to keep</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>Supprimer les entrées anciennes</source>
        <translation>Delete old entries</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Supprimer les entrées plus anciennes que le nombre de mois choisi</source>
        <translation>Delete the entries older than the chosen number of months</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Garder les :</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Personne ne correspond</source>
        <translation>Nobody matches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (n° %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>La première date doit être avant la seconde.</source>
        <translation>The first date must come before the second.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucune entrée ne correspond.</source>
        <translation>No entry matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les %1 entrées les plus récentes :</source>
        <translation>The %1 most recent entries:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Supprimer du journal les entrées de plus de %1 mois ?
Elles ne pourront pas être retrouvées.</source>
        <translation>Delete the audit trail entries older than %1 months?
They cannot be recovered.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aucune entrée n&apos;a plus de %1 mois : rien n&apos;est supprimé.</source>
        <translation>No entry is older than %1 months: nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/audit/entries_model.py" line="+19"/>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../src/clubdesk/ui/backup/scheduler.py" line="+55"/>
        <source>La sauvegarde n&apos;a pas pu se faire : %1</source>
        <translation>The backup could not be made: %1</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backup_screen.py" line="+77"/>
        <location line="+68"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>État des sauvegardes</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sauvegarder maintenant</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faire une sauvegarde vérifiée maintenant</source>
        <translation>Make a verified backup now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde en cours</source>
        <translation>Backup in progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résultat de la sauvegarde</source>
        <translation>Result of the backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les sauvegardes</source>
        <translation>The backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Les sauvegardes (la plus récente en haut) :</source>
        <translation>&amp;Backups (most recent first):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune sauvegarde pour l&apos;instant : cliquez sur « Sauvegarder maintenant ».</source>
        <translation>No backups yet: click “Back up now”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restaurer cette sauvegarde</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurer la sauvegarde choisie dans la liste</source>
        <translation>Restore the backup chosen in the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Annuler la restauration</source>
        <translation>&amp;Undo the restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la restauration : revenir à la base d&apos;avant</source>
        <translation>Undo the restore: go back to the previous database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Résultat de la restauration</source>
        <translation>Result of the restore</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backup_settings.py" line="+52"/>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heures entre deux sauvegardes automatiques</source>
        <translation>Hours between two automatic backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sauvegarde automatique &amp;toutes les :</source>
        <translation>Automatic backup &amp;every:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>et à chaque fermeture de clubdesk.</source>
        <translation>and each time clubdesk closes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second dossier de sauvegarde</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple une clé USB (laisser vide si aucun)</source>
        <translation>for example a USB stick (leave empty if none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second &amp;dossier :</source>
        <translation>Second &amp;folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backup_screen.py" line="+63"/>
        <location filename="../../src/clubdesk/ui/backup/backup_settings.py" line="+2"/>
        <source>Choisir le second dossier de sauvegarde</source>
        <translation>Choose the second backup folder</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backup_settings.py" line="+5"/>
        <source>Chaque sauvegarde est aussi copiée dans ce dossier quand il est branché (une clé USB, un autre disque). Une copie hors de l&apos;ordinateur protège en cas de panne ou de vol.</source>
        <translation>Each backup is also copied to this folder when it is plugged in (a USB stick, another disk). A copy away from the computer protects against breakdown or theft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Résultat du réglage</source>
        <translation>Result of the setting</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backup_screen.py" line="+19"/>
        <source>clubdesk fait une sauvegarde vérifiée au démarrage, toutes les %1 et à la fermeture. Il garde une sauvegarde par jour pendant 7 jours, une par semaine pendant 5 semaines et une par mois pendant 12 mois.</source>
        <translation>clubdesk makes a verified backup at start-up, every %1 and on closing. It keeps one backup a day for 7 days, one a week for 5 weeks and one a month for 12 months.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Les sauvegardes sont gérées par la direction.</source>
        <translation>Backups are managed by the management.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Une sauvegarde est déjà en cours : elle se termine dans un instant.</source>
        <translation>A backup is already in progress: it will finish in a moment.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sauvegarde faite et vérifiée : « %1 ».</source>
        <translation>Backup made and verified: “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elle contient 1 membre.</source>
        <translation>It contains 1 member.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elle contient %1 membres.</source>
        <translation>It contains %1 members.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restaurer la sauvegarde du %1 ?

La base actuelle est d&apos;abord mise de côté, puis remplacée par cette sauvegarde. Ce qui a été saisi après le %1 ne sera plus dans la base.

Vous pourrez annuler la restauration : la base actuelle revient alors comme maintenant.</source>
        <translation>Restore the backup of %1?

The current database is first set aside, then replaced by this backup. Anything entered after %1 will no longer be in the database.

You can undo the restore: the current database then comes back as it is now.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rien n&apos;a été restauré.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sauvegarde restaurée : la base est revenue au %1.
Pour annuler : restaurer la base mise de côté (« %2 ») avec le bouton « Annuler la restauration ».</source>
        <translation>Backup restored: the database is back to %1.
To undo: restore the database set aside (“%2”) with the “Undo the restore” button.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Une sauvegarde est en cours : rien n&apos;a été restauré. Réessayez dans un instant.</source>
        <translation>A backup is in progress: nothing was restored. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annuler la restauration ?

La base revient comme juste avant la restauration. Ce qui a été saisi depuis la restauration ne sera plus dans la base.</source>
        <translation>Undo the restore?

The database goes back to how it was just before the restore. Anything entered since the restore will no longer be in the database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restauration annulée : la base est revenue comme avant la restauration.</source>
        <translation>Restore undone: the database is back to how it was before the restore.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backup_settings.py" line="-55"/>
        <source>heures</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 heures</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location line="+81"/>
        <source> heure</source>
        <translation> hour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> heures</source>
        <translation> hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce réglage ne peut pas encore être enregistré dans cette version.</source>
        <translation>This setting cannot be saved yet in this version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistré : une sauvegarde automatique toutes les %1.</source>
        <translation>Saved: an automatic backup every %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Second dossier retiré : les sauvegardes restent sur cet ordinateur seulement.</source>
        <translation>Second folder removed: backups stay on this computer only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second dossier enregistré : chaque sauvegarde y sera aussi copiée.</source>
        <translation>Second folder saved: each backup will also be copied there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Second dossier enregistré. Il n&apos;est pas branché pour l&apos;instant : les sauvegardes y seront copiées quand il le sera.</source>
        <translation>Second folder saved. It is not plugged in at the moment: backups will be copied there when it is.</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../src/clubdesk/ui/backup/status_label.py" line="+28"/>
        <source>État des sauvegardes</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>La dernière sauvegarde a échoué : %1</source>
        <translation>The last backup failed: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucune sauvegarde vérifiée</source>
        <translation>No verified backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sauvegarde : %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plus de deux jours</source>
        <translation>more than two days ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second dossier non branché</source>
        <translation>second folder not plugged in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>à vérifier</source>
        <translation>to be checked</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>la dernière a échoué</source>
        <translation>the last one failed</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/backup/backups_table.py" line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>illisible</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cette sauvegarde ne peut pas être lue (abîmée, ou chiffrée avec une autre phrase de passe).</source>
        <translation>This backup cannot be read (damaged, or encrypted with another passphrase).</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/followups/models.py" line="+170"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernier suivi</source>
        <translation>Last follow-up</translation>
    </message>
</context>
<context>
    <name>CheckinResultsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/reception/models.py" line="+61"/>
        <source>  — ancien membre</source>
        <translation>  — former member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  — visiteur</source>
        <translation>  — visitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  — déjà là (%1)</source>
        <translation>  — already here (%1)</translation>
    </message>
</context>
<context>
    <name>CommissionsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/admissions/models.py" line="+19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partenaires présents</source>
        <translation>Partners present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
</context>
<context>
    <name>CommissionsScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/admissions/commissions_screen.py" line="+41"/>
        <location line="+14"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Les commissions d&apos;admission et les partenaires présents. Choisissez une commission : les candidatures en attente de décision s&apos;affichent ; pour chacune, notez la décision de la commission.</source>
        <translation>Admission commissions and the partners present. Choose a commission: the applications waiting for a decision are shown; for each, record the commission&apos;s decision.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date de la commission</source>
        <translation>Commission date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partenaires présents</source>
        <translation>Partners present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partenaires présents :</source>
        <translation>&amp;Partners present:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la commission</source>
        <translation>Save the commission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la nouvelle commission</source>
        <translation>Save the new commission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidatures à décider</source>
        <translation>Applications to decide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admis</source>
        <translation>admitted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réorienté</source>
        <translation>referred elsewhere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ajourné</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— motif —</source>
        <translation>— reason —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif dit à la personne</source>
        <translation>Reason told to the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— à préciser —</source>
        <translation>— to be said —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réorienté vers</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dé&amp;cision :</source>
        <translation>De&amp;cision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motif du refus :</source>
        <translation>&amp;Reason for refusal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif di&amp;t à la personne :</source>
        <translation>Reason &amp;told to the person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Réorienté vers :</source>
        <translation>Re&amp;ferred to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la décision</source>
        <translation>Save the decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la décision de la commission</source>
        <translation>Save the commission&apos;s decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouvelle commission</source>
        <translation>New commission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>— partenaire —</source>
        <translation>— partner —</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choisissez une commission dans la liste.</source>
        <translation>Choose a commission in the list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune candidature en attente de décision.</source>
        <translation>No application waiting for a decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 candidature en attente de décision.</source>
        <translation>%1 application awaiting a decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 candidatures en attente de décision.</source>
        <translation>%1 applications awaiting a decision.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Commission enregistrée.</source>
        <translation>Commission saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisissez d&apos;abord une commission.</source>
        <translation>Choose a commission first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisissez d&apos;abord une candidature de l&apos;ordre du jour.</source>
        <translation>Choose an application on the agenda first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Décision enregistrée pour %1.</source>
        <translation>Decision saved for %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/server_dialogs.py" line="+191"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réessayer la connexion au serveur</source>
        <translation>Try connecting to the server again</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce que vous avez tapé reste à l&apos;écran. Enregistrez à nouveau quand le serveur répond.</source>
        <translation>What you typed stays on the screen. Save again when the server responds.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location line="-150"/>
        <source>Base du club sur un serveur</source>
        <translation>Club database on a server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plusieurs postes partagent la base du club sur un serveur.
Demandez ces réglages à la personne qui a installé le serveur.</source>
        <translation>Several computers share the club database on a server.
Ask the person who installed the server for these settings.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>gardé dans le trousseau de l&apos;ordinateur</source>
        <translation>kept in the computer’s keyring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatique (chiffrée si le serveur le peut)</source>
        <translation>Automatic (encrypted if the server can)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toujours chiffrée</source>
        <translation>Always encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiffrée, certificat vérifié</source>
        <translation>Encrypted, certificate verified</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom de la base</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connexion sécurisée</source>
        <translation>Secure connection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>La connexion marche : le serveur {} répond.</source>
        <translation>The connection works: the server {} responds.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pas de trousseau sur cet ordinateur : le mot de passe sera demandé à chaque démarrage.</source>
        <translation>No keyring on this computer: the password will be asked at each start.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/partners/models.py" line="+65"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/contracts/models.py" line="+58"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moyen</source>
        <translation>Means</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>visite</source>
        <translation>visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courrier</source>
        <translation>post</translation>
    </message>
</context>
<context>
    <name>ContractsScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/contracts/contracts_screen.py" line="+46"/>
        <source>Stages et contrats</source>
        <translation>Internships and contracts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le mois d&apos;essai (renouvelable une fois), puis le contrat de 6 mois (renouvelable). clubdesk calcule chaque date de fin.</source>
        <translation>The trial month (renewable once), then the 6-month contract (renewable). clubdesk computes each end date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+43"/>
        <source>Se termine dans les 30 jours</source>
        <translation>Ending within 30 days</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Personnes du club</source>
        <translation>People of the club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher un nom…</source>
        <translation>Search for a name…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Périodes de la personne</source>
        <translation>The person&apos;s periods</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans mois d&apos;essai</source>
        <translation>Without a trial month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrat sans mois d&apos;essai avant lui</source>
        <translation>Contract without a trial month before it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commencer le mois d&apos;essai</source>
        <translation>Start the trial month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commencer le mois d&apos;essai à la date choisie</source>
        <translation>Start the trial month on the chosen date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renouveler</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renouveler la période choisie</source>
        <translation>Renew the chosen period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commencer le contrat</source>
        <translation>Start the contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commencer le contrat le lendemain de la fin de l&apos;essai</source>
        <translation>Start the contract the day after the trial ends</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dernier jour</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif (équipe seulement)</source>
        <translation>Reason (staff only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrêter avant la fin</source>
        <translation>End before its term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêter la période choisie avant sa fin</source>
        <translation>End the chosen period before its term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À &amp;partir du :</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dernier jour :</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Motif :</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Une personne</source>
        <translation>A person</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rien ne se termine dans les 30 jours.</source>
        <translation>Nothing ends within 30 days.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 période à décider.</source>
        <translation>%1 period to decide on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 périodes à décider.</source>
        <translation>%1 periods to decide on.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personne choisie : %1</source>
        <translation>Chosen person: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez une personne dans la liste.</source>
        <translation>Choose a person in the list.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mois d&apos;essai enregistré : il se termine le %1.</source>
        <translation>Trial month saved: it ends on %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contrat enregistré : il se termine le %1.</source>
        <translation>Contract saved: it ends on %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Choisissez d&apos;abord une période.</source>
        <translation>Choose a period first.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Renouvellement enregistré : il se termine le %1.</source>
        <translation>Renewal saved: it ends on %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Période arrêtée.</source>
        <translation>Period ended.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/contracts/models.py" line="-46"/>
        <source>mois d&apos;essai</source>
        <translation>trial month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renouvellement du mois d&apos;essai</source>
        <translation>trial month renewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contrat</source>
        <translation>contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renouvellement %1 du contrat</source>
        <translation>contract renewal %1</translation>
    </message>
</context>
<context>
    <name>CostsModel</name>
    <message>
        <location line="+66"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remboursement de %1</source>
        <translation>refund of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 repas</source>
        <translation>1 meal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 repas</source>
        <translation>%1 meals</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/dashboard/dashboard_screen.py" line="+13"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La vie du club en quatre graphiques. Sous chaque graphique, « Voir les chiffres » montre les mêmes chiffres en tableau.</source>
        <translation>The life of the club in four charts. Under each chart, “Show the figures” shows the same figures as a table.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mettre à jour</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mettre à jour les graphiques</source>
        <translation>Refresh the charts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relit les chiffres du club et redessine les quatre graphiques.</source>
        <translation>Reads the club’s figures again and redraws the four charts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Présences par jour</source>
        <translation>Attendance per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combien de personnes sont venues au club chaque jour, ces 3 derniers mois. Seuls les jours où quelqu&apos;un est venu sont comptés.</source>
        <translation>How many people came to the club each day over the last 3 months. Only days when someone came are counted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnes actives par mois</source>
        <translation>Active people per month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chaque barre compte les personnes venues au moins une fois dans le mois. La ligne est le repère : environ 20 personnes actives pour un salarié à temps plein.</source>
        <translation>Each bar counts the people who came at least once in the month. The line is the benchmark: about 20 active people per full-time staff member.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entrées et sorties par année</source>
        <translation>Joined and left per year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combien de personnes sont devenues membres (entrées) et combien ont quitté le club (sorties), chaque année.</source>
        <translation>How many people became members (joined) and how many left the club (left), each year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parcours professionnels en cours</source>
        <translation>Ongoing career paths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combien d&apos;étapes sont en cours aujourd&apos;hui : emploi, stage, apprentissage, bénévolat, formation.</source>
        <translation>How many steps are ongoing today: job, work placement, apprenticeship, volunteering, training.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Le tableau de bord est réservé à l&apos;équipe et à la direction.</source>
        <translation>The dashboard is for the team and the management only.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Chiffres au %1.</source>
        <translation>Figures as of %1.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/objectives/models.py" line="+32"/>
        <source>Bilan dû le</source>
        <translation>Review due on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernier bilan</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>DueStepsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/followups/models.py" line="-31"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
</context>
<context>
    <name>EarlySignIn</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/early.py" line="+44"/>
        <source>Ouverture de la base du club…</source>
        <translation>Opening the club&apos;s database…</translation>
    </message>
</context>
<context>
    <name>ExchangeScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/exchange_screen.py" line="+59"/>
        <source>L&apos;opération n&apos;a pas pu se faire : %1</source>
        <translation>The operation could not be completed: %1</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/preview_model.py" line="+64"/>
        <source>Ligne %1 du fichier</source>
        <translation>Line %1 of the file</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/exchange_screen.py" line="+17"/>
        <source>Importer et exporter</source>
        <translation>Import and export</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Importer ou exporter</source>
        <translation>Import or export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer des données</source>
        <translation>Import data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/import_pages.py" line="+53"/>
        <source>Étape 1 sur 3 : choisir les données à importer</source>
        <translation>Step 1 of 3: choose the data to import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vous pouvez importer :</source>
        <translation>You can import:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• un dossier qui contient des fichiers CSV ;</source>
        <translation>• a folder containing CSV files;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• une archive .zip de ce dossier ;</source>
        <translation>• a .zip archive of that folder;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• un classeur Excel .xlsx, avec une feuille par fichier.</source>
        <translation>• an Excel .xlsx workbook, with one sheet per file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisir un &amp;dossier…</source>
        <translation>Choose a &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir un dossier de fichiers CSV à importer</source>
        <translation>Choose a folder of CSV files to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisir un &amp;fichier…</source>
        <translation>Choose a f&amp;ile…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir une archive .zip ou un classeur .xlsx à importer</source>
        <translation>Choose a .zip archive or an .xlsx workbook to import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rien n&apos;est enregistré avant la dernière étape.</source>
        <translation>Nothing is saved before the last step.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Étape 2 sur 3 : regarder et vérifier</source>
        <translation>Step 2 of 3: review and check</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fichiers reconnus</source>
        <translation>Recognised files</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Premières lignes du fichier choisi</source>
        <translation>First lines of the chosen file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ses %1 premières lignes (le numéro est celui de la ligne dans le fichier) :</source>
        <translation>Its first %1 lines (the number is the line number in the file):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Compléter le club existant (aucune donnée effacée)</source>
        <translation>&amp;Add to the existing club (no data deleted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compléter le club existant, sans rien effacer</source>
        <translation>Add to the existing club, deleting nothing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisir une &amp;autre source</source>
        <translation>Choose &amp;another source</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+139"/>
        <source>Revenir au choix des données à importer</source>
        <translation>Go back to choosing the data to import</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>&amp;Vérifier</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vérifier les données, sans rien enregistrer</source>
        <translation>Check the data, without saving anything</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer les données vérifiées</source>
        <translation>Import the checked data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erreurs trouvées</source>
        <translation>Errors found</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que l&apos;import va créer</source>
        <translation>What the import will create</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Étape 3 sur 3 : importer</source>
        <translation>Step 3 of 3: import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avancement de l&apos;import</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ce qui a été importé</source>
        <translation>What was imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce qui a été ajouté, fichier par fichier :</source>
        <translation>What was added, file by file:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importer d&apos;&amp;autres données</source>
        <translation>Import &amp;other data</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Valeurs lues autrement qu&apos;écrites :</source>
        <translation>Values read differently from how they were written:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/export_tab.py" line="+56"/>
        <source>Tout le club</source>
        <translation>The whole club</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Exporter tout le club…</source>
        <translation>&amp;Export the whole club…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter toutes les données du club</source>
        <translation>Export all the club’s data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Avancement de l&apos;export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Toutes les données du club, dans une archive .zip.</source>
        <translation>All the club’s data, in a .zip archive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour changer d&apos;ordinateur, ou garder une copie lisible.</source>
        <translation>To move to another computer, or to keep a readable copy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un nom qui finit par .xlsx donne un classeur Excel.</source>
        <translation>A name ending in .xlsx gives an Excel workbook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un nom sans extension donne un dossier.</source>
        <translation>A name without an extension gives a folder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La fiche d&apos;un membre (droit d&apos;accès)</source>
        <translation>A member’s record (right of access)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nom du membre à chercher</source>
        <translation>Name of the member to search for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tapez un prénom ou un nom</source>
        <translation>Type a first name or a surname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Membre :</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Membres trouvés</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Membres trouvés :</source>
        <translation>Members found:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter la &amp;fiche d&apos;un membre…</source>
        <translation>Export a member’s &amp;record…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter tout ce que le club garde sur le membre choisi</source>
        <translation>Export everything the club holds about the chosen member</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tout ce que le club garde sur une personne, dans une archive .zip.</source>
        <translation>Everything the club holds about a person, in a .zip archive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À remettre à la personne si elle le demande.</source>
        <translation>To be handed to the person if they ask for it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/exchange_screen.py" line="-13"/>
        <location line="+97"/>
        <source>L&apos;import et l&apos;export sont réservés à l&apos;équipe et à la direction.</source>
        <translation>Import and export are for the team and the management only.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossier de fichiers CSV à importer</source>
        <translation>Folder of CSV files to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive .zip ou classeur .xlsx à importer</source>
        <translation>.zip archive or .xlsx workbook to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive ou classeur (*.zip *.xlsx)</source>
        <translation>Archive or workbook (*.zip *.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lecture de « %1 »…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Données choisies : %1</source>
        <translation>Chosen data: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fichiers reconnus. Choisissez-en un :</source>
        <translation>%1 recognised files. Choose one:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 fichier reconnu :</source>
        <translation>1 recognised file:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun fichier reconnu.</source>
        <translation>No recognised file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fichiers ignorés (inconnus du format) : %1</source>
        <translation>Files ignored (not part of the format): %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ces données ne contiennent aucun fichier du format d&apos;échange (members.csv, attendance.csv…).</source>
        <translation>This data contains no file of the exchange format (members.csv, attendance.csv…).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ce club a déjà %1. Pour importer quand même, cochez cette case.</source>
        <translation>This club already has %1. To import anyway, tick this box.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les fiches déjà présentes sont mises à jour, les nouvelles sont ajoutées. Rien n&apos;est effacé.</source>
        <translation>Existing records are updated, new ones are added. Nothing is deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le club est vide : tout sera ajouté.</source>
        <translation>The club is empty: everything will be added.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Vérification en cours…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vérification en cours… %1 %</source>
        <translation>Checking… %1%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tout est lisible. Rien n&apos;a encore été enregistré.
Cliquez sur « Importer » pour enregistrer ces données.</source>
        <translation>Everything is readable. Nothing has been saved yet.
Click “Import” to save this data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En tout : %1. Le détail, fichier par fichier :</source>
        <translation>In total: %1. The details, file by file:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Corrigez ces lignes dans vos fichiers, puis cliquez à nouveau sur « Vérifier ».</source>
        <translation>Correct these lines in your files, then click “Check” again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les erreurs (fichier:ligne: colonne: message) :</source>
        <translation>The errors (file:line: column: message):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Après cet import, aucun compte de la direction ne pourrait entrer : les comptes arrivent sans mot de passe.
Écrivez ci-dessous le compte de la direction (par exemple « %1 ») et son nouveau mot de passe, puis vérifiez à nouveau. Rien n&apos;a été enregistré.</source>
        <translation>After this import, no management account could sign in: accounts arrive without a password.
Type the management account below (for example “%1”) and its new password, then check again. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ce club a déjà %1 : l&apos;import est refusé.
Pour le compléter sans rien effacer, cochez « Compléter le club existant », puis vérifiez à nouveau.</source>
        <translation>This club already has %1: the import is refused.
To add to it without deleting anything, tick “Add to the existing club”, then check again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/import_pages.py" line="-35"/>
        <source>1 personne</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 personnes</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aucune ligne ajoutée</source>
        <translation>no rows added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aucune ligne à créer</source>
        <translation>no rows to create</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 ligne ajoutée</source>
        <translation>1 row added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 ligne à créer</source>
        <translation>1 row to create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lignes ajoutées</source>
        <translation>%1 rows added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lignes à créer</source>
        <translation>%1 rows to create</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>rien de nouveau</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 déjà présente</source>
        <translation>1 already present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 déjà présentes</source>
        <translation>%1 already present</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Import en cours. Ne fermez pas clubdesk.</source>
        <translation>Import in progress. Do not close clubdesk.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/export_tab.py" line="+60"/>
        <location filename="../../src/clubdesk/ui/exchange/import_pages.py" line="+5"/>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/import_pages.py" line="+9"/>
        <source>Fichier traité : %1</source>
        <translation>File processed: %1</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/export_tab.py" line="+18"/>
        <location filename="../../src/clubdesk/ui/exchange/import_pages.py" line="+5"/>
        <source>Terminé.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/exchange_screen.py" line="+37"/>
        <source>L&apos;import est terminé : %1 en tout.
Tous les écrans sont à jour.</source>
        <translation>The import is finished: %1 in total.
All screens are up to date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/export_tab.py" line="-37"/>
        <source>Où enregistrer l&apos;export ?</source>
        <translation>Where should the export be saved?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive zip (*.zip);;Classeur Excel (*.xlsx);;Dossier (nom sans extension) (*)</source>
        <translation>Zip archive (*.zip);;Excel workbook (*.xlsx);;Folder (name without extension) (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fichier écrit : %1</source>
        <translation>File written: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Club exporté dans « %1 ».</source>
        <translation>Club exported to “%1”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (n° %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export de la fiche en cours…</source>
        <translation>Exporting the record…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La fiche de %1 est exportée dans « %2 ».</source>
        <translation>%1’s record has been exported to “%2”.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/exchange/exchange_screen.py" line="+45"/>
        <source>Le club a changé depuis la vérification : cliquez à nouveau sur « Vérifier ».</source>
        <translation>The club has changed since the check: click “Check” again.</translation>
    </message>
</context>
<context>
    <name>ExitAndCosts</name>
    <message>
        <location filename="../../src/clubdesk/ui/contracts/exit_costs.py" line="+47"/>
        <source>Type de sortie</source>
        <translation>Kind of exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>temporaire</source>
        <translation>temporary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>définitive</source>
        <translation>definitive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de sortie prévue</source>
        <translation>Planned exit date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emploi en milieu ordinaire</source>
        <translation>employment in the ordinary labour market</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entreprise adaptée</source>
        <translation>adapted company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ESAT</source>
        <translation>ESAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>formation</source>
        <translation>training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autre structure d&apos;insertion</source>
        <translation>other insertion structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soins</source>
        <translation>care</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sans solution</source>
        <translation>no solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la sortie</source>
        <translation>Save the exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la sortie préparée</source>
        <translation>Save the prepared exit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;prévue :</source>
        <translation>&amp;Planned date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Orientation :</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortie préparée</source>
        <translation>Prepared exit</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Contacts après la sortie</source>
        <translation>Contacts after the exit</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Date du contact</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moyen</source>
        <translation>Means</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>visite</source>
        <translation>visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (équipe seulement)</source>
        <translation>Note (staff only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter le contact après la sortie</source>
        <translation>Add the contact after the exit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date du &amp;contact :</source>
        <translation>&amp;Contact date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moyen :</source>
        <translation>&amp;Means:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montant remboursé en euros</source>
        <translation>Amount refunded in euros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12,50</source>
        <translation>12.50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter le remboursement</source>
        <translation>Add the refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter les frais de déplacement remboursés</source>
        <translation>Add the travel costs refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de repas</source>
        <translation>Number of meals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter les repas</source>
        <translation>Add the meals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter les repas pris ce jour</source>
        <translation>Add the meals taken that day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les lignes du mois de la personne</source>
        <translation>The person&apos;s lines of the month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer la ligne choisie</source>
        <translation>Delete the chosen row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer le remboursement ou les repas choisis, saisis par erreur</source>
        <translation>Delete the chosen refund or meals, entered by mistake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mo&amp;is :</source>
        <translation>Mo&amp;nth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnée :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon&amp;tant (€) :</source>
        <translation>Amoun&amp;t (€):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repas :</source>
        <translation>&amp;Meals:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frais de déplacement et repas du mois</source>
        <translation>Travel costs and meals of the month</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pas de sortie préparée.</source>
        <translation>No prepared exit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sortie %1 prévue le %2 : %3.</source>
        <translation>%1 exit planned on %2: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>La personne : %1 remboursés, %2 repas.</source>
        <translation>The person: %1 refunded, %2 meals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La structure : %1 remboursés, %2 repas.</source>
        <translation>The structure: %1 refunded, %2 meals.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sortie enregistrée.</source>
        <translation>Exit saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact enregistré.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remboursement enregistré.</source>
        <translation>Refund saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repas enregistrés.</source>
        <translation>Meals saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supprimer la ligne du %1 : %2 ?</source>
        <translation>Delete the line of %1: %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ligne supprimée : %1.</source>
        <translation>Line deleted: %1.</translation>
    </message>
</context>
<context>
    <name>FirstAccountScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/login_screen.py" line="+232"/>
        <source>Créer le premier compte</source>
        <translation>Create the first account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce club n&apos;a pas encore de compte. Le premier compte est celui de la direction. Avec lui, vous créerez ensuite les comptes de l&apos;accueil et de l&apos;équipe.</source>
        <translation>This club has no accounts yet. The first account belongs to the management. With it, you will then create the accounts for reception and the team.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple marie.dupont</source>
        <translation>for example marie.dupont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple Marie Dupont</source>
        <translation>for example Marie Dupont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répétez le mot de passe</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom affiché :</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Répétez le mot de passe :</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type de structure (un ou plusieurs) :</source>
        <translation>Kind of structure (one or more):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Règle du mot de passe</source>
        <translation>Password rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créer le compte et entrer</source>
        <translation>Create the account and sign in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créer le compte de la direction et entrer</source>
        <translation>Create the management account and sign in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continuer sans compte pour l&apos;instant</source>
        <translation>Continue without an account for now</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cochez au moins un type de structure.</source>
        <translation>Tick at least one kind of structure.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Les deux mots de passe ne sont pas les mêmes : écrivez le même mot de passe deux fois.</source>
        <translation>The two passwords are not the same: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>FollowupsScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/followups/followups_screen.py" line="+48"/>
        <source>Suivis</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parties de l&apos;écran des suivis</source>
        <translation>Parts of the follow-ups screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche de suivi</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prochaines étapes de l&apos;équipe</source>
        <translation>The team&apos;s next steps</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Mes prochaines étapes</source>
        <translation>My next steps</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 ligne</source>
        <translation>%1 line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 lignes</source>
        <translation>%1 lines</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>%1 Les suivis et les parcours des membres sont réservés à l&apos;équipe.</source>
        <translation>%1 Members’ follow-ups and paths are for the team only.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/member_sheet.py" line="+58"/>
        <source>Chercher un membre</source>
        <translation>Search for a member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nom ou prénom</source>
        <translation>surname or first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chercher un membre :</source>
        <translation>&amp;Search for a member:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Membres trouvés</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <source>Tapez quelques lettres du nom.</source>
        <translation>Type a few letters of the name.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Parties de la fiche de suivi</source>
        <translation>Parts of the follow-up record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau suivi</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcours</source>
        <translation>Path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emploi accompagné</source>
        <translation>Supported employment</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/history_page.py" line="+23"/>
        <source>Montrer les présences</source>
        <translation>Show attendance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Historique du membre</source>
        <translation>Member’s history</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/followup_form.py" line="+43"/>
        <source>Date du suivi</source>
        <translation>Date of the follow-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suivi fait par</source>
        <translation>Follow-up done by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type de suivi</source>
        <translation>Type of follow-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note du suivi</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce qui a été dit, avec les mots du membre si possible.</source>
        <translation>What was said, in the member’s own words if possible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avec une échéance</source>
        <translation>with a due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La prochaine étape a une échéance</source>
        <translation>The next step has a due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date d&apos;échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Partenaire concerné</source>
        <translation>Partner concerned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relu avec le membre</source>
        <translation>Read back with the member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noter ce suivi</source>
        <translation>Record this follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noter ce suivi pour ce membre</source>
        <translation>Record this follow-up for this member</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fait &amp;par :</source>
        <translation>Done &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prochaine é&amp;tape :</source>
        <translation>Next s&amp;tep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;chéance :</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;artenaire :</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+49"/>
        <source>Étapes du parcours</source>
        <translation>Path steps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore d&apos;étape de parcours.</source>
        <translation>No path steps yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Date de fin de l&apos;étape</source>
        <translation>End date of the step</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Fin de l&apos;étape</source>
        <translation>End of the step</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Noter la fin de l&apos;étape choisie</source>
        <translation>Record the end of the chosen step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Étape choisie, &amp;finie le :</source>
        <translation>Chosen step, &amp;finished on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date du remplacement</source>
        <translation>Date of the replacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qui a fait le remplacement</source>
        <translation>Who covered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noter un remplacement</source>
        <translation>Record a replacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;étape choisie</source>
        <translation>The chosen step</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remplacement le :</source>
        <translation>&amp;Replacement on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;par :</source>
        <translation>&amp;by:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type d&apos;étape</source>
        <translation>Type of step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intitulé de l&apos;étape</source>
        <translation>Title of the step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif, par exemple : aide-cuisinier</source>
        <translation>optional, for example: kitchen assistant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Début de l&apos;étape</source>
        <translation>Start of the step</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/modules_page.py" line="+63"/>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+2"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+1"/>
        <source>Étape en cours, sans date de fin</source>
        <translation>Ongoing step, no end date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partenaire de l&apos;étape</source>
        <translation>Partner for the step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heures par semaine</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non dit</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catégorie d&apos;emploi</source>
        <translation>Job category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— à choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/followups_screen.py" line="+96"/>
        <location line="+14"/>
        <location line="+1"/>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+2"/>
        <source>La catégorie et le contrat ne concernent que les emplois.</source>
        <translation>Category and contract apply to jobs only.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter l&apos;étape</source>
        <translation>Add the step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter l&apos;étape au parcours</source>
        <translation>Add the step to the path</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle étape</source>
        <translation>New step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intitulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/modules_page.py" line="+15"/>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+1"/>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+2"/>
        <source>Fi&amp;n :</source>
        <translation>E&amp;nd:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;rtenaire :</source>
        <translation>Pa&amp;rtner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heures par semaine :</source>
        <translation>&amp;Hours per week:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Catégorie :</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontrat :</source>
        <translation>C&amp;ontract:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/modules_page.py" line="-33"/>
        <source>L&apos;emploi accompagné se fait en quatre modules. Il demande une RQTH (reconnaissance de la qualité de travailleur handicapé).</source>
        <translation>Supported employment comes in four modules. It requires an RQTH (official recognition as a disabled worker).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Modules d&apos;emploi accompagné</source>
        <translation>Supported employment modules</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Début du module</source>
        <translation>Start of the module</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Module en cours, sans date de fin</source>
        <translation>Ongoing module, no end date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fin du module</source>
        <translation>End of the module</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer le module</source>
        <translation>Save the module</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noter un module</source>
        <translation>Record a module</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Module :</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/next_steps_page.py" line="+38"/>
        <source>Étapes de qui</source>
        <translation>Whose steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pour :</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Prochaines étapes</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>C&apos;est fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;étape choisie est faite</source>
        <translation>The chosen step is done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir la fiche</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la fiche de suivi du membre</source>
        <translation>Open the member’s follow-up record</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Membres suivis</source>
        <translation>Members followed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez une personne pour voir aussi les membres qu&apos;elle suit.</source>
        <translation>Choose a person to also see the members they follow.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 membre, dont le dernier suivi a été fait par %2.</source>
        <translation>%1 member whose last follow-up was made by %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 membres, dont le dernier suivi a été fait par %2.</source>
        <translation>%1 members whose last follow-up was made by %2.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/followups_screen.py" line="-14"/>
        <source>Toute l&apos;équipe</source>
        <translation>The whole team</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/member_sheet.py" line="+20"/>
        <source>Personne ne porte ce nom.</source>
        <translation>Nobody has this name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez la personne dans la liste.</source>
        <translation>Choose the person in the list.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choisissez un membre dans la liste à gauche.</source>
        <translation>Choose a member in the list on the left.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fiche de %1</source>
        <translation>%1’s record</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/modules_page.py" line="+25"/>
        <source>RQTH : oui.</source>
        <translation>RQTH: yes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RQTH : non. L&apos;emploi accompagné n&apos;est pas possible sans RQTH.</source>
        <translation>RQTH: no. Supported employment is not possible without an RQTH.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RQTH : pas renseignée dans la fiche du membre.</source>
        <translation>RQTH: not filled in on the member’s record.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/history_page.py" line="+22"/>
        <source>Rien à montrer pour l&apos;instant.</source>
        <translation>Nothing to show yet.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/followup_form.py" line="+14"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La note est trop longue : %1 caractères au plus.</source>
        <translation>The note is too long: %1 characters at most.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Suivi noté. Il est dans l&apos;historique.</source>
        <translation>Follow-up recorded. It is in the history.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/path_page.py" line="+50"/>
        <source>Choisissez une étape dans la liste pour noter sa fin ou un remplacement.</source>
        <translation>Choose a step in the list to record its end or a replacement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les remplacements concernent seulement les emplois de transition.</source>
        <translation>Replacements apply to transitional jobs only.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucun remplacement noté pour cet emploi.</source>
        <translation>No replacement recorded for this job.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remplacements notés : %1</source>
        <translation>Replacements recorded: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Étape ajoutée au parcours.</source>
        <translation>Step added to the path.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fin de l&apos;étape notée.</source>
        <translation>End of the step recorded.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remplacement noté.</source>
        <translation>Replacement recorded.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/modules_page.py" line="+34"/>
        <source>Module « %1 » enregistré.</source>
        <translation>Module “%1” saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/followups/next_steps_page.py" line="-11"/>
        <source>Membres suivis par %1</source>
        <translation>Members followed by %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Étapes à venir sur combien de jours</source>
        <translation>How many days ahead the steps are shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 jours</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À &amp;venir sur :</source>
        <translation>&amp;Within:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Les étapes en retard d&apos;abord, puis celles des %1 prochains jours.</source>
        <translation>Overdue steps first, then those due in the next %1 days.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Personne pour l&apos;instant : le dernier suivi d&apos;un membre dit qui le suit.</source>
        <translation>Nobody yet: a member’s last follow-up tells who follows them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Aucune étape en retard, ni dans les %1 prochains jours.</source>
        <translation>No step overdue, and none due in the next %1 days.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 étape, dont %2 en retard.</source>
        <translation>%1 step, %2 of them late.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 étapes, dont %2 en retard.</source>
        <translation>%1 steps, %2 of them late.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 étape, aucune en retard.</source>
        <translation>%1 step, none late.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 étapes, aucune en retard.</source>
        <translation>%1 steps, none late.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choisissez d&apos;abord une étape dans la liste.</source>
        <translation>Choose a step in the list first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&apos;est noté : « %1 » pour %2 est fait.</source>
        <translation>Recorded: “%1” for %2 is done.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/objectives/models.py" line="+39"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (clos le %2)</source>
        <translation>%1 (closed on %2)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../src/clubdesk/ui/help/texts.py" line="+17"/>
        <source>Pour noter une arrivée, tapez les premières lettres du prénom ou du nom, puis appuyez sur Entrée. Les flèches du clavier choisissent une autre personne de la liste. Une personne déjà pointée est marquée « déjà là ». Une erreur ? Choisissez la personne dans la liste des présents et annulez son pointage.</source>
        <translation>To record an arrival, type the first letters of the first name or the surname, then press Enter. The arrow keys choose another person in the list. Someone already checked in is marked « already here ». A mistake? Choose the person in the list of those present and cancel their check-in.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le planning du jour dit qui fait quelle tâche, le matin et l&apos;après-midi. Chaque tâche se fait à deux au moins : deux membres, ou un membre avec un salarié.</source>
        <translation>The day&apos;s rota says who does which task, in the morning and in the afternoon. Each task is done by two people at least: two members, or a member with a staff member.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La liste des personnes du club. Tapez un nom pour la raccourcir, choisissez qui afficher (membres actuels, visiteurs, anciens membres). Double-cliquez sur une ligne, ou appuyez sur Entrée, pour ouvrir la fiche.</source>
        <translation>The list of the club&apos;s people. Type a name to shorten it, choose whom to show (current members, visitors, former members). Double-click a row, or press Enter, to open the record.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les suivis d&apos;une personne : les rendez-vous, les démarches et leurs suites. Choisissez la personne, puis ajoutez ou complétez un suivi.</source>
        <translation>A person&apos;s follow-ups: appointments, steps taken and what came of them. Choose the person, then add or complete a follow-up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les partenaires du club : entreprises, associations, services. Chaque fiche garde les coordonnées et ce qui a été fait ensemble.</source>
        <translation>The club&apos;s partners: firms, associations, services. Each record keeps the contact details and what was done together.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La vie du club en quatre graphiques. Sous chaque graphique, « Voir les chiffres » montre les mêmes chiffres en tableau.</source>
        <translation>The life of the club in four charts. Under each chart, “Show the figures” shows the same figures as a table.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les personnes qu&apos;on n&apos;a pas vues depuis un moment. Prendre des nouvelles, puis noter que c&apos;est fait : la personne sort de la liste.</source>
        <translation>The people not seen for a while. Ask how they are, then note that it is done: the person leaves the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les tâches de la journée et qui les fait. Chaque tâche se fait au moins à deux : deux membres, ou un membre et un salarié.</source>
        <translation>The day&apos;s tasks and who does them. Each task is done by two people at least: two members, or a member and a staff member.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les séances des ateliers collectifs. Choisissez une séance pour la modifier, ou « Nouvelle séance ». Pour une séance réalisée, cherchez chaque personne venue et ajoutez-la ; une séance prévue n&apos;a pas encore de participants.</source>
        <translation>The sessions of the collective workshops. Choose a session to change it, or « New session ». For a held session, search for each person who came and add them; a planned session has no participants yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les indicateurs de l&apos;année pour l&apos;ARS. Choisissez une ligne pour voir sa définition et ce qu&apos;elle compte, puis enregistrez le rapport (PDF ou classeur).</source>
        <translation>The year&apos;s indicators for the ARS. Choose a row to see its definition and what it counts, then save the report (PDF or workbook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le profil du club pour le rapport annuel. Tout le monde peut le lire ; seule la direction peut le modifier.</source>
        <translation>The club’s profile for the annual report. Everyone can read it; only the management can change it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer une liste (CSV ou classeur) dans le club, ou exporter les données. Avant d&apos;importer, un aperçu montre ce qui va changer : rien n&apos;est écrit sans votre accord.</source>
        <translation>Import a list (CSV or workbook) into the club, or export the data. Before importing, a preview shows what will change: nothing is written without your consent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les salariés du club : leur fonction, leur temps de travail (ETP) période par période, le compte avec lequel ils se connectent et ce qu&apos;ils savent faire. Le rapport annuel compte les ETP saisis ici.</source>
        <translation>The club&apos;s staff: their function, their working time (FTE) period by period, the account they sign in with and what they know how to do. The annual report counts the FTE entered here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chaque personne qui utilise clubdesk a son compte et un rôle : accueil, équipe ou direction. Chaque rôle ne voit que ce dont il a besoin.</source>
        <translation>Each person who uses clubdesk has an account and a role: reception, team or direction. Each role sees only what it needs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le journal note qui a lu ou changé quelle fiche, et quand. Il ne note jamais ce qui est écrit dans la fiche.</source>
        <translation>The audit trail records who read or changed which record, and when. It never records what the record says.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clubdesk fait des sauvegardes tout seul : au démarrage, toutes les quelques heures et en quittant. Ici, vous voyez les sauvegardes, vous pouvez en faire une tout de suite ou en remettre une.</source>
        <translation>clubdesk makes backups by itself: at start, every few hours and when quitting. Here you see the backups, you can make one right now or restore one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les données personnelles ne se gardent pas indéfiniment. Cet écran montre ce qui arrive au bout de sa durée de conservation et permet de l&apos;effacer.</source>
        <translation>Personal data are not kept forever. This screen shows what reaches the end of its retention period and lets you erase it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le mois d&apos;essai, puis le contrat de 6 mois de chaque personne. En haut, ce qui se termine dans les 30 jours. Choisissez une personne pour commencer l&apos;essai, le renouveler une fois, commencer le contrat ou le renouveler ; plus bas, sa sortie, les contacts après la sortie, ses frais de déplacement et ses repas.</source>
        <translation>Each person&apos;s trial month, then the 6-month contract. At the top, what ends within 30 days. Choose a person to start the trial, renew it once, start the contract or renew it; further down, their exit, the contacts after the exit, their travel costs and their meals.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La taille du texte et le contraste de cet ordinateur. Le changement se voit tout de suite et reste pour la prochaine fois.</source>
        <translation>This computer&apos;s text size and contrast. The change shows at once and stays for next time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les animateurs bénévoles du GEM, avec leurs fonctions, leurs qualifications et leur période, puis le parrain et l&apos;association gestionnaire. Tout figure dans le tableau annuel du GEM (Rapport annuel, « Tableau GEM »).</source>
        <translation>The GEM&apos;s volunteer animators with their functions, qualifications and period, then the sponsor and the managing association. All of it appears in the GEM&apos;s yearly table (Annual report, “GEM table”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les activités et les sorties décidées ensemble, mois par mois (« Mois précédent », « Mois suivant »). Choisissez-en une : cherchez un membre et « Inscrire » ; quand c&apos;est complet, il va sur la liste d&apos;attente. « Désinscrire » libère la place pour le premier en attente. Après la date, cochez qui est venu et enregistrez les présences. Le formulaire du bas ajoute ou modifie une sortie.</source>
        <translation>The activities and outings decided together, month by month (« Previous month », « Next month »). Choose one: search a member and « Sign up »; when it is full, they go on the waiting list. « Cancel sign-up » frees the place for the first one waiting. After the date, tick who came and save the attendance. The form at the bottom adds or changes an outing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les objectifs de travail d&apos;une personne, en savoir, savoir-faire et savoir-être. Choisissez la personne (ou double-cliquez sur un bilan à faire), ajoutez ses objectifs, puis notez chaque bilan : un niveau par objectif, les mots de la personne et le commentaire de l&apos;équipe. « Imprimer le bilan » enregistre la page à signer par la personne et la coordination.</source>
        <translation>A person&apos;s work objectives, in knowledge, skills and behaviour. Choose the person (or double-click a review to do), add their objectives, then record each review: a level per objective, the person&apos;s own words and the team&apos;s comment. “Print the review” saves the page to be signed by the person and the coordinator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les candidatures à la pré-insertion : chaque personne, qui l&apos;oriente, où en est sa demande et son rang sur la liste d&apos;attente. Filtrez par état ; remplissez le formulaire pour enregistrer une nouvelle candidature.</source>
        <translation>Applications to the pre-employment programme: each person, who referred them, where their application stands and their rank on the waiting list. Filter by state; fill in the form to record a new application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les commissions d&apos;admission et les partenaires présents. Choisissez une commission pour voir les candidatures en attente de décision ; pour chacune, choisissez la décision (un refus a un motif, une réorientation un partenaire) puis « Enregistrer la décision ».</source>
        <translation>Admission commissions and the partners present. Choose a commission to see the applications waiting for a decision; for each, choose the decision (a refusal has a reason, a referral a partner), then “Save the decision”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les commandes des clients et les séances de production. Choisissez une commande pour la modifier, ou « Nouvelle commande ». Pour une séance, ajoutez chaque personne avec ses heures (plus de 0, au plus 10), puis enregistrez. Le tableau du bas donne les heures du mois par personne.</source>
        <translation>The clients&apos; orders and the production sessions. Choose an order to change it, or “New order”. For a session, add each person with their hours (more than 0, at most 10), then save. The table at the bottom gives the month&apos;s hours per person.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clubdesk %1 — la journée du club.

Pour les clubhouses : l&apos;accueil, le planning, les membres, les suivis et le rapport annuel.

Icônes de navigation : dessinées pour clubdesk dans le style de Lucide (licence ISC).</source>
        <translation>clubdesk %1 — the club&apos;s day.

For clubhouses: reception, rota, members, follow-ups and the annual report.

Navigation icons: drawn for clubdesk in the style of Lucide (ISC licence).</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/clubdesk/ui/help/help_dialog.py" line="+23"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer l&apos;aide</source>
        <translation>Close the help</translation>
    </message>
</context>
<context>
    <name>HostedModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/partners/models.py" line="+43"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>How</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/production/models.py" line="+80"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heures du mois</source>
        <translation>Hours of the month</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/report/models.py" line="-63"/>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>InteractionsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/partners/models.py" line="-16"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/login_screen.py" line="-272"/>
        <source>Qui utilise clubdesk ?</source>
        <translation>Who is using clubdesk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrivez votre identifiant et votre mot de passe, puis appuyez sur « Entrer ».</source>
        <translation>Type your username and your password, then press “Sign in”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher le mot de passe</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrer</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrer dans clubdesk</source>
        <translation>Sign in to clubdesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changer la base du club…</source>
        <translation>Change the club&apos;s database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changer la base du club</source>
        <translation>Change the club&apos;s database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvre les réglages du serveur de base de données partagé par plusieurs postes.</source>
        <translation>Opens the settings of the database server shared by several desks.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Base du club</source>
        <translation>Club database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les réglages sont enregistrés.
Fermez clubdesk puis rouvrez-le : il utilisera la base du serveur.</source>
        <translation>The settings are saved.
Close clubdesk and open it again: it will use the server&apos;s database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Club de démonstration : entrez avec l&apos;un de ces comptes (identifiant — mot de passe). Ils servent seulement à essayer clubdesk : leurs mots de passe sont publics, ne les gardez pas pour un vrai club.
%1</source>
        <translation>Demonstration club: sign in with one of these accounts (username — password). They are only for trying clubdesk: their passwords are public, do not keep them for a real club.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pour protéger les informations des membres, l&apos;écran se verrouille tout seul après %1 sans utilisation.</source>
        <translation>To protect members’ information, the screen locks itself after %1 without use.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Écrivez d&apos;abord votre identifiant.</source>
        <translation>Type your username first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez votre mot de passe.</source>
        <translation>Type your password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/clubdesk/ui/screens.py" line="+127"/>
        <source>Accueil</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planning du jour</source>
        <translation>Today’s rota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suivis</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Sorties et activités</source>
        <translation>Outings and activities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidatures</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commissions</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stages et contrats</source>
        <translation>Internships and contracts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commandes et production</source>
        <translation>Orders and production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>À recontacter</source>
        <translation>To contact again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tâches</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ateliers collectifs</source>
        <translation>Collective workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport annuel</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer / exporter</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bénévoles et parrainage</source>
        <translation>Volunteers and sponsorship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comptes</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conservation des données</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affichage</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/main_window.py" line="+100"/>
        <location filename="../../src/clubdesk/ui/session/early.py" line="-14"/>
        <source>clubdesk — la journée du club</source>
        <translation>clubdesk — the club’s day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Écrans</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer clubdesk, après une dernière sauvegarde</source>
        <translation>Close clubdesk, after a last backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Aller à</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Aide sur cet écran</source>
        <translation>&amp;Help on this screen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>À &amp;propos de clubdesk</source>
        <translation>&amp;About clubdesk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>À propos de clubdesk</source>
        <translation>About clubdesk</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_form.py" line="+101"/>
        <source>Parties de la fiche</source>
        <translation>Parts of the record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identité et contact</source>
        <translation>Identity and contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charte et adhésion</source>
        <translation>Charter and membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autres informations</source>
        <translation>Other information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envies</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fermer sans enregistrer</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer la fiche sans enregistrer</source>
        <translation>Close the record without saving</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voir ses suivis</source>
        <translation>See their follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer la fiche et ouvrir l&apos;historique de ses suivis</source>
        <translation>Close the record and open the history of their follow-ups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir son parcours</source>
        <translation>See their path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer la fiche et ouvrir son parcours</source>
        <translation>Close the record and open their path</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>La charte ne peut pas être signée à une date future.</source>
        <translation>The charter cannot be signed on a date in the future.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notez d&apos;abord la signature de la charte actuelle.</source>
        <translation>First record the signature of the current charter.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_pages.py" line="+52"/>
        <source>Prénom (obligatoire)</source>
        <translation>First name (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surnom ou prénom d&apos;usage</source>
        <translation>Nickname or preferred first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>par exemple 06 12 34 56 78</source>
        <translation>for example 06 12 34 56 78</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse e-mail</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse postale</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moyen de contact préféré</source>
        <translation>Preferred means of contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courrier</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prénom (obligatoire) :</source>
        <translation>&amp;First name (required):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;urnom :</source>
        <translation>Nic&amp;kname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dresse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact préféré :</source>
        <translation>Preferred &amp;contact:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— aucun contact —</source>
        <translation>— no contact —</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/membership_page.py" line="+54"/>
        <source>Date de signature de la charte</source>
        <translation>Date the charter was signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signer la charte</source>
        <translation>Sign the charter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charte</source>
        <translation>Charter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date de &amp;signature :</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Périodes d&apos;adhésion</source>
        <translation>Membership periods</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date d&apos;adhésion ou de départ</source>
        <translation>Date of joining or leaving</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+113"/>
        <source>Adhérer</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Adhérer à la date choisie</source>
        <translation>Join on the chosen date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler cette adhésion</source>
        <translation>Cancel this membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler l&apos;adhésion notée</source>
        <translation>Cancel the recorded membership</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quitter le club</source>
        <translation>Leave the club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter le club à la date choisie</source>
        <translation>Leave the club on the chosen date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adhésion</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Historique des adhésions :</source>
        <translation>Membership &amp;history:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>À la &amp;date du :</source>
        <translation>On the &amp;date:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Signer la charte (version %1)</source>
        <translation>Sign the charter (version %1)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_pages.py" line="-74"/>
        <source>RQTH (reconnaissance de la qualité de travailleur handicapé), facultatif</source>
        <translation>RQTH (official recognition as a disabled worker), optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non renseignée</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partenaire référent</source>
        <translation>Referring partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne à contacter chez le partenaire référent</source>
        <translation>Person to contact at the referent partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autre référent, hors des partenaires</source>
        <translation>Other referent, not among the partners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autres lieux entre pairs fréquentés</source>
        <translation>Other peer-support places attended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple un GEM (groupe d&apos;entraide mutuelle)</source>
        <translation>for example a GEM (mutual-aid group)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;RQTH :</source>
        <translation>&amp;RQTH:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RQTH (reconnaissance de la qualité de travailleur handicapé) : facultatif. Ne la notez que si la personne souhaite la donner.</source>
        <translation>RQTH (official recognition as a disabled worker): optional. Only record it if the person wishes to give it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Partenaire référent :</source>
        <translation>Referring &amp;partner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contact référent :</source>
        <translation>Referent &amp;contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre ré&amp;férent :</source>
        <translation>Other re&amp;ferent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autres lieux entre pairs :</source>
        <translation>&amp;Other peer-support places:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/profile_pages.py" line="+52"/>
        <source>Compétences et niveaux</source>
        <translation>Skills and levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ajouter une compétence</source>
        <translation>Add a skill</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer la compétence choisie</source>
        <translation>Remove the chosen skill</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que la personne sait faire ou aimerait apprendre :</source>
        <translation>What the person can do or would like to learn:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Envie pour la tâche %1</source>
        <translation>Wish for the task %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aime</source>
        <translation>likes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>préfère éviter</source>
        <translation>prefers to avoid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pour chaque tâche de la journée, ce que la personne en pense. « — » veut dire : pas d&apos;avis.</source>
        <translation>For each task of the day, what the person thinks of it. “—” means: no opinion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune tâche n&apos;est encore définie.</source>
        <translation>No tasks are defined yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matin</source>
        <translation>morning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>après-midi</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Les demi-journées où la personne vient d&apos;habitude :</source>
        <translation>The half-days when the person usually comes:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/duplicates_panel.py" line="+23"/>
        <source>Cette personne existe peut-être déjà :</source>
        <translation>This person may already exist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiches qui se ressemblent</source>
        <translation>Similar records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir cette fiche</source>
        <translation>Open this record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la fiche existante choisie</source>
        <translation>Open the chosen existing record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si c&apos;est bien elle, ouvrez sa fiche. Sinon, cliquez sur « Créer quand même ».</source>
        <translation>If it is them, open their record. Otherwise, click “Create anyway”.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_form.py" line="-183"/>
        <location line="+1"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <location line="+94"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+1"/>
        <source>Fiche de %1</source>
        <translation>%1’s record</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/profile_pages.py" line="-108"/>
        <source>découvre</source>
        <translation>beginner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pratique</source>
        <translation>practised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peut apprendre aux autres</source>
        <translation>can teach others</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_form.py" line="+88"/>
        <source>Créer quand même</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enregistrez d&apos;abord la fiche, ou fermez-la sans enregistrer.</source>
        <translation>Save the record first, or close it without saving.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>La date d&apos;entrée ne peut pas être après aujourd&apos;hui.</source>
        <translation>The joining date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/members/membership_page.py" line="-102"/>
        <source>Signatures de la charte</source>
        <translation>Charter signatures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Noter une signature de la charte à la date choisie</source>
        <translation>Record a signature of the charter on the chosen date</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Motif du départ</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(non renseigné)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Motif du départ :</source>
        <translation>&amp;Reason for leaving:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>version %1, signée le %2</source>
        <translation>version %1, signed on %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1, signée le %2 (sera enregistrée avec la fiche)</source>
        <translation>version %1, signed on %2 (will be saved with the record)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune signature pour l&apos;instant.</source>
        <translation>No signature yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charte actuelle (version %1) : signée.</source>
        <translation>Current charter (version %1): signed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charte actuelle (version %1) : pas encore signée.</source>
        <translation>Current charter (version %1): not signed yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>depuis le %1 (sera enregistrée avec la fiche)</source>
        <translation>since %1 (will be saved with the record)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adhésion notée à partir du %1 : elle sera enregistrée avec la fiche.</source>
        <translation>Membership recorded from %1: it will be saved with the record.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membre depuis le %1.</source>
        <translation>Member since %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ancien membre : pas d&apos;adhésion en cours.</source>
        <translation>Former member: no current membership.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visiteur : pas encore d&apos;adhésion.</source>
        <translation>Visitor: no membership yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune adhésion pour l&apos;instant.</source>
        <translation>No membership yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ré-adhérer</source>
        <translation>Rejoin</translation>
    </message>
</context>
<context>
    <name>MemberResultsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/retention/retention_screen.py" line="+103"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/table_model.py" line="+112"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ancien membre</source>
        <translation>former member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>visiteur</source>
        <translation>visitor</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_table_model.py" line="+30"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Surnom</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ancien %1</source>
        <translation>Former %1</translation>
    </message>
</context>
<context>
    <name>MembersScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/members/members_screen.py" line="+29"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Membres actuels</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiteurs</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anciens membres</source>
        <translation>Former members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Quelles personnes afficher</source>
        <translation>Which people to show</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chercher un nom…</source>
        <translation>Search for a name…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Chercher un membre par son nom</source>
        <translation>Search for a member by name</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1 actuels</source>
        <translation>Current %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anciens %1</source>
        <translation>Former %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sans signature de la charte actuelle</source>
        <translation>%1 who have not signed the current charter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membres sans signature de la charte actuelle</source>
        <translation>Members without a signature of the current charter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liste des membres</source>
        <translation>List of members</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nouvelle personne</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer la fiche d&apos;une nouvelle personne</source>
        <translation>Create a record for a new person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la fiche</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la fiche de la personne choisie</source>
        <translation>Open the chosen person’s record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fusionner deux fiches</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner les deux fiches choisies (la même personne)</source>
        <translation>Merge the two chosen records (the same person)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez deux lignes (Ctrl + clic) pour fusionner leurs fiches.</source>
        <translation>Choose two rows (Ctrl + click) to merge their records.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 personne</source>
        <translation>%1 person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 personnes</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../src/clubdesk/ui/members/merge_dialog.py" line="+22"/>
        <source>Fusionner deux fiches</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fusionner deux fiches de la même personne</source>
        <translation>Merge two records of the same person</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Garder plutôt l&apos;autre fiche</source>
        <translation>Keep the other record instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échanger la fiche gardée et l&apos;autre</source>
        <translation>Swap the kept record and the other one</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler, ne rien fusionner</source>
        <translation>Cancel, merge nothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fusionner les deux fiches</source>
        <translation>Merge the two records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner les deux fiches, sans retour possible</source>
        <translation>Merge the two records, with no way back</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail :</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adhésions :</source>
        <translation>Memberships:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>non renseigné</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>aucune (visiteur)</source>
        <translation>none (visitor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>une période</source>
        <translation>one period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 périodes</source>
        <translation>%1 periods</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fiche gardée</source>
        <translation>Record kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche rattachée puis supprimée</source>
        <translation>Record merged in, then deleted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les présences et l&apos;historique de %1 seront rattachés à %2. Cette action ne peut pas être annulée.</source>
        <translation>The attendance and history of %1 will be moved to %2. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ModulesModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/followups/models.py" line="+47"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pas commencé</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>NewPasswordPanel</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/new_password_panel.py" line="+27"/>
        <source>Code accepté. Choisissez maintenant votre mot de passe : il remplace le code, qui ne servira plus.</source>
        <translation>Code accepted. Now choose your password: it replaces the code, which will not work again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Répétez le nouveau mot de passe</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nouveau mot de passe :</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ré&amp;pétez-le :</source>
        <translation>Re&amp;peat it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Règle du mot de passe</source>
        <translation>Password rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisir ce mot de passe et entrer</source>
        <translation>Choose this password and sign in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler, revenir à l&apos;identifiant</source>
        <translation>Cancel, back to the username</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Les deux mots de passe ne sont pas les mêmes : écrivez le même mot de passe deux fois.</source>
        <translation>The two passwords are not the same: type the same password twice.</translation>
    </message>
</context>
<context>
    <name>ObjectivesScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/objectives/objectives_screen.py" line="+59"/>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les objectifs de travail de chaque personne, en savoir, savoir-faire et savoir-être, et leurs bilans avec la coordination : le niveau atteint, les mots de la personne, le commentaire de l&apos;équipe.</source>
        <translation>Each person&apos;s work objectives, in knowledge, skills and behaviour, and their reviews with the coordinator: the level reached, the person&apos;s own words, the team&apos;s comment.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+64"/>
        <source>Bilans à faire</source>
        <translation>Reviews to do</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Personnes du club</source>
        <translation>People of the club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher un nom…</source>
        <translation>Search for a name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir ses objectifs</source>
        <translation>Show their objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les objectifs de la personne choisie</source>
        <translation>Show the chosen person&apos;s objectives</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>Aucune personne choisie.</source>
        <translation>No person chosen.</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Grille des objectifs</source>
        <translation>Objectives grid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objectif</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arriver à l&apos;heure, tailler une haie…</source>
        <translation>Arrive on time, trim a hedge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter l&apos;objectif</source>
        <translation>Add the objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter l&apos;objectif à la personne choisie</source>
        <translation>Add the objective to the chosen person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Domaine :</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjectif :</source>
        <translation>O&amp;bjective:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date du bilan</source>
        <translation>Date of the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination (salarié)</source>
        <translation>Coordinator (staff member)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Les mots de la personne</source>
        <translation>The person&apos;s own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce que la personne dit de la période, avec ses mots</source>
        <translation>What the person says about the period, in their own words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commentaire de l&apos;équipe</source>
        <translation>The team&apos;s comment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce que l&apos;équipe observe</source>
        <translation>What the team observes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Da&amp;te :</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Coordination :</source>
        <translation>&amp;Coordinator:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les &amp;mots de la personne :</source>
        <translation>The person&apos;s &amp;words:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmentaire :</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le bilan</source>
        <translation>Save the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le nouveau bilan</source>
        <translation>Save the new review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilan à imprimer</source>
        <translation>Review to print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imprimer le bilan</source>
        <translation>Print the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le bilan choisi en PDF, à signer</source>
        <translation>Save the chosen review as a PDF, to be signed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>La personne</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouvel objectif</source>
        <translation>New objective</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveau bilan</source>
        <translation>New review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imprimer un bilan</source>
        <translation>Print a review</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Aucun bilan à faire.</source>
        <translation>No review to do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 bilan à faire.</source>
        <translation>1 review to do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bilans à faire.</source>
        <translation>%1 reviews to do.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— aucun salarié —</source>
        <translation>— no staff member —</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 objectif</source>
        <translation>%1 objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 objectifs</source>
        <translation>%1 objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bilan</source>
        <translation>%1 review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bilans</source>
        <translation>%1 reviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bilan du %1</source>
        <translation>Review of %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>— pas évalué —</source>
        <translation>— not assessed —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Niveau de %1</source>
        <translation>Level of %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choisissez d&apos;abord une personne dans la liste.</source>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Objectif ajouté.</source>
        <translation>Objective added.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bilan enregistré.</source>
        <translation>Review saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enregistrer le bilan en PDF</source>
        <translation>Save the review as PDF</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bilan enregistré en PDF : %1</source>
        <translation>Review saved as PDF: %1</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/objectives/models.py" line="-69"/>
        <source>Savoir</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savoir-faire</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savoir-être</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>non acquis</source>
        <translation>not acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acquis</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maîtrisé</source>
        <translation>mastered</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/production/models.py" line="-50"/>
        <source>À livrer le</source>
        <translation>To deliver on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, en retard</source>
        <translation>%1, late</translation>
    </message>
</context>
<context>
    <name>OutingForm</name>
    <message>
        <location filename="../../src/clubdesk/ui/outings/form.py" line="+32"/>
        <source>Titre de la sortie ou de l&apos;activité</source>
        <translation>Title of the outing or activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Musée, pique-nique, atelier peinture…</source>
        <translation>Museum, picnic, painting workshop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activité</source>
        <translation>activity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sortie</source>
        <translation>outing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heure de début</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14:30</source>
        <translation>14:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nombre de places</source>
        <translation>Number of places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sans limite</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reste à charge par personne</source>
        <translation>Cost to each member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Décidée en réunion le</source>
        <translation>Decided at the meeting of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décidée en réunion des membres</source>
        <translation>Decided at a members&apos; meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de la réunion</source>
        <translation>Date of the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre :</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heure :</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Places :</source>
        <translation>Pla&amp;ces:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reste à charge :</source>
        <translation>&amp;Cost to each:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;tat :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>OutingsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/outings/models.py" line="+19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genre</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inscrits</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ %1 en attente</source>
        <translation>+ %1 waiting</translation>
    </message>
</context>
<context>
    <name>OutingsScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/outings/outings_screen.py" line="+56"/>
        <source>Sorties et activités</source>
        <translation>Outings and activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les activités et les sorties décidées ensemble, mois par mois. Choisissez-en une pour voir qui est inscrit, inscrire quelqu&apos;un ou noter qui est venu.</source>
        <translation>The activities and outings decided together, month by month. Choose one to see who is signed up, sign someone up or record who came.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>◀ Mois précédent</source>
        <translation>◀ Previous month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le mois précédent</source>
        <translation>Show the previous month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mois suivant ▶</source>
        <translation>Next month ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voir le mois suivant</source>
        <translation>Show the next month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorties et activités du mois</source>
        <translation>The month&apos;s outings and activities</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Inscrits</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste d&apos;attente</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inscrits :</source>
        <translation>Signed up:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste d&apos;attente :</source>
        <translation>Waiting list:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Désinscrire</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Désinscrire la personne choisie</source>
        <translation>Cancel the chosen person&apos;s sign-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher un nom…</source>
        <translation>Search for a name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inscrire</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inscrire la personne choisie</source>
        <translation>Sign the chosen person up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistrer les présences</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer qui est venu</source>
        <translation>Save who came</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nouvelle sortie ou activité</source>
        <translation>New outing or activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vider le formulaire pour en ajouter une</source>
        <translation>Clear the form to add one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la sortie ou l&apos;activité</source>
        <translation>Save the outing or activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la sortie choisie</source>
        <translation>Delete the chosen outing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>La sortie choisie</source>
        <translation>The chosen outing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qui est venu</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter ou modifier</source>
        <translation>Add or change</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Rien de prévu ce mois-ci.</source>
        <translation>Nothing planned this month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 sortie ou activité ce mois-ci.</source>
        <translation>1 outing or activity this month.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sorties et activités ce mois-ci.</source>
        <translation>%1 outings and activities this month.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choisissez une sortie ou une activité dans la liste.</source>
        <translation>Choose an outing or an activity in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> à %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Places sans limite.</source>
        <translation>No limit on places.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places restantes : %1 sur %2.</source>
        <translation>Places left: %1 of %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>En attente : %1.</source>
        <translation>Waiting: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reste à charge : %1.</source>
        <translation>Cost to each member: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gratuit</source>
        <translation>free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Décidée en réunion le %1.</source>
        <translation>Decided at the meeting of %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>État : %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sortie annulée : pas de présences.</source>
        <translation>Outing cancelled: no attendance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On note qui est venu après la sortie.</source>
        <translation>Who came is recorded after the outing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cochez les personnes venues.</source>
        <translation>Tick the people who came.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne n&apos;était inscrit.</source>
        <translation>Nobody was signed up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Présence de %1 à la sortie</source>
        <translation>%1 came to the outing</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Inscription notée : %1.</source>
        <translation>Signed up: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inscription annulée : %1.</source>
        <translation>Sign-up cancelled: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Présences enregistrées : %1 personne venue.</source>
        <translation>Attendance saved: %1 person came.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présences enregistrées : %1 personnes venues.</source>
        <translation>Attendance saved: %1 people came.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Choisissez d&apos;abord une sortie et une personne.</source>
        <translation>First choose an outing and a person.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 est en liste d&apos;attente (rang %2).</source>
        <translation>%1 is on the waiting list (number %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choisissez d&apos;abord une personne inscrite ou en attente.</source>
        <translation>First choose a person signed up or waiting.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 passe de la liste d&apos;attente à une place.</source>
        <translation>%1 moves from the waiting list to a place.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enregistrée.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimée.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/outings/models.py" line="+7"/>
        <source>sortie</source>
        <translation>outing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activité</source>
        <translation>activity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/partners/models.py" line="-48"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (archivé)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>PartnersScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+60"/>
        <location line="+40"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 Vous pouvez consulter les partenaires et leurs contacts.</source>
        <translation>%1 You can look at the partners and their contacts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catégorie de partenaires montrée</source>
        <translation>Partner category shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Catégorie :</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Montrer les archivés</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partner_form.py" line="+46"/>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+5"/>
        <source>Nouveau partenaire</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+2"/>
        <source>Créer un nouveau partenaire</source>
        <translation>Create a new partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partner_form.py" line="+4"/>
        <source>Nom du partenaire</source>
        <translation>Partner’s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catégorie du partenaire</source>
        <translation>Partner’s category</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adresse du partenaire</source>
        <translation>Partner’s address</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/contacts_page.py" line="+45"/>
        <location line="+3"/>
        <location filename="../../src/clubdesk/ui/partners/interactions_page.py" line="+62"/>
        <location filename="../../src/clubdesk/ui/partners/partner_form.py" line="+1"/>
        <location line="+3"/>
        <source>facultatif</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partner_form.py" line="-1"/>
        <source>Ville du partenaire</source>
        <translation>Partner’s town</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer le partenaire</source>
        <translation>Create the partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler la création du partenaire</source>
        <translation>Cancel creating the partner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;tégorie :</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Adresse :</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ville :</source>
        <translation>To&amp;wn:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+25"/>
        <location line="+149"/>
        <location line="+12"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer le partenaire</source>
        <translation>Delete the partner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parties de la fiche du partenaire</source>
        <translation>Parts of the partner’s record</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échanges</source>
        <translation>Exchanges</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/hosted_page.py" line="+24"/>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+1"/>
        <source>Membres accueillis</source>
        <translation>Members hosted</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/contacts_page.py" line="-13"/>
        <source>Contacts du partenaire</source>
        <translation>Partner’s contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nom du contact</source>
        <translation>Contact’s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rôle du contact</source>
        <translation>Contact’s role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif, par exemple : responsable RH</source>
        <translation>optional, for example: HR manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Téléphone du contact</source>
        <translation>Contact’s phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail du contact</source>
        <translation>Contact’s email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter le contact</source>
        <translation>Add the contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;om :</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Télé&amp;phone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partnerships_page.py" line="+40"/>
        <source>Partenariats du partenaire</source>
        <translation>Partner’s partnerships</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type de partenariat</source>
        <translation>Type of partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple : convention de stage</source>
        <translation>for example: work placement agreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Début du partenariat</source>
        <translation>Start of the partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partenariat en cours, sans date de fin</source>
        <translation>Ongoing partnership, no end date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fin du partenariat</source>
        <translation>End of the partnership</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signée le</source>
        <translation>signed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La convention est signée</source>
        <translation>The agreement is signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date de signature de la convention</source>
        <translation>Date the agreement was signed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter le partenariat</source>
        <translation>Add the partnership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau partenariat</source>
        <translation>New partnership</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/interactions_page.py" line="+30"/>
        <location filename="../../src/clubdesk/ui/partners/partnerships_page.py" line="+3"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partnerships_page.py" line="+1"/>
        <source>&amp;Début :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Convention :</source>
        <translation>A&amp;greement:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/interactions_page.py" line="-40"/>
        <source>Échanges avec le partenaire</source>
        <translation>Exchanges with the partner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date de l&apos;échange</source>
        <translation>Date of the exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type d&apos;échange</source>
        <translation>Type of exchange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note de l&apos;échange</source>
        <translation>Note on the exchange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chercher un membre concerné</source>
        <translation>Search for a member concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chercher par nom ou prénom</source>
        <translation>search by surname or first name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membres trouvés</source>
        <translation>Members found</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter ce membre</source>
        <translation>Add this member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter le membre trouvé à l&apos;échange</source>
        <translation>Add the member found to the exchange</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membres concernés par l&apos;échange</source>
        <translation>Members concerned by the exchange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer le membre de l&apos;échange</source>
        <translation>Remove the member from the exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noter l&apos;échange</source>
        <translation>Record the exchange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvel échange</source>
        <translation>New exchange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Membres concernés (facultatif) :</source>
        <translation>&amp;Members concerned (optional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Membres choisis :</source>
        <translation>Chosen members:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/hosted_page.py" line="+3"/>
        <source>Les membres qui ont eu un emploi, un stage ou une autre étape de parcours chez ce partenaire, ou qui ont participé à un échange avec lui.</source>
        <translation>Members who had a job, a work placement or another path step with this partner, or who took part in an exchange with them.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partner_form.py" line="+13"/>
        <source>Par exemple : %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+57"/>
        <source>Aucun partenaire dans cette liste.</source>
        <translation>No partners in this list.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choisissez un partenaire dans la liste.</source>
        <translation>Choose a partner in the list.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>archivé : il n&apos;est plus proposé dans les choix</source>
        <translation>archived: no longer offered in the choices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remettre dans la liste</source>
        <translation>Put back in the list</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/hosted_page.py" line="+21"/>
        <source>Aucun membre pour l&apos;instant.</source>
        <translation>No members yet.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partners_screen.py" line="+26"/>
        <source>Choisissez d&apos;abord un partenaire dans la liste.</source>
        <translation>Choose a partner in the list first.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>« %1 » est créé.</source>
        <translation>“%1” has been created.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 partenaire.</source>
        <translation>%1 partner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 partenaires.</source>
        <translation>%1 partners.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>« %1 » est archivé. Cochez « Montrer les archivés » pour le revoir.</source>
        <translation>“%1” has been archived. Tick “Show archived” to see it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 » est archivé.</source>
        <translation>“%1” has been archived.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« %1 » est de nouveau dans la liste.</source>
        <translation>“%1” is back in the list.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supprimer un partenaire</source>
        <translation>Delete a partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer « %1 », ses contacts, partenariats et échanges ?
Pour le garder dans l&apos;historique, archivez-le plutôt.</source>
        <translation>Delete “%1”, its contacts, partnerships and exchanges?
To keep it in the history, archive it instead.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>« %1 » est supprimé.</source>
        <translation>“%1” has been deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/contacts_page.py" line="+25"/>
        <source>Contact ajouté.</source>
        <translation>Contact added.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/partnerships_page.py" line="+30"/>
        <source>Partenariat ajouté.</source>
        <translation>Partnership added.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/partners/interactions_page.py" line="+84"/>
        <source>Échange noté.</source>
        <translation>Exchange recorded.</translation>
    </message>
</context>
<context>
    <name>PartnershipsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/partners/models.py" line="+23"/>
        <source>Partenariat</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pas signée</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signée</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signée le %1</source>
        <translation>signed on %1</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/card.py" line="+90"/>
        <source>Le mot de passe : au moins 8 caractères avec trois sortes parmi minuscules, majuscules, chiffres et symboles, ou une phrase de 7 mots.</source>
        <translation>The password: at least 8 characters with three kinds among lower case, upper case, digits and symbols, or a phrase of 7 words.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Les deux mots de passe ne sont pas les mêmes.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce mot de passe est assez solide.</source>
        <translation>This password is strong enough.</translation>
    </message>
</context>
<context>
    <name>PathStepsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/followups/models.py" line="-100"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heures/
semaine</source>
        <translation>Hours/
week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/contracts/models.py" line="-23"/>
        <location filename="../../src/clubdesk/ui/objectives/models.py" line="+26"/>
        <location filename="../../src/clubdesk/ui/outings/models.py" line="+21"/>
        <location filename="../../src/clubdesk/ui/workshops/models.py" line="+37"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/clubdesk/ui/outings/models.py" line="+4"/>
        <location filename="../../src/clubdesk/ui/workshops/models.py" line="+4"/>
        <source>%1 (visiteur)</source>
        <translation>%1 (visitor)</translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <location line="-46"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fin prévue</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêtée le</source>
        <translation>Ended on</translation>
    </message>
</context>
<context>
    <name>PreferencesScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/display/preferences_screen.py" line="+52"/>
        <source>Affichage</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ici, vous réglez l&apos;écran de cet ordinateur.
Les changements servent à tout le monde sur cet ordinateur.</source>
        <translation>Here you adjust the display of this computer.
The changes apply to everyone on this computer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taille du texte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>100 % (normal)</source>
        <translation>100% (normal)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>200 % (très grand)</source>
        <translation>200% (very large)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taille du texte : %1 pour cent</source>
        <translation>Text size: %1 per cent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contraste élevé : texte blanc sur fond noir</source>
        <translation>High contrast: white text on a black background</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texte blanc sur fond noir, le choix en jaune.</source>
        <translation>White text on a black background, the selection in yellow.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Français</source>
        <translation>Français (French)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langue de l&apos;ordinateur</source>
        <translation>Computer’s language</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La nouvelle langue s&apos;affiche au prochain démarrage de clubdesk.</source>
        <translation>The new language appears the next time clubdesk starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La nouvelle langue s&apos;affiche au prochain démarrage.
Fermez clubdesk, puis ouvrez-le à nouveau.</source>
        <translation>The new language appears at the next start.
Close clubdesk, then open it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aperçu :</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonjour ! Voici un exemple de texte.
Lisez-vous bien cette phrase ?</source>
        <translation>Hello! Here is some sample text.
Can you read this sentence easily?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aperçu du texte</source>
        <translation>Text preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un bouton d&apos;exemple</source>
        <translation>A sample button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un bouton d&apos;exemple, il ne fait rien</source>
        <translation>A sample button, it does nothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenir aux réglages d&apos;avant</source>
        <translation>Go back to the previous settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réglages habituels</source>
        <translation>Usual settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réglages habituels : texte normal, sans contraste élevé</source>
        <translation>Usual settings: normal text, no high contrast</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Le réglage n&apos;a pas pu être gardé pour la prochaine fois. Il sert quand même maintenant.</source>
        <translation>The setting could not be kept for next time. It applies now all the same.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&apos;est enregistré. La langue changera au prochain démarrage.</source>
        <translation>Saved. The language will change at the next start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&apos;est enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PresentListModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/reception/models.py" line="+36"/>
        <source>  · à distance</source>
        <translation>  · remote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  · journée</source>
        <translation>  · all day</translation>
    </message>
</context>
<context>
    <name>ProductionScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/production/production_screen.py" line="+59"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commandes et production</source>
        <translation>Orders and production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les commandes des clients, les séances de production des ateliers avec qui a travaillé et combien d&apos;heures, et les heures du mois par personne.</source>
        <translation>The clients&apos; orders, the workshops&apos; production sessions with who worked and how many hours, and the month&apos;s hours per person.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+88"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Nouvelle commande</source>
        <translation>New order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vider le formulaire pour une nouvelle commande</source>
        <translation>Clear the form for a new order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce qui est commandé</source>
        <translation>What is ordered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffet pour 40 personnes, cartes de visite…</source>
        <translation>Buffet for 40 people, business cards…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantité (0 : non dite)</source>
        <translation>Quantity (0: not said)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À livrer le</source>
        <translation>To deliver on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État de la commande</source>
        <translation>Status of the order</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes sur la commande</source>
        <translation>Notes on the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Enregistrer la commande</source>
        <translation>Save the order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lient :</source>
        <translation>C&amp;lient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commande :</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quantité :</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reçue le :</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À li&amp;vrer le :</source>
        <translation>To deli&amp;ver on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;tat :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mois :</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Séances de production du mois</source>
        <translation>Production sessions of the month</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date de la séance</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pour la commande</source>
        <translation>For the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heures travaillées</source>
        <translation>Hours worked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter la personne et ses heures</source>
        <translation>Add the person and their hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qui a travaillé</source>
        <translation>Who worked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer la personne choisie</source>
        <translation>Remove the chosen person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la séance</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la séance de production</source>
        <translation>Save the production session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Atelier :</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pour la comma&amp;nde :</source>
        <translation>For the or&amp;der:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Personne :</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Heures :</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Heures du mois par personne</source>
        <translation>Hours of the month per person</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Séances de production</source>
        <translation>Production sessions</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 commande à livrer, dont %2 en retard.</source>
        <translation>%1 order to deliver, %2 of them late.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 commandes à livrer, dont %2 en retard.</source>
        <translation>%1 orders to deliver, %2 of them late.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 personne, %2 h en tout.</source>
        <translation>%1 person, %2 h in all.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 personnes, %2 h en tout.</source>
        <translation>%1 people, %2 h in all.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Aucun client : ajoutez d&apos;abord un partenaire de catégorie « client ».</source>
        <translation>No client: first add a partner of category “client”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Commande enregistrée.</source>
        <translation>Order saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez d&apos;abord une personne.</source>
        <translation>First choose a person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 est déjà dans la séance.</source>
        <translation>%1 is already in the session.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choisissez d&apos;abord une personne de la séance.</source>
        <translation>First choose a person of the session.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Séance de production enregistrée.</source>
        <translation>Production session saved.</translation>
    </message>
</context>
<context>
    <name>ReachOutScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/reach_out/reach_out_screen.py" line="+46"/>
        <source>À recontacter</source>
        <translation>To contact again</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Nombre de jours sans venir avant de recontacter</source>
        <translation>Number of days without coming before contacting again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recontacter après :</source>
        <translation>Contact again after:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membres à recontacter</source>
        <translation>Members to contact again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date du contact</source>
        <translation>Date of the contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moyen de contact utilisé</source>
        <translation>Means of contact used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courrier</source>
        <translation>post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visite</source>
        <translation>visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact fait par</source>
        <translation>Contact made by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>votre prénom</source>
        <translation>your first name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note courte, facultative</source>
        <translation>Short note, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facultatif, 500 caractères au plus</source>
        <translation>optional, 500 characters at most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noter ce contact</source>
        <translation>Record this contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noter ce contact avec la personne choisie</source>
        <translation>Record this contact with the chosen person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noter un contact</source>
        <translation>Record a contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personne :</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moyen :</source>
        <translation>&amp;Means:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fait par :</source>
        <translation>&amp;Done by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Les %2 qui ne sont pas venus depuis %1 jours, le plus ancien en premier.</source>
        <translation>The %2 who have not come for %1 days, the longest first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 personne à recontacter.</source>
        <translation>%1 person to contact again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 personnes à recontacter.</source>
        <translation>%1 people to contact again.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Personne à recontacter.</source>
        <translation>Nobody to contact again.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choisissez une personne dans la liste</source>
        <translation>choose a person in the list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choisissez d&apos;abord une personne dans la liste.</source>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact noté pour %1.</source>
        <translation>Contact recorded for %1.</translation>
    </message>
</context>
<context>
    <name>ReachOutTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/reach_out/reach_out_model.py" line="+8"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernière venue</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jours sans nouvelles</source>
        <translation>Days without news</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>aucune venue</source>
        <translation>never came</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Contact préféré</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ReceptionScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/reception/reception_screen.py" line="+69"/>
        <source>Accueil</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matin</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Après-midi</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>À distance (la personne ne vient pas sur place)</source>
        <translation>Remote (the person does not come in)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pointer pour le matin</source>
        <translation>Check in for the morning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pointer pour l&apos;après-midi</source>
        <translation>Check in for the afternoon</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Pointer à distance</source>
        <translation>Check in remotely</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qui arrive ? Tapez le début du nom :</source>
        <translation>Who is arriving? Type the start of the name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prénom ou nom…</source>
        <translation>First name or surname…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Chercher la personne qui arrive</source>
        <translation>Search for the person arriving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flèches du clavier : choisir la personne.
Touche Entrée : pointer la personne choisie.</source>
        <translation>Arrow keys: choose the person.
Enter key: check in the chosen person.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Annuler le pointage choisi (erreur)</source>
        <translation>Cancel the chosen check-in (mistake)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choisissez d&apos;abord une personne dans la liste des présents.</source>
        <translation>Choose a person in the list of people present first.</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Ce nom n&apos;est pas dans la liste.
C&apos;est peut-être une première visite.</source>
        <translation>This name is not in the list.
It may be a first visit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bonjour %1 !
Votre arrivée est notée pour %2.</source>
        <translation>Hello %1!
Your arrival is recorded for %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Bienvenue %1 !
Première visite notée pour %2.</source>
        <translation>Welcome %1!
First visit recorded for %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Salariés aujourd&apos;hui : autant que %1 personnes à temps plein.</source>
        <translation>Staff today: as many as %1 full-time people.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucun salarié n&apos;est noté aujourd&apos;hui : le ratio ne peut pas être calculé.</source>
        <translation>No staff recorded today: the ratio cannot be calculated.</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Pointer</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Chercher un %1 : prénom ou nom…</source>
        <translation>Find a %1: first or last name…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Oui, rouvrir l&apos;adhésion</source>
        <translation>Yes, reopen the membership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Personnes présentes</source>
        <translation>People present</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Demi-journée :</source>
        <translation>Half-day:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>ce matin</source>
        <translation>this morning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cet après-midi</source>
        <translation>this afternoon</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Première visite : accueillir « %1 »</source>
        <translation>First visit: welcome “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tapez d&apos;abord le début d&apos;un nom.</source>
        <translation>Type the start of a name first.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 est déjà là depuis %2 : son arrivée est bien notée pour %3.</source>
        <translation>%1 has been here since %2: their arrival is already recorded for %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>D&apos;accord, rien n&apos;a été changé.</source>
        <translation>All right, nothing was changed.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bonjour</source>
        <translation>Hello</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le pointage de %1 est annulé.</source>
        <translation>%1’s check-in has been cancelled.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Présents %1 : %2</source>
        <translation>Present %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cela fait %1 %2 actifs pour un salarié à temps plein.</source>
        <translation>That is %1 active %2 per full-time staff member.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le repère est environ %1 %2 : c&apos;est bien.</source>
        <translation>The benchmark is about %1 %2: this is fine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le repère est environ %1 %2 : c&apos;est plus que le repère.</source>
        <translation>The benchmark is about %1 %2: this is more than the benchmark.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce mois-ci : personne n&apos;est encore venu.</source>
        <translation>This month: nobody has come yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci : %1 %2 est venu au moins une fois.</source>
        <translation>This month: %1 %2 came at least once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ce mois-ci : %1 %2 sont venus au moins une fois.</source>
        <translation>This month: %1 %2 came at least once.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/recovery_panel.py" line="+23"/>
        <source>Le code de secours du club</source>
        <translation>The club&apos;s recovery code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si le mot de passe de la direction est perdu, ce code permet d&apos;en choisir un nouveau (commande « clubdesk users recovery »). Il ne sera plus jamais affiché.</source>
        <translation>If the direction&apos;s password is lost, this code lets you choose a new one (command “clubdesk users recovery”). It will never be shown again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code de secours</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez-le sur papier maintenant et rangez ce papier avec les documents du club, loin de l&apos;ordinateur. Ne le gardez pas dans un fichier ni dans un courriel.</source>
        <translation>Write it on paper now and keep that paper with the club&apos;s documents, away from the computer. Do not keep it in a file or an e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>J&apos;ai noté le code, entrer</source>
        <translation>I have written the code down, enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>J&apos;ai noté le code de secours, entrer</source>
        <translation>I have written the recovery code down, enter</translation>
    </message>
</context>
<context>
    <name>ReportReminderLine</name>
    <message>
        <location filename="../../src/clubdesk/ui/reception/report_reminder.py" line="+26"/>
        <source>Ouvrir le rapport annuel</source>
        <translation>Open the annual report</translation>
    </message>
</context>
<context>
    <name>ReportScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/report/report_screen.py" line="+108"/>
        <source>Le rapport n&apos;a pas pu être préparé : %1</source>
        <translation>The report could not be prepared: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rapport annuel</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les indicateurs de l&apos;année pour l&apos;ARS. Choisissez une ligne pour voir sa définition et ce qu&apos;elle compte.</source>
        <translation>The year’s indicators for the ARS. Choose a row to see its definition and what it counts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Année du rapport</source>
        <translation>Year of the report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tableau club-house</source>
        <translation>Club-house table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tableau GEM</source>
        <translation>GEM table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tableau :</source>
        <translation>&amp;Table:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicateurs de l&apos;année</source>
        <translation>The year’s indicators</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pourquoi ?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ce que compte l&apos;indicateur choisi</source>
        <translation>What the chosen indicator counts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Écrire les trois fichiers</source>
        <translation>Write the three files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrire le tableur, le PDF et le JSON du rapport dans un dossier</source>
        <translation>Write the report’s spreadsheet, PDF and JSON to a folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avancement de l&apos;écriture du rapport</source>
        <translation>Progress of writing the report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Calcul des indicateurs de %1…</source>
        <translation>Calculating the indicators for %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indicateurs de l&apos;année %1, du 1er janvier au 31 décembre.</source>
        <translation>Indicators for the year %1, from 1 January to 31 December.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choisissez un indicateur dans la liste.</source>
        <translation>Choose an indicator in the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa définition s&apos;affiche ici, avec les personnes qu&apos;il compte.</source>
        <translation>Its definition appears here, with the people it counts.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Dossier où écrire les trois fichiers du rapport</source>
        <translation>Folder to write the three report files to</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Terminé.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les trois fichiers sont dans le dossier « %1 » : %2.</source>
        <translation>The three files are in the folder “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>RetentionScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/retention/retention_screen.py" line="+22"/>
        <location line="+82"/>
        <location line="+139"/>
        <source>Conservation des données</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Années sans contact avant d&apos;archiver une fiche</source>
        <translation>Years without contact before archiving a record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Années d&apos;archive avant d&apos;anonymiser une fiche</source>
        <translation>Years in the archive before anonymising a record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;rchiver après :</source>
        <translation>A&amp;rchive after:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sans contact</source>
        <translation>without contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nonymiser après :</source>
        <translation>A&amp;nonymise after:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d&apos;archive</source>
        <translation>in the archive</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Résultat du réglage</source>
        <translation>Result of the setting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fiches à archiver</source>
        <translation>Records to archive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archi&amp;ver ces fiches</source>
        <translation>Archi&amp;ve these records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archiver toutes les fiches de la liste</source>
        <translation>Archive all the records in the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiches à anonymiser</source>
        <translation>Records to anonymise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anon&amp;ymiser ces fiches</source>
        <translation>Anon&amp;ymise these records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymiser toutes les fiches de la liste</source>
        <translation>Anonymise all the records in the list</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Effacer une fiche à la demande de la personne</source>
        <translation>Erase a record at the person’s request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Une personne peut demander que ses données soient effacées. Sa fiche est alors anonymisée tout de suite : son nom, ses coordonnées et ses notes sont effacés ; ses dates de présence restent, sans son nom, pour les chiffres des rapports. Les sauvegardes déjà faites disparaissent d&apos;elles-mêmes en 12 mois au plus.</source>
        <translation>A person can ask for their data to be erased. Their record is then anonymised at once: their name, contact details and notes are erased; their attendance dates remain, without their name, for the report figures. Backups already made disappear by themselves within 12 months at most.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechercher la personne par son nom</source>
        <translation>Search for the person by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prénom ou nom</source>
        <translation>first name or surname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rechercher la personne :</source>
        <translation>&amp;Search for the person:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personnes trouvées</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Personnes trouvées :</source>
        <translation>&amp;People found:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effacer la fiche choisie</source>
        <translation>&amp;Erase the chosen record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effacer la fiche de la personne choisie</source>
        <translation>Erase the chosen person’s record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Résultat de l&apos;effacement</source>
        <translation>Result of the erasure</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>La conservation des données est gérée par la direction.</source>
        <translation>Data retention is managed by the management.</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>La loi demande de ne pas garder les données des personnes plus longtemps que nécessaire. clubdesk suit cette règle :
• une fiche sans contact depuis %1 (ni venue, ni entretien, ni appel) et sans adhésion en cours est archivée : seule la direction peut encore la lire ;
• après %2 d&apos;archive, elle est anonymisée : le nom, les coordonnées et les notes sont effacés. Les dates et les présences restent, sans nom : les chiffres des rapports sont gardés.</source>
        <translation>The law requires that people’s data is not kept longer than necessary. clubdesk follows this rule:
• a record with no contact for %1 (no visit, no interview, no call) and no current membership is archived: only the management can still read it;
• after %2 in the archive, it is anonymised: the name, contact details and notes are erased. Dates and attendance remain, without a name: the report figures are kept.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>À arc&amp;hiver aujourd&apos;hui : %1</source>
        <translation>To arc&amp;hive today: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À &amp;anonymiser aujourd&apos;hui : %1</source>
        <translation>To &amp;anonymise today: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 an</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ans</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> an</source>
        <translation> year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ans</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aucune fiche</source>
        <translation>no records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 fiche</source>
        <translation>1 record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fiches</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enregistré. Les listes sont à jour.</source>
        <translation>Saved. The lists are up to date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Archiver %1 ?

Seule la direction pourra encore les lire. Elles seront anonymisées après %2 d&apos;archive.</source>
        <translation>Archive %1?

Only the management will still be able to read them. They will be anonymised after %2 in the archive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Archivé : %1.</source>
        <translation>Archived: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymiser %1 ?

Le nom, les coordonnées et les notes sont effacés pour toujours. Les dates et les présences restent, pour les chiffres des rapports.

Cela ne peut pas être annulé.</source>
        <translation>Anonymise %1?

The name, contact details and notes are erased for good. Dates and attendance remain, for the report figures.

This cannot be undone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anonymisé : %1.</source>
        <translation>Anonymised: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cette fiche</source>
        <translation>this record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ces %1 fiches</source>
        <translation>these %1 records</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Effacer la fiche de %1 (n° %2) ?

Son nom, ses coordonnées et ses notes sont effacés tout de suite. Ses dates de présence restent, sans son nom, pour les chiffres des rapports.

Cela ne peut pas être annulé.</source>
        <translation>Erase the record of %1 (no. %2)?

Their name, contact details and notes are erased at once. Their attendance dates remain, without their name, for the report figures.

This cannot be undone.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La fiche n° %1 est effacée : le nom, les coordonnées et les notes ne sont plus dans la base.</source>
        <translation>Record no. %1 has been erased: the name, contact details and notes are no longer in the database.</translation>
    </message>
</context>
<context>
    <name>RotaGridModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/rota/rota_grid_model.py" line="+44"/>
        <source>Matin</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Après-midi</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(pas ce jour-là)</source>
        <translation>(not that day)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— personne —</source>
        <translation>— nobody —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (fixé)</source>
        <translation> (fixed)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 à %2 personnes</source>
        <translation>%1 to %2 people</translation>
    </message>
</context>
<context>
    <name>RotaScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/rota/rota_screen.py" line="+56"/>
        <source>Planning du jour</source>
        <translation>Today’s rota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Proposer</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Chaque tâche se fait à deux, au moins.
Deux membres, ou un membre avec un salarié.</source>
        <translation>Each task is done by at least two people.
Two members, or a member with a staff member.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imprimer (fichier PDF)</source>
        <translation>Print (PDF file)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Proposer un planning</source>
        <translation>Suggest a rota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer le planning</source>
        <translation>Save the rota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imprimer le planning en PDF</source>
        <translation>Print the rota as a PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Salariés là aujourd&apos;hui</source>
        <translation>Staff in today</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planning : une ligne par tâche</source>
        <translation>Rota: one row per task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Personne à placer</source>
        <translation>Person to place</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Matin</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+145"/>
        <source>Après-midi</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Demi-journée</source>
        <translation>Half-day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tâche</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder ce choix quand je redemande</source>
        <translation>Keep this choice when I ask again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placer</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placer la personne</source>
        <translation>Place the person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changer une personne de tâche</source>
        <translation>Move a person to another task</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qui :</source>
        <translation>Who:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quand :</source>
        <translation>When:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quelle tâche :</source>
        <translation>Which task:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 est là aujourd&apos;hui</source>
        <translation>%1 is in today</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Aucune tâche</source>
        <translation>No task</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (salarié)</source>
        <translation> (staff)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pas encore placés :
</source>
        <translation>Not placed yet:
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout le monde a une tâche.</source>
        <translation>Everyone has a task.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Voici un planning proposé.
Vérifiez-le. Puis cliquez sur « Enregistrer ».</source>
        <translation>Here is a suggested rota.
Check it. Then click “Save”.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 va à la tâche : %2.</source>
        <translation>%1 goes to the task: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>
Attention : il reste des points à corriger.</source>
        <translation>
Warning: some points still need correcting.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Le fichier PDF n&apos;a pas pu être enregistré : %1</source>
        <translation>The PDF file could not be saved: %1</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Personne n&apos;est là pour cette demi-journée.</source>
        <translation>Nobody is in for this half-day.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 n&apos;a plus de tâche.</source>
        <translation>%1 no longer has a task.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planning enregistré.</source>
        <translation>Rota saved.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enregistrer le planning en PDF</source>
        <translation>Save the rota as a PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF enregistré : %1</source>
        <translation>PDF saved: %1</translation>
    </message>
</context>
<context>
    <name>SentPanel</name>
    <message>
        <location filename="../../src/clubdesk/ui/report/sent_panel.py" line="+65"/>
        <source>Transmission à l&apos;ARS</source>
        <translation>Sending to the ARS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ce qui a changé depuis la transmission</source>
        <translation>What changed since the table was sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>Marquer comme transmis</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Garder les chiffres et les trois fichiers tels qu&apos;envoyés à l&apos;ARS</source>
        <translation>Keep the figures and the three files as sent to the ARS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer les fichiers transmis</source>
        <translation>Save the sent files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrire à nouveau le PDF, le tableur et le JSON tels que transmis</source>
        <translation>Write the PDF, the spreadsheet and the JSON again as they were sent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changé depuis (un nouveau calcul donne une autre valeur) :</source>
        <translation>Changed since (a new computation gives another value):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rien n&apos;a changé depuis : un nouveau calcul donne les mêmes chiffres.</source>
        <translation>Nothing has changed since: a new computation gives the same figures.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le tableau de %1 n&apos;est pas encore marqué comme transmis.</source>
        <translation>The %1 table is not marked as sent yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Il pourra l&apos;être à partir du 1er janvier %1, une fois l&apos;année terminée.</source>
        <translation>It can be from 1 January %1, once the year is over.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transmis le %1 à %2 par %3 : le tableau montre les chiffres transmis.</source>
        <translation>Sent on %1 at %2 by %3: the table shows the figures sent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Marquer le tableau de %1 comme transmis à l&apos;ARS ? Ses chiffres et ses trois fichiers seront gardés tels qu&apos;aujourd&apos;hui, avec votre nom et la date ; cela ne pourra pas être refait ni annulé.</source>
        <translation>Mark the %1 table as sent to the ARS? Its figures and its three files will be kept as they are today, with your name and the date; this cannot be redone or undone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le tableau de %1 est marqué comme transmis ; ses fichiers sont gardés dans la base du club.</source>
        <translation>The %1 table is marked as sent; its files are kept in the club&apos;s database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dossier où enregistrer les fichiers transmis</source>
        <translation>Folder where to save the sent files</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Les fichiers transmis sont dans le dossier « %1 » : %2.</source>
        <translation>The sent files are in the folder « %1 »: %2.</translation>
    </message>
</context>
<context>
    <name>SessionShell</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/shell.py" line="+39"/>
        <source>Personne connectée</source>
        <translation>Signed-in person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créer le premier compte</source>
        <translation>Create the first account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Créer le premier compte, celui de la direction</source>
        <translation>Create the first account, the management’s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changer d&apos;utilisateur</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer d&apos;utilisateur : revenir à l&apos;écran d&apos;entrée</source>
        <translation>Switch user: go back to the sign-in screen</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>L&apos;écran s&apos;est verrouillé après %1 sans utilisation. Entrez à nouveau pour continuer.</source>
        <translation>The screen locked after %1 without use. Sign in again to continue.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Sans compte, rôle direction</source>
        <translation>No account, management role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, rôle %2</source>
        <translation>%1, role %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Utilisé par : %1</source>
        <translation>Used by: %1</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/production/models.py" line="+8"/>
        <location filename="../../src/clubdesk/ui/workshops/models.py" line="-23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/clubdesk/ui/workshops/models.py" line="+0"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qui a travaillé (heures)</source>
        <translation>Who worked (hours)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 : %2 h</source>
        <translation>%1: %2 h</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/workshops/models.py" line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Animé par</source>
        <translation>Led by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>réalisée</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
</context>
<context>
    <name>SignupsModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/outings/models.py" line="-16"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/staff/staff_form.py" line="+33"/>
        <source>Fiche du salarié</source>
        <translation>Staff member&apos;s record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/clubdesk/ui/staff/staff_table_model.py" line="+27"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/clubdesk/ui/staff/staff_table_model.py" line="+1"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>par exemple : chargée d&apos;insertion</source>
        <translation>for example: integration officer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/clubdesk/ui/staff/staff_table_model.py" line="+1"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>par exemple : DEES</source>
        <translation>for example: DEES</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Travailleur pair-aidant</source>
        <translation>Peer worker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compte de connexion</source>
        <translation>Sign-in account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ETP du contrat</source>
        <translation>FTE of the contract</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Premier jour du contrat</source>
        <translation>First day of the contract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la fiche du salarié</source>
        <translation>Save the staff member&apos;s record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fonction :</source>
        <translation>&amp;Function:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualification :</source>
        <translation>&amp;Qualification:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compte :</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ETP :</source>
        <translation>&amp;FTE:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>À partir du :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aucun compte</source>
        <translation>No account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fiche de %1</source>
        <translation>%1’s record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau salarié : sa fiche</source>
        <translation>New staff member: their record</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/staff/staff_pages.py" line="+36"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>découvre</source>
        <translation>beginner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pratique</source>
        <translation>practised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peut apprendre aux autres</source>
        <translation>can teach others</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Périodes de contrat</source>
        <translation>Contract periods</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ETP de la nouvelle période</source>
        <translation>FTE of the new period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Début de la nouvelle période</source>
        <translation>Start of the new period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle période</source>
        <translation>New period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un nouvel ETP à partir de cette date</source>
        <translation>A new FTE from this date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La période en cours se termine la veille.</source>
        <translation>The current period ends the day before.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dernier jour du contrat</source>
        <translation>Last day of the contract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fin de contrat</source>
        <translation>End of contract</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminer le contrat en cours à cette date</source>
        <translation>End the current contract on this date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ETP :</source>
        <translation>FTE:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>à partir du</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dernier jour :</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/clubdesk/ui/staff/staff_screen.py" line="+67"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compétences et niveaux</source>
        <translation>Skills and levels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tâche</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enregistrer les compétences</source>
        <translation>Save the skills</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que la personne sait faire, tâche par tâche :</source>
        <translation>What the person knows how to do, task by task:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Niveau pour %1</source>
        <translation>Level for %1</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/staff/staff_screen.py" line="-34"/>
        <source>Salariés</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les salariés, leur temps de travail (ETP) période par période et le compte avec lequel chacun se connecte. Le rapport annuel compte les ETP d&apos;ici.</source>
        <translation>The staff, their working time (FTE) period by period and the account each signs in with. The annual report counts the FTE from here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L&apos;écran des salariés est réservé à la direction.</source>
        <translation>The staff screen is reserved for the management.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Liste des salariés</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Salariés :</source>
        <translation>&amp;Staff:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau salarié</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vider la fiche pour un nouveau salarié</source>
        <translation>Empty the form for a new staff member</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Périodes</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>La fiche de %1 est enregistrée.</source>
        <translation>%1&apos;s record is saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nouvelle période enregistrée : %1 ETP à partir du %2.</source>
        <translation>New period saved: %1 FTE from %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contrat terminé le %1.</source>
        <translation>Contract ended on %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compétences enregistrées.</source>
        <translation>Skills saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/staff/staff_table_model.py" line="+1"/>
        <source>Pair-aidant</source>
        <translation>Peer worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETP aujourd&apos;hui</source>
        <translation>FTE today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>StructureScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/structure/structure_screen.py" line="+47"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le profil du club pour le rapport annuel. Tout le monde peut le lire ; seule la direction peut le modifier.</source>
        <translation>The club’s profile for the annual report. Everyone can read it; only the management can change it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Parties du profil</source>
        <translation>Parts of the profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identité et locaux</source>
        <translation>Identity and premises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horaires d&apos;ouverture</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financements</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gouvernance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/clubdesk/ui/structure/surveys_page.py" line="+20"/>
        <source>Enquêtes de satisfaction</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/info_page.py" line="+28"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/clubdesk/ui/structure/kinds_part.py" line="+21"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer l&apos;identité et les locaux</source>
        <translation>Save the identity and premises</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Identité et locaux enregistrés.</source>
        <translation>Identity and premises saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/hours_page.py" line="+31"/>
        <source>Plages d&apos;ouverture de la semaine</source>
        <translation>Weekly opening hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+50"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+55"/>
        <source>Ouverture</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Fermeture</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ajouter une plage</source>
        <translation>Add a time slot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer la plage choisie</source>
        <translation>Remove the chosen time slot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer les horaires</source>
        <translation>Save the opening hours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plusieurs plages par jour sont possibles (matin, après-midi), sans se chevaucher.</source>
        <translation>Several time slots a day are possible (morning, afternoon), without overlapping.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Horaires enregistrés.</source>
        <translation>Opening hours saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/parts.py" line="+137"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/funding_page.py" line="+22"/>
        <source>Financements de l&apos;année</source>
        <translation>The year’s funding</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer la ligne choisie</source>
        <translation>Delete the chosen row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer la ligne de financement choisie</source>
        <translation>Delete the chosen funding row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financeur</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Montant en euros</source>
        <translation>Amount in euros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type de financement</source>
        <translation>Type of funding</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>par exemple ARS (agence régionale de santé), Conseil départemental</source>
        <translation>for example ARS (regional health agency), county council</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/info_page.py" line="-35"/>
        <source>%1 :</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/funding_page.py" line="+15"/>
        <source>FIR (fonds d&apos;intervention régional) de l&apos;ARS</source>
        <translation>ARS regional intervention fund (FIR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complémentaire</source>
        <translation>additional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>en nature (mise à disposition, don…)</source>
        <translation>in kind (loan of premises or staff, donation…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Financement en nature</source>
        <translation>Funding in kind</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/activities_page.py" line="+49"/>
        <location filename="../../src/clubdesk/ui/structure/funding_page.py" line="+3"/>
        <location filename="../../src/clubdesk/ui/structure/surveys_page.py" line="+24"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/funding_page.py" line="+2"/>
        <source>Ajouter la ligne de financement</source>
        <translation>Add the funding row</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nouvelle ligne de financement</source>
        <translation>New funding row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Financeur :</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Montant :</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/parts.py" line="+6"/>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/funding_page.py" line="+24"/>
        <source>Total de l&apos;année : %1</source>
        <translation>Total for the year: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ligne de financement ajoutée.</source>
        <translation>Funding row added.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/structure_screen.py" line="+16"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/funding_page.py" line="+11"/>
        <source>Choisissez d&apos;abord une ligne dans la liste.</source>
        <translation>Choose a row in the list first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer cette ligne de financement ?
Elle ne sera plus dans le rapport annuel.</source>
        <translation>Delete this funding line?
It will no longer be in the annual report.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ligne de financement supprimée.</source>
        <translation>Funding row deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/activities_page.py" line="-28"/>
        <source>Activités de l&apos;année</source>
        <translation>The year’s activities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supprimer l&apos;activité choisie</source>
        <translation>Delete the chosen activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titre de l&apos;activité</source>
        <translation>Title of the activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type d&apos;activité</source>
        <translation>Type of activity</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>par exemple atelier, sortie</source>
        <translation>for example workshop, outing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>État de l&apos;activité</source>
        <translation>Status of the activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>réalisée</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajouter l&apos;activité</source>
        <translation>Add the activity</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nouvelle activité</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype :</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;tat :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description :</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Activité ajoutée.</source>
        <translation>Activity added.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez d&apos;abord une activité dans la liste.</source>
        <translation>Choose an activity in the list first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Supprimer cette activité ?
Elle ne sera plus dans le rapport annuel.</source>
        <translation>Delete this activity?
It will no longer be in the annual report.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activité supprimée.</source>
        <translation>Activity deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/governance_page.py" line="+33"/>
        <source>Nom de l&apos;instance</source>
        <translation>Name of the governing body</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sièges de l&apos;instance</source>
        <translation>Seats of the governing body</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titulaire du siège</source>
        <translation>Seat holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membre élu</source>
        <translation>Elected member</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ajouter un siège</source>
        <translation>Add a seat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer le siège choisi</source>
        <translation>Remove the chosen seat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer l&apos;instance</source>
        <translation>Save the governing body</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le cahier des charges demande que la moitié des sièges au moins soient tenus par des membres élus.</source>
        <translation>The specifications require at least half of the seats to be held by elected members.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Instance :</source>
        <translation>&amp;Governing body:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>membre élu</source>
        <translation>elected member</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 siège sur %2 tenu par un membre élu.</source>
        <translation>%1 of %2 seats held by an elected member.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sièges sur %2 tenus par des membres élus.</source>
        <translation>%1 of %2 seats held by elected members.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Instance enregistrée.</source>
        <translation>Governing body saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/surveys_page.py" line="-20"/>
        <source>Date de l&apos;enquête</source>
        <translation>Date of the survey</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public de l&apos;enquête</source>
        <translation>Audience of the survey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partenaires</source>
        <translation>partners</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nombre de réponses</source>
        <translation>Number of responses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Résumé des réponses</source>
        <translation>Summary of the responses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajouter l&apos;enquête</source>
        <translation>Add the survey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle enquête</source>
        <translation>New survey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public :</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Réponses :</source>
        <translation>&amp;Responses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ré&amp;sumé :</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enquête ajoutée.</source>
        <translation>Survey added.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/governance_page.py" line="+13"/>
        <source>Conseil d&apos;administration</source>
        <translation>Board of directors</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/history_parts.py" line="+25"/>
        <source>depuis toujours</source>
        <translation>from the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>valeurs d&apos;origine</source>
        <translation>original values</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sans changement</source>
        <translation>no change</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>lun.</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mar.</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mer.</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>jeu.</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ven.</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sam.</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dim.</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fermé</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>À &amp;partir du :</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>… et une version plus ancienne.</source>
        <translation>… and one older version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… et %1 versions plus anciennes.</source>
        <translation>… and %1 older versions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions enregistrées :</source>
        <translation>Recorded versions:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/documents_part.py" line="+36"/>
        <source>Bail</source>
        <translation>Lease</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État des lieux</source>
        <translation>Inventory of fixtures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Ko</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, à partir du %2 : %3 (%4)</source>
        <translation>%1, from %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Bail et état des lieux</source>
        <translation>Lease and inventory of fixtures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bail et état des lieux joints</source>
        <translation>Attached lease and inventory of fixtures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Joindre le bail…</source>
        <translation>Attach the lease…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joindre l&apos;état des lieux…</source>
        <translation>Attach the inventory of fixtures…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir le document choisi</source>
        <translation>Open the chosen document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF ou image (PNG, JPEG), 10 Mo au plus, daté du champ « À partir du » ci-dessus. Le fichier est gardé dans la base, sauvegardes comprises.</source>
        <translation>PDF or image (PNG, JPEG), 10 MB at most, dated by the « From » field above. The file is kept in the database, backups included.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Aucun document joint.</source>
        <translation>No document attached.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF ou image (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joindre le bail</source>
        <translation>Attach the lease</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joindre l&apos;état des lieux</source>
        <translation>Attach the inventory of fixtures</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le fichier « %1 » n&apos;a pas pu être lu.</source>
        <translation>The file « %1 » could not be read.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 joint : %2.</source>
        <translation>%1 attached: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choisissez d&apos;abord un document dans la liste.</source>
        <translation>First choose a document in the list.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le document n&apos;a pas pu être préparé pour l&apos;affichage (disque plein ?).</source>
        <translation>The document could not be prepared for viewing (disk full?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune application ne sait ouvrir « %1 » sur cet ordinateur.</source>
        <translation>No application on this computer can open « %1 ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« %1 » ouvert.</source>
        <translation>« %1 » opened.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/structure/kinds_part.py" line="-4"/>
        <source>Type de structure</source>
        <translation>Kind of structure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enregistrer le type de structure</source>
        <translation>Save the kind of structure</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type de structure enregistré.</source>
        <translation>Kind of structure saved.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/task_table_model.py" line="+11"/>
        <source>Tâche</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matin/après-midi</source>
        <translation>Morning/afternoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personnes</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savoir-faire</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>De 1 à 10 : les tâches les plus importantes sont pourvues en premier.</source>
        <translation>From 1 to 10: the most important tasks are filled first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>aucun savoir-faire demandé</source>
        <translation>no skill required</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (archivée)</source>
        <translation>%1 (archived)</translation>
    </message>
</context>
<context>
    <name>TasksScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/tasks_screen.py" line="+39"/>
        <source>Tâches de la journée</source>
        <translation>Tasks of the day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chaque tâche se fait au moins à deux : deux membres, ou un membre et un salarié.</source>
        <translation>Each task is done by at least two people: two members, or a member and a staff member.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liste des tâches</source>
        <translation>List of tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tâches :</source>
        <translation>&amp;Tasks:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voir les tâches archivées</source>
        <translation>Show archived tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir aussi les tâches archivées</source>
        <translation>Also show archived tasks</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1 tâche en service</source>
        <translation>%1 task in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tâches en service</source>
        <translation>%1 tasks in use</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/task_form.py" line="+175"/>
        <location filename="../../src/clubdesk/ui/tasks/tasks_screen.py" line="-137"/>
        <source>Nouvelle tâche</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/tasks_screen.py" line="+1"/>
        <source>Créer une nouvelle tâche</source>
        <translation>Create a new task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vide le formulaire pour une nouvelle tâche (Ctrl+N)</source>
        <translation>Clears the form for a new task (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/task_form.py" line="-121"/>
        <source>Nom de la tâche</source>
        <translation>Name of the task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple : Cuisine</source>
        <translation>for example: Kitchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matin</source>
        <translation>morning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La tâche se fait le matin</source>
        <translation>The task is done in the morning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>après-midi</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La tâche se fait l&apos;après-midi</source>
        <translation>The task is done in the afternoon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La tâche se fait le %1</source>
        <translation>The task is done on %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nombre de personnes, au moins</source>
        <translation>Number of people, at least</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nombre de personnes, au plus</source>
        <translation>Number of people, at most</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>au &amp;moins</source>
        <translation>at &amp;least</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>au p&amp;lus</source>
        <translation>at m&amp;ost</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Savoir-faire demandé, facultatif</source>
        <translation>Skill required, optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>savoir-faire demandé, facultatif</source>
        <translation>skill required, optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lieu de la tâche</source>
        <translation>Place of the task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sur place</source>
        <translation>on site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>à distance</source>
        <translation>remote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importance de la tâche, de 1 à 10 (10 : la plus importante)</source>
        <translation>Importance of the task, from 1 to 10 (10: the most important)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10 : la plus importante</source>
        <translation>10: the most important</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer la tâche</source>
        <translation>Save the task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer la tâche (Ctrl+S)</source>
        <translation>Save the task (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>Archiver</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quand :</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jours :</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Personnes :</source>
        <translation>&amp;People:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Savoir-faire :</source>
        <translation>&amp;Skill:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&amp;ieu :</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imp&amp;ortance :</source>
        <translation>Imp&amp;ortance:</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/tasks_screen.py" line="+71"/>
        <source>Votre rôle permet de voir les tâches, pas de les changer.</source>
        <translation>Your role lets you see the tasks, not change them.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/task_form.py" line="+41"/>
        <source>Modifier « %1 »</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remettre</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remettre la tâche dans le planning</source>
        <translation>Put the task back in the rota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archiver la tâche : elle ne sera plus proposée dans le planning</source>
        <translation>Archive the task: it will no longer be offered in the rota</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/ui/tasks/tasks_screen.py" line="+132"/>
        <source>La tâche « %1 » est enregistrée.</source>
        <translation>The task “%1” has been saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>La tâche « %1 » est remise dans le planning.</source>
        <translation>The task “%1” is back in the rota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La tâche « %1 » est archivée : elle n&apos;est plus proposée dans le planning. Les plannings déjà faits la gardent.</source>
        <translation>The task “%1” has been archived: it is no longer offered in the rota. Rotas already made keep it.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/followups/models.py" line="-70"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ToAnonymiseModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/retention/retention_screen.py" line="-346"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archivée le</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
</context>
<context>
    <name>ToArchiveModel</name>
    <message>
        <location line="-18"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dernier contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>UnreachableDialog</name>
    <message>
        <location filename="../../src/clubdesk/ui/session/server_dialogs.py" line="+17"/>
        <source>Le serveur ne répond pas</source>
        <translation>The server is not responding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vous pouvez réessayer dans un moment.</source>
        <translation>You can try again in a moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vous pouvez aussi consulter la dernière sauvegarde de ce poste : on peut la lire, mais rien ne peut y être changé.</source>
        <translation>You can also look at this computer’s latest backup: it can be read, but nothing in it can be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ce poste n&apos;a pas encore de sauvegarde à consulter.</source>
        <translation>This computer has no backup to look at yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir la dernière sauvegarde (lecture seule)</source>
        <translation>Open the latest backup (read-only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Réglages de connexion</source>
        <translation>Connection settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/users/user_table.py" line="+39"/>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/users/users_screen.py" line="+65"/>
        <location line="+15"/>
        <source>Comptes</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Chaque personne qui utilise clubdesk a son compte. Accueil : l&apos;accueil, le planning et les noms des membres. Équipe : tout sur les membres. Direction : en plus, les comptes et le journal.</source>
        <translation>Everyone who uses clubdesk has their own account. Reception: the reception desk, the rota and members’ names. Team: everything about members. Management: in addition, the accounts and the audit trail.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Les comptes :</source>
        <translation>&amp;Accounts:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Le compte choisi</source>
        <translation>The chosen account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau rôle du compte choisi</source>
        <translation>New role for the chosen account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changer le rôle</source>
        <translation>Change the role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau mot de passe du compte choisi</source>
        <translation>New password for the chosen account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donner ce mot de passe</source>
        <translation>Set this password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donner ce nouveau mot de passe au compte</source>
        <translation>Give the account this new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Débloquer</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Débloquer le compte choisi</source>
        <translation>Unlock the chosen account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <location line="+4"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+125"/>
        <source>Désactiver le compte choisi</source>
        <translation>Deactivate the chosen account</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+11"/>
        <source>Code à usage unique</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Donner un code à usage unique au compte choisi</source>
        <translation>Give a one-time code to the chosen account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La personne entre avec ce code à la place du mot de passe, puis choisit son mot de passe. Son ancien mot de passe ne fonctionne plus.</source>
        <translation>The person signs in with this code instead of the password, then chooses a password. Their old password stops working.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nouveau mot de passe</source>
        <translation>new password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de &amp;passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nouveau compte</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifiant du nouveau compte</source>
        <translation>Username of the new account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>par exemple marie.dupont</source>
        <translation>for example marie.dupont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nom affiché du nouveau compte</source>
        <translation>Display name of the new account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rôle du nouveau compte</source>
        <translation>Role of the new account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mot de passe du nouveau compte</source>
        <translation>Password of the new account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Créer le compte</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Identifiant :</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ôle :</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Minutes sans utilisation avant de verrouiller l&apos;écran</source>
        <translation>Minutes without use before locking the screen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verrouiller l&apos;écran &amp;après :</source>
        <translation>Lock the screen &amp;after:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sans utilisation.</source>
        <translation>without use.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choisissez un compte dans la liste.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Réactiver le compte choisi</source>
        <translation>Reactivate the chosen account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le mot de passe : au moins 8 caractères avec trois sortes parmi minuscules, majuscules, chiffres et symboles, ou une phrase de 7 mots.</source>
        <translation>The password: at least 8 characters with three kinds among lower case, upper case, digits and symbols, or a phrase of 7 words.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce mot de passe est assez solide.</source>
        <translation>This password is strong enough.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Le compte « %1 » est créé (%2).</source>
        <translation>The account “%1” has been created (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>« %1 » a maintenant le rôle %2.</source>
        <translation>“%1” now has the role %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le mot de passe de « %1 » est changé. Donnez-le à la personne de vive voix.</source>
        <translation>The password of “%1” has been changed. Tell it to the person in person.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le compte « %1 » est débloqué.</source>
        <translation>The account “%1” has been unlocked.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le compte « %1 » est désactivé : il ne peut plus entrer.</source>
        <translation>The account “%1” has been deactivated: it can no longer sign in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le compte « %1 » est de nouveau actif.</source>
        <translation>The account “%1” is active again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code à usage unique pour « %1 » :</source>
        <translation>One-time code for “%1”:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valable %1 jours, affiché une seule fois. Donnez-le à la personne de vive voix ou sur papier : elle entre avec son identifiant et ce code à la place du mot de passe, puis choisit son mot de passe. L&apos;ancien mot de passe de « %2 » ne fonctionne plus.</source>
        <translation>Valid %1 days, shown only once. Give it to the person in person or on paper: they sign in with their username and this code instead of the password, then choose their password. The old password of “%2” no longer works.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>L&apos;écran se verrouillera après %1 sans utilisation.</source>
        <translation>The screen will lock after %1 without use.</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/volunteers/models.py" line="+15"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fonctions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jusqu&apos;au</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>VolunteersScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/volunteers/volunteers_screen.py" line="+50"/>
        <source>Bénévoles et parrainage</source>
        <translation>Volunteers and sponsorship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les animateurs bénévoles du GEM (fonctions, qualifications, période), le parrain et l&apos;association gestionnaire : ils figurent dans le tableau annuel du GEM pour l&apos;ARS.</source>
        <translation>The GEM&apos;s volunteer animators (functions, qualifications, period), the sponsor and the managing association: they appear in the GEM&apos;s yearly table for the ARS.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+47"/>
        <source>Animateurs bénévoles</source>
        <translation>Volunteer animators</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Nouveau bénévole</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vider le formulaire pour un nouveau bénévole</source>
        <translation>Clear the form for a new volunteer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom du bénévole</source>
        <translation>Volunteer&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonctions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier peinture, sorties…</source>
        <translation>Painting workshop, outings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bénévole depuis le</source>
        <translation>Volunteer since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bénévole jusqu&apos;au</source>
        <translation>Volunteer until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fonctions :</source>
        <translation>&amp;Functions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualifications :</source>
        <translation>&amp;Qualifications:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depuis le :</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jusqu&apos;au :</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le bénévole</source>
        <translation>Save the volunteer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la période choisie</source>
        <translation>Delete the chosen period</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parrain (partenaire)</source>
        <translation>Sponsor (partner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parrain (nom)</source>
        <translation>Sponsor (name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si le parrain n&apos;est pas un partenaire</source>
        <translation>If the sponsor is not a partner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convention signée le</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fin ou renouvellement le</source>
        <translation>End or renewal on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association gestionnaire</source>
        <translation>Managing association</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&apos;il y en a une</source>
        <translation>If there is one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parrain (&amp;partenaire) :</source>
        <translation>Sponsor (&amp;partner):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parrain (n&amp;om) :</source>
        <translation>Sponsor (na&amp;me):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convention &amp;signée le :</source>
        <translation>Agreement &amp;signed on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fin ou &amp;renouvellement le :</source>
        <translation>End or &amp;renewal on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association &amp;gestionnaire :</source>
        <translation>Managing &amp;association:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valable à partir du :</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le parrainage</source>
        <translation>Save the sponsorship</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parrainage et association gestionnaire</source>
        <translation>Sponsorship and managing association</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>« %1 » n&apos;est pas une date (JJ/MM/AAAA).</source>
        <translation>“%1” is not a date (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— pas un partenaire —</source>
        <translation>— not a partner —</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Bénévole enregistré.</source>
        <translation>Volunteer saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Période supprimée.</source>
        <translation>Period deleted.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Parrainage enregistré.</source>
        <translation>Sponsorship saved.</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <location filename="../../src/clubdesk/ui/welcome_banner.py" line="+24"/>
        <source>Bienvenue ! La base est vide.
Vous pouvez essayer clubdesk avec un club de démonstration (des personnes inventées), ou commencer avec votre club.</source>
        <translation>Welcome! The database is empty.
You can try clubdesk with a demo club (made-up people), or start with your own club.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Essayer avec le club de démonstration</source>
        <translation>Try with the demo club</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commencer avec mon club</source>
        <translation>Start with my club</translation>
    </message>
</context>
<context>
    <name>WorkersModel</name>
    <message>
        <location filename="../../src/clubdesk/ui/production/models.py" line="+17"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>WorkshopsScreen</name>
    <message>
        <location filename="../../src/clubdesk/ui/workshops/workshops_screen.py" line="+51"/>
        <source>Ateliers collectifs</source>
        <translation>Collective workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chaque séance d&apos;un atelier collectif : sa date, qui l&apos;a animée, qui est venu. Les séances réalisées comptent dans les « activités réalisées » du rapport annuel, les séances prévues (cette année ou la suivante) dans les activités prévues.</source>
        <translation>Each session of a collective workshop: its date, who led it, who came. Held sessions count in the annual report&apos;s « activities done », planned sessions (this year or next) in the planned activities.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouvelle séance</source>
        <translation>New session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vider le formulaire pour une nouvelle séance</source>
        <translation>Empty the form for a new session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Séances de l&apos;année</source>
        <translation>Sessions of the year</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Titre de l&apos;atelier</source>
        <translation>Workshop title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atelier CV, atelier cuisine…</source>
        <translation>CV workshop, cooking workshop…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date de la séance</source>
        <translation>Session date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État de la séance</source>
        <translation>Session status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réalisée</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animée par (salarié)</source>
        <translation>Led by (staff member)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervenant extérieur</source>
        <translation>Outside leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom et structure, s&apos;il y a lieu</source>
        <translation>Name and organisation, if any</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes sur la séance</source>
        <translation>Notes on the session</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;tat :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animée &amp;par :</source>
        <translation>Led &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intervenant :</source>
        <translation>&amp;Outside leader:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personnes du club</source>
        <translation>People of the club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chercher un nom…</source>
        <translation>Search for a name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ajouter à la séance</source>
        <translation>Add to the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter la personne choisie à la séance</source>
        <translation>Add the chosen person to the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personnes venues</source>
        <translation>People who came</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer la personne choisie de la séance</source>
        <translation>Remove the chosen person from the session</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Enregistrer la séance</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer la séance</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer la séance choisie</source>
        <translation>Delete the chosen session</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La séance</source>
        <translation>The session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qui est venu</source>
        <translation>Who came</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Aucune séance réalisée.</source>
        <translation>No session held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 séance réalisée.</source>
        <translation>1 session held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 séances réalisées.</source>
        <translation>%1 sessions held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune séance prévue.</source>
        <translation>No session planned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 séance prévue.</source>
        <translation>1 session planned.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 séances prévues.</source>
        <translation>%1 sessions planned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— aucun salarié —</source>
        <translation>— no staff member —</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Une séance prévue n&apos;a pas encore de participants.</source>
        <translation>A planned session has no participants yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 personne venue.</source>
        <translation>%1 person came.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 personnes venues.</source>
        <translation>%1 people came.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choisissez d&apos;abord une personne dans la liste.</source>
        <translation>Choose a person in the list first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 est déjà sur la liste de la séance.</source>
        <translation>%1 is already on the session&apos;s list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez d&apos;abord une personne venue.</source>
        <translation>First choose a person who came.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Séance enregistrée.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Séance supprimée.</source>
        <translation>Session deleted.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/clubdesk/app.py" line="+68"/>
        <source>copie de secours en lecture seule</source>
        <translation>read-only backup copy</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Protéger les données</source>
        <translation>Protect the data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&apos;est le premier démarrage.

Voulez-vous protéger la base par une phrase de passe ? Le fichier sera chiffré : sans la phrase, personne ne peut le lire (conseillé sur un PC partagé).

Gardez la phrase en lieu sûr : sans elle, les données sont perdues.</source>
        <translation>This is the first start.

Do you want to protect the database with a passphrase? The file will be encrypted: without the phrase, nobody can read it (recommended on a shared PC).

Keep the phrase somewhere safe: without it, the data is lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez une phrase de passe (plusieurs mots faciles à retenir).</source>
        <translation>Choose a passphrase (several words that are easy to remember).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encore une fois, pour vérifier.</source>
        <translation>Once more, to check.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les deux phrases ne sont pas les mêmes.</source>
        <translation>The two phrases are not the same.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Base abîmée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La base est abîmée. Remettre la dernière sauvegarde vérifiée, du %1 (%2 membres) ? La base abîmée est gardée de côté.</source>
        <translation>The database is damaged. Restore the last verified backup, from %1 (%2 members)? The damaged database is kept aside.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base chiffrée</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../src/clubdesk/ui/audit/words.py" line="+15"/>
        <source>lecture</source>
        <translation>read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>création</source>
        <translation>creation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modification</source>
        <translation>change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connexion</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>échec de connexion</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purge</source>
        <translation>purge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>démonstration</source>
        <translation>demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code de secours utilisé</source>
        <translation>recovery code used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code de secours refusé</source>
        <translation>recovery code refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nouveau code de secours</source>
        <translation>new recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sauvegarde</source>
        <translation>backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restauration</source>
        <translation>restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copie</source>
        <translation>copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effacement</source>
        <translation>erasure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adhésion</source>
        <translation>membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>présence</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compte</source>
        <translation>account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suivi</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parcours</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partenaire</source>
        <translation>partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact partenaire</source>
        <translation>partner contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partenariat</source>
        <translation>partnership</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>échange partenaire</source>
        <translation>partner exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recontact</source>
        <translation>reach-out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>réglage</source>
        <translation>setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tâche</source>
        <translation>task</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>planning</source>
        <translation>rota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>salarié</source>
        <translation>staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>compétence</source>
        <translation>skill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envie</source>
        <translation>wish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disponibilité</source>
        <translation>availability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>club</source>
        <translation>club</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remplacement en emploi de transition</source>
        <translation>cover of a transitional job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emploi accompagné</source>
        <translation>supported employment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>structure</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>horaires</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>financement</source>
        <translation>funding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activité</source>
        <translation>activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>instance</source>
        <translation>governing body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enquête de satisfaction</source>
        <translation>satisfaction survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signature de la charte</source>
        <translation>charter signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bail ou état des lieux</source>
        <translation>lease or inventory of fixtures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>séance d&apos;atelier</source>
        <translation>workshop session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>présence à un atelier</source>
        <translation>workshop attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tableau transmis</source>
        <translation>report as sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentatives de connexion</source>
        <translation>sign-in attempts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fiche</source>
        <translation>record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>historique</source>
        <translation>history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicateurs</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidature</source>
        <translation>application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>état d&apos;une candidature</source>
        <translation>state of an application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commission d&apos;admission</source>
        <translation>admission commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partenaire présent à une commission</source>
        <translation>partner present at a commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mois d&apos;essai ou contrat</source>
        <translation>trial month or contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sortie préparée</source>
        <translation>prepared exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact après la sortie</source>
        <translation>contact after exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remboursement de transport</source>
        <translation>travel refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repas pris</source>
        <translation>meals taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objectif</source>
        <translation>objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bilan des objectifs</source>
        <translation>objectives review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>niveau d&apos;un objectif</source>
        <translation>level of an objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sortie ou activité du GEM</source>
        <translation>GEM outing or activity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inscription à une sortie</source>
        <translation>outing sign-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>animateur bénévole</source>
        <translation>volunteer animator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commande</source>
        <translation>order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>séance de production</source>
        <translation>production session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heures de production</source>
        <translation>production hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>indicateurs de l&apos;année %1</source>
        <translation>indicators of the year %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 n° %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 du membre n° %2</source>
        <translation>%1 of member no. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 des membres n° %2</source>
        <translation>%1 of members no. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 du partenaire n° %2</source>
        <translation>%1 of partner no. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 des partenaires n° %2</source>
        <translation>%1 of partners no. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 de l&apos;étape de parcours n° %2</source>
        <translation>%1 of path step no. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 des étapes de parcours n° %2</source>
        <translation>%1 of path steps no. %2</translation>
    </message>
</context>
<context>
    <name>members</name>
    <message>
        <location filename="../../src/clubdesk/ui/members/member_table_model.py" line="-23"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ancien membre</source>
        <translation>Former member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiteur</source>
        <translation>Visitor</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../src/clubdesk/ui/report/models.py" line="-67"/>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>décembre</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../src/clubdesk/ui/widgets/words.py" line="+18"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../src/clubdesk/ui/users/user_table.py" line="-24"/>
        <source>accueil</source>
        <translation>reception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>équipe</source>
        <translation>team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>management</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>désactivé</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ralenti (trop d&apos;essais)</source>
        <translation>slowed down (too many attempts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sans mot de passe : donnez-lui un code</source>
        <translation>no password: give a code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code à usage unique en attente</source>
        <translation>one-time code pending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code à usage unique expiré</source>
        <translation>one-time code expired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../src/clubdesk/export/annual_report.py" line="108"/>
        <source>Le disque est plein : le rapport n&apos;a pas été écrit dans « {folder} ».</source>
        <translation>The disk is full: the report was not written in &quot;{folder}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/annual_report.py" line="111"/>
        <source>Le dossier « {folder} » n&apos;est pas accessible en écriture : le rapport n&apos;a pas été écrit.</source>
        <translation>The folder &quot;{folder}&quot; cannot be written to: the report was not written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/annual_report.py" line="114"/>
        <source>« {folder} » n&apos;est pas un dossier : le rapport n&apos;a pas été écrit.</source>
        <translation>&quot;{folder}&quot; is not a folder: the report was not written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/annual_report.py" line="117"/>
        <source>Un dossier porte déjà le nom d&apos;un des fichiers du rapport dans « {folder} » : le rapport n&apos;a pas été écrit.</source>
        <translation>In &quot;{folder}&quot;, a folder already has the name of one of the report&apos;s files: the report was not written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/annual_report.py" line="120"/>
        <source>Le rapport n&apos;a pas pu être écrit dans « {folder} » ({reason}).</source>
        <translation>The report could not be written in &quot;{folder}&quot; ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/review_pdf.py" line="62"/>
        <source>Ce bilan n&apos;existe plus.</source>
        <translation>This review no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/review_pdf.py" line="157"/>
        <source>Le disque est plein : le bilan n&apos;a pas été écrit dans « {path} ».</source>
        <translation>The disk is full: the review was not written to “{path}”.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/review_pdf.py" line="160"/>
        <source>Le dossier de « {path} » n&apos;est pas accessible en écriture : le bilan n&apos;a pas été écrit.</source>
        <translation>The folder of “{path}” cannot be written to: the review was not written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/review_pdf.py" line="163"/>
        <source>Le dossier de « {path} » n&apos;existe pas : le bilan n&apos;a pas été écrit.</source>
        <translation>The folder of “{path}” does not exist: the review was not written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/review_pdf.py" line="166"/>
        <source>« {path} » est un dossier : le bilan n&apos;a pas été écrit.</source>
        <translation>“{path}” is a folder: the review was not written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/export/review_pdf.py" line="168"/>
        <source>Le bilan n&apos;a pas pu être écrit dans « {path} » ({reason}).</source>
        <translation>The review could not be written to “{path}” ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/access.py" line="20"/>
        <source>accueil</source>
        <translation>reception</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/access.py" line="20"/>
        <source>équipe</source>
        <translation>team</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/access.py" line="21"/>
        <source>direction</source>
        <translation>management</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/access.py" line="41"/>
        <source>Votre rôle ({role}) ne permet pas cette action.</source>
        <translation>Your role ({role}) does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/one_time.py" line="50"/>
        <source>Code à usage unique accepté : choisissez maintenant votre mot de passe.</source>
        <translation>One-time code accepted: now choose your password.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/one_time.py" line="90"/>
        <source>Aucun compte n&apos;a le numéro {user_id}.</source>
        <translation>No account has number {user_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/one_time.py" line="109"/>
        <source>Ce code à usage unique a expiré : demandez-en un nouveau à la direction.</source>
        <translation>This one-time code has expired: ask the management for a new one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/one_time.py" line="121"/>
        <source>Identifiant ou code incorrect.</source>
        <translation>Wrong username or code.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/recovery.py" line="85"/>
        <source>Code de secours ou identifiant incorrect.</source>
        <translation>Wrong recovery code or username.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="61"/>
        <source>Mot de passe trop long : {limit} caractères au plus.</source>
        <translation>Password too long: {limit} characters at most.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="72"/>
        <source>Mot de passe trop faible : au moins 8 caractères avec trois sortes parmi minuscules, majuscules, chiffres et symboles, ou une phrase de 7 mots.</source>
        <translation>Password too weak: use at least 8 characters with three kinds out of small letters, capital letters, numbers and symbols, or a sentence of 7 words.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="142"/>
        <source>Trop d&apos;essais : attendez {seconds} seconde avant de réessayer.</source>
        <translation>Too many tries: wait {seconds} second before you try again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="144"/>
        <source>Trop d&apos;essais : attendez {seconds} secondes avant de réessayer.</source>
        <translation>Too many tries: wait {seconds} seconds before you try again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="224"/>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="274"/>
        <source>Identifiant : 2 à 60 lettres sans accent, chiffres, point, tiret ou souligné.</source>
        <translation>Username: 2 to 60 letters without accents, numbers, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="277"/>
        <source>Rôle inconnu : {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="286"/>
        <source>L&apos;identifiant « {username} » est déjà pris.</source>
        <translation>The username &quot;{username}&quot; is already taken.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="313"/>
        <source>Le club a déjà un compte : entrez avec votre identifiant.</source>
        <translation>The club already has an account: sign in with your username.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="370"/>
        <source>Le premier compte est celui de la direction.</source>
        <translation>The first account is the management&apos;s account.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/accounts/users.py" line="442"/>
        <source>C&apos;est le dernier compte de la direction : il doit en rester au moins un.</source>
        <translation>This is the last management account: there must be at least one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="60"/>
        <source>reçue</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="60"/>
        <source>entretien fait</source>
        <translation>interview done</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="61"/>
        <source>en liste d&apos;attente</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="61"/>
        <source>admis</source>
        <translation>admitted</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="62"/>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="62"/>
        <source>réorienté</source>
        <translation>referred elsewhere</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="62"/>
        <source>ajourné</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="67"/>
        <source>ne correspond pas au public accueilli</source>
        <translation>does not match the people the programme serves</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="68"/>
        <source>projet professionnel non mûr</source>
        <translation>career plan not ready yet</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="69"/>
        <source>besoin de soins prioritaire</source>
        <translation>care needed first</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="70"/>
        <source>pas de place</source>
        <translation>no place available</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="71"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="135"/>
        <source>La date de réception de la candidature est obligatoire.</source>
        <translation>The date the application was received is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="140"/>
        <source>Une candidature ne peut pas être reçue après aujourd&apos;hui.</source>
        <translation>An application cannot be received after today.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="143"/>
        <source>L&apos;entretien ne peut pas avoir lieu avant la réception de la candidature.</source>
        <translation>The interview cannot take place before the application was received.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="146"/>
        <source>Un entretien daté après aujourd&apos;hui n&apos;est pas encore fait.</source>
        <translation>An interview dated after today has not been held yet.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="152"/>
        <source>Le prénom de la personne est obligatoire.</source>
        <translation>The person&apos;s first name is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="167"/>
        <source>Aucune personne n&apos;a le numéro {member_id}.</source>
        <translation>No person has number {member_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="188"/>
        <source>Hors commission, une candidature ne peut passer qu&apos;à « entretien fait » ou « en liste d&apos;attente ».</source>
        <translation>Outside a commission, an application can only move to “interview done” or “on the waiting list”.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="204"/>
        <source>La date de la commission est obligatoire.</source>
        <translation>The commission&apos;s date is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="226"/>
        <source>Une commission décide : admis, refusé, réorienté ou ajourné.</source>
        <translation>A commission decides: admitted, refused, referred elsewhere or postponed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="230"/>
        <source>Un refus doit avoir un motif.</source>
        <translation>A refusal must have a reason.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="232"/>
        <source>Ce motif de refus n&apos;est pas dans la liste.</source>
        <translation>This refusal reason is not in the list.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="234"/>
        <source>Dites si le motif du refus a été donné à la personne.</source>
        <translation>Say whether the reason for the refusal was told to the person.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="237"/>
        <source>Seul un refus a un motif.</source>
        <translation>Only a refusal has a reason.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="239"/>
        <source>Une réorientation se fait vers un partenaire : choisissez-le.</source>
        <translation>A referral goes to a partner: choose it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="242"/>
        <source>Seule une réorientation a un partenaire.</source>
        <translation>Only a referral has a partner.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="247"/>
        <source>Aucune commission n&apos;a le numéro {commission_id}.</source>
        <translation>No commission has number {commission_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="252"/>
        <source>La commission du {day:%d/%m/%Y} est antérieure à la candidature (reçue le {received:%d/%m/%Y}).</source>
        <translation>The commission of {day:%d/%m/%Y} is earlier than the application (received on {received:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="279"/>
        <source>Cet état de candidature n&apos;existe pas.</source>
        <translation>This application state does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="355"/>
        <source>Les notes dépassent {limit} caractères.</source>
        <translation>The notes are longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="361"/>
        <source>Aucun partenaire n&apos;a le numéro {partner_id}.</source>
        <translation>No partner has number {partner_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="368"/>
        <source>Aucune candidature n&apos;a le numéro {application_id}.</source>
        <translation>No application has number {application_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="382"/>
        <source>Une décision ne peut pas être datée après aujourd&apos;hui (le {day:%d/%m/%Y}).</source>
        <translation>A decision cannot be dated after today (on {day:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="385"/>
        <source>Une décision ne peut pas être datée avant la candidature (reçue le {received:%d/%m/%Y}).</source>
        <translation>A decision cannot be dated before the application (received on {received:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="391"/>
        <source>Cette candidature est déjà close ({state} le {day:%d/%m/%Y}) : on ne la décide pas une seconde fois.</source>
        <translation>This application is already closed ({state} on {day:%d/%m/%Y}): it is not decided a second time.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="396"/>
        <source>Une décision ne peut pas être datée avant le dernier état de la candidature ({state} le {day:%d/%m/%Y}).</source>
        <translation>A decision cannot be dated before the application&apos;s last state ({state} on {day:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/admissions.py" line="435"/>
        <source>spontanée</source>
        <translation>self-referred</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="32"/>
        <source>Nom du GEM</source>
        <translation>Name of the GEM</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="33"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="34"/>
        <source>Adresse des locaux</source>
        <translation>Address of the premises</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="35"/>
        <source>Parrain</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="36"/>
        <source>Association gestionnaire</source>
        <translation>Managing association</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="68"/>
        <source>Le GEM : nom et lieu</source>
        <translation>The GEM: name and place</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="69"/>
        <source>Nom du GEM, adresse, lieu de ses locaux, parrain et association gestionnaire en vigueur au 31 décembre.</source>
        <translation>The GEM&apos;s name, address, premises, sponsor and managing association in force on 31 December.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="71"/>
        <source>Le GEM</source>
        <translation>The GEM</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="72"/>
        <source>Aucune information.</source>
        <translation>No information.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="74"/>
        <source>Adhérents au 31 décembre</source>
        <translation>Members on 31 December</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="75"/>
        <source>Adhérents à la fin du 31 décembre de l&apos;année.</source>
        <translation>Members at the end of 31 December of the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="78"/>
        <source>Nouveaux adhérents dans l&apos;année</source>
        <translation>New members in the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="79"/>
        <source>Personnes qui n&apos;étaient pas adhérentes au 31 décembre précédent et dont une adhésion commence dans l&apos;année.</source>
        <translation>People who were not members on the previous 31 December and whose membership starts in the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="90"/>
        <source>Animateurs salariés au 31 décembre</source>
        <translation>Salaried animators on 31 December</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="91"/>
        <source>Animateurs salariés</source>
        <translation>Salaried animators</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="103"/>
        <source>Animateurs bénévoles</source>
        <translation>Volunteer animators</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="104"/>
        <source>Animateurs bénévoles actifs à un moment de l&apos;année : fonctions et qualifications.</source>
        <translation>Volunteer animators active at some time in the year: functions and qualifications.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="107"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="108"/>
        <source>Fonctions</source>
        <translation>Functions</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="109"/>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="110"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="111"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="111"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="113"/>
        <source>1 animateur bénévole</source>
        <translation>1 volunteer animator</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="113"/>
        <source>{count} animateurs bénévoles</source>
        <translation>{count} volunteer animators</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="114"/>
        <source>aucun animateur bénévole</source>
        <translation>no volunteer animator</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/gem_table.py" line="115"/>
        <source>Aucun animateur bénévole dans l&apos;année.</source>
        <translation>No volunteer animator in the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="108"/>
        <source>Tableau inconnu : {table}.</source>
        <translation>Unknown table: {table}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="257"/>
        <source>Horaires d&apos;ouverture</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="423"/>
        <source>non renseignés</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="425"/>
        <source>1 plage</source>
        <translation>1 time slot</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="426"/>
        <source>{count} plages</source>
        <translation>{count} time slots</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="427"/>
        <source>sur 1 jour</source>
        <translation>over 1 day</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="428"/>
        <source>sur {count} jours</source>
        <translation>over {count} days</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="436"/>
        <source>File active au 1er janvier</source>
        <translation>Active caseload on 1 January</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="437"/>
        <source>Membres à la fin du 31 décembre de l&apos;année précédente.</source>
        <translation>Members at the end of 31 December of the previous year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="438"/>
        <source>File active au 31 décembre</source>
        <translation>Active caseload on 31 December</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="439"/>
        <source>Membres à la fin du 31 décembre de l&apos;année.</source>
        <translation>Members at the end of 31 December of the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="440"/>
        <source>Entrées dans l&apos;année</source>
        <translation>Entries during the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="441"/>
        <source>Personnes qui n&apos;étaient pas membres au 31 décembre précédent et dont une adhésion commence dans l&apos;année.</source>
        <translation>People who were not members on the previous 31 December and whose membership starts during the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="443"/>
        <source>Sorties dans l&apos;année</source>
        <translation>Exits during the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="444"/>
        <source>Personnes membres à un moment de l&apos;année et qui ne le sont plus à la fin du 31 décembre.</source>
        <translation>People who were members at some point in the year and are no longer members at the end of 31 December.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="446"/>
        <source>Membres accompagnés dans l&apos;année</source>
        <translation>Members supported during the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="447"/>
        <source>File active au 1er janvier + entrées.</source>
        <translation>Active caseload on 1 January + entries.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="452"/>
        <source>Personnes venues dans l&apos;année</source>
        <translation>People who came during the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="453"/>
        <source>Personnes distinctes avec au moins une présence dans l&apos;année (membres ou non).</source>
        <translation>Distinct people with at least one attendance during the year (members or not).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="456"/>
        <source>Personnes actives par mois</source>
        <translation>Active people per month</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="457"/>
        <source>Pour chaque mois, membres distincts (pas les visiteurs) venus au moins une fois au club, ou ayant eu un suivi individuel ou un atelier collectif noté dans leurs suivis, un jour où ils étaient membres (§7 du cahier des charges).</source>
        <translation>For each month, distinct members (not visitors) who came to the club at least once, or had an individual follow-up or a collective workshop recorded in their follow-ups, on a day they were members (§7 of the specifications).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="461"/>
        <source>Activité mensuelle</source>
        <translation>Monthly activity</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="462"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="463"/>
        <source>Personnes actives</source>
        <translation>Active people</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="465"/>
        <source>Moyenne mensuelle des personnes actives</source>
        <translation>Monthly average of active people</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="466"/>
        <source>Moyenne des 12 mois des personnes actives (membres venus au club ou accompagnés dans le mois), arrondie à une décimale.</source>
        <translation>Average over the 12 months of the active persons (members who came to the club or were supported in the month), rounded to one decimal.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="469"/>
        <source>Moyenne mensuelle</source>
        <translation>Monthly average</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="471"/>
        <source>Sorties par motif</source>
        <translation>Exits by reason</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="472"/>
        <source>Les sorties de l&apos;année, chacune sous le motif choisi pour la dernière adhésion terminée dans l&apos;année (une liste fixe, jamais un détail de santé).</source>
        <translation>The year&apos;s exits, each under the reason chosen for the last membership that ended in the year (a fixed list, never a health detail).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="477"/>
        <source>Membres en trajectoire professionnelle</source>
        <translation>Members on a professional pathway</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="478"/>
        <source>Membres accompagnés dans l&apos;année avec un emploi, un stage, un apprentissage ou du bénévolat en cours pendant l&apos;année.</source>
        <translation>Members supported during the year with a job, an internship, an apprenticeship or volunteering under way during the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="482"/>
        <source>Trajectoires professionnelles commencées</source>
        <translation>Professional pathways started</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="483"/>
        <source>Parmi eux, ceux dont une telle étape a commencé dans l&apos;année.</source>
        <translation>Among them, those for whom such a step started during the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="486"/>
        <source>Part des membres en trajectoire professionnelle</source>
        <translation>Share of members on a professional pathway</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="487"/>
        <source>Membres en trajectoire ÷ membres accompagnés (3 décimales ; 0 s&apos;il n&apos;y a personne).</source>
        <translation>Members on a pathway ÷ members supported (3 decimal places; 0 if there is nobody).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="492"/>
        <source>Entrées dans une trajectoire professionnelle dans l&apos;année</source>
        <translation>Entries into a professional path during the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="493"/>
        <source>Membres accompagnés dans l&apos;année dont la toute première étape professionnelle (emploi, stage, apprentissage ou bénévolat ; la formation n&apos;en est pas une) commence entre le 1er janvier et le 31 décembre de l&apos;année.</source>
        <translation>Members supported during the year whose very first professional step (job, internship, apprenticeship or volunteering; training is not one) starts between 1 January and 31 December of the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="499"/>
        <source>Part des membres entrés dans une trajectoire professionnelle</source>
        <translation>Share of members who entered a professional path</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="500"/>
        <source>Entrées dans une trajectoire professionnelle dans l&apos;année ÷ membres accompagnés dans l&apos;année (3 décimales ; 0 s&apos;il n&apos;y a personne).</source>
        <translation>Entries into a professional path during the year ÷ members supported during the year (3 decimals; 0 if there is nobody).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="504"/>
        <source>Personnes en formation</source>
        <translation>People in training</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="505"/>
        <source>Personnes avec une formation en cours pendant l&apos;année.</source>
        <translation>People with a training course under way during the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="508"/>
        <source>Emplois par catégorie</source>
        <translation>Jobs by category</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="509"/>
        <source>Personnes avec un emploi en cours pendant l&apos;année : de transition, accompagné, indépendant.</source>
        <translation>People with a job under way during the year: transitional, supported, independent.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="514"/>
        <source>Locaux</source>
        <translation>Premises</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="515"/>
        <source>Adresse, accessibilité, surface, bail, loyer, état des lieux.</source>
        <translation>Address, accessibility, floor area, lease, rent, inventory of fixtures.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="519"/>
        <source>Aucune information sur les locaux.</source>
        <translation>No information about the premises.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="521"/>
        <source>Jours et heures d&apos;ouverture</source>
        <translation>Opening days and hours</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="521"/>
        <source>Plages d&apos;ouverture de la semaine.</source>
        <translation>Opening time slots of the week.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="522"/>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="523"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="524"/>
        <source>Ouverture</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="525"/>
        <source>Fermeture</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="526"/>
        <source>Les horaires d&apos;ouverture ne sont pas renseignés.</source>
        <translation>The opening hours are not filled in.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="529"/>
        <source>Changements dans l&apos;année (locaux, horaires)</source>
        <translation>Changes during the year (premises, hours)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="530"/>
        <source>Valeurs des locaux et horaires d&apos;ouverture qui ont changé pendant l&apos;année, à la date du changement ; le reste du rapport donne celles en vigueur au 31 décembre.</source>
        <translation>Premises values and opening hours that changed during the year, on the date of the change; the rest of the report gives those in force on 31 December.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="532"/>
        <source>Changements</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="533"/>
        <source>À partir du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="534"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="535"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="536"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="537"/>
        <source>1 changement</source>
        <translation>1 change</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="537"/>
        <source>{count} changements</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="538"/>
        <source>aucun changement</source>
        <translation>no change</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="539"/>
        <source>Aucun changement des locaux ni des horaires pendant l&apos;année.</source>
        <translation>No change of premises or hours during the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="542"/>
        <source>Salariés au 31 décembre</source>
        <translation>Employees on 31 December</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="542"/>
        <source>Fonction, qualification et ETP.</source>
        <translation>Job title, qualification and FTE.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="543"/>
        <source>Salariés</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="544"/>
        <source>Fonction</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="545"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="546"/>
        <source>ETP</source>
        <translation>FTE</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="547"/>
        <source>1 salarié</source>
        <translation>1 employee</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="547"/>
        <source>{count} salariés</source>
        <translation>{count} employees</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="547"/>
        <source>aucun salarié</source>
        <translation>no employees</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="548"/>
        <source>Aucun salarié au 31 décembre.</source>
        <translation>No employees on 31 December.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="550"/>
        <source>ETP au 31 décembre</source>
        <translation>FTE on 31 December</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="551"/>
        <source>Somme des équivalents temps plein des salariés au 31 décembre.</source>
        <translation>Sum of the full-time equivalents of the employees on 31 December.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="555"/>
        <source>ETP moyen de l&apos;année</source>
        <translation>Average FTE over the year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="556"/>
        <source>Somme des ETP × jours travaillés dans l&apos;année ÷ jours de l&apos;année (2 décimales).</source>
        <translation>Sum of FTE × days worked in the year ÷ days in the year (2 decimal places).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="559"/>
        <source>Membres actifs par ETP</source>
        <translation>Active members per FTE</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="560"/>
        <source>Moyenne mensuelle des personnes actives ÷ ETP moyen (1 décimale ; vide sans salarié). Repère : environ 20.</source>
        <translation>Monthly average of active people ÷ average FTE (1 decimal place; empty without employees). Benchmark: about 20.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="563"/>
        <source>non calculable (aucun salarié)</source>
        <translation>cannot be calculated (no employees)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="566"/>
        <source>Partenariats</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="567"/>
        <source>Partenariats en cours pendant l&apos;année, avec le partenaire et sa catégorie.</source>
        <translation>Partnerships under way during the year, with the partner and its category.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="569"/>
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="570"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="571"/>
        <source>Type de partenariat</source>
        <translation>Type of partnership</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="575"/>
        <source>Convention signée</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="577"/>
        <source>1 partenariat</source>
        <translation>1 partnership</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="577"/>
        <source>{count} partenariats</source>
        <translation>{count} partnerships</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="578"/>
        <source>aucun partenariat</source>
        <translation>no partnerships</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="579"/>
        <source>Aucun partenariat en cours pendant l&apos;année.</source>
        <translation>No partnership under way during the year.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="583"/>
        <source>Financement total (euros)</source>
        <translation>Total funding (euros)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="584"/>
        <source>Somme des financements de l&apos;année.</source>
        <translation>Sum of the year&apos;s funding.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="586"/>
        <source>Financements complémentaires (euros)</source>
        <translation>Complementary funding (euros)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="587"/>
        <source>Financements de l&apos;année autres que le FIR de l&apos;ARS.</source>
        <translation>Funding of the year other than the ARS&apos;s FIR.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="590"/>
        <source>Part des financements complémentaires</source>
        <translation>Share of complementary funding</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="591"/>
        <source>Complémentaires ÷ total (3 décimales ; 0 sans financement).</source>
        <translation>Complementary ÷ total (3 decimal places; 0 without funding).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="594"/>
        <source>Activité</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="595"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="596"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="597"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="598"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="601"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="602"/>
        <source>Première date</source>
        <translation>First date</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="605"/>
        <source>1 activité</source>
        <translation>1 activity</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="605"/>
        <source>{count} activités</source>
        <translation>{count} activities</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="605"/>
        <source>aucune activité</source>
        <translation>no activities</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="607"/>
        <source>Activités réalisées</source>
        <translation>Activities carried out</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="608"/>
        <source>Activités de l&apos;année marquées réalisées, et les ateliers collectifs tenus dans l&apos;année, regroupés par titre : nombre de séances et de participants distincts.</source>
        <translation>Activities of the year marked done, and the collective workshops held in the year, grouped by title: number of sessions and of distinct participants.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="611"/>
        <source>Activités prévues</source>
        <translation>Planned activities</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="612"/>
        <source>Activités envisagées : celles marquées prévues pour l&apos;année ou la suivante, et les séances d&apos;ateliers collectifs prévues datées de l&apos;année ou de la suivante.</source>
        <translation>Planned activities: those marked planned for the year or the next, and the planned collective workshop sessions dated in the year or the next.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="619"/>
        <source>Aucune activité.</source>
        <translation>No activities.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="622"/>
        <source>Points d&apos;attention</source>
        <translation>Points of concern</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="622"/>
        <source>Constats au regard du cahier des charges.</source>
        <translation>Findings with regard to the specification.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="623"/>
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="624"/>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="625"/>
        <source>1 point d&apos;attention</source>
        <translation>1 point of concern</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="625"/>
        <source>{count} points d&apos;attention</source>
        <translation>{count} points of concern</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="626"/>
        <source>aucun point d&apos;attention</source>
        <translation>no points of concern</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/indicators.py" line="627"/>
        <source>Aucun point d&apos;attention au regard du cahier des charges.</source>
        <translation>No point of concern with regard to the specification.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/registry.py" line="60"/>
        <source>Les membres et leur venue au club</source>
        <translation>Members and their attendance at the club</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/registry.py" line="61"/>
        <source>Trajectoires professionnelles et formation</source>
        <translation>Professional pathways and training</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/registry.py" line="63"/>
        <source>L&apos;équipe salariée</source>
        <translation>Paid staff</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/registry.py" line="66"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/registry.py" line="67"/>
        <source>Activités</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/registry.py" line="71"/>
        <source>Les adhérents</source>
        <translation>The members</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/reminder.py" line="43"/>
        <source>Le tableau annuel {year} pour l&apos;ARS a été envoyé le {day}.</source>
        <translation>The {year} annual table for the ARS was sent on {day}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/reminder.py" line="46"/>
        <source>Le tableau annuel {year} pour l&apos;ARS est en retard : il était à envoyer avant le 28 février {due_year}.</source>
        <translation>The {year} annual table for the ARS is late: it was due before 28 February {due_year}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/reminder.py" line="49"/>
        <source>Le tableau annuel {year} pour l&apos;ARS est à envoyer avant le 28 février {due_year}.</source>
        <translation>The {year} annual table for the ARS is due before 28 February {due_year}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/sent.py" line="100"/>
        <source>L&apos;année {year} n&apos;est pas terminée : son tableau pourra être marqué comme transmis à partir du 1er janvier {next}.</source>
        <translation>The year {year} is not over: its table can be marked as sent from 1 January {next}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/sent.py" line="173"/>
        <source>Le tableau de {year} est déjà marqué comme transmis.</source>
        <translation>The {year} table is already marked as sent.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/sent.py" line="175"/>
        <source>Le tableau de {year} est déjà marqué comme transmis (le {day} par {who}) : il ne peut pas l&apos;être une seconde fois.</source>
        <translation>The {year} table is already marked as sent (on {day} by {who}): it cannot be marked a second time.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/sent.py" line="186"/>
        <source>Le tableau de {year} n&apos;a pas été marqué comme transmis.</source>
        <translation>The {year} table has not been marked as sent.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/wording.py" line="22"/>
        <source>non calculable</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/wording.py" line="58"/>
        <source>détail ci-dessous</source>
        <translation>details below</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/wording.py" line="63"/>
        <source>{filled} informations sur {total}</source>
        <translation>{filled} of {total} items</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/wording.py" line="80"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/wording.py" line="80"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/annual/wording.py" line="99"/>
        <source>non renseigné</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="26"/>
        <source>matin</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="26"/>
        <source>après-midi</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="26"/>
        <source>journée</source>
        <translation>whole day</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="102"/>
        <source>La demi-journée doit être matin, après-midi ou journée.</source>
        <translation>The half-day must be morning, afternoon or whole day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="105"/>
        <source>Le mode doit être « sur place » ou « à distance ».</source>
        <translation>The mode must be &quot;on site&quot; or &quot;remote&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="110"/>
        <source>Aucun membre n&apos;a le numéro {member_id}.</source>
        <translation>No member has the number {member_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="122"/>
        <source>{name} n&apos;est plus membre. Voulez-vous rouvrir son adhésion à partir du {on:%d/%m/%Y} ?</source>
        <translation>{name} is no longer a member. Do you want to open their membership again from {on:%d/%m/%Y}?</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="125"/>
        <source>{name} n&apos;est plus membre depuis le {left_on:%d/%m/%Y}. Voulez-vous rouvrir son adhésion à partir du {on:%d/%m/%Y} ?</source>
        <translation>{name} has not been a member since {left_on:%d/%m/%Y}. Do you want to open their membership again from {on:%d/%m/%Y}?</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="129"/>
        <source>Une adhésion commence après cette date.</source>
        <translation>A membership starts after this date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="141"/>
        <source>{name} : l&apos;arrivée est déjà pointée pour la journée.</source>
        <translation>{name}: the arrival is already recorded for the day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="143"/>
        <source>{name} : l&apos;arrivée est déjà pointée pour ce {half_day}.</source>
        <translation>{name}: the arrival is already recorded for this {half_day}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="157"/>
        <source>Cette personne est déjà pointée.</source>
        <translation>This person is already checked in.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/attendance.py" line="166"/>
        <source>Ce pointage n&apos;existe plus.</source>
        <translation>This check-in no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/seal.py" line="183"/>
        <source>dérivée de la phrase de passe du club</source>
        <translation>derived from the club&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/seal.py" line="185"/>
        <source>trousseau du système ({service})</source>
        <translation>system keyring ({service})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/seal.py" line="187"/>
        <source>fichier « {path} »</source>
        <translation>file “{path}”</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/seal.py" line="189"/>
        <source>trousseau du système ({service}) puis fichier « {path} »</source>
        <translation>system keyring ({service}), then file “{path}”</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/seal.py" line="341"/>
        <source>fichier d&apos;ancrage « {path} »</source>
        <translation>anchor file “{path}”</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/seal.py" line="345"/>
        <source>fichier d&apos;ancrage illisible « {path} »</source>
        <translation>unreadable anchor file “{path}”</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/trail.py" line="151"/>
        <source>La durée de conservation du journal va de 6 à 36 mois.</source>
        <translation>The log can be kept for 6 to 36 months.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="45"/>
        <source>Journal intact : {entries} entrée vérifiée.</source>
        <translation>Audit trail intact: {entries} entry checked.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="47"/>
        <source>Journal intact : {entries} entrées vérifiées.</source>
        <translation>Audit trail intact: {entries} entries checked.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="49"/>
        <source>Entrées non scellées (antérieures au scellement) jusqu&apos;au n° {seq} : vérifiées par leur chaîne seulement.</source>
        <translation>Unsealed entries (made before sealing) up to no. {seq}: verified by their chain only.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="53"/>
        <source>Journal altéré : la chaîne est rompue à l&apos;entrée n° {seq} ({reason}).</source>
        <translation>Audit trail altered: the chain is broken at entry no. {seq} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="62"/>
        <source>aucune ancre (pas de fichier d&apos;ancrage, pas de sauvegarde avec manifeste)</source>
        <translation>no anchor (no anchor file, no backup with a manifest)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="63"/>
        <source>Comparé avec : {anchors}. Clé de scellement : {key}.</source>
        <translation>Compared with: {anchors}. Sealing key: {key}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="90"/>
        <source>Journal non vérifié (pas « intact ») : la clé de scellement de ce club est introuvable sur ce poste, les sceaux des entrées n° {first} à n° {last} n&apos;ont pas pu être contrôlés. Remettez la clé à sa place (copie du fichier de clé depuis la sauvegarde de ce poste ou depuis le poste qui l&apos;a créée ; pour un club chiffré, ouvrez-le avec sa phrase de passe), puis relancez la vérification.</source>
        <translation>Log not verified (not “intact”): this club&apos;s sealing key cannot be found on this computer, so the seals of entries no. {first} to no. {last} could not be checked. Put the key back in its place (a copy of the key file from this computer&apos;s backup or from the computer that created it; for an encrypted club, open it with its passphrase), then run the verification again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="111"/>
        <source>une entrée manque ou a été déplacée</source>
        <translation>an entry is missing or was moved</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="113"/>
        <source>le lien avec l&apos;entrée précédente ne correspond pas</source>
        <translation>the link with the entry before it does not match</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="116"/>
        <source>son contenu a été modifié</source>
        <translation>its content was changed</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="135"/>
        <source>entrée non scellée alors que le journal est scellé avant elle : la chaîne a été recalculée, ou un poste sans la clé l&apos;a écrite</source>
        <translation>entry not sealed although the log is sealed before it: the chain was recomputed, or a computer without the key wrote it</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="151"/>
        <source>son sceau ne correspond pas à la clé du club : la chaîne a été recalculée ou modifiée sans la clé</source>
        <translation>its seal does not match the club&apos;s key: the chain was recomputed or changed without the key</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="166"/>
        <source>Journal vidé : {source} indique l&apos;entrée n° {seq}, mais le journal ne contient plus aucune entrée.</source>
        <translation>Log emptied: {source} names entry no. {seq}, but the log no longer holds any entry.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="171"/>
        <source>Journal coupé : {source} indique l&apos;entrée n° {seq}, mais le journal s&apos;arrête au n° {last} : la dernière entrée a été supprimée.</source>
        <translation>Log cut: {source} names entry no. {seq}, but the log stops at no. {last}: the last entry was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="176"/>
        <source>Journal coupé : {source} indique l&apos;entrée n° {seq}, mais le journal s&apos;arrête au n° {last} : les {missing} dernières entrées ont été supprimées.</source>
        <translation>Log cut: {source} names entry no. {seq}, but the log stops at no. {last}: the last {missing} entries were deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/audit/verify.py" line="184"/>
        <source>Journal altéré : l&apos;entrée n° {seq} n&apos;est plus celle qu&apos;indique {source} (son sceau diffère) : le journal a été recalculé.</source>
        <translation>Log altered: entry no. {seq} is no longer the one {source} names (its seal differs): the log was recomputed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="30"/>
        <source>emploi de transition</source>
        <translation>transitional employment</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="31"/>
        <source>emploi accompagné</source>
        <translation>supported employment</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="32"/>
        <source>emploi indépendant</source>
        <translation>independent employment</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="33"/>
        <source>CDI</source>
        <translation>permanent contract (CDI)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="33"/>
        <source>CDD</source>
        <translation>fixed-term contract (CDD)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="33"/>
        <source>intérim</source>
        <translation>temporary agency work</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="34"/>
        <source>contrat aidé</source>
        <translation>subsidised contract</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="35"/>
        <source>évaluation</source>
        <translation>assessment</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="35"/>
        <source>projet professionnel</source>
        <translation>career plan</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="36"/>
        <source>recherche d&apos;emploi</source>
        <translation>job search</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="37"/>
        <source>soutien dans l&apos;emploi</source>
        <translation>support in the job</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="44"/>
        <source>Type d&apos;étape</source>
        <translation>Type of step</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="45"/>
        <source>Étape du parcours</source>
        <translation>Path step</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="48"/>
        <source>Pour un emploi, choisissez : emploi de transition, accompagné ou indépendant.</source>
        <translation>For a job, choose: transitional, supported or independent employment.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="50"/>
        <source>Catégorie d&apos;emploi</source>
        <translation>Type of job</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="52"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="54"/>
        <source>La catégorie et le contrat ne concernent que les emplois.</source>
        <translation>The category and the contract are only for jobs.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="58"/>
        <source>Les heures par semaine doivent être entre 0 et 48.</source>
        <translation>The hours per week must be between 0 and 48.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="90"/>
        <source>Aucune étape n&apos;a le numéro {step_id}.</source>
        <translation>No step has the number {step_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="107"/>
        <source>Dites qui a remplacé la personne.</source>
        <translation>Say who covered for the person.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="115"/>
        <source>Un remplacement ne concerne qu&apos;un emploi de transition.</source>
        <translation>Cover is only for a transitional job.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="118"/>
        <source>Cette date est en dehors de l&apos;emploi.</source>
        <translation>This date is outside the job.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="136"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="137"/>
        <source>Module d&apos;emploi accompagné</source>
        <translation>Supported employment module</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/career_paths.py" line="145"/>
        <source>L&apos;emploi accompagné demande une RQTH (reconnaissance de la qualité de travailleur handicapé) : notez d&apos;abord « RQTH : oui » dans la fiche du membre.</source>
        <translation>Supported employment needs an RQTH (official recognition as a disabled worker): first write &quot;RQTH: yes&quot; in the member&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/charter.py" line="37"/>
        <source>La version de la charte est obligatoire.</source>
        <translation>The charter version is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/charter.py" line="40"/>
        <source>La version de la charte est trop longue (40 caractères au plus).</source>
        <translation>The charter version is too long (40 characters at most).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/charter.py" line="92"/>
        <source>La charte ne peut pas être signée à une date future.</source>
        <translation>The charter cannot be signed on a future date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="71"/>
        <source>mois d&apos;essai</source>
        <translation>trial month</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="71"/>
        <source>contrat</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="72"/>
        <source>temporaire</source>
        <translation>temporary</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="72"/>
        <source>définitive</source>
        <translation>definitive</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="74"/>
        <source>emploi en milieu ordinaire</source>
        <translation>employment in the ordinary labour market</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="75"/>
        <source>entreprise adaptée</source>
        <translation>adapted company</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="75"/>
        <source>ESAT</source>
        <translation>ESAT</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="76"/>
        <source>formation</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="76"/>
        <source>autre structure d&apos;insertion</source>
        <translation>other insertion structure</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="77"/>
        <source>soins</source>
        <translation>care</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="77"/>
        <source>sans solution</source>
        <translation>no solution</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="79"/>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="79"/>
        <source>visite</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="79"/>
        <source>courrier</source>
        <translation>mail</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="113"/>
        <source>« {text} » n&apos;est pas un montant en euros.</source>
        <translation>“{text}” is not an amount in euros.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="198"/>
        <source>Un contrat suit un mois d&apos;essai : commencez par le mois d&apos;essai, ou indiquez que la personne n&apos;en a pas besoin.</source>
        <translation>A contract follows a trial month: start with the trial month, or state that the person does not need one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="203"/>
        <source>Sans mois d&apos;essai, la date de début du contrat est obligatoire.</source>
        <translation>Without a trial month, the contract&apos;s start date is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="208"/>
        <source>Le contrat ne peut pas commencer avant le mois d&apos;essai (le {day}).</source>
        <translation>The contract cannot start before the trial month (on {day}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="222"/>
        <source>Seule la dernière période d&apos;une personne peut être renouvelée.</source>
        <translation>Only a person&apos;s last period can be renewed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="225"/>
        <source>Cette période a pris fin le {day} : elle ne peut plus être renouvelée.</source>
        <translation>This period ended on {day}: it can no longer be renewed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="229"/>
        <source>Le mois d&apos;essai ne se renouvelle qu&apos;une fois : il faut maintenant commencer le contrat ou mettre fin à l&apos;accompagnement.</source>
        <translation>The trial month is renewed only once: now start the contract or end the support.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="240"/>
        <source>Le motif dépasse {limit} caractères.</source>
        <translation>The reason is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="245"/>
        <source>La fin ({end}) ne peut pas précéder le début de la période ({start}).</source>
        <translation>The end ({end}) cannot be before the start of the period ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="249"/>
        <source>La période finit déjà le {day} : une fin anticipée est avant cette date.</source>
        <translation>The period already ends on {day}: an early end is before that date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="253"/>
        <source>Une autre période suit celle-ci : mettez fin à la dernière.</source>
        <translation>Another period follows this one: end the last one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="265"/>
        <source>Cette période ({start} – {end}) chevauche une autre période de la personne ({other_start} – {other_end}).</source>
        <translation>This period ({start} – {end}) overlaps another period of the person ({other_start} – {other_end}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="291"/>
        <source>Le nombre de jours va de 0 à 3660.</source>
        <translation>The number of days goes from 0 to 3660.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="309"/>
        <source>Type de sortie</source>
        <translation>Kind of exit</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="310"/>
        <source>Orientation</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="334"/>
        <source>Moyen</source>
        <translation>Means</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="336"/>
        <source>La note dépasse {limit} caractères.</source>
        <translation>The note is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="339"/>
        <source>Un contact ne peut pas être daté dans le futur.</source>
        <translation>A contact cannot be dated in the future.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="346"/>
        <source>Préparez d&apos;abord la sortie de la personne : les contacts la suivent.</source>
        <translation>Prepare the person&apos;s exit first: the contacts follow it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="349"/>
        <source>Un contact après la sortie est daté à partir du {day} (la sortie).</source>
        <translation>A contact after the exit is dated from {day} (the exit) on.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="372"/>
        <source>Le montant va de 0,01 € à {limit}.</source>
        <translation>The amount goes from €0.01 to {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="385"/>
        <source>Le nombre de repas va de 1 à {limit}.</source>
        <translation>The number of meals goes from 1 to {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="399"/>
        <source>Le mois va de 1 à 12.</source>
        <translation>The month goes from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="417"/>
        <source>Type de ligne</source>
        <translation>Kind of line</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="422"/>
        <source>Ce remboursement n&apos;existe pas ou plus.</source>
        <translation>This refund does not exist (or no longer does).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="428"/>
        <source>Cette ligne de repas n&apos;existe pas ou plus.</source>
        <translation>This meals line does not exist (or no longer does).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/contracts.py" line="470"/>
        <source>Aucune période n&apos;a le numéro {period_id}.</source>
        <translation>No period has the number {period_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/demo.py" line="251"/>
        <source>La base « {database} » contient déjà {count} personnes : la démo n&apos;a rien écrit (ajoutez --force pour tout remplacer par la démo).</source>
        <translation>The database &quot;{database}&quot; already holds {count} people: the demo wrote nothing (add --force to replace everything with the demo).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/accounts.py" line="51"/>
        <source>Votre rôle ({role}) ne permet pas d&apos;importer : {files}. Rien n&apos;a été enregistré ; retirez ces fichiers ou demandez à la direction de faire l&apos;import.</source>
        <translation>Your role ({role}) may not import: {files}. Nothing was saved; remove these files or ask the management to run the import.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/accounts.py" line="56"/>
        <source>Votre rôle ({role}) ne permet pas de choisir le compte de la direction d&apos;un import.</source>
        <translation>Your role ({role}) may not choose the management account of an import.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/accounts.py" line="86"/>
        <source>Après cet import, aucun compte de la direction ne pourrait entrer (les comptes arrivent sans mot de passe). Relancez avec --admin IDENTIFIANT (par exemple « {example} ») : ce compte sera celui de la direction, avec le mot de passe de CLUBDESK_NEW_PASSWORD (ou demandé). Rien n&apos;a été enregistré.</source>
        <translation>After this import, no management account could sign in (accounts arrive without a password). Run it again with --admin USERNAME (for example “{example}”): that account will be the management&apos;s, with the password from CLUBDESK_NEW_PASSWORD (or asked). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="23"/>
        <source>le numéro de renouvellement ne peut pas être négatif</source>
        <translation>the renewal number cannot be negative</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="25"/>
        <source>les dates ne suivent pas la durée de la période (un mois d&apos;essai, six mois de contrat)</source>
        <translation>the dates do not follow the period&apos;s length (one trial month, six months of contract)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="29"/>
        <source>la fin anticipée doit tomber pendant la période</source>
        <translation>the early end must fall within the period</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="32"/>
        <source>le motif dépasse {limit} caractères</source>
        <translation>the reason is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="39"/>
        <source>la note dépasse {limit} caractères</source>
        <translation>the note is longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="44"/>
        <source>le montant en centimes va de 1 à {limit}</source>
        <translation>the amount in cents goes from 1 to {limit}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="50"/>
        <source>le nombre de repas va de 1 à {limit}</source>
        <translation>the number of meals goes from 1 to {limit}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="62"/>
        <source>une seule sortie préparée par personne</source>
        <translation>only one prepared exit per person</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/contract_rows.py" line="68"/>
        <source>la personne a déjà une autre sortie préparée</source>
        <translation>the person already has another prepared exit</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="136"/>
        <source>L&apos;import est refusé : {total} erreurs (les {listed} premières sont listées). Rien n&apos;a été enregistré.</source>
        <translation>The import is refused: {total} errors (the first {listed} are listed). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="140"/>
        <source>L&apos;import est refusé : {total} erreur. Rien n&apos;a été enregistré.</source>
        <translation>The import is refused: {total} error. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="143"/>
        <source>L&apos;import est refusé : {total} erreurs. Rien n&apos;a été enregistré.</source>
        <translation>The import is refused: {total} errors. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="209"/>
        <source>valeur obligatoire manquante</source>
        <translation>a required value is missing</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="236"/>
        <source>« {text} » n&apos;existe pas dans {file}</source>
        <translation>&quot;{text}&quot; does not exist in {file}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="288"/>
        <source>« {source} » ne contient aucun fichier du format d&apos;échange (members.csv, attendance.csv…).</source>
        <translation>&quot;{source}&quot; has no file in the exchange format (members.csv, attendance.csv…).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="302"/>
        <source>Ce club a déjà une personne : l&apos;import est refusé. Pour compléter ce club sans rien effacer, utilisez --merge.</source>
        <translation>This club already has one person: the import is refused. To add to this club without erasing anything, use --merge.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="305"/>
        <source>Ce club a déjà {members} personnes : l&apos;import est refusé. Pour compléter ce club sans rien effacer, utilisez --merge.</source>
        <translation>This club already has {members} people: the import is refused. To add to this club without erasing anything, use --merge.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="464"/>
        <source>« {key} » est en double (déjà ligne {line})</source>
        <translation>&quot;{key}&quot; is there twice (already on line {line})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="508"/>
        <source>un contact référent demande son partenaire référent</source>
        <translation>a referent contact needs its referent partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="514"/>
        <source>« {name} » n&apos;est pas un contact de ce partenaire</source>
        <translation>“{name}” is not a contact of this partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="551"/>
        <source>la date de sortie est avant la date d&apos;entrée</source>
        <translation>the leaving date is before the joining date</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="554"/>
        <source>la date d&apos;entrée est dans le futur</source>
        <translation>the joining date is in the future</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="562"/>
        <source>cette période chevauche une autre période du même membre</source>
        <translation>this period overlaps another period of the same member</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="589"/>
        <source>cette période chevauche une autre période du même salarié</source>
        <translation>this period overlaps another period of the same employee</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="611"/>
        <source>ce salarié a déjà un niveau pour cette tâche</source>
        <translation>this staff member already has a level for this task</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="643"/>
        <source>cette personne est déjà pointée pour cette demi-journée</source>
        <translation>this person is already checked in for this half-day</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="667"/>
        <source>« {key} » est en double</source>
        <translation>&quot;{key}&quot; is there twice</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="764"/>
        <source>la date « fait le » est avant la date du suivi</source>
        <translation>the &quot;done on&quot; date is before the date of the follow-up</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="810"/>
        <source>cette personne est déjà notée à cette séance (ligne {line})</source>
        <translation>this person is already listed for this session (line {line})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="826"/>
        <source>cette personne est déjà inscrite à cette sortie (ligne {line})</source>
        <translation>this person is already signed up for this outing (line {line})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="834"/>
        <source>l&apos;entretien est avant la réception de la candidature</source>
        <translation>the interview is before the application was received</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="842"/>
        <source>un refus doit avoir un motif</source>
        <translation>a refusal must have a reason</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="844"/>
        <source>une réorientation se fait vers un partenaire</source>
        <translation>a referral goes to a partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="852"/>
        <source>ce partenaire est déjà noté à cette commission (ligne {line})</source>
        <translation>this partner is already listed at this commission (line {line})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="866"/>
        <source>l&apos;atelier est obligatoire</source>
        <translation>the workshop is required</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="875"/>
        <source>la durée doit être de plus de 0 et d&apos;au plus {limit} minutes</source>
        <translation>the duration must be more than 0 and at most {limit} minutes</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="888"/>
        <source>un objectif ne peut pas être clos avant d&apos;avoir été fixé</source>
        <translation>an objective cannot be closed before it was set</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="908"/>
        <source>cet objectif est celui d&apos;une autre personne que celle du bilan</source>
        <translation>this objective belongs to someone other than the review&apos;s person</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="913"/>
        <source>cet objectif a déjà un niveau à ce bilan (ligne {line})</source>
        <translation>this objective already has a level at this review (line {line})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="947"/>
        <source>Partenariat</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="956"/>
        <source>un remplacement ne concerne qu&apos;un emploi de transition</source>
        <translation>a cover is only for a transitional job</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="981"/>
        <source>le montant ne peut pas être négatif</source>
        <translation>the amount cannot be negative</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="988"/>
        <source>le jour va de 1 (lundi) à 7 (dimanche)</source>
        <translation>the day goes from 1 (Monday) to 7 (Sunday)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="990"/>
        <source>la fermeture doit venir après l&apos;ouverture</source>
        <translation>the closing time must come after the opening time</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="996"/>
        <source>la date de signature est dans le futur</source>
        <translation>the signature date is in the future</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1008"/>
        <source>le nombre de réponses ne peut pas être négatif</source>
        <translation>the number of answers cannot be negative</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1078"/>
        <source>les parties d&apos;un même document ont le même type, la même date et le même nom de fichier</source>
        <translation>the parts of one document have the same kind, the same date and the same file name</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1083"/>
        <source>la partie {part} du document est donnée deux fois</source>
        <translation>part {part} of the document is given twice</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1090"/>
        <source>le document « {name} » dépasse 10 Mo : 10 Mo au plus</source>
        <translation>the document “{name}” is over 10 MB: 10 MB at most</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1102"/>
        <source>le nom du fichier est vide</source>
        <translation>the file name is empty</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1107"/>
        <source>les parties du document vont de 1 à {count} sans trou</source>
        <translation>the document&apos;s parts run from 1 to {count} without a gap</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1112"/>
        <source>le contenu n&apos;est pas en base64</source>
        <translation>the content is not base64</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1141"/>
        <source>chaque ligne nomme un membre ou un salarié (un seul des deux)</source>
        <translation>each line names a member or an employee (only one of the two)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/importer.py" line="1173"/>
        <source>ce salarié a déjà un compte (ligne {line})</source>
        <translation>this staff member already has an account (line {line})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="23"/>
        <source>virgule</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="23"/>
        <source>point-virgule</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="23"/>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="24"/>
        <source>UTF-8 avec BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="24"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="25"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="53"/>
        <source>dates jj/mm/aaaa</source>
        <translation>dates dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="55"/>
        <source>dates AAAA-MM-JJ</source>
        <translation>dates YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="56"/>
        <source>{file} lu comme : {parts}</source>
        <translation>{file} read as: {parts}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="78"/>
        <source>ce n&apos;est pas un fichier texte (fichier binaire ?)</source>
        <translation>this is not a text file (a binary file?)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="87"/>
        <source>ce n&apos;est pas un fichier texte lisible</source>
        <translation>this is not a readable text file</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="111"/>
        <source>le fichier est vide (il faut au moins la ligne des noms de colonnes)</source>
        <translation>the file is empty (it needs at least the line of column names)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="121"/>
        <source>colonne « {name} » ignorée</source>
        <translation>column &quot;{name}&quot; ignored</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="125"/>
        <source>la colonne {column} apparaît deux fois</source>
        <translation>the column {column} appears twice</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="131"/>
        <source>colonne obligatoire absente</source>
        <translation>a required column is missing</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="156"/>
        <source>caractère invisible interdit ({code}) : caractère de contrôle ou d&apos;inversion du sens d&apos;écriture</source>
        <translation>forbidden invisible character ({code}): a control or text-direction character</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="163"/>
        <source>trop de champs ({count} au lieu de {width})</source>
        <translation>too many fields ({count} instead of {width})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="175"/>
        <source>classeur Excel</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="196"/>
        <source>ligne {line} illisible (une cellule trop longue : {limit} caractères au plus)</source>
        <translation>line {line} unreadable (a cell too long: {limit} characters at most)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="199"/>
        <source>ligne {line} illisible ({reason})</source>
        <translation>line {line} cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="226"/>
        <source>« {text} » n&apos;est pas une date qui existe</source>
        <translation>&quot;{text}&quot; is not a real date</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="237"/>
        <source>« {text} » n&apos;est pas une date (AAAA-MM-JJ ou jj/mm/aaaa)</source>
        <translation>&quot;{text}&quot; is not a date (YYYY-MM-DD or dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="252"/>
        <source>« {text} » n&apos;est pas une date et une heure</source>
        <translation>&quot;{text}&quot; is not a date and time</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="264"/>
        <source>« {text} » n&apos;est pas un nombre</source>
        <translation>&quot;{text}&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="270"/>
        <source>« {text} » n&apos;est pas un nombre entier</source>
        <translation>&quot;{text}&quot; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/reading.py" line="280"/>
        <source>« {text} » : répondez oui ou non</source>
        <translation>&quot;{text}&quot;: answer yes or no</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="49"/>
        <source>Import refusé : les fichiers de « {source} » font plus de {limit} Mo en tout ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: the files of “{source}” add up to more than {limit} MB; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="55"/>
        <source>Import refusé : {file} dans « {source} » fait plus de {limit} Mo une fois décompressé ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: {file} in “{source}” is larger than {limit} MB once unpacked; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="77"/>
        <source>Import refusé : « {source} » contient plus de {limit} fichiers.</source>
        <translation>Import refused: “{source}” holds more than {limit} files.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="85"/>
        <source>Import refusé : {file} dans « {source} » se décompresse plus de {ratio} fois plus gros qu&apos;il n&apos;est compressé (archive piégée ?) ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: {file} in “{source}” unpacks to more than {ratio} times its packed size (a booby-trapped archive?); nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="99"/>
        <source>« {source} » n&apos;existe pas.</source>
        <translation>&quot;{source}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="127"/>
        <source>« {source} » n&apos;est pas une archive .zip lisible.</source>
        <translation>&quot;{source}&quot; is not a .zip archive that can be read.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="132"/>
        <source>« {source} » : donnez un dossier, un fichier .zip ou un classeur .xlsx.</source>
        <translation>&quot;{source}&quot;: give a folder, a .zip file or an .xlsx workbook.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="143"/>
        <source>Import refusé : « {source} » contient deux fois {file} (« {first} » et « {second} ») ; gardez-en un seul.</source>
        <translation>Import refused: “{source}” holds {file} twice (“{first}” and “{second}”); keep only one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="161"/>
        <source>« {source} » n&apos;est pas un classeur .xlsx lisible.</source>
        <translation>&quot;{source}&quot; is not an .xlsx workbook that can be read.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="185"/>
        <source>Import refusé : le classeur « {source} » a plus de {limit} cellules ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: the workbook “{source}” has more than {limit} cells; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/sources.py" line="195"/>
        <source>Import refusé : {file} a plus de {limit} lignes ; rien n&apos;a été enregistré.</source>
        <translation>Import refused: {file} has more than {limit} lines; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/words.py" line="135"/>
        <source>« {text} » n&apos;est pas une valeur permise ({choices})</source>
        <translation>&quot;{text}&quot; is not an allowed value ({choices})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/words.py" line="147"/>
        <source>{file}, ligne {line}, colonne {column} : « {text} » lu comme {meant}</source>
        <translation>{file}, line {line}, column {column}: “{text}” read as {meant}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/writing.py" line="82"/>
        <source>Le dossier « {folder} » n&apos;existe pas.</source>
        <translation>The folder &quot;{folder}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/writing.py" line="85"/>
        <source>Le dossier « {folder} » n&apos;est pas vide : choisissez un dossier vide ou un nom de fichier .zip.</source>
        <translation>The folder &quot;{folder}&quot; is not empty: choose an empty folder or a .zip file name.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/writing.py" line="124"/>
        <source>L&apos;export vers « {dest} » a échoué : le disque est plein. Rien n&apos;a été écrit.</source>
        <translation>The export to “{dest}” failed: the disk is full. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/writing.py" line="127"/>
        <source>L&apos;export vers « {dest} » a échoué : ce dossier n&apos;est pas accessible en écriture. Rien n&apos;a été écrit.</source>
        <translation>The export to “{dest}” failed: this folder cannot be written to. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/writing.py" line="129"/>
        <source>L&apos;export vers « {dest} » a échoué ({reason}) : rien n&apos;a été écrit.</source>
        <translation>The export to &quot;{dest}&quot; failed ({reason}): nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exchange/writing.py" line="173"/>
        <source>Un classeur Excel ne peut pas contenir certains caractères de contrôle présents dans les données : exportez en .zip. Rien n&apos;a été écrit.</source>
        <translation>An Excel workbook cannot hold some control characters found in the data: export as .zip instead. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exit_reasons.py" line="15"/>
        <source>emploi</source>
        <translation>job</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exit_reasons.py" line="17"/>
        <source>autre structure</source>
        <translation>another organisation</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exit_reasons.py" line="18"/>
        <source>déménagement</source>
        <translation>moved away</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exit_reasons.py" line="19"/>
        <source>raisons personnelles</source>
        <translation>personal reasons</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exit_reasons.py" line="20"/>
        <source>sans nouvelles</source>
        <translation>no news</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/exit_reasons.py" line="45"/>
        <source>Le motif de sortie se choisit dans la liste : {choices}.</source>
        <translation>The reason for leaving is chosen from the list: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="32"/>
        <source>entretien individuel</source>
        <translation>one-to-one interview</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="32"/>
        <source>atelier collectif</source>
        <translation>group workshop</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="34"/>
        <source>contact avec un employeur</source>
        <translation>contact with an employer</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="34"/>
        <source>formation / VAE</source>
        <translation>training / recognition of experience (VAE)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="35"/>
        <source>démarche administrative</source>
        <translation>paperwork</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="36"/>
        <source>orientation vers un partenaire</source>
        <translation>referral to a partner</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="38"/>
        <source>stage</source>
        <translation>internship</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="39"/>
        <source>apprentissage</source>
        <translation>apprenticeship</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="39"/>
        <source>bénévolat</source>
        <translation>volunteering</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="76"/>
        <source>Type de suivi</source>
        <translation>Type of follow-up</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="81"/>
        <source>La note est trop longue ({max_note} caractères au plus).</source>
        <translation>The note is too long ({max_note} characters at most).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="84"/>
        <source>Un suivi ne peut pas être daté dans le futur.</source>
        <translation>A follow-up cannot have a date in the future.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="86"/>
        <source>L&apos;échéance de la prochaine étape est avant la date du suivi.</source>
        <translation>The due date of the next step is before the date of the follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="89"/>
        <source>Écrivez la prochaine étape de cette échéance.</source>
        <translation>Write the next step for this due date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="92"/>
        <source>La note ne peut pas être relue avant d&apos;être écrite.</source>
        <translation>The note cannot be read again before it was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="115"/>
        <source>Aucun salarié n&apos;a le numéro {staff_id}.</source>
        <translation>No staff member has number {staff_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="128"/>
        <source>Aucun suivi n&apos;a le numéro {followup_id}.</source>
        <translation>No follow-up has the number {followup_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="149"/>
        <source>Cette date est avant la date du suivi.</source>
        <translation>This date is before the date of the follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="220"/>
        <source>Présence ({half_day})</source>
        <translation>Attendance ({half_day})</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="222"/>
        <source>à distance</source>
        <translation>remote</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="226"/>
        <source>Prochaine étape : {step} pour le {due:%d/%m/%Y}</source>
        <translation>Next step: {step} by {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="229"/>
        <source>Prochaine étape : {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="231"/>
        <source>Suivi : {kind}</source>
        <translation>Follow-up: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="236"/>
        <source>Début : {kind} — {title}</source>
        <translation>Start: {kind} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="237"/>
        <source>Fin : {kind} — {title}</source>
        <translation>End: {kind} — {title}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="239"/>
        <source>Début : {kind}</source>
        <translation>Start: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/followups.py" line="240"/>
        <source>Fin : {kind}</source>
        <translation>End: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/member_profile.py" line="67"/>
        <source>Une tâche ne peut pas être à la fois aimée et évitée.</source>
        <translation>A task cannot be both liked and avoided.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/member_profile.py" line="70"/>
        <source>Disponibilité invalide.</source>
        <translation>This availability is not valid.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/member_profile.py" line="78"/>
        <source>Une des tâches choisies n&apos;existe plus.</source>
        <translation>One of the chosen tasks no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/member_profile.py" line="98"/>
        <source>Une compétence n&apos;a pas de nom.</source>
        <translation>A skill has no name.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/member_profile.py" line="100"/>
        <source>Niveau inconnu pour « {name} ».</source>
        <translation>Unknown level for &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/member_profile.py" line="102"/>
        <source>La compétence « {name} » est en double.</source>
        <translation>The skill &quot;{name}&quot; is there twice.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="140"/>
        <source>Champ inconnu : {name}.</source>
        <translation>Unknown field: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="143"/>
        <source>Le prénom est obligatoire.</source>
        <translation>The first name is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="146"/>
        <source>Ce nom est trop long (100 caractères au plus).</source>
        <translation>This name is too long (100 characters at most).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="155"/>
        <source>Le moyen de contact doit être : téléphone, SMS, e-mail, courrier ou aucun.</source>
        <translation>The way to contact must be: phone, text message, email, post or none.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="161"/>
        <source>La RQTH doit être « oui », « non » ou non renseignée.</source>
        <translation>RQTH must be &quot;yes&quot;, &quot;no&quot; or left empty.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="167"/>
        <source>Choisissez le partenaire référent et son contact dans la liste.</source>
        <translation>Choose the referent partner and its contact from the list.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="290"/>
        <source>Cette fiche est archivée : seule la direction peut la lire.</source>
        <translation>This record is archived: only the management can read it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="363"/>
        <source>La fiche de {name}</source>
        <translation>The record of {name}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="382"/>
        <source>Votre rôle (accueil) ne permet de noter que les noms et les moyens de contact.</source>
        <translation>Your role (reception) only lets you write names and ways to contact.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="417"/>
        <source>La date d&apos;entrée ne peut pas être après aujourd&apos;hui.</source>
        <translation>The joining date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="421"/>
        <source>La date de sortie ne peut pas être avant la date d&apos;entrée.</source>
        <translation>The leaving date cannot be before the joining date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="430"/>
        <source>Cette période chevauche une autre période d&apos;adhésion (du {start:%d/%m/%Y} au aujourd&apos;hui).</source>
        <translation>This period overlaps another membership period (from {start:%d/%m/%Y} to today).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="436"/>
        <source>Cette période chevauche une autre période d&apos;adhésion (du {start:%d/%m/%Y} au {end:%d/%m/%Y}).</source>
        <translation>This period overlaps another membership period (from {start:%d/%m/%Y} to {end:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="466"/>
        <source>Cette personne n&apos;a pas d&apos;adhésion en cours.</source>
        <translation>This person has no current membership.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="473"/>
        <source>La date de sortie ne peut pas être après aujourd&apos;hui.</source>
        <translation>The leaving date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="529"/>
        <source>Personne ne correspond à « {text} ».</source>
        <translation>Nobody matches &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="531"/>
        <source>« {text} » désigne plusieurs personnes : {names}.</source>
        <translation>&quot;{text}&quot; matches several people: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="576"/>
        <source>Aucun contact n&apos;a le numéro {contact_id}.</source>
        <translation>No contact has number {contact_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/members.py" line="578"/>
        <source>« {name} » n&apos;est pas un contact du partenaire référent choisi.</source>
        <translation>“{name}” is not a contact of the chosen referent partner.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/merge.py" line="58"/>
        <source>On ne peut pas fusionner une fiche avec elle-même.</source>
        <translation>You cannot merge a record with itself.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/merge.py" line="63"/>
        <source>Une des deux fiches à fusionner n&apos;existe plus.</source>
        <translation>One of the two records to merge no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="51"/>
        <source>Savoir</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="51"/>
        <source>Savoir-faire</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="52"/>
        <source>Savoir-être</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="53"/>
        <source>non acquis</source>
        <translation>not acquired</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="54"/>
        <source>acquis</source>
        <translation>acquired</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="54"/>
        <source>maîtrisé</source>
        <translation>mastered</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="79"/>
        <source>Domaine inconnu « {value} » : savoir, savoir-faire ou savoir-être.</source>
        <translation>Unknown domain “{value}”: knowledge (savoir), skills (savoir-faire) or behaviour (savoir-être).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="89"/>
        <source>Niveau inconnu « {value} » : non acquis, en cours, acquis ou maîtrisé.</source>
        <translation>Unknown level “{value}”: not acquired, in progress, acquired or mastered.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="149"/>
        <source>Un bilan tous les 2 ou 3 mois, pas {months}.</source>
        <translation>A review every 2 or 3 months, not {months}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="178"/>
        <source>Un objectif ne peut pas être clos avant d&apos;avoir été fixé.</source>
        <translation>An objective cannot be closed before it was set.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="192"/>
        <source>Un bilan donne le niveau d&apos;au moins un objectif.</source>
        <translation>A review gives the level of at least one objective.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="203"/>
        <source>Ce bilan serait daté avant le précédent, du {previous} : un bilan suit le précédent.</source>
        <translation>This review would be dated before the previous one, of {previous}: a review follows the previous one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="286"/>
        <source>Le texte de l&apos;objectif est obligatoire.</source>
        <translation>The objective&apos;s text is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="288"/>
        <source>Le texte de l&apos;objectif dépasse {limit} caractères.</source>
        <translation>The objective&apos;s text is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="294"/>
        <source>Le nom du coordinateur dépasse {limit} caractères.</source>
        <translation>The coordinator&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="297"/>
        <source>Les mots de la personne dépassent {limit} caractères.</source>
        <translation>The person&apos;s own words are longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="300"/>
        <source>Le commentaire dépasse {limit} caractères.</source>
        <translation>The comment is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="308"/>
        <source>Aucun objectif n&apos;a le numéro {objective_id}.</source>
        <translation>No objective has number {objective_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="311"/>
        <source>L&apos;objectif n° {objective_id} est celui d&apos;une autre personne : un bilan ne porte que sur les objectifs de la personne.</source>
        <translation>Objective no. {objective_id} belongs to someone else: a review covers only the person&apos;s own objectives.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/objectives.py" line="316"/>
        <source>L&apos;objectif n° {objective_id} n&apos;était pas en cours le jour de ce bilan.</source>
        <translation>Objective no. {objective_id} was not open on the day of this review.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="42"/>
        <source>activité</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="42"/>
        <source>sortie</source>
        <translation>outing</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="43"/>
        <source>prévue</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="43"/>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="44"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="90"/>
        <source>Le titre de la sortie ou de l&apos;activité est obligatoire.</source>
        <translation>The title of the outing or activity is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="93"/>
        <source>Le titre dépasse {limit} caractères.</source>
        <translation>The title is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="94"/>
        <source>Genre</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="96"/>
        <source>La date de la sortie ou de l&apos;activité est obligatoire.</source>
        <translation>The date of the outing or activity is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="100"/>
        <source>L&apos;heure de début s&apos;écrit HH:MM, par exemple 14:30.</source>
        <translation>The start time is written HH:MM, for example 14:30.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="103"/>
        <source>Le lieu dépasse {limit} caractères.</source>
        <translation>The place is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="105"/>
        <source>Le nombre de places doit être entre 0 et {limit}.</source>
        <translation>The number of places must be between 0 and {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="108"/>
        <source>Le reste à charge ne peut pas être négatif.</source>
        <translation>The cost left to each member cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="110"/>
        <source>Le reste à charge dépasse 100 000 euros.</source>
        <translation>The cost left to each member is above 100,000 euros.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="114"/>
        <source>La réunion qui a décidé la sortie ne peut pas être après la sortie.</source>
        <translation>The meeting that decided the outing cannot be after the outing.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="116"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="118"/>
        <source>Une sortie datée après aujourd&apos;hui ne peut pas être déjà faite.</source>
        <translation>An outing dated after today cannot be done already.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="174"/>
        <source>{seated} personnes ont déjà une place : on ne peut pas en prévoir {places}.</source>
        <translation>{seated} people already have a place: the outing cannot have only {places}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="206"/>
        <source>Cette sortie est annulée : on ne peut plus s&apos;y inscrire.</source>
        <translation>This outing is cancelled: nobody can sign up any more.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="209"/>
        <source>Cette sortie est passée : on ne peut plus s&apos;y inscrire.</source>
        <translation>This outing is past: nobody can sign up any more.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="212"/>
        <source>{name} a déjà une inscription à cette sortie.</source>
        <translation>{name} is already signed up for this outing.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="234"/>
        <source>{name} n&apos;a pas d&apos;inscription à cette sortie.</source>
        <translation>{name} is not signed up for this outing.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="237"/>
        <source>Cette sortie est passée : notez plutôt l&apos;absence.</source>
        <translation>This outing is past: record an absence instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="255"/>
        <source>On note les présences après la sortie, pas avant (elle a lieu le {day}).</source>
        <translation>Attendance is recorded after the outing, not before (it takes place on {day}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="259"/>
        <source>Cette sortie est annulée : il n&apos;y a pas de présences à noter.</source>
        <translation>This outing is cancelled: there is no attendance to record.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="298"/>
        <source>La fin de la période est avant son début.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="307"/>
        <source>Le mois doit être entre 1 et 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/outings.py" line="341"/>
        <source>Cette sortie n&apos;existe plus.</source>
        <translation>This outing no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="37"/>
        <source>entreprise partenaire</source>
        <translation>partner company</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="38"/>
        <source>service public de l&apos;emploi</source>
        <translation>public employment service</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="39"/>
        <source>plateforme emploi accompagné</source>
        <translation>supported employment platform</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="40"/>
        <source>GEM ou structure de pairs</source>
        <translation>peer support group (GEM) or peer organisation</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="41"/>
        <source>santé</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="42"/>
        <source>médico-social</source>
        <translation>social care</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="43"/>
        <source>collectivité</source>
        <translation>local authority</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="44"/>
        <source>PTSM / CLSM</source>
        <translation>PTSM / CLSM (local mental health plans)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="45"/>
        <source>organisme de formation</source>
        <translation>training provider</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="47"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="50"/>
        <source>France Travail, Cap emploi, mission locale</source>
        <translation>France Travail, Cap emploi, mission locale (job centres)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="51"/>
        <source>CMP, CATTP, hôpital, centre de réhabilitation</source>
        <translation>CMP, CATTP, hospital, rehabilitation centre</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="52"/>
        <source>SAMSAH, SAVS, ESAT</source>
        <translation>SAMSAH, SAVS, ESAT</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="55"/>
        <source>visite au club</source>
        <translation>visit to the club</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="55"/>
        <source>sensibilisation dans l&apos;entreprise</source>
        <translation>awareness session at the company</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="56"/>
        <source>recrutement</source>
        <translation>recruitment</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="56"/>
        <source>stage accueilli</source>
        <translation>work placement hosted</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="57"/>
        <source>réunion</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="77"/>
        <source>Le nom du partenaire est obligatoire.</source>
        <translation>The partner&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="130"/>
        <source>« {name} » est cité dans un suivi ou une étape de parcours : il ne peut pas être supprimé. Archivez-le plutôt.</source>
        <translation>&quot;{name}&quot; is named in a follow-up or a path step: it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="134"/>
        <source>« {name} » est cité dans {refs} suivis ou étapes de parcours : il ne peut pas être supprimé. Archivez-le plutôt.</source>
        <translation>&quot;{name}&quot; is named in {refs} follow-ups or path steps: it cannot be deleted. Archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="144"/>
        <source>Le nom du contact est obligatoire.</source>
        <translation>The contact&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="163"/>
        <source>Dites de quel partenariat il s&apos;agit.</source>
        <translation>Say what kind of partnership this is.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/partners.py" line="184"/>
        <source>Type d&apos;échange</source>
        <translation>Type of contact</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="51"/>
        <source>à faire</source>
        <translation>to do</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="52"/>
        <source>livrée</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="105"/>
        <source>« {value} » n&apos;est pas un état de commande : à faire, en cours, livrée ou annulée.</source>
        <translation>“{value}” is not an order status: to do, in progress, delivered or cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="114"/>
        <source>« {value} » n&apos;est pas un nombre d&apos;heures.</source>
        <translation>“{value}” is not a number of hours.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="117"/>
        <source>Les heures de {name} doivent être plus de 0 et au plus 10 (ici {value}).</source>
        <translation>The hours of {name} must be more than 0 and at most 10 (here {value}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="122"/>
        <source>Les heures de {name} se comptent à la minute près (« {value} » n&apos;en fait pas un nombre entier).</source>
        <translation>The hours of {name} are counted to the minute (“{value}” is not a whole number of minutes).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="137"/>
        <source>Dites ce qui est commandé.</source>
        <translation>Say what is ordered.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="139"/>
        <source>Le contenu de la commande dépasse {limit} caractères.</source>
        <translation>The order&apos;s content is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="142"/>
        <source>La quantité doit être un nombre entier au-dessus de 0 et d&apos;au plus {limit} (ou laissée vide).</source>
        <translation>The quantity must be a whole number above 0 and at most {limit} (or left empty).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="148"/>
        <source>La date de livraison prévue ({due}) ne peut pas précéder la réception de la commande ({received}).</source>
        <translation>The planned delivery date ({due}) cannot come before the order was received ({received}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="152"/>
        <source>État de la commande</source>
        <translation>Status of the order</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="154"/>
        <source>Les notes de la commande dépassent {limit} caractères.</source>
        <translation>The order&apos;s notes are longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="164"/>
        <source>« {name} » n&apos;est pas un client : seul un partenaire de catégorie « client » passe commande.</source>
        <translation>“{name}” is not a client: only a partner of category “client” places orders.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="174"/>
        <source>Le mois {month} n&apos;existe pas (1 à 12).</source>
        <translation>Month {month} does not exist (1 to 12).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="259"/>
        <source>Une séance de production ne peut pas être datée après aujourd&apos;hui : on note les heures une fois travaillées.</source>
        <translation>A production session cannot be dated after today: hours are noted once worked.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="263"/>
        <source>Dites dans quel atelier on a travaillé.</source>
        <translation>Say in which workshop the work was done.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="265"/>
        <source>Le nom de l&apos;atelier dépasse {limit} caractères.</source>
        <translation>The workshop&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="268"/>
        <source>Dites qui a travaillé, avec ses heures.</source>
        <translation>Say who worked, with their hours.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="274"/>
        <source>La commande « {what} » est {status} : on n&apos;y ajoute plus de séance.</source>
        <translation>The order “{what}” is {status}: no more sessions are added to it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="292"/>
        <source>Aucune séance de production n&apos;a le numéro {number}.</source>
        <translation>No production session has number {number}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="380"/>
        <source>{name} figure deux fois dans la séance.</source>
        <translation>{name} appears twice in the session.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/production.py" line="390"/>
        <source>Aucune commande n&apos;a le numéro {number}.</source>
        <translation>No order has number {number}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/reach_out.py" line="105"/>
        <source>Choisissez comment la personne a été contactée.</source>
        <translation>Choose how the person was contacted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/reach_out.py" line="108"/>
        <source>La date du contact ne peut pas être dans le futur.</source>
        <translation>The date of the contact cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/reach_out.py" line="110"/>
        <source>La note est trop longue (500 caractères au plus).</source>
        <translation>The note is too long (500 characters at most).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/retention.py" line="186"/>
        <source>Une des fiches à archiver n&apos;existe plus.</source>
        <translation>One of the records to archive no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/retention.py" line="210"/>
        <source>Cette fiche est déjà anonymisée.</source>
        <translation>This record is already anonymised.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="257"/>
        <source>un autre poste</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="259"/>
        <source>Le planning a été modifié par {who} à {stamp} : rechargez-le avant d&apos;enregistrer.</source>
        <translation>The rota was changed by {who} at {stamp}: load it again before you save.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="269"/>
        <source>Le planning vient d&apos;être enregistré sur un autre poste : rechargez-le avant d&apos;enregistrer.</source>
        <translation>The rota has just been saved on another computer: load it again before you save.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="299"/>
        <source>{task}, {half_day} : il faut au moins {count} personnes.</source>
        <translation>{task}, {half_day}: at least {count} people are needed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="302"/>
        <source>{task}, {half_day} : {count} personnes au plus.</source>
        <translation>{task}, {half_day}: {count} people at most.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="305"/>
        <source>{task}, {half_day} : il faut au moins un membre.</source>
        <translation>{task}, {half_day}: at least one member is needed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="308"/>
        <source>{task}, {half_day} : il faut quelqu&apos;un qui sait faire ({skill}).</source>
        <translation>{task}, {half_day}: someone who can do it is needed ({skill}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="314"/>
        <source>{task}, {half_day} : {name} n&apos;est pas là ce {half_day}.</source>
        <translation>{task}, {half_day}: {name} is not here this {half_day}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="317"/>
        <source>{task}, {half_day} : {name} n&apos;est pas en mode à distance.</source>
        <translation>{task}, {half_day}: {name} is not working remotely.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="320"/>
        <source>{task}, {half_day} : {name} n&apos;est pas en mode sur place.</source>
        <translation>{task}, {half_day}: {name} is not working on site.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/day.py" line="324"/>
        <source>{name} est sur deux tâches le {half_day} ({first} et {second}).</source>
        <translation>{name} has two tasks in the {half_day} ({first} and {second}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="33"/>
        <source>sur place</source>
        <translation>on site</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="202"/>
        <source>{path} : doit être un objet JSON (entre accolades).</source>
        <translation>{path}: must be a JSON object (between curly brackets).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="207"/>
        <source>{path} : champ inconnu.</source>
        <translation>{path}: unknown field.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="211"/>
        <source>{path} : champ manquant.</source>
        <translation>{path}: missing field.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="217"/>
        <source>{path} : doit être une liste (entre crochets).</source>
        <translation>{path}: must be a list (between square brackets).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="223"/>
        <source>{path} : doit être un texte non vide.</source>
        <translation>{path}: must be a text that is not empty.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="229"/>
        <source>{path} : doit être un nombre entier.</source>
        <translation>{path}: must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="231"/>
        <source>{path} : doit être au moins {low}.</source>
        <translation>{path}: must be at least {low}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="233"/>
        <source>{path} : doit être au plus {high}.</source>
        <translation>{path}: must be at most {high}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="239"/>
        <source>{path} : doit être un texte parmi : {choices}.</source>
        <translation>{path}: must be one of these texts: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="244"/>
        <source>{path} : valeur inconnue « {value} » (attendu : {first} ou {second}).</source>
        <translation>{path}: unknown value &quot;{value}&quot; (expected: {first} or {second}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="248"/>
        <source>{path} : valeur inconnue « {value} » (attendu : {first} ou {second} ou {third}).</source>
        <translation>{path}: unknown value &quot;{value}&quot; (expected: {first}, {second} or {third}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="251"/>
        <source>{path} : valeur inconnue « {value} » (attendu : {choices}).</source>
        <translation>{path}: unknown value &quot;{value}&quot; (expected: {choices}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="259"/>
        <source>{path} : valeur inconnue « {value} » (attendu : {first} ou {second} ; pour toute la journée, indiquez les deux).</source>
        <translation>{path}: unknown value &quot;{value}&quot; (expected: {first} or {second}; for the whole day, give both).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="272"/>
        <source>{path} : « {value} » est en double.</source>
        <translation>{path}: &quot;{value}&quot; is there twice.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="300"/>
        <source>{path} : doit être une date au format AAAA-MM-JJ (par exemple 2026-11-23).</source>
        <translation>{path}: must be a date written YYYY-MM-DD (for example 2026-11-23).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="314"/>
        <source>{path} : doit être un objet JSON (compétence : niveau).</source>
        <translation>{path}: must be a JSON object (skill: level).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="325"/>
        <source>{path} : « {value} » est aussi dans likes.</source>
        <translation>{path}: &quot;{value}&quot; is also in likes.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="349"/>
        <source>{path} : doit être au moins égal à min_people ({minimum}).</source>
        <translation>{path}: must be at least min_people ({minimum}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="375"/>
        <source>{path} : l&apos;identifiant « {value} » est déjà utilisé.</source>
        <translation>{path}: the identifier &quot;{value}&quot; is already used.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="387"/>
        <source>Les données de la journée doivent être un objet JSON (entre accolades).</source>
        <translation>The data for the day must be a JSON object (between curly brackets).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="408"/>
        <source>{path} : tâche inconnue « {value} ».</source>
        <translation>{path}: unknown task &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="412"/>
        <source>{path} : personne inconnue « {value} ».</source>
        <translation>{path}: unknown person &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="432"/>
        <source>Le fichier n&apos;est pas du JSON valide (ligne {line}, colonne {column}).</source>
        <translation>The file is not valid JSON (line {line}, column {column}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/instance.py" line="497"/>
        <source>Les données du planning doivent être un objet JSON (entre accolades).</source>
        <translation>The rota data must be a JSON object (between curly brackets).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="51"/>
        <source>le matin</source>
        <translation>in the morning</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="51"/>
        <source>l&apos;après-midi</source>
        <translation>in the afternoon</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="93"/>
        <source>assignments[{index}].task : tâche inconnue « {task} ».</source>
        <translation>assignments[{index}].task: unknown task &quot;{task}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="103"/>
        <source>assignments[{index}].people : personne inconnue « {person} ».</source>
        <translation>assignments[{index}].people: unknown person &quot;{person}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="310"/>
        <source>{items} et {last}</source>
        <translation>{items} and {last}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="315"/>
        <source>« {name} »</source>
        <translation>&quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="320"/>
        <source>{person} sur « {task} » {at}</source>
        <translation>{person} on &quot;{task}&quot; {at}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="341"/>
        <source>Affectation imposée impossible : {person} sur « {task} » {at}, mais {at} ne fait pas partie de la journée.</source>
        <translation>Impossible fixed choice: {person} on &quot;{task}&quot; {at}, but the club is closed {at} that day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="346"/>
        <source>Affectation imposée impossible : {person} sur « {task} » {at}, mais cette tâche n&apos;a pas lieu {at}.</source>
        <translation>Impossible fixed choice: {person} on &quot;{task}&quot; {at}, but this task does not take place {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="350"/>
        <source>Affectation imposée impossible : {person} sur « {task} » {at}, mais {person} n&apos;est pas là {at}.</source>
        <translation>Impossible fixed choice: {person} on &quot;{task}&quot; {at}, but {person} is not here {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="354"/>
        <source>Affectation imposée impossible : {person} sur « {task} » {at}, mais {person} est à distance et la tâche se fait sur place.</source>
        <translation>Impossible fixed choice: {person} on &quot;{task}&quot; {at}, but {person} works remotely and the task is done on site.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="359"/>
        <source>Affectation imposée impossible : {person} sur « {task} » {at}, mais {person} est sur place et la tâche se fait à distance.</source>
        <translation>Impossible fixed choice: {person} on &quot;{task}&quot; {at}, but {person} works on site and the task is done remotely.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="371"/>
        <source>Affectations imposées impossibles {at} : {person} ne peut pas faire à la fois {tasks}.</source>
        <translation>Impossible fixed choices {at}: {person} cannot do {tasks} at the same time.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="379"/>
        <source>Affectations imposées impossibles : « {task} » {at} accepte {most} personnes au plus, mais {count} y sont imposées ({people}).</source>
        <translation>Impossible fixed choices: &quot;{task}&quot; {at} takes {most} people at most, but {count} are fixed on it ({people}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="437"/>
        <source>Affectation imposée impossible : {people} sur « {task} » {at}, mais la tâche ne peut pas être pourvue : {reason}</source>
        <translation>Impossible fixed choice: {people} on &quot;{task}&quot; {at}, but the task cannot be filled: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="441"/>
        <source>Affectations imposées impossibles ensemble : {locks}. {reason}</source>
        <translation>These fixed choices cannot all work together: {locks}. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="460"/>
        <source>Ces tâches demandent au moins {needed} personnes, et il n&apos;y a aucune personne {mode} {at}.</source>
        <translation>These tasks need at least {needed} people, and there is nobody ({mode}) {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="463"/>
        <source>Ces tâches demandent au moins {needed} personnes, et il n&apos;y a qu&apos;une personne {mode} {at}.</source>
        <translation>These tasks need at least {needed} people, and there is only one person ({mode}) {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="465"/>
        <source>Ces tâches demandent au moins {needed} personnes, et il n&apos;y a que {count} personnes {mode} {at}.</source>
        <translation>These tasks need at least {needed} people, and there are only {count} people ({mode}) {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="470"/>
        <source>Chaque tâche demande un membre, et il n&apos;y a aucun membre {mode} {at}.</source>
        <translation>Each task needs a member, and there is no member ({mode}) {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="473"/>
        <source>Chaque tâche demande un membre, et il n&apos;y a qu&apos;un membre {mode} {at}.</source>
        <translation>Each task needs a member, and there is only one member ({mode}) {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="475"/>
        <source>Chaque tâche demande un membre, et il n&apos;y a que {count} membres {mode} {at}.</source>
        <translation>Each task needs a member, and there are only {count} members ({mode}) {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="483"/>
        <source>Les tâches {tasks} demandent chacune quelqu&apos;un qui sait faire « {skill} » (niveau « pratique » au moins), et il n&apos;y a aucune personne pour cela {at}.</source>
        <translation>The tasks {tasks} each need someone who can do &quot;{skill}&quot; (level &quot;practised&quot; or higher), and there is nobody for this {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="487"/>
        <source>Les tâches {tasks} demandent chacune quelqu&apos;un qui sait faire « {skill} » (niveau « pratique » au moins), et il n&apos;y a qu&apos;une personne pour cela {at}.</source>
        <translation>The tasks {tasks} each need someone who can do &quot;{skill}&quot; (level &quot;practised&quot; or higher), and there is only one person for this {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="490"/>
        <source>Les tâches {tasks} demandent chacune quelqu&apos;un qui sait faire « {skill} » (niveau « pratique » au moins), et il n&apos;y a que {count} personnes pour cela {at}.</source>
        <translation>The tasks {tasks} each need someone who can do &quot;{skill}&quot; (level &quot;practised&quot; or higher), and there are only {count} people for this {at}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="494"/>
        <source>Il n&apos;y a pas assez de monde pour pourvoir toutes ces tâches en même temps.</source>
        <translation>There are not enough people to fill all these tasks at the same time.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="510"/>
        <source>il faudrait encore un membre et quelqu&apos;un qui sait le faire (niveau « pratique » au moins), mais la tâche accepte {most} personnes au plus.</source>
        <translation>a member and someone who can do it (level &quot;practised&quot; or higher) are still needed, but the task takes {most} people at most.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="514"/>
        <source>il faudrait encore un membre, mais la tâche accepte {most} personnes au plus.</source>
        <translation>a member is still needed, but the task takes {most} people at most.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="517"/>
        <source>il faudrait encore quelqu&apos;un qui sait le faire (niveau « pratique » au moins), mais la tâche accepte {most} personnes au plus.</source>
        <translation>someone who can do it (level &quot;practised&quot; or higher) is still needed, but the task takes {most} people at most.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="520"/>
        <source>il n&apos;y a pas assez de monde.</source>
        <translation>there are not enough people.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="534"/>
        <source>aucun membre présent.</source>
        <translation>no member is here.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="538"/>
        <source>aucun membre présent {mode}.</source>
        <translation>no member is here ({mode}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="540"/>
        <source>pas assez de personnes présentes {mode} (il en faut {needed}, il y en a {count}).</source>
        <translation>not enough people are here ({mode}): {needed} are needed, there are {count}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="544"/>
        <source>personne ne sait le faire (niveau « pratique » au moins).</source>
        <translation>nobody can do it (level &quot;practised&quot; or higher).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="547"/>
        <source>plus aucun membre libre, ils sont tous déjà sur d&apos;autres tâches.</source>
        <translation>no member is free any more: they are all on other tasks already.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="549"/>
        <source>plus assez de personnes libres (il en faut {needed}, il en reste {count}).</source>
        <translation>not enough people are free: {needed} are needed, only {count} are left.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="552"/>
        <source>plus assez de personnes libres (il en faut {needed}, il n&apos;en reste aucune).</source>
        <translation>not enough people are free: {needed} are needed, nobody is left.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="555"/>
        <source>les personnes qui savent le faire (niveau « pratique » au moins) sont déjà sur d&apos;autres tâches.</source>
        <translation>the people who can do it (level &quot;practised&quot; or higher) are already on other tasks.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="566"/>
        <source>le calcul s&apos;est arrêté (temps limite) avant de trouver comment la pourvoir.</source>
        <translation>the calculation stopped (time limit) before it found how to fill it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="569"/>
        <source>le planning est meilleur sans elle, avec les priorités et poids choisis.</source>
        <translation>the rota is better without it, with the chosen priorities and weights.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="571"/>
        <source>{task}, {half_day} : {reason}</source>
        <translation>{task}, {half_day}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="623"/>
        <source>Aucun planning ne respecte toutes les affectations imposées.</source>
        <translation>No rota can keep all the fixed choices.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/solver.py" line="635"/>
        <source>Aucun planning trouvé dans le temps donné ({seconds:g} s). Réessayez avec plus de temps.</source>
        <translation>No rota found in the time given ({seconds:g} s). Try again with more time.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="17"/>
        <source>ce matin</source>
        <translation>this morning</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="17"/>
        <source>cet après-midi</source>
        <translation>this afternoon</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="47"/>
        <source>{first} {last}</source>
        <translation>{first} {last}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="54"/>
        <source>{name} (salarié)</source>
        <translation>{name} (staff)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="85"/>
        <source>{name} (sans binôme)</source>
        <translation>{name} (no partner)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="115"/>
        <source>Personne n&apos;est inscrit aujourd&apos;hui : il n&apos;y a personne à placer.</source>
        <translation>Nobody is checked in today: there is nobody to place.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="117"/>
        <source>Aucune tâche ne tourne ce jour-là.</source>
        <translation>No task runs on that day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="118"/>
        <source>Le planning est vide : personne n&apos;est encore placé. Cliquez sur « Proposer », ou placez les personnes une à une.</source>
        <translation>The rota is empty: nobody is placed yet. Click “Suggest”, or place people one by one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="127"/>
        <source>Une tâche n&apos;a personne {when} : {tasks}.</source>
        <translation>One task has nobody {when}: {tasks}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="130"/>
        <source>{count} tâches n&apos;ont personne {when} : {tasks}.</source>
        <translation>{count} tasks have nobody {when}: {tasks}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="133"/>
        <source>Le planning respecte toutes les règles.</source>
        <translation>The rota follows every rule.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="147"/>
        <source>{task} : aucun membre ne travaille à distance {when} ; un membre à distance la ferait tourner.</source>
        <translation>{task}: no member works remotely {when}; one remote member would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="149"/>
        <source>{task} : aucun membre n&apos;est là {when} ; un membre de plus la ferait tourner.</source>
        <translation>{task}: no member is here {when}; one more member would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="153"/>
        <source>{task} : pas assez de monde {when} (il faut {needed} personnes) ; une personne de plus la ferait tourner.</source>
        <translation>{task}: not enough people {when} ({needed} people needed); one more person would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="157"/>
        <source>{task} : pas assez de monde {when} (il faut {needed} personnes) ; {missing} personnes de plus la feraient tourner.</source>
        <translation>{task}: not enough people {when} ({needed} people needed); {missing} more people would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="161"/>
        <source>{task} : personne de présent ne sait la faire ; une personne qui sait la faire ({skill}) la ferait tourner.</source>
        <translation>{task}: nobody here knows how to do it; one person who knows it ({skill}) would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="164"/>
        <source>{task} : ceux qui savent la faire ({people}) sont déjà sur une autre tâche ; en déplacer un la ferait tourner.</source>
        <translation>{task}: those who know it ({people}) are already on another task; moving one of them would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="168"/>
        <source>{task} : tout le monde est déjà sur une autre tâche ; déplacer des personnes d&apos;une tâche moins importante la ferait tourner.</source>
        <translation>{task}: everybody is already on another task; moving people from a less important task would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="173"/>
        <source>{task} : personne ne l&apos;a souhaitée ({people} ont dit préférer autre chose) ; placer l&apos;une de ces personnes la ferait tourner.</source>
        <translation>{task}: nobody wished it ({people} said they would rather do something else); placing one of them would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/rota/wording.py" line="176"/>
        <source>{task} : personne n&apos;y est placé, et {people} n&apos;ont pas de tâche ; les y placer, ou cliquer sur « Proposer », la ferait tourner.</source>
        <translation>{task}: nobody is placed on it, and {people} have no task; placing them, or clicking “Suggest”, would make it run.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="19"/>
        <source>Nombre de jours sans venir avant de recontacter</source>
        <translation>Number of days without coming before contacting again</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="20"/>
        <source>Années sans contact avant d&apos;archiver une fiche</source>
        <translation>Years without contact before archiving a record</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="21"/>
        <source>Années d&apos;archive avant d&apos;anonymiser une fiche</source>
        <translation>Years in the archive before anonymising a record</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="22"/>
        <source>Mois de conservation du journal des accès</source>
        <translation>Months to keep the access log</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="23"/>
        <source>Minutes sans utilisation avant de verrouiller l&apos;écran</source>
        <translation>Minutes without use before locking the screen</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="24"/>
        <source>Heures entre deux sauvegardes automatiques</source>
        <translation>Hours between two automatic backups</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="53"/>
        <source>Réglage inconnu : {key}.</source>
        <translation>Unknown setting: {key}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/settings.py" line="63"/>
        <source>{label} : entre {low} et {high}.</source>
        <translation>{label}: between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="53"/>
        <source>L&apos;ETP « {fte} » n&apos;est pas un nombre.</source>
        <translation>The FTE &quot;{fte}&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="56"/>
        <source>L&apos;ETP (équivalent temps plein) doit être plus grand que 0 et au plus 1.</source>
        <translation>The FTE (full-time equivalent) must be more than 0 and at most 1.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="144"/>
        <source>La date de fin du contrat ne peut pas être avant son début.</source>
        <translation>The end date of the contract cannot be before its start.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="157"/>
        <source>Cette période chevauche une autre période de contrat.</source>
        <translation>This period overlaps another contract period.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="230"/>
        <source>Aucun salarié ne correspond à « {text} ».</source>
        <translation>No staff member matches “{text}”.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="232"/>
        <source>« {text} » désigne plusieurs salariés : {names}.</source>
        <translation>“{text}” matches several staff members: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="273"/>
        <source>{name} n&apos;a pas de contrat en cours à terminer.</source>
        <translation>{name} has no current contract to end.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="277"/>
        <source>La fin du contrat ({on}) ne peut pas être avant son début ({start}).</source>
        <translation>The end of the contract ({on}) cannot be before its start ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="295"/>
        <source>La nouvelle période doit commencer après le début de la période en cours ({start}).</source>
        <translation>The new period must start after the start of the current period ({start}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="302"/>
        <source>Cette période chevauche une autre période de contrat (jusqu&apos;au {end}).</source>
        <translation>This period overlaps another contract period (until {end}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="353"/>
        <source>Aucune tâche n&apos;a le numéro {task_id}.</source>
        <translation>No task has the number {task_id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="356"/>
        <source>Niveau inconnu « {level} » pour la tâche « {task} » (attendu : découvre, pratique ou peut apprendre aux autres).</source>
        <translation>Unknown level “{level}” for the task “{task}” (expected: discovering, practising or can teach others).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/staff.py" line="395"/>
        <source>Ce compte est déjà lié à {name}.</source>
        <translation>This account is already linked to {name}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="71"/>
        <source>Attention : aucune sauvegarde vérifiée pour l&apos;instant.</source>
        <translation>Warning: no verified backup yet.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="74"/>
        <source>Dernière sauvegarde vérifiée : {day:%d/%m/%Y} à {time:%H:%M}.</source>
        <translation>Last verified backup: {day:%d/%m/%Y} at {time:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="101"/>
        <source>le disque est plein</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="107"/>
        <source>erreur d&apos;écriture</source>
        <translation>write error</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="163"/>
        <source>manifeste de la sauvegarde « {path} »</source>
        <translation>manifest of the backup “{path}”</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="279"/>
        <source>Elle remplace celle de la veille ({time}) : une seule sauvegarde est gardée par jour.</source>
        <translation>It replaces the previous one ({time}): one backup is kept per day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="282"/>
        <source>Elle remplace celle de ce matin ({time}) : une seule sauvegarde est gardée par jour.</source>
        <translation>It replaces this morning&apos;s ({time}): one backup is kept per day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="285"/>
        <source>Elle remplace celle de cet après-midi ({time}) : une seule sauvegarde est gardée par jour.</source>
        <translation>It replaces this afternoon&apos;s ({time}): one backup is kept per day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="287"/>
        <source>Elle remplace celle de ce soir ({time}) : une seule sauvegarde est gardée par jour.</source>
        <translation>It replaces this evening&apos;s ({time}): one backup is kept per day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="338"/>
        <source>La sauvegarde est faite dans « {done} », mais pas dans « {folder} » : {reason}</source>
        <translation>The backup was made in “{done}”, but not in “{folder}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="365"/>
        <source>La copie « {path} » ne porte pas l&apos;identité du club : elle n&apos;a pas été gardée.</source>
        <translation>The copy “{path}” does not carry the club&apos;s identity: it was not kept.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="378"/>
        <source>La sauvegarde dans « {folder} » a échoué ({reason}) : libérez de la place ou vérifiez le disque. Rien n&apos;a été supprimé.</source>
        <translation>The backup into “{folder}” failed ({reason}): free some space or check the disk. Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="486"/>
        <source>Attention : la dernière sauvegarde a plus de deux jours.</source>
        <translation>Warning: the last backup is more than two days old.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="490"/>
        <source>Le second dossier de sauvegarde ({folder}) n&apos;est pas branché.</source>
        <translation>The second backup folder ({folder}) is not plugged in.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="506"/>
        <source>La sauvegarde « {path} » a été modifiée depuis qu&apos;elle a été faite (son empreinte ne correspond plus) : rien n&apos;a été restauré.</source>
        <translation>The backup “{path}” was changed after it was made (its fingerprint no longer matches): nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="513"/>
        <source>La sauvegarde « {path} » ne correspond pas à son manifeste : rien n&apos;a été restauré.</source>
        <translation>The backup “{path}” does not match its manifest: nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="517"/>
        <source>La sauvegarde « {path} » n&apos;a pas de manifeste (une ancienne sauvegarde, ou un fichier venu d&apos;ailleurs) : rien ne prouve qu&apos;elle n&apos;a pas été modifiée. Rien n&apos;a été restauré ; confirmez pour la restaurer quand même.</source>
        <translation>The backup “{path}” has no manifest (an old backup, or a file from elsewhere): nothing proves it was not changed. Nothing was restored; confirm to restore it anyway.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="526"/>
        <source>La sauvegarde « {path} » est celle d&apos;un autre club ({members} membres) : rien n&apos;a été restauré. Confirmez pour remplacer ce club par l&apos;autre.</source>
        <translation>The backup “{path}” belongs to another club ({members} members): nothing was restored. Confirm to replace this club with the other one.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="541"/>
        <source>Sur un serveur, la restauration se fait avec clubdesk db copy (de la sauvegarde vers une base vide) : voir docs/postgresql.md.</source>
        <translation>On a server, you restore with clubdesk db copy (from the backup to an empty database): see docs/postgresql.md.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="558"/>
        <source>La restauration a échoué et la base n&apos;a pas pu être remise : la base d&apos;avant est gardée dans « {aside} » (clubdesk restore {aside}).</source>
        <translation>The restore failed and the database could not be put back: the previous database is kept in “{aside}” (clubdesk restore {aside}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="562"/>
        <source>La restauration a échoué ({reason}) : la base a été remise comme avant.</source>
        <translation>The restore failed ({reason}): the database was put back as it was.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup.py" line="592"/>
        <source>La base actuelle n&apos;a pas pu être mise de côté dans « {folder} » ({reason}) : rien n&apos;a été restauré.</source>
        <translation>The current database could not be set aside in “{folder}” ({reason}): nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="96"/>
        <source>Le manifeste de la sauvegarde « {path} » est illisible : elle n&apos;a pas été utilisée.</source>
        <translation>The manifest of the backup “{path}” cannot be read: the backup was not used.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="104"/>
        <source>La sauvegarde « {path} » n&apos;existe pas.</source>
        <translation>The backup &quot;{path}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="107"/>
        <source>La sauvegarde « {path} » est chiffrée alors que la base du club ne l&apos;est pas : elle ne peut pas être utilisée telle quelle (elle s&apos;ouvre avec la phrase de passe qu&apos;avait le club).</source>
        <translation>The backup “{path}” is encrypted while the club&apos;s database is not: it cannot be used as it is (it opens with the passphrase the club had).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="111"/>
        <source>La sauvegarde « {path} » n&apos;est pas chiffrée alors que la base du club l&apos;est : elle n&apos;a pas été utilisée.</source>
        <translation>The backup “{path}” is not encrypted while the club&apos;s database is: it was not used.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="116"/>
        <source>La sauvegarde « {path} » ne peut pas être lue.</source>
        <translation>The backup &quot;{path}&quot; cannot be read.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="121"/>
        <source>La sauvegarde « {path} » ne s&apos;ouvre pas avec la phrase de passe du club, ou elle est abîmée.</source>
        <translation>The backup “{path}” does not open with the club&apos;s passphrase, or it is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="124"/>
        <source>La sauvegarde « {path} » est abîmée ({result}).</source>
        <translation>The backup &quot;{path}&quot; is damaged ({result}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="131"/>
        <source>Le fichier « {path} » n&apos;est pas une sauvegarde clubdesk : il n&apos;a pas été utilisé.</source>
        <translation>The file “{path}” is not a clubdesk backup: it was not used.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="135"/>
        <source>La sauvegarde « {path} » vient d&apos;une version plus récente de clubdesk (schéma {revision}) : cette version ne peut pas l&apos;ouvrir, rien n&apos;a été restauré.</source>
        <translation>The backup “{path}” comes from a newer version of clubdesk (schema {revision}): this version cannot open it, nothing was restored.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/backup_manifest.py" line="144"/>
        <source>Le fichier « {path} » n&apos;est pas une sauvegarde clubdesk complète : il n&apos;a pas été utilisé.</source>
        <translation>The file “{path}” is not a complete clubdesk backup: it was not used.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/club_identity.py" line="69"/>
        <source>L&apos;identité du club n&apos;a pas pu être enregistrée dans la base « {database} » : aucune sauvegarde n&apos;a été faite.</source>
        <translation>The club&apos;s identity could not be saved in the database “{database}”: no backup was made.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="48"/>
        <source>Cette copie est ouverte en lecture seule : rien n&apos;a été enregistré. Notez ce que vous vouliez changer et refaites-le quand la base du club répond à nouveau.</source>
        <translation>This copy is open read-only: nothing was saved. Write down what you wanted to change and do it again when the club&apos;s database answers again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="78"/>
        <source>Le dossier « {parent} » n&apos;existe pas : impossible d&apos;ouvrir la base « {path} ».</source>
        <translation>The folder &quot;{parent}&quot; does not exist: the database &quot;{path}&quot; cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="81"/>
        <source>« {path} » est un dossier, pas un fichier de base de données.</source>
        <translation>&quot;{path}&quot; is a folder, not a database file.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="86"/>
        <source>Impossible de créer la base « {path} » : le dossier n&apos;est pas accessible en écriture.</source>
        <translation>The database &quot;{path}&quot; cannot be created: the folder cannot be written to.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="93"/>
        <source>Le fichier « {path} » ne peut pas être lu ({reason}).</source>
        <translation>The file &quot;{path}&quot; cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="103"/>
        <source>La base « {path} » est chiffrée : donnez sa phrase de passe (ou la variable CLUBDESK_PASSPHRASE).</source>
        <translation>The database &quot;{path}&quot; is encrypted: give its passphrase (or the CLUBDESK_PASSPHRASE variable).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="106"/>
        <source>Le fichier « {path} » n&apos;est pas une base clubdesk lisible : ce n&apos;est pas une base SQLite (si c&apos;est une base chiffrée, donnez sa phrase de passe, par exemple avec CLUBDESK_PASSPHRASE).</source>
        <translation>The file &quot;{path}&quot; is not a clubdesk database that can be read: it is not a SQLite database (if it is an encrypted database, give its passphrase, for example with CLUBDESK_PASSPHRASE).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="118"/>
        <source>La base « {path} » n&apos;est pas chiffrée alors que le chiffrement est activé pour elle : elle n&apos;a pas été ouverte.</source>
        <translation>The database &quot;{path}&quot; is not encrypted, but encryption is turned on for it: it was not opened.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="121"/>
        <source>La base « {path} » n&apos;est pas chiffrée alors qu&apos;une phrase de passe est connue pour elle (CLUBDESK_PASSPHRASE ou trousseau du système) : elle n&apos;a pas été ouverte. Si elle a été déchiffrée exprès, retirez cette phrase de passe.</source>
        <translation>The database “{path}” is not encrypted although a passphrase is known for it (CLUBDESK_PASSPHRASE or the system keyring): it was not opened. If it was decrypted on purpose, remove that passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="129"/>
        <source>La base « {path} » doit être chiffrée : donnez sa phrase de passe.</source>
        <translation>The database &quot;{path}&quot; must be encrypted: give its passphrase.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="235"/>
        <source>Le serveur de la base « {where} » ne répond pas. Vérifiez le réseau, puis réessayez.</source>
        <translation>The server of the database &quot;{where}&quot; does not answer. Check the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="238"/>
        <source>Le serveur {host}:{port} (base « {database} ») ne répond pas. Vérifiez le réseau, puis réessayez.</source>
        <translation>The server {host}:{port} (database &quot;{database}&quot;) does not answer. Check the network, then try again.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="263"/>
        <source>Le serveur de « {where} » refuse le mot de passe : vérifiez l&apos;utilisateur et le mot de passe.</source>
        <translation>The server of &quot;{where}&quot; refuses the password: check the user and the password.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="266"/>
        <source>La base « {where} » n&apos;existe pas sur le serveur : créez-la d&apos;abord (voir docs/postgresql.md).</source>
        <translation>The database &quot;{where}&quot; does not exist on the server: create it first (see docs/postgresql.md).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="278"/>
        <source>La connexion sécurisée (TLS) au serveur de « {where} » a échoué : vérifiez le réglage TLS.</source>
        <translation>The secure connection (TLS) to the server of &quot;{where}&quot; failed: check the TLS setting.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="282"/>
        <source>La base « {where} » est occupée par un autre programme : réessayez dans un instant.</source>
        <translation>The database &quot;{where}&quot; is busy with another program: try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="287"/>
        <source>La base « {where} » est en lecture seule : rien n&apos;a été enregistré.</source>
        <translation>The database &quot;{where}&quot; is read-only: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="291"/>
        <source>Le disque de la base « {where} » est plein : libérez de la place, rien n&apos;a été enregistré.</source>
        <translation>The disk of the database &quot;{where}&quot; is full: free some space. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="294"/>
        <source>Impossible d&apos;ouvrir la base « {where} ».</source>
        <translation>The database &quot;{where}&quot; cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="295"/>
        <source>La base « {where} » n&apos;a pas pu être utilisée.</source>
        <translation>The database &quot;{where}&quot; could not be used.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="301"/>
        <source>Le fichier « {where} » est abîmé ou n&apos;est pas une base clubdesk.</source>
        <translation>The file &quot;{where}&quot; is damaged or is not a clubdesk database.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="305"/>
        <source>Le fichier « {where} » est abîmé ou n&apos;est pas une base clubdesk. Aucune sauvegarde n&apos;a été trouvée à côté de la base.</source>
        <translation>The file &quot;{where}&quot; is damaged or is not a clubdesk database. No backup was found next to the database.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="308"/>
        <source>Le fichier « {where} » est abîmé ou n&apos;est pas une base clubdesk. Dernière sauvegarde : {backup} — pour la remettre : clubdesk restore {backup}</source>
        <translation>The file &quot;{where}&quot; is damaged or is not a clubdesk database. Latest backup: {backup} — to put it back: clubdesk restore {backup}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="322"/>
        <source> Aucune sauvegarde n&apos;a été trouvée à côté de la base.</source>
        <translation> No backup was found next to the database.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="323"/>
        <source> Dernière sauvegarde : {backup} — pour la remettre : clubdesk restore {backup}</source>
        <translation> Latest backup: {backup} — to put it back: clubdesk restore {backup}</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="426"/>
        <source>La copie « {path} » n&apos;existe pas.</source>
        <translation>The copy &quot;{path}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="433"/>
        <source>Seule une copie locale peut être ouverte en lecture seule.</source>
        <translation>Only a copy on this computer can be opened read-only.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="442"/>
        <source>La copie « {path} » a un schéma ancien : elle ne peut pas être consultée en lecture seule.</source>
        <translation>The copy &quot;{path}&quot; has an old structure (schema): it cannot be opened read-only.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="524"/>
        <source>La base « {database} » contient déjà des tables qui ne sont pas celles de clubdesk : elle n&apos;a pas été modifiée.</source>
        <translation>The database &quot;{database}&quot; already has tables that are not clubdesk&apos;s: it was not changed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="530"/>
        <source>La base « {database} » a été écrite par une version plus récente de clubdesk (schéma {revision}) : installez la dernière version pour l&apos;ouvrir.</source>
        <translation>The database &quot;{database}&quot; was written by a newer version of clubdesk (schema {revision}): install the latest version to open it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="580"/>
        <source>La mise à jour de la base « {database} » a été annulée : {count} références cassées.</source>
        <translation>The update of the database &quot;{database}&quot; was cancelled: {count} broken references.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/db.py" line="603"/>
        <source>La copie d&apos;avant la mise à jour de « {database} » n&apos;a pas pu être écrite (disque plein ?) : la base n&apos;a pas été mise à jour.</source>
        <translation>The copy made before updating “{database}” could not be written (full disk?): the database was not updated.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/encryption.py" line="46"/>
        <source>Le chiffrement (SQLCipher) n&apos;est pas installé sur cet ordinateur : la base chiffrée ne peut pas être ouverte.</source>
        <translation>Encryption (SQLCipher) is not installed on this computer: the encrypted database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/encryption.py" line="115"/>
        <source>Phrase de passe incorrecte pour la base « {path} » (ou fichier abîmé) : rien n&apos;a été ouvert ni modifié.</source>
        <translation>Wrong passphrase for the database &quot;{path}&quot; (or damaged file): nothing was opened or changed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/encryption.py" line="161"/>
        <source>La conversion de la base « {path} » a échoué (disque plein ou illisible) : la base est restée comme avant.</source>
        <translation>Converting the database “{path}” failed (full disk or unreadable): the database stayed as it was.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/encryption.py" line="171"/>
        <source>Choisissez une phrase de passe (elle ne peut pas être vide).</source>
        <translation>Choose a passphrase (it cannot be empty).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/encryption.py" line="173"/>
        <source>La base « {path} » est déjà chiffrée.</source>
        <translation>The database &quot;{path}&quot; is already encrypted.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/encryption.py" line="225"/>
        <source>La nouvelle phrase de passe ne peut pas être vide.</source>
        <translation>The new passphrase cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/local_disk.py" line="49"/>
        <source>La base « {path} » est sur un disque réseau ou un dossier synchronisé ({kind}) : SQLite ne peut pas y être partagé sans risque. Gardez la base sur le disque de ce PC, ou, pour plusieurs postes, utilisez le mode PostgreSQL.</source>
        <translation>The database &quot;{path}&quot; is on a network drive or a synchronised folder ({kind}): SQLite cannot be shared there safely. Keep the database on this PC&apos;s disk or, for several desks, use the PostgreSQL mode.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/optimistic_lock.py" line="48"/>
        <source>{what} a changé entre-temps ({who}) : rechargez avant d&apos;enregistrer (vos changements sont encore à l&apos;écran).</source>
        <translation>{what} has changed in the meantime ({who}): reload before saving (your changes are still on screen).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/optimistic_lock.py" line="52"/>
        <source>{what} a changé entre-temps ({who}, à {when:%H:%M}) : rechargez avant d&apos;enregistrer (vos changements sont encore à l&apos;écran).</source>
        <translation>{what} has changed in the meantime ({who}, at {when:%H:%M}): reload before saving (your changes are still on screen).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server.py" line="41"/>
        <source>Donnez l&apos;adresse du serveur.</source>
        <translation>Give the server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server.py" line="43"/>
        <source>Donnez le nom de la base.</source>
        <translation>Give the database name.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server.py" line="45"/>
        <source>Donnez l&apos;utilisateur.</source>
        <translation>Give the user.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server.py" line="47"/>
        <source>Le port est un nombre entre 1 et 65535.</source>
        <translation>The port is a number between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server.py" line="49"/>
        <source>Choisissez un réglage de connexion sécurisée.</source>
        <translation>Choose a secure connection setting.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server_roles.py" line="66"/>
        <source>Le nom de la base « {database} » ne permet pas de créer ses rôles (lettres sans accent, chiffres et soulignés, 50 caractères au plus).</source>
        <translation>The database name « {database} » does not allow creating its roles (unaccented letters, digits and underscores, 50 characters at most).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server_roles.py" line="143"/>
        <source>Les rôles du serveur n&apos;existent que pour un club sur un serveur PostgreSQL : un fichier SQLite n&apos;a qu&apos;un utilisateur.</source>
        <translation>Server roles exist only for a club on a PostgreSQL server: a SQLite file has a single user.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server_roles.py" line="148"/>
        <source>Créez d&apos;abord le premier compte, celui de la direction, puis les rôles du serveur.</source>
        <translation>First create the first account, the direction&apos;s, then the server roles.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server_roles.py" line="178"/>
        <source>L&apos;utilisateur du serveur de ce poste ne peut pas créer de rôles (il lui faut CREATEROLE) : demandez à l&apos;administrateur du serveur (voir docs/postgresql.md).</source>
        <translation>This desk&apos;s server user cannot create roles (it needs CREATEROLE): ask the server&apos;s administrator (see docs/postgresql.md).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/server_roles.py" line="233"/>
        <source>Ce poste se connecte au serveur avec le rôle « {login} » : il ne permet pas le rôle {role}. Entrez sur un poste prévu pour ce rôle.</source>
        <translation>This desk connects to the server with the role « {login} »: it does not allow the role {role}. Sign in on a desk meant for that role.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="100"/>
        <source>La base cible est la base ouverte : choisissez une autre base, vide, pour la copie.</source>
        <translation>The target database is the open database: choose another, empty database for the copy.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="103"/>
        <source>La base « {database} » n&apos;est pas à jour : lancez d&apos;abord clubdesk db upgrade.</source>
        <translation>The database &quot;{database}&quot; is not up to date: run clubdesk db upgrade first.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="109"/>
        <source>La base « {database} » contient déjà des données clubdesk (table {table}) : la copie se fait vers une base vide, rien n&apos;y a été écrit.</source>
        <translation>The database &quot;{database}&quot; already holds clubdesk data (table {table}): the copy must go to an empty database. Nothing was written to it.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="119"/>
        <source>La copie vers « {target} » est annulée : son journal ne se vérifie pas ({reason}).</source>
        <translation>The copy to &quot;{target}&quot; is cancelled: its log does not check out ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="181"/>
        <source>La copie vers « {target} » est annulée (table {table}) : une ligne de la source ne respecte pas les règles de la base (référence cassée ou doublon), aucune ligne n&apos;a été écrite.</source>
        <translation>The copy to &quot;{target}&quot; is cancelled (table {table}): a row of the source breaks the database&apos;s rules (broken reference or duplicate). No row was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="185"/>
        <source>La copie vers « {target} » est annulée : une ligne de la source ne respecte pas les règles de la base (référence cassée ou doublon), aucune ligne n&apos;a été écrite.</source>
        <translation>The copy to &quot;{target}&quot; is cancelled: a row of the source breaks the database&apos;s rules (broken reference or duplicate). No row was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="191"/>
        <source>La copie vers « {target} » est annulée (table {table}) : une valeur de la source est refusée par la base cible (texte trop long ou format), aucune ligne n&apos;a été écrite.</source>
        <translation>The copy to &quot;{target}&quot; is cancelled (table {table}): the target database refuses a value of the source (text too long, or wrong format). No row was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="195"/>
        <source>La copie vers « {target} » est annulée : une valeur de la source est refusée par la base cible (texte trop long ou format), aucune ligne n&apos;a été écrite.</source>
        <translation>The copy to &quot;{target}&quot; is cancelled: the target database refuses a value of the source (text too long, or wrong format). No row was written.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="258"/>
        <source>La copie vers « {target} » est annulée : la table {table} a {got} lignes au lieu de {expected}.</source>
        <translation>The copy to &quot;{target}&quot; is cancelled: the table {table} has {got} rows instead of {expected}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="272"/>
        <source>La copie vers « {target} » est annulée : son export diffère de celui de la source (le fichier {file} n&apos;existe que d&apos;un côté).</source>
        <translation>The copy to &quot;{target}&quot; is cancelled: its export is not the same as the source&apos;s (the file {file} exists on one side only).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/storage/transfer.py" line="275"/>
        <source>La copie vers « {target} » est annulée : son export diffère de celui de la source ({file}, ligne {line}).</source>
        <translation>The copy to &quot;{target}&quot; is cancelled: its export is not the same as the source&apos;s ({file}, line {line}).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="50"/>
        <source>Nom de la structure</source>
        <translation>Name of the organisation</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="52"/>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="54"/>
        <source>Accessibilité des locaux</source>
        <translation>Access to the premises</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="55"/>
        <source>Surface (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="56"/>
        <source>Début du bail</source>
        <translation>Start of the lease</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="57"/>
        <source>Fin du bail</source>
        <translation>End of the lease</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="58"/>
        <source>Loyer (euros par mois)</source>
        <translation>Rent (euros per month)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="59"/>
        <source>Date de l&apos;état des lieux</source>
        <translation>Date of the property inspection</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="60"/>
        <source>Autres informations sur les locaux</source>
        <translation>Other information about the premises</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="67"/>
        <source>Parrain (partenaire n°)</source>
        <translation>Sponsor (partner no.)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="68"/>
        <source>Convention de parrainage signée le</source>
        <translation>Sponsorship agreement signed on</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="69"/>
        <source>Convention de parrainage : fin ou renouvellement</source>
        <translation>Sponsorship agreement: end or renewal</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="80"/>
        <source>Information inconnue : {key}.</source>
        <translation>Unknown information: {key}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="88"/>
        <source>{label} : « {value} » n&apos;est pas une date (AAAA-MM-JJ).</source>
        <translation>{label}: &quot;{value}&quot; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="94"/>
        <source>{label} : « {value} » n&apos;est pas un nombre.</source>
        <translation>{label}: &quot;{value}&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="97"/>
        <source>{label} : un nombre positif est attendu.</source>
        <translation>{label}: a positive number is expected.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="137"/>
        <source>La fin du bail est avant son début.</source>
        <translation>The end of the lease is before its start.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="164"/>
        <source>Le jour doit aller de 1 (lundi) à 7.</source>
        <translation>The day must be from 1 (Monday) to 7.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="167"/>
        <source>« {value} » n&apos;est pas une heure (HH:MM).</source>
        <translation>&quot;{value}&quot; is not a time (HH:MM).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="170"/>
        <source>{opens}–{closes} : la fermeture doit venir après l&apos;ouverture.</source>
        <translation>{opens}–{closes}: the closing time must come after the opening time.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="176"/>
        <source>Deux plages horaires se chevauchent le même jour.</source>
        <translation>Two opening times overlap on the same day.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="183"/>
        <source>Indiquez au moins une plage horaire : sans plage, les horaires précédents resteraient en vigueur.</source>
        <translation>Enter at least one opening range: without one, the previous hours would stay in force.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="198"/>
        <source>Type de financement</source>
        <translation>Type of funding</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="201"/>
        <source>Le nom du financeur est obligatoire.</source>
        <translation>The name of the funder is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="203"/>
        <source>Le montant ne peut pas être négatif.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="219"/>
        <source>État de l&apos;activité</source>
        <translation>Status of the activity</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="222"/>
        <source>Le titre de l&apos;activité est obligatoire.</source>
        <translation>The title of the activity is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="242"/>
        <source>La ligne n° {line_id} n&apos;existe pas ou plus.</source>
        <translation>Line no. {line_id} does not exist (or no longer does).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="257"/>
        <source>Le nom de l&apos;instance est obligatoire.</source>
        <translation>The name of the governing body is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="310"/>
        <source>Type de document</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="314"/>
        <source>Le nom du fichier est obligatoire.</source>
        <translation>The file name is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="337"/>
        <source>Ce document n&apos;existe plus.</source>
        <translation>This document no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="346"/>
        <source>Public de l&apos;enquête</source>
        <translation>Audience of the survey</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="348"/>
        <source>Le nombre de réponses ne peut pas être négatif.</source>
        <translation>The number of answers cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure.py" line="351"/>
        <source>Une enquête ne peut pas être datée dans le futur.</source>
        <translation>A survey cannot have a date in the future.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_documents.py" line="26"/>
        <source>Le fichier « {name} » est vide.</source>
        <translation>The file « {name} » is empty.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_documents.py" line="28"/>
        <source>Le fichier « {name} » pèse {size} Mo : 10 Mo au plus.</source>
        <translation>The file « {name} » weighs {size} MB: 10 MB at most.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_documents.py" line="38"/>
        <source>Le fichier « {name} » n&apos;est ni un PDF, ni une image PNG ou JPEG.</source>
        <translation>The file « {name} » is neither a PDF nor a PNG or JPEG image.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="60"/>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="60"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="62"/>
        <source>Collectif d&apos;entraide et d&apos;insertion (club-house)</source>
        <translation>Peer support and inclusion collective (clubhouse)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="64"/>
        <source>GEM (groupe d&apos;entraide mutuelle)</source>
        <translation>GEM (mutual aid group)</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="65"/>
        <source>adhérent</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="65"/>
        <source>adhérents</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="66"/>
        <source>Atelier de pré-insertion</source>
        <translation>Pre-employment workshop</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="67"/>
        <source>stagiaire</source>
        <translation>trainee</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="67"/>
        <source>stagiaires</source>
        <translation>trainees</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="68"/>
        <source>Service d&apos;insertion par le travail</source>
        <translation>Work integration service</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="97"/>
        <source>« {value} » n&apos;est pas un type de structure (clubhouse, gem, pre-insertion, work-insertion).</source>
        <translation>“{value}” is not a kind of structure (clubhouse, gem, pre-insertion, work-insertion).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="105"/>
        <source>Type de structure inconnu : {kind}.</source>
        <translation>Unknown kind of structure: {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/structure_kinds.py" line="107"/>
        <source>Choisissez au moins un type de structure.</source>
        <translation>Choose at least one kind of structure.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="80"/>
        <source>Le nom de la tâche est obligatoire.</source>
        <translation>The name of the task is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="85"/>
        <source>Le nombre de personnes doit être un nombre entier.</source>
        <translation>The number of people must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="88"/>
        <source>Une tâche se fait au moins à deux (binôme).</source>
        <translation>A task needs at least two people (a pair).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="91"/>
        <source>Le maximum de personnes est plus petit que le minimum.</source>
        <translation>The maximum number of people is smaller than the minimum.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="103"/>
        <source>Choisissez le matin, l&apos;après-midi, ou les deux.</source>
        <translation>Choose the morning, the afternoon, or both.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="112"/>
        <source>Choisissez au moins un jour de la semaine (du lundi au dimanche).</source>
        <translation>Choose at least one day of the week (Monday to Sunday).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="116"/>
        <source>L&apos;importance doit être un nombre de 1 à 10.</source>
        <translation>The importance must be a number from 1 to 10.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="123"/>
        <source>Ce savoir-faire est trop long (100 caractères au plus).</source>
        <translation>This skill is too long (100 characters at most).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="129"/>
        <source>planning</source>
        <translation>rota</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="129"/>
        <source>plannings</source>
        <translation>rotas</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="176"/>
        <source>La tâche « {name} »</source>
        <translation>The task &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="207"/>
        <source>Cette tâche est utilisée dans {rotas} {rotas_word} et dans les souhaits de {wishes} {wishes_word} : archivez-la plutôt.</source>
        <translation>This task is used in {rotas} {rotas_word} and in the wishes of {wishes} {wishes_word}: archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="214"/>
        <source>Cette tâche est utilisée dans {rotas} {rotas_word} : archivez-la plutôt.</source>
        <translation>This task is used in {rotas} {rotas_word}: archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="219"/>
        <source>Cette tâche est dans les souhaits de {wishes} {wishes_word} : archivez-la plutôt.</source>
        <translation>This task is in the wishes of {wishes} {wishes_word}: archive it instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="261"/>
        <source>Une tâche archivée s&apos;appelle déjà « {name} » : remettez-la plutôt.</source>
        <translation>An archived task is already called &quot;{name}&quot;: bring it back instead.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/tasks.py" line="264"/>
        <source>Une tâche s&apos;appelle déjà « {name} ».</source>
        <translation>A task is already called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/validation.py" line="22"/>
        <source>« {value} » n&apos;est pas une adresse e-mail.</source>
        <translation>&quot;{value}&quot; is not an email address.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/validation.py" line="30"/>
        <source>« {value} » n&apos;est pas un numéro de téléphone.</source>
        <translation>&quot;{value}&quot; is not a phone number.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/validation.py" line="38"/>
        <source>La date du {day} n&apos;est pas entre {first} et {last}.</source>
        <translation>The date {day} is not between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/validation.py" line="51"/>
        <source>L&apos;année {year} n&apos;est pas entre {first} et {last}.</source>
        <translation>The year {year} is not between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/validation.py" line="62"/>
        <source>{what} : la date de fin est avant la date de début.</source>
        <translation>{what}: the end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/validation.py" line="68"/>
        <source>{label} : valeur inconnue « {value} ».</source>
        <translation>{label}: unknown value &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="56"/>
        <source>Le nom du bénévole est obligatoire.</source>
        <translation>The volunteer&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="58"/>
        <source>Le nom du bénévole dépasse {limit} caractères.</source>
        <translation>The volunteer&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="62"/>
        <source>Les fonctions ou qualifications dépassent {limit} caractères.</source>
        <translation>The functions or qualifications are longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="65"/>
        <source>La date de début est obligatoire.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="177"/>
        <source>La fin de la convention de parrainage est avant sa signature.</source>
        <translation>The sponsorship agreement ends before it was signed.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="182"/>
        <source>Le parrain doit être un partenaire du registre (un numéro).</source>
        <translation>The sponsor must be a partner of the register (a number).</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="188"/>
        <source>Aucun partenaire n° {id}.</source>
        <translation>No partner no. {id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="198"/>
        <source>{name} est déjà bénévole du {start} au {end} : les périodes d&apos;un même bénévole ne se chevauchent pas.</source>
        <translation>{name} is already a volunteer from {start} to {end}: one volunteer&apos;s periods do not overlap.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/volunteers.py" line="209"/>
        <source>Aucun bénévole n° {id}.</source>
        <translation>No volunteer no. {id}.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="46"/>
        <source>réalisée</source>
        <translation>held</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="95"/>
        <source>Le titre de l&apos;atelier est obligatoire.</source>
        <translation>The workshop&apos;s title is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="97"/>
        <source>Le titre de l&apos;atelier dépasse {limit} caractères.</source>
        <translation>The workshop&apos;s title is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="100"/>
        <source>La date de la séance est obligatoire.</source>
        <translation>The session&apos;s date is required.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="102"/>
        <source>État de la séance</source>
        <translation>Session status</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="104"/>
        <source>Une séance datée après aujourd&apos;hui ne peut pas être déjà réalisée : elle est prévue.</source>
        <translation>A session dated after today cannot have been held yet: it is planned.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="107"/>
        <source>Une séance prévue ne peut pas être datée dans le passé : marquez-la réalisée (avec qui est venu) ou supprimez-la si elle n&apos;a pas eu lieu.</source>
        <translation>A planned session cannot be dated in the past: mark it held (with who came) or delete it if it did not take place.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="111"/>
        <source>Le nom de l&apos;intervenant dépasse {limit} caractères.</source>
        <translation>The outside leader&apos;s name is longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="114"/>
        <source>Les notes de la séance dépassent {limit} caractères.</source>
        <translation>The session&apos;s notes are longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="228"/>
        <source>Une séance prévue n&apos;a pas encore de participants : on les note une fois la séance réalisée.</source>
        <translation>A planned session has no participants yet: they are noted once the session has been held.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="235"/>
        <source>{name} figure deux fois dans la liste de la séance.</source>
        <translation>{name} is twice in the session&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../src/clubdesk/model/workshops.py" line="253"/>
        <source>Cette séance d&apos;atelier n&apos;existe plus.</source>
        <translation>This workshop session no longer exists.</translation>
    </message>
</context>
</TS>
