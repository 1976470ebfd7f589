<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+58"/>
        <source>About Diaspora Grants</source>
        <translation>À propos de Diaspora Grants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diaspora Grants&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Diaspora Grants&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls, partners, projects, results and donor reports for grant programmes with diaspora organisations.</source>
        <translation>Appels, partenaires, projets, résultats et rapports aux bailleurs de fonds pour les programmes de subventions menés avec des organisations de la diaspora.</translation>
    </message>
</context>
<context>
    <name>Admin1CodeLabel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/admin1.py" line="+82"/>
        <source>not one of the country&apos;s admin-1 areas</source>
        <translation>ne fait pas partie des divisions administratives de niveau 1 du pays</translation>
    </message>
</context>
<context>
    <name>Admin1Picker</name>
    <message>
        <location line="-54"/>
        <source>choose from the list or type a name</source>
        <translation>choisissez dans la liste ou saisissez un nom</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/app.py" line="+161"/>
        <source>Could not open the database: {reason}</source>
        <translation>Impossible d&apos;ouvrir la base de données&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The day&apos;s automatic backup could not be taken: {reason}</source>
        <translation>La sauvegarde automatique du jour n&apos;a pas pu être effectuée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a new, empty database.

Load the demo programme (a USAID/BHA-funded programme with six diaspora partners in Lebanon, Tunisia and Zimbabwe) to try the app out?</source>
        <translation>Cette base de données est nouvelle et vide.

Charger le programme de démonstration (un programme financé par USAID/BHA avec six partenaires de la diaspora au Liban, en Tunisie et au Zimbabwe) pour essayer l&apos;application&#xa0;?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo programmes are loaded.</source>
        <translation>Les programmes de démonstration sont chargés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the demo was cancelled; nothing was added.</source>
        <translation>Le chargement de la démonstration a été annulé&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the demo programmes…</source>
        <translation>Chargement des programmes de démonstration…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo programmes had already been loaded when Cancel was pressed; they are shown.</source>
        <translation>Les programmes de démonstration étaient déjà chargés quand Annuler a été pressé&#xa0;; ils sont affichés.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="+107"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed project</source>
        <translation>Projet proposé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arrived late</source>
        <translation>Arrivée en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the submission deadline, accepted</source>
        <translation>après la date limite de dépôt, acceptée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it is accepted</source>
        <translation>Motif de l&apos;acceptation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. courier delay</source>
        <translation>p. ex. retard du courrier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of the proposed project</source>
        <translation>Pays du projet proposé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>application</source>
        <translation>candidature</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+37"/>
        <source>Back to received</source>
        <translation>Revenir à «&#xa0;reçue&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible…</source>
        <translation>Non éligible…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist</source>
        <translation>Présélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select…</source>
        <translation>Retenir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn…</source>
        <translation>Retirée…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the application of {organisation} ({title})?

Its reviews go with it.</source>
        <translation>Supprimer la candidature de {organisation} ({title})&#xa0;?

