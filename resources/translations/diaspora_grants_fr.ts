<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/donor_reporting_button.py" line="+22"/>
        <source>Award and variances</source>
        <translation>Subvention et écarts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Award from the donor and variance threshold…</source>
        <translation>Subvention du bailleur de fonds et seuil d&apos;écart…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain variances…</source>
        <translation>Justifier les écarts…</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+78"/>
        <source>Unsaved</source>
        <comment>Unsaved changes</comment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved</source>
        <comment>Save them before you {doing}?</comment>
        <translation>Les enregistrer avant de {doing}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="+153"/>
        <source>Grid</source>
        <comment>Totals are worked out from the cells; they cannot be typed</comment>
        <extracomment>A row of the disaggregated grid: (population group, sex); a row of the simple grid: (location,). The grand total or any total changed (after each typed character, with the grid&apos;s delegate). A typed or pasted figure was refused: the message names the cell by its labels. Locations whose cells are approved: read-only until reopened.</extracomment>
        <translation>Les totaux sont calculés à partir des cellules&#xa0;; ils ne peuvent pas être saisis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <comment>The period is locked: its results are read-only</comment>
        <translation>La période est verrouillée&#xa0;: ses résultats sont en lecture seule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid</source>
        <comment>These results are approved: reopen them with a reason to correct them</comment>
        <translation>Ces résultats sont approuvés&#xa0;: rouvrez-les en indiquant un motif pour les corriger</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+34"/>
        <source>Undo</source>
        <comment>an unknown time</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <comment>another user</comment>
        <translation>un autre utilisateur</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {entity} {label} was changed by {who} on {when} since. Their version is kept, and your undo history is unchanged.</comment>
        <translation>
            <numerusform>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {entity} {label} a été modifié depuis par {who} (date&#xa0;: {when}). Sa version est conservée et votre historique d&apos;annulation est inchangé.</numerusform>
            <numerusform>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {entity} {label} a été modifié depuis par {who} (date&#xa0;: {when}). Sa version est conservée et votre historique d&apos;annulation est inchangé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {reason}; someone else deleted it. Your undo history is unchanged.</comment>
        <translation>
            <numerusform>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {reason}&#xa0;; quelqu&apos;un d&apos;autre l&apos;a supprimé. Votre historique d&apos;annulation est inchangé.</numerusform>
            <numerusform>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {reason}&#xa0;; quelqu&apos;un d&apos;autre l&apos;a supprimé. Votre historique d&apos;annulation est inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {reason}. Your undo history is unchanged.</comment>
        <translation>Impossible d&apos;effectuer l&apos;opération «&#xa0;{step}&#xa0;» sur «&#xa0;{what}&#xa0;»&#xa0;: {reason}. Votre historique d&apos;annulation est inchangé.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+53"/>
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
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+127"/>
        <source>Award…</source>
        <extracomment>What the decision buttons say for each status an application can move to.</extracomment>
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
        <location line="+33"/>
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
        <location line="+20"/>
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
        <location line="+24"/>
        <source>Could not save the rule</source>
        <translation>Impossible d&apos;enregistrer la règle</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="+103"/>
        <source>Select a change to see it in full.</source>
        <extracomment>The tables a person may want to narrow the trail to, by the name the audit trail records.</extracomment>
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
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+97"/>
        <source>Award a grant to {organisation}. This creates the project (in the pipeline) from the application&apos;s title, partner, amount and currency, and opens it. An award is not undone with Undo (Ctrl+Z).</source>
        <translation>Attribuer une subvention à {organisation}. Cette opération crée le projet (en préparation) à partir de l&apos;intitulé, du partenaire, du montant et de la devise de la candidature, puis l&apos;ouvre. Une attribution ne peut pas être annulée avec Annuler (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+48"/>
        <source>Revisions…</source>
        <extracomment>Status changes are decisions on record: each step&apos;s dialog says it is not undone with Undo.</extracomment>
        <translation>Révisions…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete budget line {code} ({category})?

A line with expenditure booked on it cannot be deleted; its revisions go with it. You can undo this (Ctrl+Z).</source>
        <translation>Supprimer la ligne budgétaire {code} ({category})&#xa0;?

Une ligne sur laquelle des dépenses sont imputées ne peut pas être supprimée&#xa0;; ses révisions sont supprimées avec elle. Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CallWorkflowBar</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/call_workflow.py" line="+52"/>
        <source>Close only…</source>
        <extracomment>The bold button&apos;s words for the step forward from each status. The call&apos;s status changed (its id), or a step failed and the page should read it again (None).</extracomment>
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
        <location line="+20"/>
        <source>Could not change the status</source>
        <translation>Impossible de modifier le statut</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/criteria_panel.py" line="+58"/>
        <source>Evaluation criteria (weights total 100)</source>
        <extracomment>The criteria were saved (the call&apos;s id). The reason given to change frozen criteria (None: not frozen, or not unlocked yet).</extracomment>
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
        <location line="+20"/>
        <source>Could not save the criteria</source>
        <translation>Impossible d&apos;enregistrer les critères</translation>
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
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="+42"/>
        <source>Attach…</source>
        <extracomment>One folder per app session for removed files (created on first use).</extracomment>
        <translation>Joindre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+16"/>
        <source>Could not open the document</source>
        <translation>Impossible d&apos;ouvrir le document</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/import_panel.py" line="+98"/>
        <source>{sheet}, row {row}, {column}: {message}</source>
        <extracomment>An import was committed: pages that show its data must ask again.</extracomment>
        <translation>{sheet}, ligne {row}, {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check before committing (the import does not stop for these):</source>
        <translation>À vérifier avant de valider (ces points n&apos;arrêtent pas l&apos;importation)&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the file was cancelled; nothing was saved.</source>
        <translation>La vérification du fichier a été annulée&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Import {file} now?

Everything the preview shows is saved at once. An import cannot be undone with Undo: each change is in the audit trail, and the day&apos;s backup holds the data as it was before.</source>
        <translation>Importer {file} maintenant&#xa0;?

Tout ce que montre l&apos;aperçu est enregistré en une seule fois. Une importation ne peut pas être annulée avec Annuler&#xa0;: chaque modification figure dans le journal d&apos;audit, et la sauvegarde du jour conserve les données telles qu&apos;elles étaient auparavant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>LocationsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+44"/>
        <source>Remove {name} from the project&apos;s locations?

A location with reported results cannot be removed. You can undo this (Ctrl+Z).</source>
        <translation>Retirer {name} des lieux du projet&#xa0;?

Un lieu pour lequel des résultats ont été communiqués ne peut pas être retiré. Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="+284"/>
        <source>open another page</source>
        <extracomment>The page a new user starts on: what needs them today. The window painted for the first time, before its database opened (only with `opening`). The workspace is open and the first page is built and filled. The Help dialog opened last (tests and screenshots reach it here). The database was refused after the window showed (it could not be opened, or the full check found it damaged): the window closes and the app ends with status 1. The page the window opens on (the last one used, or one clicked while it opened). The key of the page shown (None before the database is open).</extracomment>
        <translation>ouvrir une autre page</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Add the demo programmes&apos; partners, calls, projects and results to this database?

This cannot be undone with Undo: the demo&apos;s records are removed one by one, or by opening a backup.</source>
        <extracomment>What calls the services: disabled while the database opens.</extracomment>
        <translation>Ajouter à cette base de données les partenaires, appels, projets et résultats des programmes de démonstration&#xa0;?

Cette opération ne peut pas être annulée avec Annuler&#xa0;: les enregistrements de démonstration se suppriment un par un, ou en ouvrant une sauvegarde.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+34"/>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="+51"/>
        <source>open another database</source>
        <translation>ouvrir une autre base de données</translation>
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
        <location line="+19"/>
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
        <location line="+40"/>
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
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="+101"/>
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
        <location line="+29"/>
        <source>The draft was not saved</source>
        <translation>Le brouillon n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft saved at %1.</source>
        <translation>Brouillon enregistré à %1.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/dates.py" line="+85"/>
        <source>Type the date as 2027-01-31 or {example}, or pick it with …</source>
        <extracomment>Two-digit years (31/01/27) are read in this century. Marks some locales write around date separators (right-to-left scripts). The date changed (typed and left, picked, or cleared).</extracomment>
        <translation>Saisissez la date sous la forme 2027-01-31 ou {example}, ou choisissez-la avec …</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="+34"/>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an organisation that is not in the list yet</source>
        <translation>Enregistrer une organisation qui ne figure pas encore dans la liste</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../src/diaspora_grants/gui/pages/partner_links.py" line="+48"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="-157"/>
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
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="-131"/>
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
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+151"/>
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
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+56"/>
        <location line="+191"/>
        <source>New…</source>
        <extracomment>The steps every panel shows a reason for fit in this many lines. Something was saved, deleted, undone or redone: the owner&apos;s figures may have changed. Whether the workflow&apos;s step buttons need a row of their own (more than two of them).</extracomment>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Delete {noun} {label}?

You can undo this (Ctrl+Z).</source>
        <translation>Supprimer {noun} {label}&#xa0;?

Vous pourrez annuler cette opération (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/reports_page.py" line="+84"/>
        <source>English</source>
        <extracomment>Uses the period range (else the whole programme to date). Made for one project and one period (the &quot;to&quot; period). The code of each programme in the combo, by id (file names and the data workbook use it).</extracomment>
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
        <location line="+34"/>
        <source>Narrative</source>
        <translation>Rapport narratif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template language</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file had already been written when Cancel was pressed: {path}</source>
        <translation>Le fichier était déjà écrit lorsque vous avez appuyé sur Annuler&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+15"/>
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
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_page.py" line="+118"/>
        <source>Save</source>
        <extracomment>The scope of the grid shown (project, indicator, period); None when nothing is chosen. Locations whose submitted results the user agreed to change (asked once per load).</extracomment>
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
        <location line="+14"/>
        <source>Could not load the results</source>
        <translation>Impossible de charger les résultats</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+46"/>
        <source>show other results</source>
        <translation>afficher d&apos;autres résultats</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the grid</source>
        <translation>Impossible de lire la grille</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+54"/>
        <source>Could not undo or redo</source>
        <translation>Impossible d&apos;annuler ou de rétablir</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+75"/>
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
    <name>ScopeChooser</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_scope.py" line="+46"/>
        <source>Programme</source>
        <extracomment>The user chose another project, indicator or period (or programme). The programme&apos;s projects, indicators and periods were (re)loaded. Asked before the user&apos;s choice replaces the grid; False puts the previous choice back.</extracomment>
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
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+33"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The facts by caption, as shown (tests read them).</extracomment>
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
    <name>TranchesPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+26"/>
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
        <location line="+34"/>
        <source>Could not record the payment</source>
        <translation>Impossible d&apos;enregistrer le versement</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+59"/>
        <location line="+50"/>
        <source>&amp;Undo</source>
        <extracomment>The next undo()/redo() only moves the stack&apos;s index back: it must not run.</extracomment>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+38"/>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>VarianceDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/variance_dialog.py" line="+36"/>
        <source>Explain variances</source>
        <translation>Justifier les écarts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of award</source>
        <translation>Durée totale de la subvention</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save indicator explanation</source>
        <translation>Enregistrer la justification de l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Explanation</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <location line="+51"/>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../src/diaspora_grants/gui/workers.py" line="+200"/>
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
    <name>dialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="-73"/>
        <source>The due diligence of {organisation} is {problem}. Going ahead needs an override: write who decided and why (it is kept on the application, on the project and in the audit trail).</source>
        <extracomment>The form row a due diligence override is written in (the services&apos; field name for it).</extracomment>
        <translation>La vérification préalable de {organisation} est {problem}. Pour continuer, une dérogation est nécessaire&#xa0;: indiquez qui a décidé et pourquoi (elle est conservée dans la candidature, dans le projet et dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due diligence override</source>
        <translation>Dérogation à la vérification préalable</translation>
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
