<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/donor_reporting_button.py" line="+22"/>
        <source>Award and variances</source>
        <translation>المنحة والانحرافات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Award from the donor and variance threshold…</source>
        <translation>منحة الجهة المانحة وعتبة الانحراف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain variances…</source>
        <translation>تبرير الانحرافات…</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+78"/>
        <source>Unsaved</source>
        <comment>Unsaved changes</comment>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unsaved</source>
        <comment>Save them before you {doing}?</comment>
        <translation>هل تريد حفظها قبل {doing}؟</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="+153"/>
        <source>Grid</source>
        <comment>Totals are worked out from the cells; they cannot be typed</comment>
        <extracomment>A row of the disaggregated grid: (population group, sex); a row of the simple grid: (location,). The grand total or any total changed (after each typed character, with the grid&apos;s delegate). A typed or pasted figure was refused: the message names the cell by its labels. Locations whose cells are approved: read-only until reopened.</extracomment>
        <translation>تُحسب المجاميع من الخلايا؛ ولا يمكن كتابتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid</source>
        <comment>The period is locked: its results are read-only</comment>
        <translation>الفترة مُقفَلة: نتائجها للقراءة فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid</source>
        <comment>These results are approved: reopen them with a reason to correct them</comment>
        <translation>هذه النتائج معتمدة: أعد فتحها مع ذكر السبب لتصحيحها</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+34"/>
        <source>Undo</source>
        <comment>an unknown time</comment>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <comment>another user</comment>
        <translation>مستخدم آخر</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {entity} {label} was changed by {who} on {when} since. Their version is kept, and your undo history is unchanged.</comment>
        <translation>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {reason}; someone else deleted it. Your undo history is unchanged.</comment>
        <translation>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</numerusform>
            <numerusform>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo</source>
        <comment>Could not {step} “{what}”: {reason}. Your undo history is unchanged.</comment>
        <translation>تعذّر تنفيذ «{step}» على «{what}»: {reason}. يبقى سجل التراجع لديك دون تغيير.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+53"/>
        <source>About Diaspora Grants</source>
        <translation>حول Diaspora Grants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diaspora Grants&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Diaspora Grants&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calls, partners, projects, results and donor reports for grant programmes with diaspora organisations.</source>
        <translation>الدعوات والشركاء والمشاريع والنتائج وتقارير الجهات المانحة لبرامج المنح مع منظمات المغتربين.</translation>
    </message>
</context>
<context>
    <name>Admin1CodeLabel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/admin1.py" line="+82"/>
        <source>not one of the country&apos;s admin-1 areas</source>
        <translation>ليست من المناطق الإدارية من المستوى الأول في البلد</translation>
    </message>