Ses évaluations sont supprimées avec elle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All calls</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Award…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Award is not available yet: {why}.</source>
        <translation>L&apos;attribution n&apos;est pas encore possible&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an application to review and decide on it</source>
        <translation>Sélectionnez une candidature pour l&apos;évaluer et statuer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not reviewed yet</source>
        <translation>pas encore évaluée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{score} (rank {rank} of {ranked} in {call})</source>
        <translation>{score} (rang {rank} sur {ranked} dans {call})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n recused</source>
        <translation>
            <numerusform>, %n récusé</numerusform>
            <numerusform>, %n récusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>awarded</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overridden on {day} by {who} ({state}): {reason}</source>
        <translation>dérogation accordée le {day} par {who} ({state})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}: selecting or awarding needs a written override</source>
        <translation>{problem}&#xa0;: retenir ou attribuer nécessite une dérogation écrite</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>cleared</source>
        <translation>validée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move the application to “{status}”.</source>
        <translation>Faire passer la candidature au statut «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The applicant is owed a written reason.</source>
        <translation> L&apos;organisation candidate doit recevoir un motif écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A note is optional.</source>
        <translation> Une note est facultative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A decision is not undone with Undo (Ctrl+Z).</source>
        <translation> Une décision ne peut pas être annulée avec Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not record the decision</source>
        <translation>Impossible d&apos;enregistrer la décision</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not award</source>
        <translation>Attribution impossible</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/approval_rules_dialog.py" line="+29"/>
        <source>Approval rules of {code}</source>
        <translation>Règles d&apos;approbation de {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results are entered as drafts, submitted for approval, then approved. Approved results count in reach and in the donor&apos;s reports, and stay read-only until someone reopens them with a reason.</source>
        <translation>Les résultats sont saisis comme brouillons, soumis pour approbation, puis approuvés. Les résultats approuvés comptent dans la portée et dans les rapports au bailleur de fonds, et restent en lecture seule jusqu&apos;à ce que quelqu&apos;un les rouvre en indiquant un motif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Four eyes: someone other than the submitter approves results</source>
        <translation>Principe des quatre yeux&#xa0;: une personne autre que celle qui a soumis les résultats les approuve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended when a team shares the database (it is on by default there). Everyone working on programme {code} works by this rule; the change is kept in the audit trail.</source>
        <translation>Recommandé lorsqu&apos;une équipe partage la base de données (activé par défaut dans ce cas). Toutes les personnes travaillant sur le programme {code} appliquent cette règle&#xa0;; la modification est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not save the rule</source>
        <translation>Impossible d&apos;enregistrer la règle</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="+36"/>
        <source>Search records, fields and values (Ctrl+F)</source>
        <translation>Rechercher des enregistrements, champs et valeurs (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All tables</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from any day</source>
        <translation>depuis n&apos;importe quel jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this day</source>
        <translation>À partir de ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to any day</source>
        <translation>jusqu&apos;à n&apos;importe quel jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to and including this day</source>
        <translation>Jusqu&apos;à ce jour inclus</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not read the audit trail</source>
        <translation>Impossible de lire le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%Ln loaded; scroll for more)</source>
        <translation>
            <numerusform> (%Ln chargée&#xa0;; faites défiler pour voir la suite)</numerusform>
            <numerusform> (%Ln chargées&#xa0;; faites défiler pour voir la suite)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a change to see it in full.</source>
        <translation>Sélectionnez une modification pour l&apos;afficher en entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{action}&lt;/b&gt;: {table} &lt;b&gt;{record}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt;&#xa0;: {table} &lt;b&gt;{record}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {user} at {when}</source>
        <translation>par {user} le {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Reason: {reason}</source>
        <translation>&lt;br&gt;Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the audit trail…</source>
        <translation>Exportation du journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln change(s) written to {path}</source>
        <translation>
            <numerusform>%Ln modification écrite dans {path}</numerusform>
            <numerusform>%Ln modifications écrites dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/audit.py" line="+22"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donor awards</source>
        <translation>subventions des bailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria</source>
        <translation>critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviews</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locations</source>
        <translation>lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget lines</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tranches</source>
        <translation>tranches de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expenditures</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting requirements</source>
        <translation>obligations de rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicators</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periods</source>
        <translation>périodes de rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>targets</source>
        <translation>cibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rates</source>
        <translation>taux de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narratives</source>
        <translation>rapports narratifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner narratives</source>
        <translation>rapports narratifs des partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variance explanations</source>
        <translation>justifications des écarts</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+100"/>
        <location line="+19"/>
        <source>Award</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Award a grant to {organisation}. This creates the project (in the pipeline) from the application&apos;s title, partner, amount and currency, and opens it. An award is not undone with Undo (Ctrl+Z).</source>
        <translation>Attribuer une subvention à {organisation}. Cette opération crée le projet (en préparation) à partir de l&apos;intitulé, du partenaire, du montant et de la devise de la candidature, puis l&apos;ouvre. Une attribution ne peut pas être annulée avec Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. LB-SAMS-01</source>
        <translation>p. ex. LB-SAMS-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project code</source>
        <translation>Code du projet</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/award_dialog.py" line="+80"/>
        <source>Award amount</source>
        <translation>Montant de la subvention du bailleur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funds received</source>
        <translation>Fonds reçus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted on</source>
        <translation>Arrêté au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sub-grants (budget)</source>
        <translation>Sous-subventions (budget)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Direct costs incurred</source>
        <translation>Coûts directs engagés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indirect rate (%)</source>
        <translation>Taux de coûts indirects (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7</source>
        <translation>p. ex. 7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Variance threshold (%)</source>
        <translation>Seuil d&apos;écart (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Humanitarian aid</source>
        <translation>Aide humanitaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency (GLIDE)</source>
        <translation>Urgence (GLIDE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EP-2020-000012-001</source>
        <translation>EP-2020-000012-001</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>award</source>
        <translation>subvention du bailleur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the programme ({currency})</source>
        <translation>du programme ({currency})</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+26"/>
        <source>needed when the revised amount changes: why is the budget revised?</source>
        <translation>requis quand le montant révisé change&#xa0;: pourquoi le budget est-il révisé&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ACT</source>
        <translation>p. ex. ACT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Activities</source>
        <translation>p. ex. Activités</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original amount ({currency})</source>
        <translation>Montant initial ({currency})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revised amount ({currency})</source>
        <translation>Montant révisé ({currency})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for the revision</source>
        <translation>Motif de la révision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+51"/>
        <source>Revisions…</source>
        <translation>Révisions…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete budget line {code} ({category})?

A line with expenditure booked on it cannot be deleted; its revisions go with it. You can undo this (Ctrl+Z).</source>
        <translation>Supprimer la ligne budgétaire {code} ({category})&#xa0;?

Une ligne sur laquelle des dépenses sont imputées ne peut pas être supprimée&#xa0;; ses révisions sont supprimées avec elle. Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CallWorkflowBar</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/call_workflow.py" line="+32"/>
        <source>Open for applications…</source>
        <translation>Ouvrir aux candidatures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and start review…</source>
        <translation>Clôturer et commencer l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start review…</source>
        <translation>Commencer l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark awarded…</source>
        <translation>Marquer comme attribué…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close only…</source>
        <translation>Clôturer seulement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the call to applications without starting the review</source>
        <translation>Clôturer l&apos;appel aux candidatures sans lancer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel call…</source>
        <translation>Annuler l&apos;appel…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This call is {status}: it has no further step.</source>
        <translation>Cet appel est {status}&#xa0;: il n&apos;a pas d&apos;étape suivante.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet: {why}.</source>
        <translation>Pas encore&#xa0;: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline ({day}) has not passed: closing now asks why.</source>
        <translation>La date limite ({day}) n&apos;est pas passée&#xa0;: clôturer maintenant demande un motif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} grant(s) awarded from this call.</source>
        <translation>{n} subvention(s) attribuée(s) au titre de cet appel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{words}

A status change is not undone with Undo (Ctrl+Z).</source>
        <translation>{words}

Un changement de statut ne peut pas être annulé avec Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the call&apos;s status</source>
        <translation>Modifier le statut de l&apos;appel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go ahead</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close {reference} early</source>
        <translation>Clôturer {reference} avant la date limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change is not undone with Undo (Ctrl+Z).</source>
        <translation>Un changement de statut ne peut pas être annulé avec Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Could not change the status</source>
        <translation>Impossible de modifier le statut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close call {reference} to applications and start the review: it becomes {target}. Applications that arrive later are recorded only as late ones.</source>
        <translation>Clôturer l&apos;appel {reference} aux candidatures et commencer l&apos;évaluation&#xa0;: il passe au statut {target}. Les candidatures reçues ensuite sont enregistrées uniquement comme tardives.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open call {reference} for applications, with its criteria weighted to 100.</source>
        <translation>Ouvrir l&apos;appel {reference} aux candidatures, avec des critères pondérés à 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel call {reference}? A cancelled call takes no applications and awards nothing.</source>
        <translation>Annuler l&apos;appel {reference}&#xa0;? Un appel annulé ne reçoit aucune candidature et n&apos;attribue rien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move call {reference} to “{status}”.</source>
        <translation>Faire passer l&apos;appel {reference} au statut «&#xa0;{status}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="+42"/>
        <source>Delete call {reference}?</source>
        <translation>Supprimer l&apos;appel {reference}&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a call to see its dates and criteria</source>
        <translation>Sélectionnez un appel pour voir ses dates et ses critères</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{status} · %n application(s)</source>
        <translation>
            <numerusform>{status} · %n candidature</numerusform>
            <numerusform>{status} · %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>launch {launch} · deadline {deadline} · decision {decision}</source>
        <translation>lancement {launch} · date limite {deadline} · décision {decision}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{envelope} (at most {ceiling} per grant)</source>
        <translation>{envelope} (au plus {ceiling} par subvention)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close call {reference}…</source>
        <translation>Clôturer l&apos;appel {reference}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. EOI-2022-01</source>
        <translation>p. ex. EOI-2022-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Eligible countries</source>
        <translation>Pays éligibles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceiling per grant</source>
        <translation>Plafond par subvention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clarifications until</source>
        <translation>Clarifications jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission deadline</source>
        <translation>Date limite de dépôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ChildDialogs</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/child_dialogs.py" line="+31"/>
        <source>An admin-1 area (governorate, province) of {country}</source>
        <translation>Une division administrative de niveau 1 (gouvernorat, province) de {country}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Admin-1 area (ISO)</source>
        <translation>Division de niveau 1 (ISO)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. LB13 (OCHA P-code)</source>
        <translation>p. ex. LB13 (P-code OCHA)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned amount</source>
        <translation>Montant prévu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tranche</source>
        <translation>tranche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Quarterly report 2022-Q3</source>
        <translation>p. ex. Rapport trimestriel 2022-T3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>À rendre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted on</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reporting requirement</source>
        <translation>obligation de rapport</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Programme lead</source>
        <translation>p. ex. Responsable du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. grant agreement, audit report</source>
        <translation>p. ex. accord de subvention, rapport d&apos;audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dated</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/audit.py" line="+14"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/diaspora_grants/gui/models/imports.py" line="+19"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/models/finance_records.py" line="+23"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/calls.py" line="+19"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+23"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location filename="../../src/diaspora_grants/gui/models/finance.py" line="+151"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+3"/>
        <location line="+53"/>
        <location line="+39"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+62"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/criteria.py" line="+29"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored out of</source>
        <translation>Noté sur</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/calls.py" line="+15"/>
        <source>{rank} of {ranked} · {call}</source>
        <translation>{rank} sur {ranked} · {call}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank in call</source>
        <translation>Rang dans l&apos;appel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked {rank} of {ranked} in {call}</source>
        <translation>Classée {rank} sur {ranked} dans {call}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/diaspora_grants/gui/models/reviews.py" line="+26"/>
        <source>Weighted score</source>
        <translation>Note pondérée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/documents.py" line="+24"/>
        <location filename="../../src/diaspora_grants/gui/models/organisations.py" line="+21"/>
        <location line="+32"/>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="+27"/>
        <location line="+23"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>Daté du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/finance.py" line="-102"/>
        <location line="+96"/>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="+45"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="-27"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-94"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+4"/>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn rate</source>
        <translation>Taux d&apos;exécution budgétaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent as a share of the budget in force</source>
        <translation>Dépenses en proportion du budget en vigueur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time gone</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the planned duration gone by the as-of date</source>
        <translation>Part de la durée prévue écoulée à la date d&apos;arrêté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advance unreported</source>
        <translation>Avance non justifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disbursed but not yet reported as spent (unliquidated advance)</source>
        <translation>Décaissé mais pas encore déclaré comme dépensé (avance non justifiée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-64"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+64"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units per base</source>
        <translation>Unités par devise de base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base</source>
        <translation>Devise de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-18"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The planned date has passed</source>
        <translation>La date prévue est dépassée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-1"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+18"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-8"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/finance_records.py" line="-8"/>
        <source>Revised on</source>
        <translation>Révisé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+33"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/imports.py" line="-2"/>
        <location line="+10"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Create</source>
        <translation>À créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>Comment le corriger</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/organisations.py" line="-31"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operates in</source>
        <translation>Intervient dans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due diligence</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DD expiry</source>
        <translation>Expiration de la vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-5"/>
        <location line="+23"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-61"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Age bands</source>
        <translation>Tranches d&apos;âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoA target</source>
        <translation>Cible (durée totale)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-13"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="-28"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin-1 area (ISO 3166-2)</source>
        <translation>Division de niveau 1 (ISO 3166-2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned amount</source>
        <translation>Montant prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid amount</source>
        <translation>Montant versé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spent on</source>
        <translation>Dépensé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overdue by 1 day</source>
        <translation>en retard d&apos;un jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %n days</source>
        <translation>en retard de %n jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>À rendre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-13"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="-3"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+3"/>
        <source>Population group</source>
        <translation>Groupe de population</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/diaspora_grants/gui/models/reviews.py" line="+18"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/reviews.py" line="-20"/>
        <source>Reviewer</source>
        <translation>Évaluateur(trice)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict of interest: {note}. The review does not count.</source>
        <translation>Conflit d&apos;intérêts&#xa0;: {note}. L&apos;évaluation n&apos;est pas comptée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no note</source>
        <translation>aucune note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0-100: the criteria scores weighted by the call&apos;s weights</source>
        <translation>0-100&#xa0;: les notes des critères pondérées selon les pondérations de l&apos;appel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/criteria.py" line="+40"/>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/conflict_dialog.py" line="+47"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload theirs</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review both</source>
        <translation>Comparer les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to your values; saving then replaces their version</source>
        <translation>Revenir à vos valeurs&#xa0;; l&apos;enregistrement remplacera alors leur version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to editing</source>
        <translation>Reprendre la saisie</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Their saved version</source>
        <translation>Leur version enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your unsaved version</source>
        <translation>Votre version non enregistrée</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../src/diaspora_grants/domain/money.py" line="+42"/>
        <source>is not a number; type an amount such as 1250.50</source>
        <translation>n&apos;est pas un nombre&#xa0;; saisissez un montant comme 1250.50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is more than {most}; check the amount</source>
        <translation>dépasse {most}&#xa0;; vérifiez le montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diaspora_grants/domain/result_cells.py" line="+46"/>
        <location filename="../../src/diaspora_grants/domain/validation.py" line="+55"/>
        <source>must be a number of zero or more</source>
        <translation>doit être un nombre supérieur ou égal à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has more than two decimals; round it to cents</source>
        <translation>a plus de deux décimales&#xa0;; arrondissez aux centimes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a number; type the rate such as 89.5</source>
        <translation>n&apos;est pas un nombre&#xa0;; saisissez le taux comme 89.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/diaspora_grants/domain/validation.py" line="+6"/>
        <source>must be more than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is outside {least} to {most}; check the rate and its direction</source>
        <translation>est hors de l&apos;intervalle {least} à {most}&#xa0;; vérifiez le taux et son sens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has more than {digits} significant digits; round it</source>
        <translation>a plus de {digits} chiffres significatifs&#xa0;; arrondissez-le</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/steps.py" line="+76"/>
        <source>the call has no evaluation criteria; add them with weights totalling 100</source>
        <translation>l&apos;appel n&apos;a pas de critères d&apos;évaluation&#xa0;; ajoutez-les avec des pondérations totalisant 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the criteria weights total {total}; they must total 100</source>
        <translation>les pondérations des critères totalisent {total}&#xa0;; elles doivent totaliser 100</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>call {reference} is already {status}: it cannot become {status} again</source>
        <translation>l&apos;appel {reference} est déjà {status}&#xa0;: il ne peut pas le redevenir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} before the call opens</source>
        <translation>{problem} avant l&apos;ouverture de l&apos;appel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no grant has been awarded from this call yet: award a selected application on the Applications page first</source>
        <translation>aucune subvention n&apos;a encore été attribuée au titre de cet appel&#xa0;: attribuez d&apos;abord une candidature sélectionnée dans la page Candidatures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days from today</source>
        <translation>dans {days}&#xa0;jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The submission deadline is {deadline}, {when}. Closing now makes any application that arrives later a late one. Why is the call closed early?</source>
        <translation>La date limite de dépôt est le {deadline}, {when}. Clôturer maintenant fait de toute candidature arrivée après une candidature tardive. Pourquoi l&apos;appel est-il clôturé plus tôt&#xa0;?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>({status} is final)</source>
        <translation>({status} est définitif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before it is closed (Close and start review does both)</source>
        <translation>avant d&apos;être clôturé (Clôturer et commencer l&apos;évaluation fait les deux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yet: grants are awarded once it is under review</source>
        <translation>pour l&apos;instant&#xa0;: les subventions sont attribuées une fois l&apos;évaluation commencée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>again: a call does not go back</source>
        <translation>à nouveau&#xa0;: un appel ne revient pas en arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from there</source>
        <translation>depuis cet état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call {reference} is {status}: it cannot become {target} {hint}</source>
        <translation>l&apos;appel {reference} est {status}&#xa0;: il ne peut pas devenir {target} {hint}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>application &apos;{title}&apos; was already awarded as project {project}</source>
        <translation>la candidature «&#xa0;{title}&#xa0;» a déjà été attribuée comme projet {project}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>application &apos;{title}&apos; is not selected; only a selected application is awarded</source>
        <translation>la candidature «&#xa0;{title}&#xa0;» n&apos;est pas sélectionnée&#xa0;; seule une candidature sélectionnée reçoit une subvention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>call {reference} is {status}: grants are awarded once the call is under review (Calls page: Close and start review)</source>
        <translation>l&apos;appel {reference} est {status}&#xa0;: les subventions sont attribuées une fois l&apos;appel en évaluation (page Appels&#xa0;: Clôturer et commencer l&apos;évaluation)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tranche {number} is already {status}</source>
        <translation>la tranche de paiement {number} est déjà {status}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tranche {number} was paid: money that left the account stays on record</source>
        <translation>la tranche de paiement {number} a été versée&#xa0;: l&apos;argent sorti du compte reste enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approve it first</source>
        <translation>approuvez-la d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was cancelled; reopen it (back to scheduled) first</source>
        <translation>elle a été annulée&#xa0;; rouvrez-la d&apos;abord (retour à «&#xa0;prévue&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot become {target} from there</source>
        <translation>elle ne peut pas devenir {target} depuis cet état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tranche {number} is {status}: {why}</source>
        <translation>la tranche de paiement {number} est {status}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/validation.py" line="-41"/>
        <location line="+5"/>
        <location filename="../../src/diaspora_grants/services/exchange_rates.py" line="+122"/>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/services/finance_budget.py" line="+206"/>
        <location filename="../../src/diaspora_grants/services/finance_spending.py" line="+162"/>
        <location line="+9"/>
        <location filename="../../src/diaspora_grants/services/finance_tranches.py" line="+188"/>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/services/programme_reporting.py" line="+209"/>
        <location filename="../../src/diaspora_grants/services/requirements.py" line="+183"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>compte {length}&#xa0;caractères&#xa0;; {most} au maximum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not an e-mail address (name@example.org)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse électronique (nom@exemple.org)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>({end}) is before {start_field} ({start})</source>
        <translation>({end}) est antérieure à {start_field} ({start})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>({to}) is before from ({since}); swap the dates</source>
        <translation>({to}) est antérieure au début ({since})&#xa0;; inversez les dates</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/result_cells.py" line="-5"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value:,} is larger than any real figure; check the number</source>
        <translation>{value} dépasse tout chiffre réel&#xa0;; vérifiez le nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; this indicator counts things</source>
        <translation>{value} n&apos;est pas un nombre entier&#xa0;; cet indicateur compte des unités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} has more than two decimals; round it to two</source>
        <translation>{value} a plus de deux décimales&#xa0;; arrondissez-le à deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>indicator {code} is not disaggregated: give one total per location, without population group, sex or age band</source>
        <translation>l&apos;indicateur {code} n&apos;est pas ventilé&#xa0;: donnez un total par lieu, sans groupe de population, sexe ni tranche d&apos;âge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>indicator {code} is disaggregated: give population group, sex and age band (choose &apos;unknown&apos; where one is not known)</source>
        <translation>l&apos;indicateur {code} est ventilé&#xa0;: donnez le groupe de population, le sexe et la tranche d&apos;âge (choisissez «&#xa0;inconnu&#xa0;» quand l&apos;un d&apos;eux n&apos;est pas connu)</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>the same cell is given twice; give each cell once</source>
        <translation>la même cellule est donnée deux fois&#xa0;; donnez chaque cellule une seule fois</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/admin_areas.py" line="+115"/>
        <source>&apos;{code}&apos; is not an admin-1 area of {country} (ISO 3166-2)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas une zone de premier niveau administratif de {country} (ISO 3166-2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;{pcode}&apos; does not start with {value}: a P-code starts with the country&apos;s code</source>
        <translation>«&#xa0;{pcode}&#xa0;» ne commence pas par {value}&#xa0;: un P-code commence par le code du pays</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/codes.py" line="+67"/>
        <source>choose a country</source>
        <translation>choisissez un pays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{code}&apos; is not an ISO 3166 two-letter country code (e.g. LB, TN, ZW)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de pays ISO 3166 à deux lettres (p. ex. LB, TN, ZW)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not ISO 3166 two-letter country codes: {listed}</source>
        <translation>ne sont pas des codes de pays ISO 3166 à deux lettres&#xa0;: {listed}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose a currency</source>
        <translation>choisissez une devise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{code}&apos; is not a three-letter ISO 4217 currency code (e.g. USD)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de devise ISO 4217 à trois lettres (p. ex. USD)</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/applications.py" line="+195"/>
        <source>application &apos;{title}&apos; is {status}; a decided application is kept as it was when the decision was made</source>
        <translation>la candidature «&#xa0;{title}&#xa0;» est {status}&#xa0;; une candidature tranchée reste telle qu&apos;elle était lors de la décision</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an application cannot move to another call; record a new application there</source>
        <translation>une candidature ne peut pas passer à un autre appel&#xa0;; enregistrez-y une nouvelle candidature</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>application &apos;{title}&apos; is {status} and cannot be deleted; only applications still received (not yet screened) or withdrawn can be</source>
        <translation>la candidature «&#xa0;{title}&#xa0;» est {status} et ne peut pas être supprimée&#xa0;; seules les candidatures encore reçues (pas encore examinées) ou retirées peuvent l&apos;être</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>say why a late application is accepted (e.g. courier delay)</source>
        <translation>indiquez pourquoi une candidature tardive est acceptée (p. ex. retard du courrier)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write why the application is {status}; the applicant is owed an explanation</source>
        <translation>écrivez pourquoi la candidature est {status}&#xa0;; le candidat a droit à une explication</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>call {reference} is {status}: it takes an application only when it is flagged late with the reason it is accepted</source>
        <translation>l&apos;appel {reference} est {status}&#xa0;: il ne reçoit une candidature que marquée tardive, avec la raison de son acceptation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>call {reference} is {status}: applications are received only while it is open</source>
        <translation>l&apos;appel {reference} est {status}&#xa0;: les candidatures ne sont reçues que tant qu&apos;il est ouvert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>({value}) is after the submission deadline ({value2}); flag the application as late and give the reason it is accepted</source>
        <translation>({value}) est après la date limite de dépôt ({value2})&#xa0;; marquez la candidature comme tardive et donnez la raison de son acceptation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>({value}) is in the future; give the day it arrived</source>
        <translation>({value}) est dans le futur&#xa0;; donnez le jour de son arrivée</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/diaspora_grants/services/programmes.py" line="+172"/>
        <location filename="../../src/diaspora_grants/services/project_references.py" line="+85"/>
        <source>choose an existing organisation</source>
        <translation>choisissez une organisation existante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a {value}: donors, UN agencies and government bodies do not apply to calls</source>
        <translation>{name} est de type {value}&#xa0;: les bailleurs de fonds, les agences des Nations unies et les organismes publics ne répondent pas aux appels</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} has already applied to this call; edit that application</source>
        <translation>{name} a déjà répondu à cet appel&#xa0;; modifiez cette candidature</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/awards.py" line="+129"/>
        <source>a project with code &apos;{code}&apos; already exists</source>
        <translation>un projet de code «&#xa0;{code}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the application names no country; give the project&apos;s country of implementation</source>
        <translation>la candidature ne nomme aucun pays&#xa0;; donnez le pays de mise en œuvre du projet</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/base.py" line="+187"/>
        <source>this value is already used by another record</source>
        <translation>cette valeur est déjà utilisée par un autre enregistrement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is still referred to by other records, or refers to one that is gone</source>
        <translation>d&apos;autres enregistrements y renvoient encore, ou il renvoie à un enregistrement disparu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused by the database rule: {text}</source>
        <translation>refusé par la règle de la base de données&#xa0;: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database refused the change: {text}</source>
        <translation>la base de données a refusé la modification&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/call_criteria.py" line="+140"/>
        <source>reviews of call {reference} already hold {scored} score{value} against these criteria: changing them changes those reviews&apos; weighted scores and the ranking. Give the reason for the change (it is kept in the audit trail).</source>
        <translation>les évaluations de l&apos;appel {reference} comptent déjà des notes sur ces critères ({scored})&#xa0;: les modifier change les notes pondérées de ces évaluations et le classement. Donnez la raison de la modification (elle est gardée dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be more than zero (e.g. 30 for 30%)</source>
        <translation>doit être supérieur à zéro (p. ex. 30 pour 30&#xa0;%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be more than zero (e.g. 5)</source>
        <translation>doit être supérieur à zéro (p. ex. 5)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;{name}&apos; is given twice; names must differ</source>
        <translation>«&#xa0;{name}&#xa0;» est donné deux fois&#xa0;; les noms doivent être différents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a review scored {name} {value:f}; the maximum cannot go below that ({max_score})</source>
        <translation>une évaluation a noté {name} {value:f}&#xa0;; le maximum ne peut pas descendre en dessous ({max_score})</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/calls.py" line="+166"/>
        <source>applications were already received under this call&apos;s programme; it cannot move</source>
        <translation>des candidatures ont déjà été reçues au titre du programme de cet appel&#xa0;; il ne peut pas changer de programme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{reference} has {received} application(s) and cannot be deleted; cancel the call instead to keep the record of what was received</source>
        <translation>{reference} a {received} candidature(s) et ne peut pas être supprimé&#xa0;; annulez plutôt l&apos;appel pour garder la trace de ce qui a été reçu</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>({ceiling}) is more than the whole envelope ({envelope}); lower it</source>
        <translation>({ceiling}) dépasse l&apos;enveloppe entière ({envelope})&#xa0;; réduisez-le</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a call with reference &apos;{value}&apos; already exists</source>
        <translation>un appel de référence «&#xa0;{value}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/diaspora_grants/services/project_references.py" line="-4"/>
        <source>choose an existing programme</source>
        <translation>choisissez un programme existant</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/credentials.py" line="+52"/>
        <location line="+33"/>
        <source>a password is kept only for a PostgreSQL URL that names the person (user@host)</source>
        <translation>un mot de passe n&apos;est gardé que pour une URL PostgreSQL qui nomme la personne (user@host)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the system keyring refused to keep the password: {error}</source>
        <translation>le trousseau du système a refusé de garder le mot de passe&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot connect to {value}: {reason}</source>
        <translation>impossible de se connecter à {value}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/documents.py" line="+106"/>
        <source>the file of document &apos;{name}&apos; is missing from {store}; restore the documents folder from a backup or attach the file again</source>
        <translation>le fichier du document «&#xa0;{name}&#xa0;» manque dans {store}&#xa0;; restaurez le dossier des documents depuis une sauvegarde ou joignez à nouveau le fichier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;{source}&apos; does not exist or is not a file</source>
        <translation>«&#xa0;{source}&#xa0;» n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&apos;{source}&apos; changed while it was being copied; attach it again</source>
        <translation>«&#xa0;{source}&#xa0;» a changé pendant sa copie&#xa0;; joignez-le à nouveau</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be the 64 hexadecimal characters of the file&apos;s SHA-256</source>
        <translation>doit être les 64 caractères hexadécimaux du SHA-256 du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a whole number of bytes</source>
        <translation>doit être un nombre entier d&apos;octets</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/exchange_rates.py" line="+3"/>
        <source>must differ from the base currency</source>
        <translation>doit être différente de la devise de base</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a rate for {value} against {value2} in {value3} already exists; edit that one</source>
        <translation>un taux de {value} contre {value2} en {value3} existe déjà&#xa0;; modifiez celui-là</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/export_assembly/iati_build.py" line="+125"/>
        <source>programme {code} has no reporting organisation: set it before exporting to IATI</source>
        <translation>le programme {code} n&apos;a pas d&apos;organisation déclarante&#xa0;: renseignez-la avant l&apos;export IATI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the reporting organisation {name} has no IATI identifier: add it before exporting</source>
        <translation>l&apos;organisation déclarante {name} n&apos;a pas d&apos;identifiant IATI&#xa0;: ajoutez-le avant l&apos;export</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/export_assembly/workbook_data.py" line="+150"/>
        <location filename="../../src/diaspora_grants/services/periods.py" line="+116"/>
        <location filename="../../src/diaspora_grants/services/result_queries.py" line="+98"/>
        <source>choose one of {value}</source>
        <translation>choisissez parmi {value}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/exports.py" line="+195"/>
        <source>choose reach or 5w</source>
        <translation>choisissez reach ou 5w</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/finance_budget.py" line="-49"/>
        <source>the revised amount of {code} changes: say why the budget is revised (it is kept with the line&apos;s history)</source>
        <translation>le montant révisé de {code} change&#xa0;: indiquez pourquoi le budget est révisé (la raison est gardée dans l&apos;historique de la ligne)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>budget line {code} cannot be deleted: {booked} expenditures are booked on it; move them to another line first</source>
        <translation>la ligne budgétaire {code} ne peut pas être supprimée&#xa0;: {booked} dépenses y sont imputées&#xa0;; déplacez-les d&apos;abord vers une autre ligne</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the project already has a budget line &apos;{code}&apos;</source>
        <translation>le projet a déjà une ligne budgétaire «&#xa0;{code}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/finance_spending.py" line="-13"/>
        <source>choose a budget line of project {code}</source>
        <translation>choisissez une ligne budgétaire du projet {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>({spent_on}) is in the future</source>
        <translation>({spent_on}) est dans le futur</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/finance_tranches.py" line="-57"/>
        <source>tranche {number} was paid on {actual_date}; a paid tranche cannot be deleted</source>
        <translation>la tranche de paiement {number} a été versée le {actual_date}&#xa0;; une tranche versée ne peut pas être supprimée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a paid tranche needs the date it was paid</source>
        <translation>une tranche versée doit avoir sa date de versement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>({actual_date}) is in the future; record a payment once it is made</source>
        <translation>({actual_date}) est dans le futur&#xa0;; enregistrez un versement une fois effectué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a paid tranche needs the amount paid</source>
        <translation>une tranche versée doit avoir le montant versé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be 1 or more</source>
        <translation>doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>only a paid tranche has an actual date and amount; mark it paid instead</source>
        <translation>seule une tranche versée a une date et un montant effectifs&#xa0;; marquez-la plutôt comme versée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the project already has a tranche {number}</source>
        <translation>le projet a déjà une tranche de paiement {number}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/indicators.py" line="+131"/>
        <source>indicator {code} has results; delete its results first, so that no reported figure disappears by accident</source>
        <translation>l&apos;indicateur {code} a des résultats&#xa0;; supprimez d&apos;abord ses résultats, pour qu&apos;aucun chiffre rapporté ne disparaisse par accident</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{value}: not an age band of the programme ({value2})</source>
        <translation>{value}&#xa0;: pas une tranche d&apos;âge du programme ({value2})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give the currency of the unit value</source>
        <translation>donnez la devise de la valeur unitaire</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>list every indicator of the programme exactly once, and no other</source>
        <translation>listez chaque indicateur du programme exactement une fois, et aucun autre</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a percentage cannot count people; use reach none or measure number</source>
        <translation>un pourcentage ne peut pas compter des personnes&#xa0;; utilisez la portée «&#xa0;aucune&#xa0;» ou la mesure «&#xa0;nombre&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unique people are counted as a number, not a percentage</source>
        <translation>les personnes uniques se comptent en nombre, pas en pourcentage</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the programme already has an indicator with code &apos;{code}&apos;</source>
        <translation>le programme a déjà un indicateur de code «&#xa0;{code}&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>indicator {code} has approved results: changing its {value} would silently change figures already reported to the donor; create a new indicator instead</source>
        <translation>l&apos;indicateur {code} a des résultats approuvés&#xa0;: changer son champ {value} changerait sans bruit des chiffres déjà rapportés au bailleur de fonds&#xa0;; créez plutôt un nouvel indicateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>indicator {code} has results entered {value} disaggregation; delete them before changing whether it is disaggregated</source>
        <translation>l&apos;indicateur {code} a des résultats saisis {value} ventilation&#xa0;; supprimez-les avant de changer s&apos;il est ventilé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>indicator {code} has {outside} result cells in the age bands left out; move or delete them first</source>
        <translation>l&apos;indicateur {code} a {outside} cellules de résultats dans les tranches d&apos;âge retirées&#xa0;; déplacez-les ou supprimez-les d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/maintenance.py" line="+100"/>
        <source>restoring a PostgreSQL database is done with pg_restore by the server&apos;s administrator</source>
        <translation>la restauration d&apos;une base PostgreSQL se fait avec pg_restore par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{source} is the database itself; choose a backup file to restore from</source>
        <translation>{source} est la base de données elle-même&#xa0;; choisissez un fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/organisations.py" line="+341"/>
        <source>an organisation named &apos;{existing}&apos; already exists</source>
        <translation>une organisation nommée «&#xa0;{existing}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/partner_narratives.py" line="+86"/>
        <source>no section {value} in a partner narrative</source>
        <translation>pas de section {value} dans un rapport narratif de partenaire</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no project #{project_id}</source>
        <translation>pas de projet n°{project_id}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose a period of project {code}&apos;s programme</source>
        <translation>choisissez une période du programme du projet {code}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/people.py" line="+82"/>
        <source>{login} may not install the server&apos;s rules: only the database&apos;s owner may</source>
        <translation>{login} ne peut pas installer les règles du serveur&#xa0;: seul le propriétaire de la base le peut</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use lower-case letters, digits and underscores (63 at most)</source>
        <translation>utilisez des lettres minuscules, des chiffres et des tirets bas (63 au maximum)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{clean_login} is already one of this database&apos;s people</source>
        <translation>{clean_login} fait déjà partie des personnes de cette base</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{login} already has this role there</source>
        <translation>{login} a déjà ce rôle à cet endroit</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{login} may not remove themselves: another administrator does it</source>
        <translation>{login} ne peut pas se retirer soi-même&#xa0;: un autre administrateur s&apos;en charge</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{value}s hold their role in every programme</source>
        <translation>le rôle {value} vaut dans tous les programmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a reviewer is assigned to a call: name it (--call REFERENCE)</source>
        <translation>un évaluateur est affecté à un appel&#xa0;: nommez-le (--call RÉFÉRENCE)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a {value} holds the role in a programme: name it</source>
        <translation>le rôle {value} s&apos;exerce dans un programme&#xa0;: nommez-le</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/periods.py" line="+9"/>
        <source>programme {code} already has reporting periods; delete them before generating new ones, or add periods one by one</source>
        <translation>le programme {code} a déjà des périodes de rapport&#xa0;; supprimez-les avant d&apos;en générer de nouvelles, ou ajoutez les périodes une par une</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>period {label} has results; delete them first so that no figure is lost</source>
        <translation>la période {label} a des résultats&#xa0;; supprimez-les d&apos;abord pour qu&apos;aucun chiffre ne soit perdu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>period {label} is between two others; periods must stay contiguous, so only the first or the last period can be deleted</source>
        <translation>la période {label} est entre deux autres&#xa0;; les périodes doivent rester contiguës, seule la première ou la dernière peut donc être supprimée</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>say why the reported figures of this period may change (kept in the audit trail)</source>
        <translation>indiquez pourquoi les chiffres rapportés de cette période peuvent changer (gardé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>period {label} is already {value}</source>
        <translation>la période {label} est déjà {value}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a period must lie inside the programme ({value} to {value2})</source>
        <translation>une période doit être comprise dans le programme (du {value} au {value2})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the programme already has a period labelled &apos;{label}&apos;</source>
        <translation>le programme a déjà une période nommée «&#xa0;{label}&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>overlaps period {label} ({value} to {value2})</source>
        <translation>chevauche la période {label} (du {value} au {value2})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>start on {day}</source>
        <translation>commencer le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end on {day}</source>
        <translation>se terminer le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>periods must be contiguous: this one should {expected} (next to {label})</source>
        <translation>les périodes doivent être contiguës&#xa0;: celle-ci devrait {expected} (à côté de {label})</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/programme_reporting.py" line="-85"/>
        <location filename="../../src/diaspora_grants/services/results.py" line="+337"/>
        <source>choose a period of the indicator&apos;s programme</source>
        <translation>choisissez une période du programme de l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>give a rate between 0% and 100%, to two decimals of a percent</source>
        <translation>donnez un taux entre 0&#xa0;% et 100&#xa0;%, à deux décimales</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a share between 0% and 100%, e.g. 10%</source>
        <translation>donnez une part entre 0&#xa0;% et 100&#xa0;%, p. ex. 10&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the date the funds received were counted</source>
        <translation>donnez la date à laquelle les fonds reçus ont été comptés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only humanitarian aid answers an emergency; tick humanitarian</source>
        <translation>seule l&apos;aide humanitaire répond à une urgence&#xa0;; cochez humanitaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{glide}&apos; is not a GLIDE number such as EP-2020-000012-001</source>
        <translation>«&#xa0;{glide}&#xa0;» n&apos;est pas un numéro GLIDE comme EP-2020-000012-001</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/programmes.py" line="-30"/>
        <source>give at least one age band, e.g. 0-17</source>
        <translation>donnez au moins une tranche d&apos;âge, p. ex. 0-17</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give at least one group</source>
        <translation>donnez au moins un groupe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a programme with code &apos;{value}&apos; already exists</source>
        <translation>un programme de code «&#xa0;{value}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/diaspora_grants/services/reach.py" line="+227"/>
        <source>choose an indicator of this programme</source>
        <translation>choisissez un indicateur de ce programme</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/project_locations.py" line="+117"/>
        <location filename="../../src/diaspora_grants/services/projects.py" line="+273"/>
        <source>&apos;{value}&apos; is listed twice</source>
        <translation>«&#xa0;{value}&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the project already works in &apos;{name}&apos;</source>
        <translation>le projet travaille déjà à «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>location {name} cannot be removed: {used} results were reported for it</source>
        <translation>le lieu {name} ne peut pas être retiré&#xa0;: {used} résultats ont été rapportés pour lui</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/project_references.py" line="-6"/>
        <source>project {value} already uses this code</source>
        <translation>le projet {value} utilise déjà ce code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose an existing call</source>
        <translation>choisissez un appel existant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>choose an existing application</source>
        <translation>choisissez une candidature existante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was made to another call than the project&apos;s</source>
        <translation>a été déposée à un autre appel que celui du projet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was made by another organisation than the partner</source>
        <translation>a été déposée par une autre organisation que le partenaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already led to project {value}</source>
        <translation>a déjà donné lieu au projet {value}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/projects.py" line="+28"/>
        <source>&apos;{dac}&apos; is not a 5-digit DAC sector code (e.g. 15153)</source>
        <translation>«&#xa0;{dac}&#xa0;» n&apos;est pas un code de secteur CAD à 5 chiffres (p. ex. 15153)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown: {value}; choose from {value2}</source>
        <translation>inconnu&#xa0;: {value}&#xa0;; choisissez parmi {value2}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>project {code} cannot be deleted: it has {value}; set its status to cancelled instead (documents can be removed first)</source>
        <translation>le projet {code} ne peut pas être supprimé&#xa0;: il a {value}&#xa0;; passez plutôt son statut à annulé (les documents peuvent être retirés d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/requirements.py" line="-57"/>
        <source>&apos;{title}&apos; was accepted on {accepted_on}: it cannot have been submitted later ({day})</source>
        <translation>«&#xa0;{title}&#xa0;» a été accepté le {accepted_on}&#xa0;: il ne peut pas avoir été remis plus tard ({day})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;{title}&apos; has not been submitted yet: mark it submitted first</source>
        <translation>«&#xa0;{title}&#xa0;» n&apos;a pas encore été remis&#xa0;: marquez-le d&apos;abord comme remis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>({day}) is in the future</source>
        <translation>({day}) est dans le futur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a report is accepted only after it is submitted; give that date too</source>
        <translation>un rapport n&apos;est accepté qu&apos;après sa remise&#xa0;; donnez aussi cette date</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/result_approval.py" line="+121"/>
        <source>there are no results of {label} to mark {wanted}</source>
        <translation>il n&apos;y a pas de résultats de {label} à marquer {wanted}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no result of {label} is approved: there is nothing to reopen</source>
        <translation>aucun résultat de {label} n&apos;est approuvé&#xa0;: il n&apos;y a rien à rouvrir</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/result_queries.py" line="+4"/>
        <source>limit and offset cannot be negative</source>
        <translation>la limite et le décalage ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/results.py" line="-170"/>
        <source>say why approved results must change (kept in the audit trail with your name)</source>
        <translation>indiquez pourquoi des résultats approuvés doivent changer (gardé dans le journal d&apos;audit avec votre nom)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>the project, the indicator and the period must belong to the same programme</source>
        <translation>le projet, l&apos;indicateur et la période doivent appartenir au même programme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>choose a project of the indicator&apos;s programme</source>
        <translation>choisissez un projet du programme de l&apos;indicateur</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/results_bulk.py" line="+133"/>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a cell in the load already exists or is given twice (same project, indicator, period, location, population group, sex and age band); a bulk load only adds new cells</source>
        <translation>une cellule du chargement existe déjà ou est donnée deux fois (même projet, indicateur, période, lieu, groupe de population, sexe et tranche d&apos;âge)&#xa0;; un chargement en masse n&apos;ajoute que de nouvelles cellules</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>each row has {SHORT} or {FULL} values, in the order {value}</source>
        <translation>chaque ligne a {SHORT} ou {FULL} valeurs, dans l&apos;ordre {value}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no such record: {value}</source>
        <translation>enregistrement introuvable&#xa0;: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>project, indicator and period of a row must share a programme</source>
        <translation>le projet, l&apos;indicateur et la période d&apos;une ligne doivent relever du même programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a row&apos;s location must be one of its project&apos;s locations</source>
        <translation>le lieu d&apos;une ligne doit être l&apos;un des lieux de son projet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value}: use draft, submitted or approved</source>
        <translation>{value}&#xa0;: utilisez draft, submitted ou approved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most 300 characters fit</source>
        <translation>300 caractères au maximum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not one of {value2}</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie de {value2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{value}&apos; is not one of the programme&apos;s groups</source>
        <translation>«&#xa0;{value}&#xa0;» ne fait pas partie des groupes du programme</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/reviews.py" line="+138"/>
        <source>a review cannot move to another application; write a new review there</source>
        <translation>une évaluation ne peut pas passer à une autre candidature&#xa0;; écrivez-y une nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>application &apos;{title}&apos; is {status}; reviews are written, changed or removed only while an application is eligible or shortlisted</source>
        <translation>la candidature «&#xa0;{title}&#xa0;» est {status}&#xa0;; les évaluations ne s&apos;écrivent, ne se modifient ou ne se retirent que tant qu&apos;une candidature est éligible ou présélectionnée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the call has no criteria yet; add its criteria before reviewing</source>
        <translation>l&apos;appel n&apos;a pas encore de critères&#xa0;; ajoutez-les avant d&apos;évaluer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>criterion #{criterion_id} is not a criterion of this application&apos;s call</source>
        <translation>le critère n°{criterion_id} n&apos;est pas un critère de l&apos;appel de cette candidature</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>({raw}) must be between 0 and {max_score}</source>
        <translation>({raw}) doit être compris entre 0 et {max_score}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>({raw}) may have at most two decimals</source>
        <translation>({raw}) peut avoir au plus deux décimales</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reviewer} has already reviewed this application; edit that review</source>
        <translation>{reviewer} a déjà évalué cette candidature&#xa0;; modifiez cette évaluation</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/spreadsheets.py" line="+61"/>
        <source>programme {code} has no period &apos;{value}&apos;</source>
        <translation>le programme {code} n&apos;a pas de période «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/startup.py" line="+106"/>
        <source>cannot open {value}: {reason}</source>
        <translation>impossible d&apos;ouvrir {value}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{value} needs an upgrade to schema {head}, which only its owner may run: ask your administrator to open it with this version first</source>
        <translation>{value} doit passer au schéma {head}, ce que seul son propriétaire peut faire&#xa0;: demandez à votre administrateur de l&apos;ouvrir d&apos;abord avec cette version</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/errors.py" line="+91"/>
        <source>period {periods} is locked (its results were reported); unlock it in the app, giving a reason, before changing the period or its results</source>
        <translation>la période {periods} est verrouillée (ses résultats ont été déclarés)&#xa0;; déverrouillez-la dans l&apos;application, en indiquant un motif, avant de modifier la période ou ses résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>period {periods} are locked (its results were reported); unlock it in the app, giving a reason, before changing the period or its results</source>
        <translation>les périodes {periods} sont verrouillées (leurs résultats ont été déclarés)&#xa0;; déverrouillez-les dans l&apos;application, en indiquant un motif, avant de modifier ces périodes ou leurs résultats</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no exchange rate for {currency} against {base} in {month}: add one under Finance &gt; Exchange rates</source>
        <translation>pas de taux de change de {currency} contre {base} en {month}&#xa0;: ajoutez-en un dans Finances &gt; Taux de change</translation>
    </message>
</context>
<context>
    <name>CountryChecklist</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/pickers.py" line="+239"/>
        <source>Type to find a country</source>
        <translation>Saisissez pour trouver un pays</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location line="-79"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>CountryListPicker</name>
    <message>
        <location line="+48"/>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/criteria_panel.py" line="+57"/>
        <source>Evaluation criteria (weights total 100)</source>
        <translation>Critères d&apos;évaluation (total des pondérations&#xa0;: 100)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change criteria…</source>
        <translation>Modifier les critères…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save criteria…</source>
        <translation>Enregistrer les critères…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Frozen: reviewers have given {n} score(s) against these criteria. A change rewrites their weighted scores and the ranking, so it needs a reason.</source>
        <translation>Figés&#xa0;: les évaluateurs ont attribué {n} note(s) selon ces critères. Une modification recalcule leurs notes pondérées et le classement&#xa0;; elle nécessite donc un motif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the criteria because: {reason}</source>
        <translation>Modification des critères pour le motif suivant&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total weight {total}</source>
        <translation>pondération totale&#xa0;: {total}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change the criteria of {reference}</source>
        <translation>Modifier les critères de {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewers have already scored against these criteria. Say why they change: the reason is kept in the audit trail with every change the save makes.</source>
        <translation>Des évaluateurs ont déjà attribué des notes selon ces critères. Indiquez pourquoi ils changent&#xa0;: le motif est consigné dans le journal d&apos;audit avec chaque modification effectuée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the criteria change</source>
        <translation>Indiquez pourquoi les critères changent</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the criteria of {reference} (weights total {total})?

Saving criteria is not undone with Undo (Ctrl+Z): to correct a mistake, change them again.</source>
        <translation>Enregistrer les critères de {reference} (total des pondérations&#xa0;: {total})&#xa0;?

L&apos;enregistrement des critères ne peut pas être annulé avec Annuler (Ctrl+Z)&#xa0;: pour corriger une erreur, modifiez-les de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save criteria</source>
        <translation>Enregistrer les critères</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save the criteria</source>
        <translation>Impossible d&apos;enregistrer les critères</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/dashboard_page.py" line="+118"/>
        <source>How is this counted?</source>
        <translation>Comment est-ce compté&#xa0;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People reached (direct, unique)</source>
        <translation>Personnes atteintes (directes, uniques)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach by country</source>
        <translation>Portée par pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue reports</source>
        <translation>Rapports en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds (reporting currency)</source>
        <translation>Fonds (devise de rapport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open calls</source>
        <translation>Appels ouverts</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No programme yet: load the demo programme from the File menu.</source>
        <translation>Aucun programme pour l&apos;instant&#xa0;: chargez le programme de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No people-reached figure yet.</source>
        <translation>Pas encore de chiffre de personnes atteintes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>between {low} (conservative) and {high} (upper bound) · rule: {rule}</source>
        <translation>entre {low} (estimation prudente) et {high} (borne haute) · règle&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Awarded</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 day late</source>
        <translation>1 jour de retard</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project}: {title} — due {due}, {late}</source>
        <translation>{project}&#xa0;: {title} — échéance {due}, {late}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report is overdue.</source>
        <translation>Aucun rapport n&apos;est en retard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} {title} — deadline {deadline}</source>
        <translation>{reference} {title} — date limite {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No call is open.</source>
        <translation>Aucun appel n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How people reached is counted</source>
        <translation>Comment les personnes atteintes sont comptées</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/step_dialogs.py" line="+80"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="-90"/>
        <source>The due diligence of {organisation} is {problem}. Going ahead needs an override: write who decided and why (it is kept on the application, on the project and in the audit trail).</source>
        <translation>La vérification préalable de {organisation} est {problem}. Pour continuer, une dérogation est nécessaire&#xa0;: indiquez qui a décidé et pourquoi (elle est conservée dans la candidature, dans le projet et dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due diligence override</source>
        <translation>Dérogation à la vérification préalable</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/labels.py" line="+19"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>DisaggregationGridModel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="+209"/>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+7"/>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="+43"/>
        <source>Attach…</source>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the document “{name}”?

You can undo this (Ctrl+Z).</source>
        <translation>Retirer le document «&#xa0;{name}&#xa0;»&#xa0;?

Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not open the document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No program could open {path}.</source>
        <translation>Aucune application n&apos;a pu ouvrir {path}.</translation>
    </message>
</context>
<context>
    <name>DonorReporting</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/donor_reporting_button.py" line="+21"/>
        <source>Award and variances</source>
        <translation>Subvention et écarts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Award from the donor and variance threshold…</source>
        <translation>Subvention du bailleur de fonds et seuil d&apos;écart…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain variances…</source>
        <translation>Justifier les écarts…</translation>
    </message>
</context>
<context>
    <name>DueDiligence</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/colours.py" line="+17"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not cleared</source>
        <translation>non validée</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="-254"/>
        <source>No applications yet.

Open a call on the Calls page, then record each expression of interest received here with New (Ctrl+N).</source>
        <translation>Aucune candidature pour l&apos;instant.

Ouvrez un appel dans la page Appels, puis enregistrez ici chaque manifestation d&apos;intérêt reçue avec Nouveau (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="-117"/>
        <source>No changes recorded yet. Every change made in the app or by an import is listed here.</source>
        <translation>Aucune modification enregistrée pour l&apos;instant. Chaque modification faite dans l&apos;application ou par une importation est listée ici.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/base.py" line="+165"/>
        <source>Nothing here yet.</source>
        <translation>Rien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="-169"/>
        <source>No calls yet.

Press New (Ctrl+N) to draft a call for expressions of interest.</source>
        <translation>Aucun appel pour l&apos;instant.

Appuyez sur Nouveau (Ctrl+N) pour rédiger un appel à manifestation d&apos;intérêt.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="+31"/>
        <source>No organisations yet.

Press New (Ctrl+N) to add a partner, donor or other organisation, or load the demo programme from the File menu.</source>
        <translation>Aucune organisation pour l&apos;instant.

Appuyez sur Nouveau (Ctrl+N) pour ajouter un partenaire, un bailleur de fonds ou une autre organisation, ou chargez le programme de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+47"/>
        <source>No projects yet.

A project is created when an application is awarded (Applications page), or press New (Ctrl+N) to record a grant agreement directly.</source>
        <translation>Aucun projet pour l&apos;instant.

Un projet est créé lorsqu&apos;une candidature est attribuée (page Candidatures), ou appuyez sur Nouveau (Ctrl+N) pour enregistrer directement un accord de subvention.</translation>
    </message>
</context>
<context>
    <name>ExpenditureDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/expenditure_dialog.py" line="+46"/>
        <source>(no line)</source>
        <translation>(aucune ligne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spent on</source>
        <translation>Dépensé le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expenditure</source>
        <translation>dépense</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This expenditure cannot be converted: there is no exchange rate for {currency} against {base} in {month}. Summaries and donor reports convert spending at the rate of its month, so the rate is needed before the expenditure is saved.</source>
        <translation>Cette dépense ne peut pas être convertie&#xa0;: il n&apos;y a pas de taux de change de {currency} en {base} pour {month}. Les synthèses et les rapports au bailleur de fonds convertissent les dépenses au taux de leur mois&#xa0;: ce taux est donc nécessaire avant d&apos;enregistrer la dépense.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the {currency} rate for {month}…</source>
        <translation>Ajouter le taux {currency} de {month}…</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+60"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="+37"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+56"/>
        <source>Due diligence</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="+1"/>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="-5"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible countries</source>
        <translation>Pays éligibles</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="+52"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin countries</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operates in</source>
        <translation>Intervient dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI identifier</source>
        <translation>Identifiant IATI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="-2"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rate</source>
        <translation>Taux d&apos;exécution budgétaire</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/form.py" line="+68"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
</context>
<context>
    <name>FinanceModels</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/finance.py" line="-5"/>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/finance_page.py" line="+123"/>
        <source>Delete the {currency} {month} rate ({rate} per {base})?

Figures in that month can no longer be converted until a rate is added again.</source>
        <translation>Supprimer le taux {currency} de {month} ({rate} pour 1 {base})&#xa0;?

Les chiffres de ce mois ne pourront plus être convertis tant qu&apos;un taux n&apos;aura pas été ajouté à nouveau.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add this rate…</source>
        <translation>Ajouter ce taux…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projects in the reporting currency</source>
        <translation>Projets dans la devise de rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rates (monthly)</source>
        <translation>Taux de change (mensuels)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tranches still to pay</source>
        <translation>Tranches restant à verser</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{projects} · {rates}</source>
        <translation>{projects} · {rates}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 project</source>
        <translation>1 projet</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n projects</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 exchange rate</source>
        <translation>1 taux de change</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n exchange rates</source>
        <translation>
            <numerusform>%n taux de change</numerusform>
            <numerusform>%n taux de change</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No programme yet: load the demo programme from the File menu.</source>
        <translation>Aucun programme pour l&apos;instant&#xa0;: chargez le programme de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The figures cannot be converted: {reason}.</source>
        <translation>Les chiffres ne peuvent pas être convertis&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the {currency} rate for {month}…</source>
        <translation>Ajouter le taux {currency} de {month}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Figures as of {day}, in {currency} at each month&apos;s rate</source>
        <translation>Chiffres au {day}, en {currency} au taux de chaque mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Programme:&lt;/b&gt; grant {grant} · disbursed {disbursed} · spent {spent} · remaining {remaining} · burn rate {burn_rate} · advance not yet reported {advance}</source>
        <translation>&lt;b&gt;Programme&#xa0;:&lt;/b&gt; subvention {grant} · décaissé {disbursed} · dépensé {spent} · restant {remaining} · taux d&apos;exécution budgétaire {burn_rate} · avance non justifiée {advance}</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/form_frame.py" line="+39"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;*&lt;/span&gt; required</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;*&lt;/span&gt; obligatoire</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/formatting.py" line="+26"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="-294"/>
        <source>whole project</source>
        <translation>ensemble du projet</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Totals are worked out from the cells; they cannot be typed</source>
        <translation>Les totaux sont calculés à partir des cellules&#xa0;; ils ne peuvent pas être saisis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period is locked: its results are read-only</source>
        <translation>La période est verrouillée&#xa0;: ses résultats sont en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These results are approved: reopen them with a reason to correct them</source>
        <translation>Ces résultats sont approuvés&#xa0;: rouvrez-les en indiquant un motif pour les corriger</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/results_grid_view.py" line="+143"/>
        <source>Nothing was pasted</source>
        <translation>Rien n&apos;a été collé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was cleared</source>
        <translation>Rien n&apos;a été effacé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>this cell</source>
        <translation>cette cellule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was pasted: the block is {rows} rows by {columns} columns, but from {place} there is room for {free_rows} by {free_columns} cells that can be typed into (totals are worked out, and approved or locked results are read-only).</source>
        <translation>Rien n&apos;a été collé&#xa0;: le bloc fait {rows} lignes sur {columns} colonnes, mais à partir de {place} il n&apos;y a de place que pour {free_rows} sur {free_columns} cellules modifiables (les totaux sont calculés, et les résultats approuvés ou verrouillés sont en lecture seule).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; and {count} more</source>
        <translation>&#xa0;; et {count} de plus</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/help_actions.py" line="+23"/>
        <source>Results grid: next / previous cell down the column</source>
        <translation>Grille des résultats&#xa0;: cellule suivante / précédente dans la colonne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results grid: next / previous cell to type into (totals are skipped)</source>
        <translation>Grille des résultats&#xa0;: cellule modifiable suivante / précédente (les totaux sont ignorés)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results grid: paste a block copied from Excel or LibreOffice</source>
        <translation>Grille des résultats&#xa0;: coller un bloc copié depuis Excel ou LibreOffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: copy the selected cells</source>
        <translation>Grille des résultats&#xa0;: copier les cellules sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: clear the selected cells</source>
        <translation>Grille des résultats&#xa0;: effacer les cellules sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: save</source>
        <translation>Grille des résultats&#xa0;: enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: leave the cell as it was</source>
        <translation>Grille des résultats&#xa0;: laisser la cellule telle qu&apos;elle était</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/import_panel.py" line="+60"/>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a results template returned by a partner, or a data workbook, to see what it would change before anything is saved.</source>
        <translation>Choisissez un modèle de résultats renvoyé par un partenaire, ou un classeur de données, pour voir ce qu&apos;il modifierait avant tout enregistrement.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commit import</source>
        <translation>Valider l&apos;importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{sheet}, row {row}, {column}: {message}</source>
        <translation>{sheet}, ligne {row}, {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check before committing (the import does not stop for these):</source>
        <translation>À vérifier avant de valider (ces points n&apos;arrêtent pas l&apos;importation)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a results template or data workbook</source>
        <translation>Importer un modèle de résultats ou un classeur de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the file was cancelled; nothing was saved.</source>
        <translation>La vérification du fichier a été annulée&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;{problems} to fix&lt;/span&gt; before it can be imported; nothing was saved.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({kind})&#xa0;: &lt;span style=&apos;color:{colour}&apos;&gt;{problems} à corriger&lt;/span&gt; avant l&apos;importation&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;no problems&lt;/span&gt;. %Ln row(s) would be created or changed. Commit to save them, or cancel.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind})&#xa0;: &lt;span style=&apos;color:{colour}&apos;&gt;aucun problème&lt;/span&gt;. %Ln ligne serait créée ou modifiée. Validez pour l&apos;enregistrer, ou annulez.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind})&#xa0;: &lt;span style=&apos;color:{colour}&apos;&gt;aucun problème&lt;/span&gt;. %Ln lignes seraient créées ou modifiées. Validez pour les enregistrer, ou annulez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the file</source>
        <translation>Impossible de lire le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: &lt;span style=&apos;color:{colour}&apos;&gt;refused&lt;/span&gt;; nothing was saved. See below for what to fix.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;&#xa0;: &lt;span style=&apos;color:{colour}&apos;&gt;refusé&lt;/span&gt;&#xa0;; rien n&apos;a été enregistré. Voir ci-dessous ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import {file} now?

Everything the preview shows is saved at once. An import cannot be undone with Undo: each change is in the audit trail, and the day&apos;s backup holds the data as it was before.</source>
        <translation>Importer {file} maintenant&#xa0;?

Tout ce que montre l&apos;aperçu est enregistré en une seule fois. Une importation ne peut pas être annulée avec Annuler&#xa0;: chaque modification figure dans le journal d&apos;audit, et la sauvegarde du jour conserve les données telles qu&apos;elles étaient auparavant.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+163"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>results template</source>
        <translation>modèle de résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data workbook</source>
        <translation>classeur de données</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import of {file} had already been saved when Cancel was pressed. Nothing was lost: the pages now show the imported data, and every change is in the audit trail.</source>
        <translation>L&apos;importation de {file} était déjà enregistrée lorsque vous avez appuyé sur Annuler. Rien n&apos;a été perdu&#xa0;: les pages affichent maintenant les données importées, et chaque modification figure dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled before it started; nothing was saved.</source>
        <translation>L&apos;importation a été annulée avant de commencer&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel came too late: </source>
        <translation>Annulation trop tardive&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; imported: {created} row(s) created, {changed} changed. Every change is in the audit trail.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; importé&#xa0;: {created} ligne(s) créée(s), {changed} modifiée(s). Chaque modification figure dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/programme_records.py" line="+51"/>
        <source>Delete indicator {code} – {name}?

Its targets go with it. An indicator with results cannot be deleted. You can undo this (Ctrl+Z).</source>
        <translation>Supprimer l&apos;indicateur {code} – {name}&#xa0;?

Ses cibles sont supprimées avec lui. Un indicateur qui a des résultats ne peut pas être supprimé. Vous pouvez annuler (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+20"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong that the app did not expect ({error}).

The details are in the log file.</source>
        <translation>Un problème inattendu s&apos;est produit ({error}).

Les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not do that</source>
        <translation>Opération impossible</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../src/diaspora_grants/domain/labels.py" line="+28"/>
        <source>Diaspora organisation</source>
        <comment>OrganisationType</comment>
        <translation>Organisation de la diaspora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <comment>OrganisationType</comment>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <comment>OrganisationType</comment>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donor</source>
        <comment>OrganisationType</comment>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <comment>OrganisationType</comment>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <comment>OrganisationType</comment>
        <translation>Agence des Nations Unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <comment>OrganisationType</comment>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>OrganisationType</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <comment>DueDiligenceStatus</comment>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>DueDiligenceStatus</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <comment>DueDiligenceStatus</comment>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared with conditions</source>
        <comment>DueDiligenceStatus</comment>
        <translation>Validée sous conditions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <comment>DueDiligenceStatus</comment>
        <translation>Non satisfaisante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <comment>RiskRating</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <comment>RiskRating</comment>
        <translation>Modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <comment>RiskRating</comment>
        <translation>Important</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>RiskRating</comment>
        <translation>Élevé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <comment>CallStatus</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>CallStatus</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>CallStatus</comment>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>CallStatus</comment>
        <translation>En cours d&apos;évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <comment>CallStatus</comment>
        <translation>Attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>CallStatus</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <comment>ApplicationStatus</comment>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <comment>ApplicationStatus</comment>
        <translation>Éligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible</source>
        <comment>ApplicationStatus</comment>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <comment>ApplicationStatus</comment>
        <translation>Présélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <comment>ApplicationStatus</comment>
        <translation>Retenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>ApplicationStatus</comment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>ApplicationStatus</comment>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <comment>ProjectStatus</comment>
        <translation>En préparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <comment>ProjectStatus</comment>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalisation</source>
        <comment>ProjectStatus</comment>
        <translation>En finalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>ProjectStatus</comment>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>ProjectStatus</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <comment>ProjectStatus</comment>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host community</source>
        <comment>TargetGroup</comment>
        <translation>Communauté d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrants</source>
        <comment>TargetGroup</comment>
        <translation>Migrants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugees</source>
        <comment>TargetGroup</comment>
        <translation>Réfugiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internally displaced people</source>
        <comment>TargetGroup</comment>
        <translation>Personnes déplacées internes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnees</source>
        <comment>TargetGroup</comment>
        <translation>Personnes retournées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>TargetGroup</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled</source>
        <comment>TrancheStatus</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>TrancheStatus</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>TrancheStatus</comment>
        <translation>Versée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>TrancheStatus</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <comment>RequirementStatus</comment>
        <translation>À rendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <comment>RequirementStatus</comment>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>RequirementStatus</comment>
        <translation>Remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>RequirementStatus</comment>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <comment>DocumentOwner</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <comment>DocumentOwner</comment>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <comment>DocumentOwner</comment>
        <translation>Candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <comment>DocumentOwner</comment>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <comment>AuditAction</comment>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <comment>AuditAction</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <comment>AuditAction</comment>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <comment>AuditAction</comment>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <comment>AuditAction</comment>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded in bulk</source>
        <comment>AuditAction</comment>
        <translation>Chargement en masse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <comment>AuditAction</comment>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <comment>AuditAction</comment>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of projects</source>
        <comment>OverlapRule</comment>
        <translation>Somme des projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest project per location</source>
        <comment>OverlapRule</comment>
        <translation>Projet le plus important par lieu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <comment>Measure</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <comment>Measure</comment>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output</source>
        <comment>ResultLevel</comment>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <comment>ResultLevel</comment>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <comment>ResultLevel</comment>
        <translation>Impact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-cumulative (sum of periods)</source>
        <comment>Counting</comment>
        <translation>Non cumulatif (somme des périodes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative (latest value)</source>
        <comment>Counting</comment>
        <translation>Cumulatif (dernière valeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique people (new each period)</source>
        <comment>Counting</comment>
        <translation>Personnes uniques (nouvelles à chaque période)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not people reached</source>
        <comment>Reach</comment>
        <translation>Hors personnes atteintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct reach</source>
        <comment>Reach</comment>
        <translation>Portée directe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect reach</source>
        <comment>Reach</comment>
        <translation>Portée indirecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <comment>AccessRole</comment>
        <translation>Administrateur(trice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme manager</source>
        <comment>AccessRole</comment>
        <translation>Gestionnaire de programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;E officer</source>
        <comment>AccessRole</comment>
        <translation>Chargé(e) de suivi-évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance officer</source>
        <comment>AccessRole</comment>
        <translation>Chargé(e) des finances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <comment>AccessRole</comment>
        <translation>Évaluateur(trice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <comment>AccessRole</comment>
        <translation>Lecteur(trice)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage people and their roles</source>
        <comment>Action</comment>
        <translation>gérer les personnes et leurs rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create or delete programmes</source>
        <comment>Action</comment>
        <translation>créer ou supprimer des programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the programme&apos;s settings</source>
        <comment>Action</comment>
        <translation>modifier les paramètres du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run calls, applications and decisions</source>
        <comment>Action</comment>
        <translation>gérer les appels, les candidatures et les décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award grants and set up projects</source>
        <comment>Action</comment>
        <translation>attribuer les subventions et mettre en place les projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review applications</source>
        <comment>Action</comment>
        <translation>évaluer les candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>define indicators, periods and targets</source>
        <comment>Action</comment>
        <translation>définir les indicateurs, les périodes et les cibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter and submit results</source>
        <comment>Action</comment>
        <translation>saisir et soumettre les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve results</source>
        <comment>Action</comment>
        <translation>approuver les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock and unlock periods</source>
        <comment>Action</comment>
        <translation>verrouiller et déverrouiller les périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter budgets, tranches and expenditures</source>
        <comment>Action</comment>
        <translation>saisir les budgets, les tranches et les dépenses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter exchange rates</source>
        <comment>Action</comment>
        <translation>saisir les taux de change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit organisations and contacts</source>
        <comment>Action</comment>
        <translation>modifier les organisations et les contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach documents</source>
        <comment>Action</comment>
        <translation>joindre des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <comment>Action</comment>
        <translation>consulter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Increase</source>
        <comment>Direction</comment>
        <translation>Hausse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrease</source>
        <comment>Direction</comment>
        <translation>Baisse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <comment>Sex</comment>
        <translation>Féminin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <comment>Sex</comment>
        <translation>Masculin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <comment>Sex</comment>
        <translation>Sexe inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <comment>ResultStatus</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>ResultStatus</comment>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>ResultStatus</comment>
        <translation>Approuvé</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/base.py" line="+20"/>
        <source>Search {records} (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: {records} (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Could not load {records}</source>
        <translation>Impossible de charger&#xa0;: {records}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} {records}</source>
        <translation>{count} {records}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export {records}</source>
        <translation>Exporter&#xa0;: {records}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No {records} match the search and filters. Clear them to see all {records}.</source>
        <translation>Rien ne correspond à la recherche et aux filtres ({records}). Effacez-les pour tout afficher.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export table…</source>
        <translation>Exporter le tableau…</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+46"/>
        <source>Remove {name} from the project&apos;s locations?

A location with reported results cannot be removed. You can undo this (Ctrl+Z).</source>
        <translation>Retirer {name} des lieux du projet&#xa0;?

Un lieu pour lequel des résultats ont été communiqués ne peut pas être retiré. Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="+166"/>
        <source>Opening {database}…</source>
        <translation>Ouverture de {database}…</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>open another page</source>
        <translation>ouvrir une autre page</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Add the demo programmes&apos; partners, calls, projects and results to this database?

This cannot be undone with Undo: the demo&apos;s records are removed one by one, or by opening a backup.</source>
        <translation>Ajouter à cette base de données les partenaires, appels, projets et résultats des programmes de démonstration&#xa0;?

Cette opération ne peut pas être annulée avec Annuler&#xa0;: les enregistrements de démonstration se suppriment un par un, ou en ouvrant une sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo programmes</source>
        <translation>Programmes de démonstration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load demo</source>
        <translation>Charger la démonstration</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+34"/>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="+72"/>
        <source>open another database</source>
        <translation>ouvrir une autre base de données</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/page_registry.py" line="+32"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/window_menus.py" line="+56"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the &amp;demo programme…</source>
        <translation>Charger le programme de &amp;démonstration…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;w database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Diaspora Grants</source>
        <translation>À &amp;propos de Diaspora Grants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a new record ({keys})</source>
        <translation>Ajouter un nouvel enregistrement ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record ({keys})</source>
        <translation>Supprimer l&apos;enregistrement sélectionné ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the table ({keys})</source>
        <translation>Exporter le tableau ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent databases</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
</context>
<context>
    <name>NarrativeActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="+88"/>
        <source>Write the narrative…</source>
        <translation>Rédiger le rapport narratif…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative report (PDF)…</source>
        <translation>Rapport narratif (PDF)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+6"/>
        <source>Narrative</source>
        <translation>Rapport narratif</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the programme and the periods to report.</source>
        <translation>Choisissez le programme et les périodes du rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first period comes after the last one: choose them the other way round.</source>
        <translation>La première période est postérieure à la dernière&#xa0;: inversez votre choix.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Preparing the narrative report…</source>
        <translation>Préparation du rapport narratif…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="+121"/>
        <source>Narrative of the report %1 (%2)</source>
        <translation>Rapport narratif %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress per outcome</source>
        <translation>Progrès par effet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The draft was not saved</source>
        <translation>Le brouillon n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/narratives.py" line="+37"/>
        <source>Executive summary</source>
        <translation>Résumé analytique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period in a few paragraphs: results, money, what changed.</source>
        <translation>La période en quelques paragraphes&#xa0;: résultats, finances, ce qui a changé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The situation the programme worked in during the period.</source>
        <translation>La situation dans laquelle le programme a été mis en œuvre pendant la période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done and achieved this period, with figures.</source>
        <translation>Ce qui a été fait et obtenu pendant la période, chiffres à l&apos;appui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Challenges and how they were handled</source>
        <translation>Difficultés et manière dont elles ont été gérées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What got in the way, and what was done about it.</source>
        <translation>Ce qui a fait obstacle, et ce qui a été fait pour y remédier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team would keep or change next time.</source>
        <translation>Ce que l&apos;équipe conserverait ou changerait la prochaine fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accountability to affected people</source>
        <translation>Redevabilité envers les populations affectées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How people were informed and consulted, and what their feedback and complaints changed.</source>
        <translation>Comment les personnes ont été informées et consultées, et ce que leurs retours et plaintes ont changé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protection from sexual exploitation and abuse</source>
        <translation>Protection contre l&apos;exploitation et les abus sexuels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures in place, training, reporting channels, and cases handled (without names).</source>
        <translation>Mesures en place, formations, canaux de signalement et cas traités (sans noms).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks for the next period and how they are mitigated.</source>
        <translation>Risques pour la prochaine période et mesures d&apos;atténuation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plans for the next period</source>
        <translation>Prévisions pour la prochaine période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What comes next, and when.</source>
        <translation>Ce qui vient ensuite, et quand.</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="-71"/>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>candidatures</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="-2"/>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/base.py" line="-351"/>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+41"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records</source>
        <translation>enregistrements</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="-42"/>
        <source>call</source>
        <translation>appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="-63"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="-58"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/contacts_panel.py" line="+19"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="-65"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="-24"/>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>tranche</source>
        <translation>tranche</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>expenditure</source>
        <translation>dépense</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="-21"/>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reporting requirement</source>
        <translation>obligation de rapport</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/programmes_page.py" line="+25"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes</source>
        <translation>programmes</translation>
    </message>
</context>
<context>
    <name>OpeningNotice</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="-370"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/dates.py" line="+84"/>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as 2027-01-31 or {example}, or pick it with …</source>
        <translation>Saisissez la date sous la forme 2027-01-31 ou {example}, ou choisissez-la avec …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;{text}&apos; is not a date: type it as 2027-01-31 or {example}, or clear it</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: saisissez-la sous la forme 2027-01-31 ou {example}, ou effacez-la</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/organisation_dialog.py" line="+24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters country</source>
        <translation>Pays du siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Diaspora origin countries</source>
        <translation>Pays d&apos;origine de la diaspora</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Operating countries</source>
        <translation>Pays d&apos;intervention</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI identifier</source>
        <translation>Identifiant IATI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence status</source>
        <translation>Statut de la vérification préalable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence date</source>
        <translation>Date de la vérification préalable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence expiry</source>
        <translation>Expiration de la vérification préalable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. US-EIN-123456789</source>
        <translation>p. ex. US-EIN-123456789</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not rated)</source>
        <translation>(non évalué)</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="-55"/>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an organisation that is not in the list yet</source>
        <translation>Enregistrer une organisation qui ne figure pas encore dans la liste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(choose the organisation that applied)</source>
        <translation>(choisissez l&apos;organisation candidate)</translation>
    </message>
</context>
<context>
    <name>OutcomesEditor</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_outcomes.py" line="+48"/>
        <source>Progress towards this outcome, with figures.</source>
        <translation>Progrès vers cet effet, chiffres à l&apos;appui.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add outcome</source>
        <translation>Ajouter un effet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove outcome</source>
        <translation>Retirer l&apos;effet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome</source>
        <translation>Effet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators under it</source>
        <translation>Indicateurs associés</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Outcome %n</source>
        <translation>
            <numerusform>Effet %n</numerusform>
            <numerusform>Effet %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerLinks</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partner_links.py" line="+42"/>
        <source>Double-click to open the application</source>
        <translation>Double-cliquez pour ouvrir la candidature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to open the project</source>
        <translation>Double-cliquez pour ouvrir le projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>, score {score}</source>
        <translation>, note {score}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no grant amount</source>
        <translation>pas de montant de subvention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No applications from this organisation</source>
        <translation>Aucune candidature de cette organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No projects with this organisation</source>
        <translation>Aucun projet avec cette organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications ({count})</source>
        <translation>Candidatures ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects ({count})</source>
        <translation>Projets ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts ({count})</source>
        <translation>Contacts ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents ({count})</source>
        <translation>Documents ({count})</translation>
    </message>
</context>
<context>
    <name>PartnerPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="-181"/>
        <source>Partners&apos; narratives</source>
        <translation>Rapports narratifs des partenaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote in the section being written</source>
        <translation>Citer dans la section en cours de rédaction</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner has sent a narrative for these periods yet.</source>
        <translation>Aucun partenaire n&apos;a encore envoyé de rapport narratif pour ces périodes.</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="+23"/>
        <source>Delete {name}?

Its contacts are deleted with it. Organisations with applications or projects cannot be deleted. You can undo this (Ctrl+Z).</source>
        <translation>Supprimer {name}&#xa0;?

Ses contacts sont supprimés avec elle. Les organisations ayant des candidatures ou des projets ne peuvent pas être supprimées. Vous pourrez annuler cette action (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due diligence</source>
        <translation>Vérification préalable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared / expires</source>
        <translation>Validée le / expire le</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an organisation to see its profile</source>
        <translation>Sélectionnez une organisation pour voir son profil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last changed {when} by {who}</source>
        <translation>Dernière modification le {when} par {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/step_dialogs.py" line="-27"/>
        <source>Record the payment of {label}</source>
        <translation>Enregistrer le versement de la {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what left the account for {label}. A paid tranche stays on record: recording the payment is not undone with Undo (Ctrl+Z).</source>
        <translation>Indiquez ce qui est sorti du compte pour la {label}. Une tranche versée reste enregistrée&#xa0;: l&apos;enregistrement du versement ne peut pas être annulé avec Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>Enregistrer le versement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on</source>
        <translation>Versée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid ({currency})</source>
        <translation>Montant versé ({currency})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="-140"/>
        <source>Narrative report: preview</source>
        <translation>Rapport narratif&#xa0;: aperçu</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the narrative report</source>
        <translation>Enregistrer le rapport narratif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/programme_records.py" line="+29"/>
        <source>Delete reporting period {label}?

Only the first or the last period can be deleted, and not one with results or locked. Its targets go with it. You can undo this (Ctrl+Z).</source>
        <translation>Supprimer la période de rapport {label}&#xa0;?

Seule la première ou la dernière période peut être supprimée, et pas une période qui a des résultats ou qui est verrouillée. Ses cibles sont supprimées avec elle. Vous pouvez annuler (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ProgrammeChildren</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/programme_children.py" line="+42"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The age bands its results may use; all checked: every band of the programme</source>
        <translation>Les tranches d&apos;âge que ses résultats peuvent utiliser&#xa0;; toutes cochées&#xa0;: toutes celles du programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. BHA-1</source>
        <translation>p. ex. BHA-1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. people, points, %</source>
        <translation>p. ex. personnes, points, %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result level</source>
        <translation>Niveau de résultat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting</source>
        <translation>Règle de comptage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline</source>
        <translation>Valeur de référence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline date</source>
        <translation>Date de la valeur de référence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LoA target</source>
        <translation>Cible sur la durée totale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disaggregated</source>
        <translation>Ventilé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by place, group, sex and age</source>
        <translation>par lieu, groupe, sexe et âge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age bands</source>
        <translation>Tranches d&apos;âge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit is worth</source>
        <translation>Valeur d&apos;une unité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in currency</source>
        <translation>en devise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. health</source>
        <translation>p. ex. santé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2022-H1</source>
        <translation>p. ex. 2022-H1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reporting period</source>
        <translation>période de rapport</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(whole programme)</source>
        <translation>(tout le programme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(life of award)</source>
        <translation>(durée totale de la subvention)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target</source>
        <translation>cible</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/programme_dialog.py" line="+34"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. BHA-2022</source>
        <translation>p. ex. BHA-2022</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reporting organisation</source>
        <translation>Organisation déclarante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Award number</source>
        <translation>Numéro de subvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the donor&apos;s number, e.g. 720BHA22GR00123</source>
        <translation>le numéro du bailleur, p. ex. 720BHA22GR00123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overlap rule</source>
        <translation>Règle de chevauchement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age bands</source>
        <translation>Tranches d&apos;âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas, e.g. 0-17, 18-59, 60+</source>
        <translation>séparées par des virgules, p. ex. 0-17, 18-59, 60+</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Population groups</source>
        <translation>Groupes de population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas, e.g. host community, refugees</source>
        <translation>séparés par des virgules, p. ex. communauté d&apos;accueil, réfugiés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SDG goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3, 10</source>
        <translation>p. ex. 3, 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ProgrammeModels</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-58"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>locked {when} by {who}</source>
        <translation>verrouillée le {when} par {who}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>whole programme</source>
        <translation>tout le programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>life of award</source>
        <translation>durée totale de la subvention</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/programmes_page.py" line="+6"/>
        <source>No programmes yet.

A programme is the award from one donor: press New (Ctrl+N) to record it, then give it its indicators, reporting periods and targets.</source>
        <translation>Aucun programme pour l&apos;instant.

Un programme correspond à la subvention d&apos;un bailleur de fonds&#xa0;: appuyez sur Nouveau (Ctrl+N) pour l&apos;enregistrer, puis donnez-lui ses indicateurs, ses périodes de rapport et ses cibles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete programme {code}?

Its indicators, reporting periods and targets go with it and come back with Undo (Ctrl+Z); its award figures, narratives and role assignments do not. A programme with calls or projects cannot be deleted.</source>
        <translation>Supprimer le programme {code}&#xa0;?

Ses indicateurs, ses périodes de rapport et ses cibles sont supprimés avec lui et reviennent avec Annuler (Ctrl+Z)&#xa0;; les montants de sa subvention, ses rapports narratifs et les attributions de rôles, non. Un programme qui a des appels ou des projets ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Donor</source>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken down by</source>
        <translation>Ventilé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a programme to see its indicators, reporting periods and targets</source>
        <translation>Sélectionnez un programme pour voir ses indicateurs, ses périodes de rapport et ses cibles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} in {currency}, reported by {reporter}</source>
        <translation>{number} en {currency}, rapporté par {reporter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no award number</source>
        <translation>pas de numéro de subvention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reporting organisation</source>
        <translation>pas d&apos;organisation déclarante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages {bands} · groups {groups} · people in two projects: {rule}</source>
        <translation>âges {bands} · groupes {groups} · personnes de deux projets&#xa0;: {rule}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indicators ({count})</source>
        <translation>Indicateurs ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods ({count})</source>
        <translation>Périodes ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets ({count})</source>
        <translation>Cibles ({count})</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/project_dialog.py" line="+31"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. LB-SAMS-01</source>
        <translation>p. ex. LB-SAMS-01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant amount</source>
        <translation>Montant de la subvention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual start</source>
        <translation>Début effectif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual end</source>
        <translation>Fin effective</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. health</source>
        <translation>p. ex. santé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DAC sector</source>
        <translation>Secteur CAD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement number</source>
        <translation>Numéro de l&apos;accord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grant agreement&apos;s own number, e.g. 720BHA22-GA-01</source>
        <translation>le numéro propre de l&apos;accord de subvention, p. ex. 720BHA22-GA-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+17"/>
        <source>Delete project {code}?

Its budget lines, unpaid tranches and reporting requirements go with it. Projects with payments, spending or results cannot be deleted: cancel them instead.</source>
        <translation>Supprimer le projet {code}&#xa0;?

Ses lignes budgétaires, ses tranches non versées et ses obligations de rapport sont supprimées avec lui. Les projets ayant des versements, des dépenses ou des résultats ne peuvent pas être supprimés&#xa0;: annulez-les plutôt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All programmes</source>
        <translation>Tous les programmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reporting</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranches</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenditure</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a project to see its budget, tranches and reports</source>
        <translation>Sélectionnez un projet pour voir son budget, ses tranches et ses rapports</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{start} to {end} (planned) · status {status}</source>
        <translation>du {start} au {end} (prévu) · statut {status}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not be read: {reason}</source>
        <translation>lecture impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Locations ({count})</source>
        <translation>Lieux ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no override: the award found it cleared</source>
        <translation>aucune dérogation&#xa0;: la vérification était validée lors de l&apos;attribution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overridden on {day} by {who} ({state}): {reason}</source>
        <translation>dérogation accordée le {day} par {who} ({state})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{paid} paid · {to_pay} still to pay</source>
        <translation>{paid} versés · {to_pay} restant à verser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{spent} · {advance} advanced but not yet reported</source>
        <translation>{spent} · {advance} avancés mais non encore justifiés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{spent} of the budget spent, {elapsed} of the time gone</source>
        <translation>{spent} du budget dépensé, {elapsed} du temps écoulé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spending is well behind the time gone</source>
        <translation>Les dépenses sont très en retard sur le temps écoulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending runs ahead of time</source>
        <translation>Les dépenses sont en avance sur le temps écoulé</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/rate_dialog.py" line="+24"/>
        <source>e.g. 89.5</source>
        <translation>p. ex. 89.5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Any day of the month: rates are kept per month</source>
        <translation>N&apos;importe quel jour du mois&#xa0;: les taux sont conservés par mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units per base</source>
        <translation>Unités par devise de base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base currency</source>
        <translation>Devise de base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. OANDA monthly average</source>
        <translation>p. ex. moyenne mensuelle OANDA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value date</source>
        <translation>Date de valeur</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+29"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/records.py" line="+117"/>
        <source>Delete {record}</source>
        <translation>Suppression&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not delete the {record}</source>
        <translation>Suppression impossible&#xa0;: {record}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/record_dialog.py" line="+79"/>
        <source>Edit {record} {label}</source>
        <translation>Modifier&#xa0;: {record} {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {record}</source>
        <translation>Ajouter&#xa0;: {record}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+19"/>
        <location line="+206"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+206"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+206"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Delete {noun} {label}?

You can undo this (Ctrl+Z).</source>
        <translation>Supprimer {noun} {label}&#xa0;?

Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/reports_page.py" line="+50"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report workbook</source>
        <translation>Classeur du rapport au bailleur de fonds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner results template</source>
        <translation>Modèle de résultats pour le partenaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IATI 2.03 activities (XML)</source>
        <translation>Activités IATI 2.03 (XML)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI XML (*.xml)</source>
        <translation>XML IATI (*.xml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HXL people reached (CSV)</source>
        <translation>HXL personnes atteintes (CSV)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HXL 5W: who does what where</source>
        <translation>HXL 5W&#xa0;: qui fait quoi où</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full data workbook</source>
        <translation>Classeur de données complet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-annual</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report type</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Rapport narratif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template language</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+134"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last export: {path}</source>
        <translation>Dernière exportation&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export {what}</source>
        <translation>Exporter&#xa0;: {what}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting: {what}…</source>
        <translation>Exportation&#xa0;: {what}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file had already been written when Cancel was pressed: {path}</source>
        <translation>Le fichier était déjà écrit lorsque vous avez appuyé sur Annuler&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the periods to report.</source>
        <translation>Choisissez les périodes du rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first period comes after the last one: choose them the other way round.</source>
        <translation>La première période vient après la dernière&#xa0;: choisissez-les dans l&apos;autre sens.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The programme has no project to make a template for.</source>
        <translation>Le programme n&apos;a aucun projet pour lequel créer un modèle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written: &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>Écrit&#xa0;: &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%Ln row(s)</source>
        <translation>%Ln ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people reached</source>
        <translation>{count} personnes atteintes</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+7"/>
        <source>Mark submitted…</source>
        <translation>Marquer comme remis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark accepted…</source>
        <translation>Marquer comme accepté…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>submitted on {day}</source>
        <translation>remis le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted on {day}</source>
        <translation>accepté le {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark it submitted first</source>
        <translation>marquez-le d&apos;abord comme remis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report submitted</source>
        <translation>Rapport remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the partner handed in “{title}”.</source>
        <translation>Date à laquelle le partenaire a remis «&#xa0;{title}&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted on</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report accepted</source>
        <translation>Rapport accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day “{title}” was accepted.</source>
        <translation>Date à laquelle «&#xa0;{title}&#xa0;» a été accepté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> This is a step of the reporting calendar, not undone with Undo; edit the dates to correct it.</source>
        <translation> Il s&apos;agit d&apos;une étape du calendrier des rapports, qui ne peut pas être annulée avec Annuler&#xa0;; modifiez les dates pour la corriger.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_approval.py" line="+37"/>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} results</source>
        <translation>{count} résultats</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit…</source>
        <translation>Soumettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rules…</source>
        <translation>Règles d&apos;approbation…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether the person who approves must differ from who submitted</source>
        <translation>Si la personne qui approuve doit être différente de celle qui a soumis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;no results entered yet&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b style=&apos;color:{colour}&apos;&gt;aucun résultat saisi pour l&apos;instant&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;mixed — cells have different statuses&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b style=&apos;color:{colour}&apos;&gt;mixte — les cellules ont des statuts différents&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approved by {who}{when} — read-only; counted in reach and reports</source>
        <translation>approuvés par {who}{when} — lecture seule&#xa0;; comptés dans la portée et les rapports</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>submitted by {who}{when} — waiting for approval</source>
        <translation>soumis par {who}{when} — en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft — not yet submitted</source>
        <translation>brouillon — pas encore soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;{text}&lt;/b&gt;</source>
        <translation>Statut&#xa0;: &lt;b style=&apos;color:{colour}&apos;&gt;{text}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No results are entered here yet</source>
        <translation>Aucun résultat n&apos;est encore saisi ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period is locked</source>
        <translation>La période est verrouillée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Save the grid first</source>
        <translation>Enregistrez d&apos;abord la grille</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The period is locked: unlock it first</source>
        <translation>La période est verrouillée&#xa0;: déverrouillez-la d&apos;abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing shown is approved</source>
        <translation>Rien de ce qui est affiché n&apos;est approuvé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved results are submitted already</source>
        <translation>Les résultats approuvés sont déjà soumis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted already: waiting for approval</source>
        <translation>Déjà soumis&#xa0;: en attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved already</source>
        <translation>Déjà approuvés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submit {results} of {what} for approval?

Someone then approves them. Undo does not take a submission back; editing the results later returns them to draft.</source>
        <translation>Soumettre {results} de {what} pour approbation&#xa0;?

Quelqu&apos;un les approuvera ensuite. L&apos;annulation (Annuler) ne retire pas une soumission&#xa0;; modifier ensuite les résultats les remet à l&apos;état de brouillon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit results</source>
        <translation>Soumettre les résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+16"/>
        <source>Approve results</source>
        <translation>Approuver les résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+2"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve {results} of {what}?

Approved results count in reach and in the donor&apos;s reports, and become read-only: correcting them later needs Reopen… with a reason. Undo does not take an approval back.</source>
        <translation>Approuver {results} de {what}&#xa0;?

Les résultats approuvés sont comptés dans la portée et dans les rapports au bailleur de fonds, et passent en lecture seule&#xa0;: pour les corriger ensuite, il faut Rouvrir… avec un motif. L&apos;annulation (Annuler) ne retire pas une approbation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change the status</source>
        <translation>Impossible de modifier le statut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reopen approved results</source>
        <translation>Rouvrir des résultats approuvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen {results} of {what}? They become drafts to correct, and must be submitted and approved again. Say why: the reason is kept in the audit trail with your name.</source>
        <translation>Rouvrir {results} de {what}&#xa0;? Ils redeviennent des brouillons à corriger, et devront être soumis et approuvés à nouveau. Indiquez pourquoi&#xa0;: le motif est conservé dans le journal d&apos;audit avec votre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reopen the results</source>
        <translation>Impossible de rouvrir les résultats</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_periods.py" line="+57"/>
        <source> on {when}</source>
        <translation> le {when}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_periods.py" line="-15"/>
        <source>Lock period…</source>
        <translation>Verrouiller la période…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock period…</source>
        <translation>Déverrouiller la période…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> by {who}</source>
        <translation> par {who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Period {period} is locked&lt;/b&gt;{by}{when}: its results have been reported and are shown read-only. To correct them, unlock the period and give the reason.</source>
        <translation>&lt;b&gt;La période {period} est verrouillée&lt;/b&gt;{by}{when}&#xa0;: ses résultats ont été rapportés et sont affichés en lecture seule. Pour les corriger, déverrouillez la période en indiquant le motif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lock the period</source>
        <translation>verrouiller la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock period {period}?

Its results become read-only for everyone, so that what was reported and what the database holds cannot drift apart. Unlocking later needs a reason.</source>
        <translation>Verrouiller la période {period}&#xa0;?

Ses résultats passent en lecture seule pour tous, afin que ce qui a été rapporté et ce que contient la base de données ne puissent pas diverger. Le déverrouillage demandera un motif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock period</source>
        <translation>Verrouiller la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not lock the period</source>
        <translation>Impossible de verrouiller la période</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlock period {period}</source>
        <translation>Déverrouiller la période {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period {period} has been reported. Say why its figures may change: the reason is kept in the audit trail with your name.</source>
        <translation>La période {period} a été rapportée. Indiquez pourquoi ses chiffres peuvent changer&#xa0;: le motif est conservé dans le journal d&apos;audit avec votre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not unlock the period</source>
        <translation>Impossible de déverrouiller la période</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_saving.py" line="+80"/>
        <source>Could not save the results</source>
        <translation>Impossible d&apos;enregistrer les résultats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unknown time</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed these results on {when}, after you opened the grid. Your figures are still in the grid.

Show their figures (yours are discarded), or save yours over theirs?</source>
        <translation>{who} a modifié ces résultats le {when}, après l&apos;ouverture de votre grille. Vos chiffres sont toujours dans la grille.

Afficher ses chiffres (les vôtres sont abandonnés), ou enregistrer les vôtres à la place des siens&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show theirs</source>
        <translation>Afficher les siens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over theirs</source>
        <translation>Enregistrer les miens à la place</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: {problems}{more}. The cells concerned are marked in red.</source>
        <translation>Non enregistré&#xa0;: {problems}{more}. Les cellules concernées sont marquées en rouge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; and {count} more</source>
        <translation>&#xa0;; et {count} de plus</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_page.py" line="+119"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the grid as a draft (Ctrl+S)</source>
        <translation>Enregistrer la grille comme brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not load the results</source>
        <translation>Impossible de charger les résultats</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{scope} · total {total}</source>
        <translation>{scope} · total {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The results of {scope} have figures that are not saved.</source>
        <translation>Les résultats de {scope} contiennent des chiffres non enregistrés.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo puts back saved results of this grid, and the figures you typed since would be lost. Discard them and undo?</source>
        <translation>Annuler rétablit des résultats enregistrés de cette grille, et les chiffres saisis depuis seraient perdus. Les abandonner et annuler&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved results</source>
        <translation>Résultats non enregistrés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard and undo</source>
        <translation>Abandonner et annuler</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>show other results</source>
        <translation>afficher d&apos;autres résultats</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the grid</source>
        <translation>Impossible de lire la grille</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+80"/>
        <source>whole project</source>
        <translation>ensemble du projet</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>every location (one value each)</source>
        <translation>chaque lieu (une valeur par lieu)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> on {when}</source>
        <translation> le {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These results were submitted for approval by {who}{when}.

If you change them they go back to draft when you save, and must be submitted and approved again. Change them?</source>
        <translation>Ces résultats ont été soumis pour approbation par {who}{when}.

Si vous les modifiez, ils repasseront à l&apos;état de brouillon à l&apos;enregistrement et devront être de nouveau soumis et approuvés. Les modifier&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change submitted results</source>
        <translation>Modifier des résultats soumis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change them</source>
        <translation>Les modifier</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;modifications non enregistrées&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Total of the scope: {total}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total du périmètre&#xa0;: {total}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> &amp;nbsp;·&amp;nbsp; by location: </source>
        <translation> &amp;nbsp;·&amp;nbsp; par lieu&#xa0;: </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Could not undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
</context>
<context>
    <name>ResultsTablePanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_table.py" line="+42"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All indicators</source>
        <translation>Tous les indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click a row to open its grid.</source>
        <translation>Double-cliquez sur une ligne pour ouvrir sa grille.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Could not read the results</source>
        <translation>Impossible de lire les résultats</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 result cell</source>
        <translation>1 cellule de résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln result cells</source>
        <translation>
            <numerusform>%Ln cellule de résultat</numerusform>
            <numerusform>%Ln cellules de résultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%Ln loaded; scroll for more)</source>
        <translation>
            <numerusform> (%Ln chargée&#xa0;; faites défiler pour voir la suite)</numerusform>
            <numerusform> (%Ln chargées&#xa0;; faites défiler pour voir la suite)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/review_dialog.py" line="+67"/>
        <source>Review by {reviewer}</source>
        <translation>Évaluation de {reviewer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New review</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name of the reviewer</source>
        <translation>nom de l&apos;évaluateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{criterion} (weight {weight})</source>
        <translation>{criterion} (pondération {weight})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call has no criteria yet: add them on the Calls page.</source>
        <translation>L&apos;appel n&apos;a pas encore de critères&#xa0;: ajoutez-les dans la page Appels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reviewer has a conflict of interest and is recused</source>
        <translation>L&apos;évaluateur a un conflit d&apos;intérêts et se récuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict note</source>
        <translation>Note sur le conflit</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recused: this review is kept on record but does not count.</source>
        <translation>Récusé&#xa0;: cette évaluation est conservée mais n&apos;est pas comptée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted score of this review: &lt;b&gt;{score}&lt;/b&gt; of 100</source>
        <translation>Note pondérée de cette évaluation&#xa0;: &lt;b&gt;{score}&lt;/b&gt; sur 100</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the review</source>
        <translation>Impossible d&apos;enregistrer l&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/review_panel.py" line="+42"/>
        <source>by {reviewer}</source>
        <translation>par {reviewer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the review by {reviewer}?

The application&apos;s score is computed again.</source>
        <translation>Supprimer l&apos;évaluation de {reviewer}&#xa0;?

La note de la candidature est recalculée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add review…</source>
        <translation>Ajouter une évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit review…</source>
        <translation>Modifier l&apos;évaluation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete review</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The application is {status}: reviews are written while it is eligible or shortlisted.</source>
        <translation>La candidature est au statut {status}&#xa0;: les évaluations se font lorsqu&apos;elle est éligible ou présélectionnée.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n recused (not counted)</source>
        <translation>
            <numerusform>, %n récusé (non compté)</numerusform>
            <numerusform>, %n récusés (non comptés)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. The application&apos;s score is the mean of the counted reviews.</source>
        <translation>. La note de la candidature est la moyenne des évaluations comptées.</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+69"/>
        <source>Revisions of budget line {code}</source>
        <translation>Révisions de la ligne budgétaire {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} — {category}: original {original} {currency}</source>
        <translation>{code} — {category}&#xa0;: montant initial {original} {currency}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} has not been revised: the original amount is in force.</source>
        <translation>La ligne {code} n&apos;a pas été révisée&#xa0;: le montant initial reste en vigueur.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/saving_dialog.py" line="+90"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing the version {who} saved.</source>
        <translation>Affichage de la version enregistrée par {who}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You kept your values: saving now replaces the version they saved.</source>
        <translation>Vous avez gardé vos valeurs&#xa0;: enregistrer maintenant remplace la version qu&apos;ils ont enregistrée.</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_scope.py" line="+86"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No programme yet.

Load the demo programme from the File menu, or add a programme.</source>
        <translation>Aucun programme pour l&apos;instant.

Chargez le programme de démonstration depuis le menu Fichier, ou ajoutez un programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This programme has no projects yet: award an application or add a project.</source>
        <translation>Ce programme n&apos;a pas encore de projet&#xa0;: attribuez une candidature ou ajoutez un projet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This programme has no indicators yet: results are recorded against them.</source>
        <translation>Ce programme n&apos;a pas encore d&apos;indicateur&#xa0;: les résultats sont saisis par indicateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This programme has no reporting periods yet.</source>
        <translation>Ce programme n&apos;a pas encore de période de rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a project, an indicator and a period.</source>
        <translation>Choisissez un projet, un indicateur et une période.</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/review_dialog.py" line="-164"/>
        <source>  of {maximum}</source>
        <translation>  sur {maximum}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/settings_dialog.py" line="+22"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Amal Haddad</source>
        <translation>p. ex. Amal Haddad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to the audit trail with every change you make</source>
        <translation>Inscrit dans le journal d&apos;audit à chaque modification que vous faites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is recorded with each change from now on. New calls, applications and projects start in the default currency. To work on another database use File &gt; Open database.</source>
        <translation>Votre nom est désormais enregistré avec chaque modification. Les nouveaux appels, candidatures et projets utilisent la devise par défaut. Pour travailler sur une autre base de données, utilisez Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name is required: it is written to the audit trail</source>
        <translation>Votre nom est obligatoire&#xa0;: il est inscrit dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The app speaks the new language when it starts again.</source>
        <translation>L&apos;application parlera la nouvelle langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+33"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Fonction</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/programme_records.py" line="+53"/>
        <source>Delete this target of {indicator}?

You can undo this (Ctrl+Z).</source>
        <translation>Supprimer cette cible de {indicator}&#xa0;?

Vous pouvez annuler (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="-165"/>
        <source>Status changes are not undone with Undo (Ctrl+Z).</source>
        <translation>Un changement de statut ne peut pas être annulé avec Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record payment…</source>
        <translation>Enregistrer le versement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel tranche…</source>
        <translation>Annuler la tranche…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scheduled…</source>
        <translation>Remettre à l&apos;état prévu…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete tranche {number} from the schedule?

You can undo this (Ctrl+Z).</source>
        <translation>Supprimer la tranche {number} de l&apos;échéancier&#xa0;?

Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tranche {number} ({amount}, planned {day})</source>
        <translation>tranche {number} ({amount}, prévue le {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve tranche</source>
        <translation>Approuver la tranche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve {tranche} for payment?</source>
        <translation>Approuver la {tranche} pour versement&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cancel tranche</source>
        <translation>Annuler la tranche</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel {tranche}? It stays on the schedule as cancelled and can be reopened.</source>
        <translation>Annuler la {tranche}&#xa0;? Elle reste dans l&apos;échéancier avec le statut «&#xa0;annulée&#xa0;» et peut être rouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Back to scheduled</source>
        <translation>Remettre à l&apos;état prévu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Put {tranche} back to scheduled (its approval or cancellation is withdrawn)?</source>
        <translation>Remettre la {tranche} à l&apos;état prévu (son approbation ou son annulation est retirée)&#xa0;?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not record the payment</source>
        <translation>Impossible d&apos;enregistrer le versement</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo.py" line="+168"/>
        <source>create {record} {label}</source>
        <translation>créer&#xa0;: {record} {label}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>edit {record} {label}</source>
        <translation>modifier&#xa0;: {record} {label}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>delete {record} {label}</source>
        <translation>supprimer&#xa0;: {record} {label}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+37"/>
        <source>an unknown time</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not {step} “{what}”: {entity} {label} was changed by {who} on {when} since. Their version is kept, and your undo history is unchanged.</source>
        <translation>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {entity} {label} a été modifié depuis par {who} (date&#xa0;: {when}). Sa version est conservée et votre historique d&apos;annulation est inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {step} “{what}”: {reason}; someone else deleted it. Your undo history is unchanged.</source>
        <translation>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {reason}&#xa0;; quelqu&apos;un d&apos;autre l&apos;a supprimé. Votre historique d&apos;annulation est inchangé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {step} “{what}”: {reason}. Your undo history is unchanged.</source>
        <translation>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {reason}. Votre historique d&apos;annulation est inchangé.</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location line="+78"/>
        <location line="+69"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+27"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save them before you {doing}?</source>
        <translation>Les enregistrer avant de {doing}&#xa0;?</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+40"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>VarianceDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/variance_dialog.py" line="+75"/>
        <source>Explain variances</source>
        <translation>Justifier les écarts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Life of award</source>
        <translation>Durée totale de la subvention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save indicator explanation</source>
        <translation>Enregistrer la justification de l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save budget line explanation</source>
        <translation>Enregistrer la justification de la ligne budgétaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicator against its target</source>
        <translation>Indicateur par rapport à sa cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+5"/>
        <location line="+59"/>
        <source>Explanation</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Over-spent budget line</source>
        <translation>Ligne budgétaire en dépassement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An empty explanation removes the one saved.</source>
        <translation>Une justification vide supprime celle qui était enregistrée.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/workers.py" line="+210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already done</source>
        <translation>Déjà effectué</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="-42"/>
        <source>Diaspora Grants databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Diaspora Grants (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} already exists: it is opened as it is.</source>
        <translation>{file} existe déjà&#xa0;: il est ouvert tel quel.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No other database opened yet</source>
        <translation>Aucune autre base de données ouverte pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/fields.py" line="+86"/>
        <source>Refused: {0}</source>
        <translation>Refusé&#xa0;: {0}</translation>
    </message>
</context>
</TS>
