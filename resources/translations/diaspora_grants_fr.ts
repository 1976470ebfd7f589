<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/donor_reporting_button.py" line="+22"/>
        <source>Award and variances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Award from the donor and variance threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain variances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+78"/>
        <source>Unsaved</source>
        <comment>Unsaved changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved</source>
        <comment>Save them before you {doing}?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="+153"/>
        <source>Grid</source>
        <comment>Totals are worked out from the cells; they cannot be typed</comment>
        <extracomment>A row of the disaggregated grid: (population group, sex); a row of the simple grid: (location,). The grand total or any total changed (after each typed character, with the grid&apos;s delegate). A typed or pasted figure was refused: the message names the cell by its labels. Locations whose cells are approved: read-only until reopened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <comment>The period is locked: its results are read-only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid</source>
        <comment>These results are approved: reopen them with a reason to correct them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+34"/>
        <source>Undo</source>
        <comment>an unknown time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <comment>another user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {entity} {label} was changed by {who} on {when} since. Their version is kept, and your undo history is unchanged.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {reason}; someone else deleted it. Your undo history is unchanged.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {reason}. Your undo history is unchanged.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+53"/>
        <source>About Diaspora Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diaspora Grants&lt;/b&gt; {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls, partners, projects, results and donor reports for grant programmes with diaspora organisations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Admin1CodeLabel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/admin1.py" line="+82"/>
        <source>not one of the country&apos;s admin-1 areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Admin1Picker</name>
    <message>
        <location line="-54"/>
        <source>choose from the list or type a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+127"/>
        <source>Award…</source>
        <extracomment>What the decision buttons say for each status an application can move to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Award is not available yet: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>overridden on {day} by {who} ({state}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}: selecting or awarding needs a written override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move the application to “{status}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The applicant is owed a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A note is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A decision is not undone with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalRulesDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/approval_rules_dialog.py" line="+29"/>
        <source>Approval rules of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results are entered as drafts, submitted for approval, then approved. Approved results count in reach and in the donor&apos;s reports, and stay read-only until someone reopens them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Four eyes: someone other than the submitter approves results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended when a team shares the database (it is on by default there). Everyone working on programme {code} works by this rule; the change is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not save the rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="+103"/>
        <source>Select a change to see it in full.</source>
        <extracomment>The tables a person may want to narrow the trail to, by the name the audit trail records.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{action}&lt;/b&gt;: {table} &lt;b&gt;{record}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {user} at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+97"/>
        <source>Award a grant to {organisation}. This creates the project (in the pipeline) from the application&apos;s title, partner, amount and currency, and opens it. An award is not undone with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+48"/>
        <source>Revisions…</source>
        <extracomment>Status changes are decisions on record: each step&apos;s dialog says it is not undone with Undo.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete budget line {code} ({category})?

A line with expenditure booked on it cannot be deleted; its revisions go with it. You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWorkflowBar</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/call_workflow.py" line="+52"/>
        <source>Close only…</source>
        <extracomment>The bold button&apos;s words for the step forward from each status. The call&apos;s status changed (its id), or a step failed and the page should read it again (None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the call to applications without starting the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This call is {status}: it has no further step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline ({day}) has not passed: closing now asks why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} grant(s) awarded from this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{words}

A status change is not undone with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the call&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close {reference} early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change is not undone with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Could not change the status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/criteria_panel.py" line="+58"/>
        <source>Evaluation criteria (weights total 100)</source>
        <extracomment>The criteria were saved (the call&apos;s id). The reason given to change frozen criteria (None: not frozen, or not unlocked yet).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save criteria…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Frozen: reviewers have given {n} score(s) against these criteria. A change rewrites their weighted scores and the ranking, so it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the criteria because: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total weight {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change the criteria of {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewers have already scored against these criteria. Say why they change: the reason is kept in the audit trail with every change the save makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the criteria change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the criteria of {reference} (weights total {total})?

Saving criteria is not undone with Undo (Ctrl+Z): to correct a mistake, change them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/step_dialogs.py" line="+80"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="+42"/>
        <source>Attach…</source>
        <extracomment>One folder per app session for removed files (created on first use).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation type="unfinished">Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the document “{name}”?

You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No program could open {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/import_panel.py" line="+101"/>
        <source>Checking {file}…</source>
        <extracomment>An import was committed: pages that show its data must ask again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the file was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Import {file} now?

Everything the preview shows is saved at once. An import cannot be undone with Undo: each change is in the audit trail, and the day&apos;s backup holds the data as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import of {file} had already been saved when Cancel was pressed. Nothing was lost: the pages now show the imported data, and every change is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled before it started; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel came too late: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; imported: {created} row(s) created, {changed} changed. Every change is in the audit trail.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="+284"/>
        <source>open another page</source>
        <extracomment>The page a new user starts on: what needs them today. The window painted for the first time, before its database opened (only with `opening`). The workspace is open and the first page is built and filled. The Help dialog opened last (tests and screenshots reach it here). The database was refused after the window showed (it could not be opened, or the full check found it damaged): the window closes and the app ends with status 1. The page the window opens on (the last one used, or one clicked while it opened). The key of the page shown (None before the database is open).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Add the demo programmes&apos; partners, calls, projects and results to this database?

This cannot be undone with Undo: the demo&apos;s records are removed one by one, or by opening a backup.</source>
        <extracomment>What calls the services: disabled while the database opens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+34"/>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="+51"/>
        <source>open another database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="+88"/>
        <source>Write the narrative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the programme and the periods to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first period comes after the last one: choose them the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Preparing the narrative report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="+101"/>
        <source>Narrative of the report %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress per outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/dates.py" line="+85"/>
        <source>Type the date as 2027-01-31 or {example}, or pick it with …</source>
        <extracomment>Two-digit years (31/01/27) are read in this century. Marks some locales write around date separators (right-to-left scripts). The date changed (typed and left, picked, or cleared).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;{text}&apos; is not a date: type it as 2027-01-31 or {example}, or clear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="+34"/>
        <source>New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an organisation that is not in the list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(choose the organisation that applied)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesEditor</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_outcomes.py" line="+48"/>
        <source>Progress towards this outcome, with figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome</source>
        <translation type="unfinished">Effet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Outcome %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerLinks</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partner_links.py" line="+48"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Contacts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="-157"/>
        <source>Partners&apos; narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote in the section being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner has sent a narrative for these periods yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/step_dialogs.py" line="-27"/>
        <source>Record the payment of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what left the account for {label}. A paid tranche stays on record: recording the payment is not undone with Undo (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="-131"/>
        <source>Narrative report: preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the narrative report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+151"/>
        <source>Locations ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no override: the award found it cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overridden on {day} by {who} ({state}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+56"/>
        <location line="+191"/>
        <source>New…</source>
        <extracomment>The steps every panel shows a reason for fit in this many lines. Something was saved, deleted, undone or redone: the owner&apos;s figures may have changed. Whether the workflow&apos;s step buttons need a row of their own (more than two of them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Delete {noun} {label}?

You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/reports_page.py" line="+84"/>
        <source>English</source>
        <extracomment>Uses the period range (else the whole programme to date). Made for one project and one period (the &quot;to&quot; period). The code of each programme in the combo, by id (file names and the data workbook use it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file had already been written when Cancel was pressed: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+15"/>
        <source>Mark submitted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark accepted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>submitted on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark it submitted first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the partner handed in “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day “{title}” was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> This is a step of the reporting calendar, not undone with Undo; edit the dates to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_page.py" line="+118"/>
        <source>Save</source>
        <extracomment>The scope of the grid shown (project, indicator, period); None when nothing is chosen. Locations whose submitted results the user agreed to change (asked once per load).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the grid as a draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{scope} · total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The results of {scope} have figures that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo puts back saved results of this grid, and the figures you typed since would be lost. Discard them and undo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard and undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>show other results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+80"/>
        <source>whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>every location (one value each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These results were submitted for approval by {who}{when}.

If you change them they go back to draft when you save, and must be submitted and approved again. Change them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change submitted results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Total of the scope: {total}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> &amp;nbsp;·&amp;nbsp; by location: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+75"/>
        <source>Revisions of budget line {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} — {category}: original {original} {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} has not been revised: the original amount is in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_scope.py" line="+46"/>
        <source>Programme</source>
        <extracomment>The user chose another project, indicator or period (or programme). The programme&apos;s projects, indicators and periods were (re)loaded. Asked before the user&apos;s choice replaces the grid; False puts the previous choice back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation type="unfinished">Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+33"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The facts by caption, as shown (tests read them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+26"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel tranche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scheduled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete tranche {number} from the schedule?

You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tranche {number} ({amount}, planned {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve {tranche} for payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cancel tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel {tranche}? It stays on the schedule as cancelled and can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Back to scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Put {tranche} back to scheduled (its approval or cancellation is withdrawn)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record the payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+59"/>
        <location line="+50"/>
        <source>&amp;Undo</source>
        <extracomment>The next undo()/redo() only moves the stack&apos;s index back: it must not run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+38"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VarianceDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/variance_dialog.py" line="+36"/>
        <source>Explain variances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save indicator explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save budget line explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicator against its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Over-spent budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An empty explanation removes the one saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/workers.py" line="+200"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="-73"/>
        <source>The due diligence of {organisation} is {problem}. Going ahead needs an override: write who decided and why (it is kept on the application, on the project and in the audit trail).</source>
        <extracomment>The form row a due diligence override is written in (the services&apos; field name for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due diligence override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/fields.py" line="+86"/>
        <source>Refused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