</context>
<context>
    <name>Admin1Picker</name>
    <message>
        <location line="-54"/>
        <source>choose from the list or type a name</source>
        <translation>اختر من القائمة أو اكتب اسماً</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+127"/>
        <source>Award…</source>
        <extracomment>What the decision buttons say for each status an application can move to.</extracomment>
        <translation>منح المنحة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open project</source>
        <translation>فتح المشروع</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviews</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Award is not available yet: {why}.</source>
        <translation>منح المنحة غير متاح بعد: {why}.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>overridden on {day} by {who} ({state}): {reason}</source>
        <translation>استثناء مُنح في {day} من قِبل {who} ({state}): {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{problem}: selecting or awarding needs a written override</source>
        <translation>{problem}: يتطلب الاختيار أو منح المنحة استثناءً مكتوباً</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>cleared</source>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move the application to “{status}”.</source>
        <translation>نقل الطلب إلى الحالة «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The applicant is owed a written reason.</source>
        <translation> يحق للجهة مقدّمة الطلب الحصول على سبب مكتوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A note is optional.</source>
        <translation> الملاحظة اختيارية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> A decision is not undone with Undo (Ctrl+Z).</source>
        <translation> لا يمكن التراجع عن القرار بأمر التراجع (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ApprovalRulesDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/approval_rules_dialog.py" line="+29"/>
        <source>Approval rules of {code}</source>
        <translation>قواعد اعتماد {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Results are entered as drafts, submitted for approval, then approved. Approved results count in reach and in the donor&apos;s reports, and stay read-only until someone reopens them with a reason.</source>
        <translation>تُدخَل النتائج كمسودات، ثم تُقدَّم للاعتماد، ثم تُعتمَد. تُحتسب النتائج المعتمدة في الوصول وفي تقارير الجهة المانحة، وتبقى للقراءة فقط إلى أن يعيد أحدٌ فتحها مع ذكر السبب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Four eyes: someone other than the submitter approves results</source>
        <translation>مبدأ الأعين الأربع: يعتمد النتائجَ شخصٌ غير الذي قدّمها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommended when a team shares the database (it is on by default there). Everyone working on programme {code} works by this rule; the change is kept in the audit trail.</source>
        <translation>يوصى به عندما يتشارك فريقٌ قاعدة البيانات (ويكون مفعّلاً افتراضياً في هذه الحالة). يلتزم بهذه القاعدة كل من يعمل على البرنامج {code}؛ ويُسجَّل التغيير في سجل التدقيق.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not save the rule</source>
        <translation>تعذّر حفظ القاعدة</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="+103"/>
        <source>Select a change to see it in full.</source>
        <extracomment>The tables a person may want to narrow the trail to, by the name the audit trail records.</extracomment>
        <translation>اختر تغييراً لعرضه كاملاً.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{action}&lt;/b&gt;: {table} &lt;b&gt;{record}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt;: {table} &lt;b&gt;{record}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>by {user} at {when}</source>
        <translation>بواسطة {user} في {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;br&gt;Reason: {reason}</source>
        <translation>&lt;br&gt;السبب: {reason}</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+97"/>
        <source>Award a grant to {organisation}. This creates the project (in the pipeline) from the application&apos;s title, partner, amount and currency, and opens it. An award is not undone with Undo (Ctrl+Z).</source>
        <translation>منح منحة إلى {organisation}. يُنشئ ذلك المشروع (قيد الإعداد) انطلاقاً من عنوان الطلب وشريكه ومبلغه وعملته، ثم يفتحه. لا يمكن التراجع عن منح المنحة بأمر التراجع (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+48"/>
        <source>Revisions…</source>
        <extracomment>Status changes are decisions on record: each step&apos;s dialog says it is not undone with Undo.</extracomment>
        <translation>التعديلات…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete budget line {code} ({category})?

A line with expenditure booked on it cannot be deleted; its revisions go with it. You can undo this (Ctrl+Z).</source>
        <translation>حذف بند الميزانية {code} ({category})؟

لا يمكن حذف بند قُيِّدت عليه نفقات؛ وتُحذف تعديلاته معه. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CallWorkflowBar</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/call_workflow.py" line="+52"/>
        <source>Close only…</source>
        <extracomment>The bold button&apos;s words for the step forward from each status. The call&apos;s status changed (its id), or a step failed and the page should read it again (None).</extracomment>
        <translation>الإغلاق فقط…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the call to applications without starting the review</source>
        <translation>إغلاق باب تقديم الطلبات للدعوة دون بدء التقييم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel call…</source>
        <translation>إلغاء الدعوة…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This call is {status}: it has no further step.</source>
        <translation>هذه الدعوة {status}: لا توجد لها خطوة تالية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet: {why}.</source>
        <translation>ليس بعد: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline ({day}) has not passed: closing now asks why.</source>
        <translation>لم يحن الموعد النهائي ({day}) بعد: يتطلب الإغلاق الآن ذكر السبب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} grant(s) awarded from this call.</source>
        <translation>عدد المنح الممنوحة من هذه الدعوة: {n}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{words}

A status change is not undone with Undo (Ctrl+Z).</source>
        <translation>{words}

لا يمكن التراجع عن تغيير الحالة بأمر التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the call&apos;s status</source>
        <translation>تغيير حالة الدعوة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go ahead</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close {reference} early</source>
        <translation>إغلاق {reference} قبل الموعد النهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status change is not undone with Undo (Ctrl+Z).</source>
        <translation>لا يمكن التراجع عن تغيير الحالة بأمر التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Could not change the status</source>
        <translation>تعذّر تغيير الحالة</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/criteria_panel.py" line="+58"/>
        <source>Evaluation criteria (weights total 100)</source>
        <extracomment>The criteria were saved (the call&apos;s id). The reason given to change frozen criteria (None: not frozen, or not unlocked yet).</extracomment>
        <translation>معايير التقييم (مجموع الأوزان 100)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change criteria…</source>
        <translation>تغيير المعايير…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save criteria…</source>
        <translation>حفظ المعايير…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Frozen: reviewers have given {n} score(s) against these criteria. A change rewrites their weighted scores and the ranking, so it needs a reason.</source>
        <translation>مُجمَّدة: عدد الدرجات التي منحها المُقيِّمون وفق هذه المعايير: {n}. أي تغيير يعيد حساب درجاتهم المرجّحة والترتيب، ولذلك يتطلب ذكر السبب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing the criteria because: {reason}</source>
        <translation>تغيير المعايير للسبب التالي: {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>total weight {total}</source>
        <translation>مجموع الأوزان {total}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change the criteria of {reference}</source>
        <translation>تغيير معايير {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewers have already scored against these criteria. Say why they change: the reason is kept in the audit trail with every change the save makes.</source>
        <translation>سبق أن منح المُقيِّمون درجات وفق هذه المعايير. اذكر سبب تغييرها: يُحفظ السبب في سجل التدقيق مع كل تغيير يُجريه الحفظ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the criteria change</source>
        <translation>اذكر سبب تغيير المعايير</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the criteria of {reference} (weights total {total})?

Saving criteria is not undone with Undo (Ctrl+Z): to correct a mistake, change them again.</source>
        <translation>حفظ معايير {reference} (مجموع الأوزان {total})؟

لا يمكن التراجع عن حفظ المعايير بأمر التراجع (Ctrl+Z): لتصحيح خطأ، غيّرها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save criteria</source>
        <translation>حفظ المعايير</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the criteria</source>
        <translation>تعذّر حفظ المعايير</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/step_dialogs.py" line="+80"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="+42"/>
        <source>Attach…</source>
        <extracomment>One folder per app session for removed files (created on first use).</extracomment>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the document “{name}”?

You can undo this (Ctrl+Z).</source>
        <translation>إزالة المستند «{name}»؟

يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attach a document</source>
        <translation>إرفاق مستند</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not open the document</source>
        <translation>تعذّر فتح المستند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open document</source>
        <translation>فتح المستند</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No program could open {path}.</source>
        <translation>لم يتمكن أي تطبيق من فتح {path}.</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/import_panel.py" line="+98"/>
        <source>{sheet}, row {row}, {column}: {message}</source>
        <extracomment>An import was committed: pages that show its data must ask again.</extracomment>
        <translation>{sheet}، الصف {row}، {column}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check before committing (the import does not stop for these):</source>
        <translation>للتحقق قبل تأكيد الاستيراد (هذه النقاط لا توقفه):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking {file}…</source>
        <translation>جارٍ التحقق من {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the file was cancelled; nothing was saved.</source>
        <translation>أُلغي التحقق من الملف؛ ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Import {file} now?

Everything the preview shows is saved at once. An import cannot be undone with Undo: each change is in the audit trail, and the day&apos;s backup holds the data as it was before.</source>
        <translation>استيراد {file} الآن؟

يُحفظ كل ما تعرضه المعاينة في آنٍ واحد. لا يمكن التراجع عن الاستيراد بأمر التراجع: كل تغيير مسجَّل في سجل التدقيق، والنسخة الاحتياطية لهذا اليوم تحتفظ بالبيانات كما كانت من قبل.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The import of {file} had already been saved when Cancel was pressed. Nothing was lost: the pages now show the imported data, and every change is in the audit trail.</source>
        <translation>كان استيراد {file} قد حُفظ بالفعل عند الضغط على «إلغاء». لم يُفقد شيء: تعرض الصفحات الآن البيانات المستوردة، وكل تغيير مسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The import was cancelled before it started; nothing was saved.</source>
        <translation>أُلغي الاستيراد قبل أن يبدأ؛ ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel came too late: </source>
        <translation>جاء الإلغاء متأخراً: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; imported: {created} row(s) created, {changed} changed. Every change is in the audit trail.</source>
        <translation>تم استيراد &lt;b&gt;{file}&lt;/b&gt;: الصفوف المُنشأة {created}، والمعدَّلة {changed}. كل تغيير مسجَّل في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <location filename="../../src/diaspora_grants/domain/labels.py" line="+28"/>
        <source>Diaspora organisation</source>
        <comment>OrganisationType</comment>
        <translation>منظمة مغتربين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <comment>OrganisationType</comment>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <comment>OrganisationType</comment>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donor</source>
        <comment>OrganisationType</comment>
        <translation>جهة مانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <comment>OrganisationType</comment>
        <translation>جهة حكومية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN agency</source>
        <comment>OrganisationType</comment>
        <translation>وكالة تابعة للأمم المتحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <comment>OrganisationType</comment>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>OrganisationType</comment>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <comment>DueDiligenceStatus</comment>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>DueDiligenceStatus</comment>
        <translation>قيد الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <comment>DueDiligenceStatus</comment>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared with conditions</source>
        <comment>DueDiligenceStatus</comment>
        <translation>مستوفاة بشروط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <comment>DueDiligenceStatus</comment>
        <translation>غير مستوفاة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <comment>RiskRating</comment>
        <translation>منخفض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <comment>RiskRating</comment>
        <translation>متوسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <comment>RiskRating</comment>
        <translation>كبير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>RiskRating</comment>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <comment>CallStatus</comment>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>CallStatus</comment>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>CallStatus</comment>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>CallStatus</comment>
        <translation>قيد التقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded</source>
        <comment>CallStatus</comment>
        <translation>تم المنح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>CallStatus</comment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <comment>ApplicationStatus</comment>
        <translation>مستلَم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <comment>ApplicationStatus</comment>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible</source>
        <comment>ApplicationStatus</comment>
        <translation>غير مؤهَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlisted</source>
        <comment>ApplicationStatus</comment>
        <translation>مُدرَج في القائمة المختصرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected</source>
        <comment>ApplicationStatus</comment>
        <translation>مُختار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>ApplicationStatus</comment>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>ApplicationStatus</comment>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline</source>
        <comment>ProjectStatus</comment>
        <translation>قيد الإعداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <comment>ProjectStatus</comment>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalisation</source>
        <comment>ProjectStatus</comment>
        <translation>في مرحلة الإنجاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>ProjectStatus</comment>
        <translation>مُغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>ProjectStatus</comment>
        <translation>ملغى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <comment>ProjectStatus</comment>
        <translation>مُعلَّق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host community</source>
        <comment>TargetGroup</comment>
        <translation>المجتمع المضيف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrants</source>
        <comment>TargetGroup</comment>
        <translation>المهاجرون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refugees</source>
        <comment>TargetGroup</comment>
        <translation>اللاجئون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internally displaced people</source>
        <comment>TargetGroup</comment>
        <translation>النازحون داخلياً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnees</source>
        <comment>TargetGroup</comment>
        <translation>العائدون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>TargetGroup</comment>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scheduled</source>
        <comment>TrancheStatus</comment>
        <translation>مجدولة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>TrancheStatus</comment>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>TrancheStatus</comment>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>TrancheStatus</comment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <comment>RequirementStatus</comment>
        <translation>مستحق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <comment>RequirementStatus</comment>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>RequirementStatus</comment>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>RequirementStatus</comment>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <comment>DocumentOwner</comment>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <comment>DocumentOwner</comment>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application</source>
        <comment>DocumentOwner</comment>
        <translation>طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <comment>DocumentOwner</comment>
        <translation>مشروع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <comment>AuditAction</comment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <comment>AuditAction</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <comment>AuditAction</comment>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <comment>AuditAction</comment>
        <translation>إقفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <comment>AuditAction</comment>
        <translation>إلغاء الإقفال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded in bulk</source>
        <comment>AuditAction</comment>
        <translation>تحميل مجمَّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <comment>AuditAction</comment>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <comment>AuditAction</comment>
        <translation>استعادة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sum of projects</source>
        <comment>OverlapRule</comment>
        <translation>مجموع المشاريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest project per location</source>
        <comment>OverlapRule</comment>
        <translation>أكبر مشروع في كل موقع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <comment>Measure</comment>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage</source>
        <comment>Measure</comment>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output</source>
        <comment>ResultLevel</comment>
        <translation>ناتج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <comment>ResultLevel</comment>
        <translation>حصيلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <comment>ResultLevel</comment>
        <translation>أثر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-cumulative (sum of periods)</source>
        <comment>Counting</comment>
        <translation>غير تراكمي (مجموع الفترات)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative (latest value)</source>
        <comment>Counting</comment>
        <translation>تراكمي (آخر قيمة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique people (new each period)</source>
        <comment>Counting</comment>
        <translation>أشخاص دون تكرار (الجدد في كل فترة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not people reached</source>
        <comment>Reach</comment>
        <translation>لا يقيس الأشخاص الذين تم الوصول إليهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct reach</source>
        <comment>Reach</comment>
        <translation>وصول مباشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect reach</source>
        <comment>Reach</comment>
        <translation>وصول غير مباشر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator</source>
        <comment>AccessRole</comment>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme manager</source>
        <comment>AccessRole</comment>
        <translation>مدير البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;E officer</source>
        <comment>AccessRole</comment>
        <translation>مسؤول الرصد والتقييم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance officer</source>
        <comment>AccessRole</comment>
        <translation>مسؤول الشؤون المالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <comment>AccessRole</comment>
        <translation>مُقيِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <comment>AccessRole</comment>
        <translation>مُطّلِع (قراءة فقط)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manage people and their roles</source>
        <comment>Action</comment>
        <translation>إدارة الأشخاص وأدوارهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create or delete programmes</source>
        <comment>Action</comment>
        <translation>إنشاء البرامج أو حذفها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the programme&apos;s settings</source>
        <comment>Action</comment>
        <translation>تغيير إعدادات البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run calls, applications and decisions</source>
        <comment>Action</comment>
        <translation>إدارة الدعوات والطلبات والقرارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>award grants and set up projects</source>
        <comment>Action</comment>
        <translation>منح المِنح وإعداد المشاريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review applications</source>
        <comment>Action</comment>
        <translation>تقييم الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>define indicators, periods and targets</source>
        <comment>Action</comment>
        <translation>تحديد المؤشرات والفترات والقيم المستهدفة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter and submit results</source>
        <comment>Action</comment>
        <translation>إدخال النتائج وتقديمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve results</source>
        <comment>Action</comment>
        <translation>اعتماد النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock and unlock periods</source>
        <comment>Action</comment>
        <translation>إقفال الفترات وإلغاء إقفالها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter budgets, tranches and expenditures</source>
        <comment>Action</comment>
        <translation>إدخال الميزانيات والدفعات والنفقات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter exchange rates</source>
        <comment>Action</comment>
        <translation>إدخال أسعار الصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit organisations and contacts</source>
        <comment>Action</comment>
        <translation>تعديل المنظمات وجهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach documents</source>
        <comment>Action</comment>
        <translation>إرفاق المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <comment>Action</comment>
        <translation>الاطلاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Increase</source>
        <comment>Direction</comment>
        <translation>زيادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decrease</source>
        <comment>Direction</comment>
        <translation>انخفاض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Female</source>
        <comment>Sex</comment>
        <translation>إناث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <comment>Sex</comment>
        <translation>ذكور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex unknown</source>
        <comment>Sex</comment>
        <translation>الجنس غير معروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <comment>ResultStatus</comment>
        <translation>مسودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>ResultStatus</comment>
        <translation>مُقدَّمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>ResultStatus</comment>
        <translation>معتمدة</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+44"/>
        <source>Remove {name} from the project&apos;s locations?

A location with reported results cannot be removed. You can undo this (Ctrl+Z).</source>
        <translation>إزالة {name} من مواقع المشروع؟

لا يمكن إزالة موقع أُبلغ عن نتائج فيه. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="+284"/>
        <source>open another page</source>
        <extracomment>The page a new user starts on: what needs them today. The window painted for the first time, before its database opened (only with `opening`). The workspace is open and the first page is built and filled. The Help dialog opened last (tests and screenshots reach it here). The database was refused after the window showed (it could not be opened, or the full check found it damaged): the window closes and the app ends with status 1. The page the window opens on (the last one used, or one clicked while it opened). The key of the page shown (None before the database is open).</extracomment>
        <translation>فتح صفحة أخرى</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Add the demo programmes&apos; partners, calls, projects and results to this database?

This cannot be undone with Undo: the demo&apos;s records are removed one by one, or by opening a backup.</source>
        <extracomment>What calls the services: disabled while the database opens.</extracomment>
        <translation>إضافة الشركاء والدعوات والمشاريع والنتائج الخاصة بالبرامج التجريبية إلى قاعدة البيانات هذه؟

لا يمكن التراجع عن ذلك بأمر التراجع: تُحذف السجلات التجريبية واحداً تلو الآخر، أو بفتح نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+34"/>
        <source>quit</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="+51"/>
        <source>open another database</source>
        <translation>فتح قاعدة بيانات أخرى</translation>
    </message>
</context>
<context>
    <name>NarrativeActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="+88"/>
        <source>Write the narrative…</source>
        <translation>كتابة التقرير السردي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative report (PDF)…</source>
        <translation>التقرير السردي (PDF)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+6"/>
        <source>Narrative</source>
        <translation>التقرير السردي</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the programme and the periods to report.</source>
        <translation>اختر البرنامج والفترات المشمولة بالتقرير.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first period comes after the last one: choose them the other way round.</source>
        <translation>الفترة الأولى تأتي بعد الأخيرة: اخترهما بالترتيب المعاكس.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Preparing the narrative report…</source>
        <translation>جارٍ إعداد التقرير السردي…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="+101"/>
        <source>Narrative of the report %1 (%2)</source>
        <translation>التقرير السردي %1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save draft</source>
        <translation>حفظ المسودة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress per outcome</source>
        <translation>التقدم المحرز حسب الحصيلة</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read only: %1</source>
        <translation>للقراءة فقط: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The draft was not saved</source>
        <translation>لم تُحفظ المسودة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft saved at %1.</source>
        <translation>حُفظت المسودة في %1.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/dates.py" line="+85"/>
        <source>Type the date as 2027-01-31 or {example}, or pick it with …</source>
        <extracomment>Two-digit years (31/01/27) are read in this century. Marks some locales write around date separators (right-to-left scripts). The date changed (typed and left, picked, or cleared).</extracomment>
        <translation>اكتب التاريخ بالصيغة 2027-01-31 أو {example}، أو اختره بالزر …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick the date from a calendar</source>
        <translation>اختيار التاريخ من التقويم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>ترك التاريخ فارغاً</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;{text}&apos; is not a date: type it as 2027-01-31 or {example}, or clear it</source>
        <translation>«{text}» ليس تاريخاً: اكتبه بالصيغة 2027-01-31 أو {example}، أو امسحه</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="+34"/>
        <source>New organisation…</source>
        <translation>منظمة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an organisation that is not in the list yet</source>
        <translation>تسجيل منظمة غير موجودة في القائمة بعد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(choose the organisation that applied)</source>
        <translation>(اختر المنظمة التي قدّمت الطلب)</translation>
    </message>
</context>
<context>
    <name>OutcomesEditor</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_outcomes.py" line="+48"/>
        <source>Progress towards this outcome, with figures.</source>
        <translation>التقدم المحرز نحو هذه الحصيلة، مدعوماً بالأرقام.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add outcome</source>
        <translation>إضافة حصيلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove outcome</source>
        <translation>إزالة الحصيلة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome</source>
        <translation>الحصيلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators under it</source>
        <translation>المؤشرات المندرجة تحتها</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Outcome %n</source>
        <translation>
            <numerusform>الحصيلة %n</numerusform>
            <numerusform>الحصيلة %n</numerusform>
            <numerusform>الحصيلة %n</numerusform>
            <numerusform>الحصيلة %n</numerusform>
            <numerusform>الحصيلة %n</numerusform>
            <numerusform>الحصيلة %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerLinks</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partner_links.py" line="+48"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Contacts ({count})</source>
        <translation>جهات الاتصال ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents ({count})</source>
        <translation>المستندات ({count})</translation>
    </message>
</context>
<context>
    <name>PartnerPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="-157"/>
        <source>Partners&apos; narratives</source>
        <translation>التقارير السردية للشركاء</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote in the section being written</source>
        <translation>اقتباس في القسم الجاري تحريره</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No partner has sent a narrative for these periods yet.</source>
        <translation>لم يرسل أي شريك تقريراً سردياً عن هذه الفترات بعد.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/step_dialogs.py" line="-27"/>
        <source>Record the payment of {label}</source>
        <translation>تسجيل دفع {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what left the account for {label}. A paid tranche stays on record: recording the payment is not undone with Undo (Ctrl+Z).</source>
        <translation>سجّل المبلغ الذي خرج من الحساب مقابل {label}. تبقى الدفعة المدفوعة مسجَّلة: لا يمكن التراجع عن تسجيل الدفع بأمر التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record payment</source>
        <translation>تسجيل الدفع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid ({currency})</source>
        <translation>المبلغ المدفوع ({currency})</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="-131"/>
        <source>Narrative report: preview</source>
        <translation>التقرير السردي: معاينة</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the narrative report</source>
        <translation>حفظ التقرير السردي</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The report was not saved</source>
        <translation>لم يُحفظ التقرير</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+151"/>
        <source>Locations ({count})</source>
        <translation>المواقع ({count})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no override: the award found it cleared</source>
        <translation>لا استثناء: كانت العناية الواجبة مستوفاة عند منح المنحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overridden on {day} by {who} ({state}): {reason}</source>
        <translation>استثناء مُنح في {day} من قِبل {who} ({state}): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+56"/>
        <location line="+191"/>
        <source>New…</source>
        <extracomment>The steps every panel shows a reason for fit in this many lines. Something was saved, deleted, undone or redone: the owner&apos;s figures may have changed. Whether the workflow&apos;s step buttons need a row of their own (more than two of them).</extracomment>
        <translation>جديد…</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+191"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Delete {noun} {label}?

You can undo this (Ctrl+Z).</source>
        <translation>حذف {noun} {label}؟

يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/reports_page.py" line="+84"/>
        <source>English</source>
        <extracomment>Uses the period range (else the whole programme to date). Made for one project and one period (the &quot;to&quot; period). The code of each programme in the combo, by id (file names and the data workbook use it).</extracomment>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Narrative</source>
        <translation>التقرير السردي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template language</source>
        <translation>لغة النموذج</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file had already been written when Cancel was pressed: {path}</source>
        <translation>كان الملف قد كُتب بالفعل عند الضغط على «إلغاء»: {path}</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+15"/>
        <source>Mark submitted…</source>
        <translation>وضع علامة «مُقدَّم»…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark accepted…</source>
        <translation>وضع علامة «مقبول»…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>submitted on {day}</source>
        <translation>قُدِّم في {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accepted on {day}</source>
        <translation>قُبِل في {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark it submitted first</source>
        <translation>ضع عليه علامة «مُقدَّم» أولاً</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report submitted</source>
        <translation>تقديم التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the partner handed in “{title}”.</source>
        <translation>اليوم الذي سلّم فيه الشريك «{title}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report accepted</source>
        <translation>قبول التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day “{title}” was accepted.</source>
        <translation>اليوم الذي قُبِل فيه «{title}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> This is a step of the reporting calendar, not undone with Undo; edit the dates to correct it.</source>
        <translation> هذه خطوة من جدول الإبلاغ، ولا يمكن التراجع عنها بأمر التراجع؛ عدّل التواريخ لتصحيحها.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_page.py" line="+118"/>
        <source>Save</source>
        <extracomment>The scope of the grid shown (project, indicator, period); None when nothing is chosen. Locations whose submitted results the user agreed to change (asked once per load).</extracomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the grid as a draft (Ctrl+S)</source>
        <translation>حفظ الجدول كمسودة (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Grid</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All results</source>
        <translation>جميع النتائج</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not load the results</source>
        <translation>تعذّر تحميل النتائج</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{scope} · total {total}</source>
        <translation>{scope} · المجموع {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The results of {scope} have figures that are not saved.</source>
        <translation>تتضمن نتائج {scope} أرقاماً غير محفوظة.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undo puts back saved results of this grid, and the figures you typed since would be lost. Discard them and undo?</source>
        <translation>يعيد التراجع نتائج محفوظة لهذا الجدول، وستُفقد الأرقام التي كتبتها منذ ذلك الحين. هل تريد تجاهلها والتراجع؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unsaved results</source>
        <translation>نتائج غير محفوظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard and undo</source>
        <translation>التجاهل والتراجع</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>show other results</source>
        <translation>عرض نتائج أخرى</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not read the grid</source>
        <translation>تعذّرت قراءة الجدول</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+80"/>
        <source>whole project</source>
        <translation>المشروع بأكمله</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>every location (one value each)</source>
        <translation>كل موقع (قيمة واحدة لكل موقع)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>someone</source>
        <translation>أحدهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> on {when}</source>
        <translation> في {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These results were submitted for approval by {who}{when}.

If you change them they go back to draft when you save, and must be submitted and approved again. Change them?</source>
        <translation>قدّم {who}{when} هذه النتائج للاعتماد.

إذا عدّلتها فستعود إلى حالة المسودة عند الحفظ، ويجب تقديمها واعتمادها من جديد. هل تريد تعديلها؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change submitted results</source>
        <translation>تعديل نتائج مُقدَّمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change them</source>
        <translation>تعديلها</translation>
    </message>
    <message>
        <location line="+28"/>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;تغييرات غير محفوظة&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Total of the scope: {total}&lt;/b&gt;</source>
        <translation>&lt;b&gt;مجموع النطاق: {total}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> &amp;nbsp;·&amp;nbsp; by location: </source>
        <translation> &amp;nbsp;·&amp;nbsp; حسب الموقع: </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not undo or redo</source>
        <translation>تعذّر التراجع أو الإعادة</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+75"/>
        <source>Revisions of budget line {code}</source>
        <translation>تعديلات بند الميزانية {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} — {category}: original {original} {currency}</source>
        <translation>{code} — {category}: المبلغ الأصلي {original} {currency}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} has not been revised: the original amount is in force.</source>
        <translation>لم يُعدَّل البند {code}: المبلغ الأصلي هو النافذ.</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_scope.py" line="+46"/>
        <source>Programme</source>
        <extracomment>The user chose another project, indicator or period (or programme). The programme&apos;s projects, indicators and periods were (re)loaded. Asked before the user&apos;s choice replaces the grid; False puts the previous choice back.</extracomment>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+33"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The facts by caption, as shown (tests read them).</extracomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>الوظيفة</translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+26"/>
        <source>Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record payment…</source>
        <translation>تسجيل الدفع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel tranche…</source>
        <translation>إلغاء الدفعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scheduled…</source>
        <translation>إعادة إلى «مجدولة»…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete tranche {number} from the schedule?

You can undo this (Ctrl+Z).</source>
        <translation>حذف الدفعة {number} من جدول الدفعات؟

يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tranche {number} ({amount}, planned {day})</source>
        <translation>الدفعة {number} ({amount}، المقررة في {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve tranche</source>
        <translation>اعتماد الدفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve {tranche} for payment?</source>
        <translation>اعتماد {tranche} للدفع؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Cancel tranche</source>
        <translation>إلغاء الدفعة</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Cancel {tranche}? It stays on the schedule as cancelled and can be reopened.</source>
        <translation>إلغاء {tranche}؟ ستبقى في جدول الدفعات بحالة «ملغاة» ويمكن إعادة فتحها.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Back to scheduled</source>
        <translation>إعادة إلى «مجدولة»</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Put {tranche} back to scheduled (its approval or cancellation is withdrawn)?</source>
        <translation>إعادة {tranche} إلى حالة «مجدولة» (يُسحب اعتمادها أو إلغاؤها)؟</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Could not record the payment</source>
        <translation>تعذّر تسجيل الدفع</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+59"/>
        <location line="+50"/>
        <source>&amp;Undo</source>
        <extracomment>The next undo()/redo() only moves the stack&apos;s index back: it must not run.</extracomment>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+38"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>VarianceDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/variance_dialog.py" line="+36"/>
        <source>Explain variances</source>
        <translation>تبرير الانحرافات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Life of award</source>
        <translation>كامل مدة المنحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save indicator explanation</source>
        <translation>حفظ تبرير المؤشر</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save budget line explanation</source>
        <translation>حفظ تبرير بند الميزانية</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Indicator against its target</source>
        <translation>المؤشر مقارنةً بقيمته المستهدفة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Explanation</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Over-spent budget line</source>
        <translation>بند ميزانية متجاوَز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An empty explanation removes the one saved.</source>
        <translation>يؤدي ترك التبرير فارغاً إلى حذف التبرير المحفوظ.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed.</source>
        <translation>تم الحذف.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/workers.py" line="+200"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already done</source>
        <translation>تم بالفعل</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="-73"/>
        <source>The due diligence of {organisation} is {problem}. Going ahead needs an override: write who decided and why (it is kept on the application, on the project and in the audit trail).</source>
        <extracomment>The form row a due diligence override is written in (the services&apos; field name for it).</extracomment>
        <translation>حالة العناية الواجبة الخاصة بمنظمة {organisation}: {problem}. تتطلب المتابعة استثناءً: اكتب من اتخذ القرار ولماذا (يُحفظ في الطلب وفي المشروع وفي سجل التدقيق).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due diligence override</source>
        <translation>استثناء من العناية الواجبة</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/fields.py" line="+86"/>
        <source>Refused: {0}</source>
        <translation>مرفوض: {0}</translation>
    </message>
</context>
</TS>
