<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+58"/>
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
    <name>App</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/app.py" line="+161"/>
        <source>Could not open the database: {reason}</source>
        <translation>تعذّر فتح قاعدة البيانات: {reason}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The day&apos;s automatic backup could not be taken: {reason}</source>
        <translation>تعذّر إجراء النسخ الاحتياطي التلقائي لهذا اليوم: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is a new, empty database.

Load the demo programme (a USAID/BHA-funded programme with six diaspora partners in Lebanon, Tunisia and Zimbabwe) to try the app out?</source>
        <translation>هذه قاعدة بيانات جديدة وفارغة.

هل تريد تحميل البرنامج التجريبي (برنامج بتمويل من USAID/BHA مع ستة شركاء من منظمات المغتربين في لبنان وتونس وزيمبابوي) لتجربة التطبيق؟</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The demo programmes are loaded.</source>
        <translation>تم تحميل البرامج التجريبية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading the demo was cancelled; nothing was added.</source>
        <translation>أُلغي تحميل البيانات التجريبية، ولم يُضَف شيء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading the demo programmes…</source>
        <translation>جارٍ تحميل البرامج التجريبية…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo programmes had already been loaded when Cancel was pressed; they are shown.</source>
        <translation>كانت البرامج التجريبية قد حُمّلت بالفعل عند الضغط على «إلغاء»؛ وهي معروضة.</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="+107"/>
        <source>Call</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Proposed project</source>
        <translation>المشروع المقترح</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arrived late</source>
        <translation>وصل متأخراً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the submission deadline, accepted</source>
        <translation>بعد الموعد النهائي للتقديم، مقبول</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why it is accepted</source>
        <translation>سبب القبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. courier delay</source>
        <translation>مثلاً: تأخر البريد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries of the proposed project</source>
        <translation>بلدان المشروع المقترح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested amount</source>
        <translation>المبلغ المطلوب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>application</source>
        <translation>طلب</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+37"/>
        <source>Back to received</source>
        <translation>إعادة إلى «مُستلَم»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>مؤهَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ineligible…</source>
        <translation>غير مؤهل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortlist</source>
        <translation>إدراج في القائمة المختصرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>رفض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn…</source>
        <translation>مسحوب…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete the application of {organisation} ({title})?

Its reviews go with it.</source>
        <translation>حذف طلب {organisation} ({title})؟

تُحذف تقييماته معه.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All calls</source>
        <translation>جميع الدعوات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Award…</source>
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
        <location line="+9"/>
        <source>Select an application to review and decide on it</source>
        <translation>اختر طلباً لتقييمه واتخاذ قرار بشأنه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not reviewed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{score} (rank {rank} of {ranked} in {call})</source>
        <translation>{score} (المرتبة {rank} من {ranked} في {call})</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>لا تقييمات</numerusform>
            <numerusform>تقييم واحد</numerusform>
            <numerusform>تقييمان</numerusform>
            <numerusform>%n تقييمات</numerusform>
            <numerusform>%n تقييماً</numerusform>
            <numerusform>%n تقييم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n recused</source>
        <translation>
            <numerusform>، لا مُتنحّين</numerusform>
            <numerusform>، مُتنحٍّ واحد</numerusform>
            <numerusform>، مُتنحّيان</numerusform>
            <numerusform>، %n مُتنحّين</numerusform>
            <numerusform>، %n مُتنحّياً</numerusform>
            <numerusform>، %n مُتنحٍّ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>awarded</source>
        <translation>مُنحت المنحة</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+15"/>
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
    <message>
        <location line="+32"/>
        <source>Could not record the decision</source>
        <translation>تعذّر تسجيل القرار</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not award</source>
        <translation>تعذّر منح المنحة</translation>
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
        <location line="+23"/>
        <source>Could not save the rule</source>
        <translation>تعذّر حفظ القاعدة</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="+36"/>
        <source>Search records, fields and values (Ctrl+F)</source>
        <translation>البحث في السجلات والحقول والقيم (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All tables</source>
        <translation>جميع الجداول</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from any day</source>
        <translation>من أي يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this day</source>
        <translation>ابتداءً من هذا اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to any day</source>
        <translation>حتى أي يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to and including this day</source>
        <translation>حتى هذا اليوم ضمناً</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not read the audit trail</source>
        <translation>تعذّرت قراءة سجل التدقيق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 change</source>
        <translation>تغيير واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>%Ln تغيير</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييراً</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%Ln loaded; scroll for more)</source>
        <translation>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a change to see it in full.</source>
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
    <message>
        <location line="+5"/>
        <source>Export the audit trail</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the audit trail…</source>
        <translation>جارٍ تصدير سجل التدقيق…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit trail exported</source>
        <translation>تم تصدير سجل التدقيق</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln change(s) written to {path}</source>
        <translation>
            <numerusform>لم يُكتب أي تغيير في {path}</numerusform>
            <numerusform>كُتب تغيير واحد في {path}</numerusform>
            <numerusform>كُتب تغييران في {path}</numerusform>
            <numerusform>كُتبت %Ln تغييرات في {path}</numerusform>
            <numerusform>كُتب %Ln تغييراً في {path}</numerusform>
            <numerusform>كُتب %Ln تغيير في {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/audit.py" line="+22"/>
        <source>organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donor awards</source>
        <translation>منح الجهات المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviews</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget lines</source>
        <translation>بنود الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tranches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expenditures</source>
        <translation>النفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting requirements</source>
        <translation>متطلَّبات الإبلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>periods</source>
        <translation>فترات الإبلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>targets</source>
        <translation>القيم المستهدفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narratives</source>
        <translation>التقارير السردية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner narratives</source>
        <translation>التقارير السردية للشركاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variance explanations</source>
        <translation>تبريرات الانحراف</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+100"/>
        <location line="+19"/>
        <source>Award</source>
        <translation>منح المنحة</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Award a grant to {organisation}. This creates the project (in the pipeline) from the application&apos;s title, partner, amount and currency, and opens it. An award is not undone with Undo (Ctrl+Z).</source>
        <translation>منح منحة إلى {organisation}. يُنشئ ذلك المشروع (قيد الإعداد) انطلاقاً من عنوان الطلب وشريكه ومبلغه وعملته، ثم يفتحه. لا يمكن التراجع عن منح المنحة بأمر التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. LB-SAMS-01</source>
        <translation>مثلاً: LB-SAMS-01</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project code</source>
        <translation>رمز المشروع</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/award_dialog.py" line="+80"/>
        <source>Award amount</source>
        <translation>مبلغ منحة الجهة المانحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funds received</source>
        <translation>الأموال المستلمة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted on</source>
        <translation>محسوبة بتاريخ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sub-grants (budget)</source>
        <translation>المنح الفرعية (الميزانية)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Direct costs incurred</source>
        <translation>التكاليف المباشرة المتكبَّدة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indirect rate (%)</source>
        <translation>نسبة التكاليف غير المباشرة (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 7</source>
        <translation>مثلاً: 7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Variance threshold (%)</source>
        <translation>حدّ الانحراف (%)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Humanitarian aid</source>
        <translation>المساعدة الإنسانية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emergency (GLIDE)</source>
        <translation>حالة الطوارئ (GLIDE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EP-2020-000012-001</source>
        <translation>EP-2020-000012-001</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>award</source>
        <translation>منحة الجهة المانحة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of the programme ({currency})</source>
        <translation>للبرنامج ({currency})</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+26"/>
        <source>needed when the revised amount changes: why is the budget revised?</source>
        <translation>مطلوب عند تغيّر المبلغ المعدَّل: لماذا تُعدَّل الميزانية؟</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ACT</source>
        <translation>مثلاً: ACT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Activities</source>
        <translation>مثلاً: الأنشطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original amount ({currency})</source>
        <translation>المبلغ الأصلي ({currency})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revised amount ({currency})</source>
        <translation>المبلغ المعدَّل ({currency})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason for the revision</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>budget line</source>
        <translation>بند ميزانية</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="+51"/>
        <source>Revisions…</source>
        <translation>التعديلات…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete budget line {code} ({category})?

A line with expenditure booked on it cannot be deleted; its revisions go with it. You can undo this (Ctrl+Z).</source>
        <translation>حذف بند الميزانية {code} ({category})؟

لا يمكن حذف بند قُيِّدت عليه نفقات؛ وتُحذف تعديلاته معه. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CallWorkflowBar</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/call_workflow.py" line="+32"/>
        <source>Open for applications…</source>
        <translation>فتح لتلقي الطلبات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close and start review…</source>
        <translation>الإغلاق وبدء التقييم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start review…</source>
        <translation>بدء التقييم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark awarded…</source>
        <translation>وضع علامة «تم المنح»…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close only…</source>
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
        <location line="+26"/>
        <source>Could not change the status</source>
        <translation>تعذّر تغيير الحالة</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close call {reference} to applications and start the review: it becomes {target}. Applications that arrive later are recorded only as late ones.</source>
        <translation>إغلاق الدعوة {reference} أمام الطلبات وبدء التقييم: تصبح حالتها {target}. الطلبات التي تصل بعد ذلك تُسجَّل كطلبات متأخرة فقط.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open call {reference} for applications, with its criteria weighted to 100.</source>
        <translation>فتح الدعوة {reference} لتلقي الطلبات، مع معايير يبلغ مجموع أوزانها 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel call {reference}? A cancelled call takes no applications and awards nothing.</source>
        <translation>إلغاء الدعوة {reference}؟ الدعوة الملغاة لا تتلقى طلبات ولا تمنح شيئاً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move call {reference} to “{status}”.</source>
        <translation>نقل الدعوة {reference} إلى الحالة «{status}».</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="+42"/>
        <source>Delete call {reference}?</source>
        <translation>حذف الدعوة {reference}؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All programmes</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a call to see its dates and criteria</source>
        <translation>اختر دعوة لعرض تواريخها ومعاييرها</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{status} · %n application(s)</source>
        <translation>
            <numerusform>{status} · لا طلبات</numerusform>
            <numerusform>{status} · طلب واحد</numerusform>
            <numerusform>{status} · طلبان</numerusform>
            <numerusform>{status} · %n طلبات</numerusform>
            <numerusform>{status} · %n طلباً</numerusform>
            <numerusform>{status} · %n طلب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>launch {launch} · deadline {deadline} · decision {decision}</source>
        <translation>الإطلاق {launch} · الموعد النهائي {deadline} · القرار {decision}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{envelope} (at most {ceiling} per grant)</source>
        <translation>{envelope} (بحد أقصى {ceiling} لكل منحة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any</source>
        <translation>أي بلد</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Close call {reference}…</source>
        <translation>إغلاق الدعوة {reference}…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. EOI-2022-01</source>
        <translation>مثلاً: EOI-2022-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Eligible countries</source>
        <translation>البلدان المؤهلة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Envelope</source>
        <translation>المخصَّص المالي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ceiling per grant</source>
        <translation>الحد الأقصى لكل منحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch</source>
        <translation>الإطلاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clarifications until</source>
        <translation>الاستيضاحات حتى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission deadline</source>
        <translation>الموعد النهائي للتقديم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>ChildDialogs</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/child_dialogs.py" line="+31"/>
        <source>An admin-1 area (governorate, province) of {country}</source>
        <translation>منطقة إدارية من المستوى الأول (محافظة، ولاية) في {country}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Admin-1 area (ISO)</source>
        <translation>المنطقة الإدارية الأولى (ISO)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P-code</source>
        <translation>الرمز P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. LB13 (OCHA P-code)</source>
        <translation>مثلاً: LB13 (رمز P لدى أوتشا)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned date</source>
        <translation>التاريخ المقرر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned amount</source>
        <translation>المبلغ المقرر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tranche</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Quarterly report 2022-Q3</source>
        <translation>مثلاً: التقرير الفصلي 2022-Q3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted on</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted on</source>
        <translation>تاريخ القبول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reporting requirement</source>
        <translation>متطلَّب إبلاغ</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+34"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Programme lead</source>
        <translation>مثلاً: مسؤول البرنامج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. grant agreement, audit report</source>
        <translation>مثلاً: اتفاقية المنحة، تقرير التدقيق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>document</source>
        <translation>مستند</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/audit.py" line="+14"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/diaspora_grants/gui/models/imports.py" line="+19"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/models/finance_records.py" line="+23"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/calls.py" line="+19"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+23"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
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
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Deadline</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envelope</source>
        <translation>المخصَّص المالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/criteria.py" line="+29"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored out of</source>
        <translation>الدرجة من</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/calls.py" line="+15"/>
        <source>{rank} of {ranked} · {call}</source>
        <translation>{rank} من {ranked} · {call}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rank in call</source>
        <translation>المرتبة في الدعوة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranked {rank} of {ranked} in {call}</source>
        <translation>المرتبة {rank} من {ranked} في {call}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/diaspora_grants/gui/models/reviews.py" line="+26"/>
        <source>Weighted score</source>
        <translation>الدرجة المرجَّحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviews</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/documents.py" line="+24"/>
        <location filename="../../src/diaspora_grants/gui/models/organisations.py" line="+21"/>
        <location line="+32"/>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="+27"/>
        <location line="+23"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/finance.py" line="-102"/>
        <location line="+96"/>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="+45"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="-27"/>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-94"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+4"/>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Burn rate</source>
        <translation>معدل الإنفاق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spent as a share of the budget in force</source>
        <translation>النفقات كنسبة من الميزانية السارية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time gone</source>
        <translation>المدة المنقضية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the planned duration gone by the as-of date</source>
        <translation>نسبة المدة المقررة المنقضية حتى تاريخ الاحتساب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advance unreported</source>
        <translation>سلفة غير مُسوّاة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disbursed but not yet reported as spent (unliquidated advance)</source>
        <translation>مصروف لم يُبلَّغ عنه كنفقة بعد (سلفة غير مُسوّاة)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-64"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+64"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units per base</source>
        <translation>الوحدات لكل وحدة أساس</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-18"/>
        <source>Planned</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The planned date has passed</source>
        <translation>انقضى التاريخ المقرر</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-1"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="+18"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-8"/>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/finance_records.py" line="-8"/>
        <source>Revised on</source>
        <translation>تاريخ التعديل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+33"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/imports.py" line="-2"/>
        <location line="+10"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Create</source>
        <translation>للإنشاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>طريقة الإصلاح</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/organisations.py" line="-31"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operates in</source>
        <translation>تعمل في</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DD expiry</source>
        <translation>انتهاء العناية الواجبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-5"/>
        <location line="+23"/>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-61"/>
        <location line="+16"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Age bands</source>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoA target</source>
        <translation>القيمة المستهدفة (كامل المدة)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Locked</source>
        <translation>الإقفال</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/projects.py" line="-13"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned start</source>
        <translation>البداية المقررة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>النهاية المقررة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>الأصلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>المعدَّل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revisions</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="-28"/>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin-1 area (ISO 3166-2)</source>
        <translation>المنطقة الإدارية الأولى (ISO 3166-2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P-code</source>
        <translation>الرمز P</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned amount</source>
        <translation>المبلغ المقرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid amount</source>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spent on</source>
        <translation>تاريخ الإنفاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>overdue by 1 day</source>
        <translation>متأخر يوماً واحداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue by %n days</source>
        <translation>متأخر %n يوم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-13"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="-3"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+2"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/results.py" line="+3"/>
        <source>Population group</source>
        <translation>الفئة السكانية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/diaspora_grants/gui/models/reviews.py" line="+18"/>
        <source>Changed</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/reviews.py" line="-20"/>
        <source>Reviewer</source>
        <translation>مُقيِّم</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conflict of interest: {note}. The review does not count.</source>
        <translation>تضارب المصالح: {note}. لا يُحتسب التقييم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no note</source>
        <translation>بلا ملاحظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0-100: the criteria scores weighted by the call&apos;s weights</source>
        <translation>0-100: درجات المعايير مرجَّحة بأوزان الدعوة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/criteria.py" line="+40"/>
        <source>New criterion</source>
        <translation>معيار جديد</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/conflict_dialog.py" line="+47"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload theirs</source>
        <translation>إعادة تحميل نسختهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review both</source>
        <translation>مراجعة النسختين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to your values; saving then replaces their version</source>
        <translation>العودة إلى قيمك؛ عند الحفظ تحلّ محلّ نسختهم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to editing</source>
        <translation>العودة إلى التعديل</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Their saved version</source>
        <translation>نسختهم المحفوظة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your unsaved version</source>
        <translation>نسختك غير المحفوظة</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../src/diaspora_grants/domain/money.py" line="+42"/>
        <source>is not a number; type an amount such as 1250.50</source>
        <translation>ليس رقماً؛ اكتب مبلغاً مثل 1250.50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is more than {most}; check the amount</source>
        <translation>يتجاوز {most}؛ تحقّق من المبلغ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diaspora_grants/domain/result_cells.py" line="+46"/>
        <location filename="../../src/diaspora_grants/domain/validation.py" line="+55"/>
        <source>must be a number of zero or more</source>
        <translation>يجب أن يكون رقماً يساوي صفراً أو أكثر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has more than two decimals; round it to cents</source>
        <translation>يحتوي على أكثر من منزلتين عشريتين؛ قرّبه إلى السنتات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is not a number; type the rate such as 89.5</source>
        <translation>ليس رقماً؛ اكتب السعر مثل 89.5</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/diaspora_grants/domain/validation.py" line="+6"/>
        <source>must be more than zero</source>
        <translation>يجب أن يكون أكبر من صفر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is outside {least} to {most}; check the rate and its direction</source>
        <translation>خارج النطاق من {least} إلى {most}؛ تحقّق من السعر واتجاهه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has more than {digits} significant digits; round it</source>
        <translation>يحتوي على أكثر من {digits} أرقام معنوية؛ قرّبه</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/steps.py" line="+76"/>
        <source>the call has no evaluation criteria; add them with weights totalling 100</source>
        <translation>لا توجد معايير تقييم للدعوة؛ أضفها بأوزان مجموعها 100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the criteria weights total {total}; they must total 100</source>
        <translation>مجموع أوزان المعايير {total}؛ يجب أن يكون المجموع 100</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>call {reference} is already {status}: it cannot become {status} again</source>
        <translation>الدعوة {reference} بالفعل في حالة «{status}»: لا يمكن أن تصبح كذلك مرة أخرى</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{problem} before the call opens</source>
        <translation>{problem} قبل فتح الدعوة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no grant has been awarded from this call yet: award a selected application on the Applications page first</source>
        <translation>لم تُمنح أي منحة من هذه الدعوة بعد: امنح أولاً طلباً مختاراً في صفحة الطلبات</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tomorrow</source>
        <translation>غداً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} days from today</source>
        <translation>بعد {days} يوماً من اليوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The submission deadline is {deadline}, {when}. Closing now makes any application that arrives later a late one. Why is the call closed early?</source>
        <translation>الموعد النهائي للتقديم هو {deadline}، {when}. الإغلاق الآن يجعل أي طلب يصل بعده طلباً متأخراً. لماذا تُغلق الدعوة مبكراً؟</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>({status} is final)</source>
        <translation>(«{status}» حالة نهائية)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before it is closed (Close and start review does both)</source>
        <translation>قبل إغلاقها (الإغلاق وبدء التقييم يقوم بالأمرين معاً)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yet: grants are awarded once it is under review</source>
        <translation>بعد: تُمنح المنح بعد بدء التقييم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>again: a call does not go back</source>
        <translation>مرة أخرى: الدعوة لا تعود إلى الوراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from there</source>
        <translation>من هذه الحالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call {reference} is {status}: it cannot become {target} {hint}</source>
        <translation>الدعوة {reference} في حالة «{status}»: لا يمكن أن تصبح «{target}» {hint}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>application &apos;{title}&apos; was already awarded as project {project}</source>
        <translation>الطلب «{title}» مُنح بالفعل كمشروع {project}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>application &apos;{title}&apos; is not selected; only a selected application is awarded</source>
        <translation>الطلب «{title}» غير مختار؛ لا يُمنح إلا طلب مختار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>call {reference} is {status}: grants are awarded once the call is under review (Calls page: Close and start review)</source>
        <translation>الدعوة {reference} في حالة «{status}»: تُمنح المنح بعد أن تصبح الدعوة قيد التقييم (صفحة الدعوات: الإغلاق وبدء التقييم)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tranche {number} is already {status}</source>
        <translation>الدفعة {number} بالفعل في حالة «{status}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tranche {number} was paid: money that left the account stays on record</source>
        <translation>الدفعة {number} مدفوعة: المال الذي خرج من الحساب يبقى مسجَّلاً</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approve it first</source>
        <translation>اعتمدها أولاً</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was cancelled; reopen it (back to scheduled) first</source>
        <translation>أُلغيت؛ أعد فتحها أولاً (العودة إلى «مجدولة»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it cannot become {target} from there</source>
        <translation>لا يمكن أن تصبح «{target}» من هذه الحالة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tranche {number} is {status}: {why}</source>
        <translation>الدفعة {number} في حالة «{status}»: {why}</translation>
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
        <translation>مطلوب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is {length} characters long; at most {most} fit</source>
        <translation>طوله {length} حرفاً؛ الحد الأقصى {most}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;{value}&apos; is not an e-mail address (name@example.org)</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني (name@example.org)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>({end}) is before {start_field} ({start})</source>
        <translation>({end}) قبل {start_field} ({start})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>({to}) is before from ({since}); swap the dates</source>
        <translation>({to}) قبل البداية ({since})؛ اعكس التاريخين</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/result_cells.py" line="-5"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>«{value}» ليس عدداً</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value:,} is larger than any real figure; check the number</source>
        <translation>{value} أكبر من أي رقم واقعي؛ يُرجى التحقق من العدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is not a whole number; this indicator counts things</source>
        <translation>{value} ليس عدداً صحيحاً؛ هذا المؤشر مؤشر عدّ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} has more than two decimals; round it to two</source>
        <translation>{value} فيه أكثر من منزلتين عشريتين؛ يُرجى تقريبه إلى منزلتين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>indicator {code} is not disaggregated: give one total per location, without population group, sex or age band</source>
        <translation>المؤشر {code} غير مصنَّف: يُرجى ذكر مجموع واحد لكل موقع، دون فئة سكانية أو جنس أو فئة عمرية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>indicator {code} is disaggregated: give population group, sex and age band (choose &apos;unknown&apos; where one is not known)</source>
        <translation>المؤشر {code} مصنَّف: يُرجى ذكر الفئة السكانية والجنس والفئة العمرية (مع اختيار «غير معروف» لما لا يُعرف منها)</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>the same cell is given twice; give each cell once</source>
        <translation>الخلية نفسها مذكورة مرتين؛ اذكر كل خلية مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/admin_areas.py" line="+115"/>
        <source>&apos;{code}&apos; is not an admin-1 area of {country} (ISO 3166-2)</source>
        <translation>«{code}» ليس منطقة من المستوى الإداري الأول في {country} (ISO 3166-2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;{pcode}&apos; does not start with {value}: a P-code starts with the country&apos;s code</source>
        <translation>«{pcode}» لا يبدأ بـ {value}: يبدأ رمز P بـرمز البلد</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/codes.py" line="+67"/>
        <source>choose a country</source>
        <translation>اختر بلداً</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{code}&apos; is not an ISO 3166 two-letter country code (e.g. LB, TN, ZW)</source>
        <translation>«{code}» ليس رمز بلد من حرفين وفق ISO 3166 (مثلاً LB وTN وZW)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not ISO 3166 two-letter country codes: {listed}</source>
        <translation>ليست رموز بلدان من حرفين وفق ISO 3166: {listed}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>choose a currency</source>
        <translation>اختر عملة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{code}&apos; is not a three-letter ISO 4217 currency code (e.g. USD)</source>
        <translation>«{code}» ليس رمز عملة من ثلاثة أحرف وفق ISO 4217 (مثلاً USD)</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/applications.py" line="+195"/>
        <source>application &apos;{title}&apos; is {status}; a decided application is kept as it was when the decision was made</source>
        <translation>الطلب «{title}» في حالة «{status}»؛ يبقى الطلب الذي صدر فيه قرار كما كان عند اتخاذ القرار</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an application cannot move to another call; record a new application there</source>
        <translation>لا يمكن نقل طلب إلى دعوة أخرى؛ سجّل طلباً جديداً فيها</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>application &apos;{title}&apos; is {status} and cannot be deleted; only applications still received (not yet screened) or withdrawn can be</source>
        <translation>الطلب «{title}» في حالة «{status}» ولا يمكن حذفه؛ لا تُحذف إلا الطلبات المستلمة (التي لم تُفحص بعد) أو المسحوبة</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>say why a late application is accepted (e.g. courier delay)</source>
        <translation>اذكر سبب قبول طلب متأخر (مثلاً تأخر البريد)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write why the application is {status}; the applicant is owed an explanation</source>
        <translation>اكتب سبب كون الطلب في حالة «{status}»؛ من حق مقدّم الطلب أن يحصل على تفسير</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>call {reference} is {status}: it takes an application only when it is flagged late with the reason it is accepted</source>
        <translation>الدعوة {reference} في حالة «{status}»: لا تقبل طلباً إلا إذا وُسم بأنه متأخر مع سبب قبوله</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>call {reference} is {status}: applications are received only while it is open</source>
        <translation>الدعوة {reference} في حالة «{status}»: لا تُستلم الطلبات إلا وهي مفتوحة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>({value}) is after the submission deadline ({value2}); flag the application as late and give the reason it is accepted</source>
        <translation>({value}) بعد الموعد النهائي للتقديم ({value2})؛ صِف الطلب بأنه متأخر واذكر سبب قبوله</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>({value}) is in the future; give the day it arrived</source>
        <translation>({value}) في المستقبل؛ اذكر يوم وصوله</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../src/diaspora_grants/services/programmes.py" line="+172"/>
        <location filename="../../src/diaspora_grants/services/project_references.py" line="+85"/>
        <source>choose an existing organisation</source>
        <translation>اختر منظمة موجودة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is a {value}: donors, UN agencies and government bodies do not apply to calls</source>
        <translation>{name} من نوع «{value}»: لا تتقدم الجهات المانحة ووكالات الأمم المتحدة والهيئات الحكومية إلى الدعوات</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} has already applied to this call; edit that application</source>
        <translation>تقدّمت {name} بالفعل إلى هذه الدعوة؛ عدّل ذلك الطلب</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/awards.py" line="+129"/>
        <source>a project with code &apos;{code}&apos; already exists</source>
        <translation>يوجد بالفعل مشروع بالرمز «{code}»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the application names no country; give the project&apos;s country of implementation</source>
        <translation>لا يذكر الطلب أي بلد؛ اذكر بلد تنفيذ المشروع</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/base.py" line="+187"/>
        <source>this value is already used by another record</source>
        <translation>هذه القيمة مستخدمة بالفعل في سجل آخر</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is still referred to by other records, or refers to one that is gone</source>
        <translation>لا تزال سجلات أخرى تشير إليه، أو أنه يشير إلى سجل لم يعد موجوداً</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused by the database rule: {text}</source>
        <translation>رفضته قاعدة في قاعدة البيانات: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database refused the change: {text}</source>
        <translation>رفضت قاعدة البيانات التغيير: {text}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/call_criteria.py" line="+140"/>
        <source>reviews of call {reference} already hold {scored} score{value} against these criteria: changing them changes those reviews&apos; weighted scores and the ranking. Give the reason for the change (it is kept in the audit trail).</source>
        <translation>تتضمن تقييمات الدعوة {reference} بالفعل درجات على هذه المعايير ({scored}): تغييرها يغيّر الدرجات المرجّحة لتلك التقييمات والترتيب. اذكر سبب التغيير (يُحفظ في سجل التدقيق).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>must be more than zero (e.g. 30 for 30%)</source>
        <translation>يجب أن يكون أكبر من صفر (مثلاً 30 لـ 30%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be more than zero (e.g. 5)</source>
        <translation>يجب أن يكون أكبر من صفر (مثلاً 5)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;{name}&apos; is given twice; names must differ</source>
        <translation>«{name}» مذكور مرتين؛ يجب أن تختلف الأسماء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a review scored {name} {value:f}; the maximum cannot go below that ({max_score})</source>
        <translation>منح أحد التقييمات {name} الدرجة {value:f}؛ لا يمكن أن يقل الحد الأقصى عن ذلك ({max_score})</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/calls.py" line="+166"/>
        <source>applications were already received under this call&apos;s programme; it cannot move</source>
        <translation>استُلمت بالفعل طلبات في إطار برنامج هذه الدعوة؛ لا يمكن نقلها</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{reference} has {received} application(s) and cannot be deleted; cancel the call instead to keep the record of what was received</source>
        <translation>لدى {reference} عدد {received} من الطلبات ولا يمكن حذفها؛ ألغِ الدعوة بدلاً من ذلك للاحتفاظ بسجل ما استُلم</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>({ceiling}) is more than the whole envelope ({envelope}); lower it</source>
        <translation>({ceiling}) أكبر من المخصَّص المالي كله ({envelope})؛ خفّضه</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a call with reference &apos;{value}&apos; already exists</source>
        <translation>توجد بالفعل دعوة بالمرجع «{value}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/diaspora_grants/services/project_references.py" line="-4"/>
        <source>choose an existing programme</source>
        <translation>اختر برنامجاً موجوداً</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/credentials.py" line="+52"/>
        <location line="+33"/>
        <source>a password is kept only for a PostgreSQL URL that names the person (user@host)</source>
        <translation>لا تُحفظ كلمة المرور إلا لعنوان PostgreSQL يذكر اسم الشخص (user@host)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the system keyring refused to keep the password: {error}</source>
        <translation>رفضت حلقة مفاتيح النظام حفظ كلمة المرور: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot connect to {value}: {reason}</source>
        <translation>تعذّر الاتصال بـ {value}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/documents.py" line="+106"/>
        <source>the file of document &apos;{name}&apos; is missing from {store}; restore the documents folder from a backup or attach the file again</source>
        <translation>ملف المستند «{name}» غير موجود في {store}؛ استعد مجلد المستندات من نسخة احتياطية أو أرفق الملف مرة أخرى</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;{source}&apos; does not exist or is not a file</source>
        <translation>«{source}» غير موجود أو ليس ملفاً</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&apos;{source}&apos; changed while it was being copied; attach it again</source>
        <translation>تغيّر «{source}» أثناء نسخه؛ أرفقه مرة أخرى</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must be the 64 hexadecimal characters of the file&apos;s SHA-256</source>
        <translation>يجب أن يكون الأحرف الست عشرية الأربعة والستين لبصمة SHA-256 للملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a whole number of bytes</source>
        <translation>يجب أن يكون عدداً صحيحاً من البايتات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/exchange_rates.py" line="+3"/>
        <source>must differ from the base currency</source>
        <translation>يجب أن تختلف عن العملة الأساسية</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a rate for {value} against {value2} in {value3} already exists; edit that one</source>
        <translation>يوجد بالفعل سعر لـ {value} مقابل {value2} في {value3}؛ عدّل ذلك السعر</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/export_assembly/iati_build.py" line="+125"/>
        <source>programme {code} has no reporting organisation: set it before exporting to IATI</source>
        <translation>ليس للبرنامج {code} جهة مُبلِّغة: حدّدها قبل التصدير إلى IATI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the reporting organisation {name} has no IATI identifier: add it before exporting</source>
        <translation>ليس للجهة المُبلِّغة {name} معرّف IATI: أضفه قبل التصدير</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/export_assembly/workbook_data.py" line="+150"/>
        <location filename="../../src/diaspora_grants/services/periods.py" line="+116"/>
        <location filename="../../src/diaspora_grants/services/result_queries.py" line="+98"/>
        <source>choose one of {value}</source>
        <translation>اختر واحداً من {value}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/exports.py" line="+195"/>
        <source>choose reach or 5w</source>
        <translation>اختر reach أو 5w</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/finance_budget.py" line="-49"/>
        <source>the revised amount of {code} changes: say why the budget is revised (it is kept with the line&apos;s history)</source>
        <translation>يتغير المبلغ المعدَّل لـ {code}: اذكر سبب تعديل الميزانية (يُحفظ مع سجل البند)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>budget line {code} cannot be deleted: {booked} expenditures are booked on it; move them to another line first</source>
        <translation>لا يمكن حذف بند الميزانية {code}: عليه {booked} من النفقات المسجّلة؛ انقلها أولاً إلى بند آخر</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the project already has a budget line &apos;{code}&apos;</source>
        <translation>للمشروع بالفعل بند ميزانية «{code}»</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/finance_spending.py" line="-13"/>
        <source>choose a budget line of project {code}</source>
        <translation>اختر بند ميزانية من المشروع {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>({spent_on}) is in the future</source>
        <translation>({spent_on}) في المستقبل</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/finance_tranches.py" line="-57"/>
        <source>tranche {number} was paid on {actual_date}; a paid tranche cannot be deleted</source>
        <translation>دُفعت الدفعة {number} في {actual_date}؛ لا يمكن حذف دفعة مدفوعة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a paid tranche needs the date it was paid</source>
        <translation>تحتاج الدفعة المدفوعة إلى تاريخ دفعها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>({actual_date}) is in the future; record a payment once it is made</source>
        <translation>({actual_date}) في المستقبل؛ سجّل الدفعة بعد إتمامها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a paid tranche needs the amount paid</source>
        <translation>تحتاج الدفعة المدفوعة إلى المبلغ المدفوع</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be 1 or more</source>
        <translation>يجب أن يكون 1 أو أكثر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>only a paid tranche has an actual date and amount; mark it paid instead</source>
        <translation>لا يكون للدفعة تاريخ ومبلغ فعليان إلا إذا كانت مدفوعة؛ صِفها بأنها مدفوعة بدلاً من ذلك</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the project already has a tranche {number}</source>
        <translation>للمشروع بالفعل دفعة {number}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/indicators.py" line="+131"/>
        <source>indicator {code} has results; delete its results first, so that no reported figure disappears by accident</source>
        <translation>للمؤشر {code} نتائج؛ احذف نتائجه أولاً كي لا يختفي أي رقم مُبلَّغ عنه عن طريق الخطأ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{value}: not an age band of the programme ({value2})</source>
        <translation>{value}: ليست فئة عمرية في البرنامج ({value2})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give the currency of the unit value</source>
        <translation>اذكر عملة قيمة الوحدة</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>list every indicator of the programme exactly once, and no other</source>
        <translation>اذكر كل مؤشر في البرنامج مرة واحدة بالضبط، ولا شيء غيره</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a percentage cannot count people; use reach none or measure number</source>
        <translation>لا يمكن للنسبة المئوية أن تعدّ الأشخاص؛ استخدم الوصول «لا شيء» أو القياس «عدد»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unique people are counted as a number, not a percentage</source>
        <translation>يُعدّ الأشخاص دون تكرار كعدد لا كنسبة مئوية</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the programme already has an indicator with code &apos;{code}&apos;</source>
        <translation>للبرنامج بالفعل مؤشر بالرمز «{code}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>indicator {code} has approved results: changing its {value} would silently change figures already reported to the donor; create a new indicator instead</source>
        <translation>للمؤشر {code} نتائج معتمدة: تغيير {value} فيه سيغيّر بصمت أرقاماً أُبلغت بها الجهة المانحة بالفعل؛ أنشئ مؤشراً جديداً بدلاً من ذلك</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>indicator {code} has results entered {value} disaggregation; delete them before changing whether it is disaggregated</source>
        <translation>للمؤشر {code} نتائج أُدخلت {value} تصنيف؛ احذفها قبل تغيير ما إذا كان مصنَّفاً</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>indicator {code} has {outside} result cells in the age bands left out; move or delete them first</source>
        <translation>للمؤشر {code} عدد {outside} من خلايا النتائج في الفئات العمرية المستبعدة؛ انقلها أو احذفها أولاً</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/maintenance.py" line="+100"/>
        <source>restoring a PostgreSQL database is done with pg_restore by the server&apos;s administrator</source>
        <translation>استعادة قاعدة بيانات PostgreSQL يقوم بها مسؤول الخادم باستخدام pg_restore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{source} is the database itself; choose a backup file to restore from</source>
        <translation>{source} هو قاعدة البيانات نفسها؛ اختر ملف نسخة احتياطية للاستعادة منه</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/organisations.py" line="+341"/>
        <source>an organisation named &apos;{existing}&apos; already exists</source>
        <translation>توجد بالفعل منظمة باسم «{existing}»</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/partner_narratives.py" line="+86"/>
        <source>no section {value} in a partner narrative</source>
        <translation>لا يوجد قسم {value} في التقرير السردي للشريك</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no project #{project_id}</source>
        <translation>لا يوجد مشروع رقم {project_id}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose a period of project {code}&apos;s programme</source>
        <translation>اختر فترة من برنامج المشروع {code}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/people.py" line="+82"/>
        <source>{login} may not install the server&apos;s rules: only the database&apos;s owner may</source>
        <translation>لا يجوز لـ {login} تثبيت قواعد الخادم: وحده مالك قاعدة البيانات يمكنه ذلك</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use lower-case letters, digits and underscores (63 at most)</source>
        <translation>استخدم أحرفاً صغيرة وأرقاماً وشرطات سفلية (63 على الأكثر)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{clean_login} is already one of this database&apos;s people</source>
        <translation>{clean_login} من الأشخاص المسجَّلين في قاعدة البيانات هذه بالفعل</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{login} already has this role there</source>
        <translation>لدى {login} هذا الدور هناك بالفعل</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{login} may not remove themselves: another administrator does it</source>
        <translation>لا يجوز لـ {login} إزالة نفسه: يقوم بذلك مسؤول آخر</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{value}s hold their role in every programme</source>
        <translation>يسري دور {value} في كل البرامج</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a reviewer is assigned to a call: name it (--call REFERENCE)</source>
        <translation>يُسنَد المقيِّم إلى دعوة: اذكرها (--call REFERENCE)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a {value} holds the role in a programme: name it</source>
        <translation>يُمارَس دور {value} في برنامج: اذكره</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/periods.py" line="+9"/>
        <source>programme {code} already has reporting periods; delete them before generating new ones, or add periods one by one</source>
        <translation>للبرنامج {code} فترات إبلاغ بالفعل؛ احذفها قبل إنشاء فترات جديدة، أو أضف الفترات واحدة تلو الأخرى</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>period {label} has results; delete them first so that no figure is lost</source>
        <translation>للفترة {label} نتائج؛ احذفها أولاً كي لا يضيع أي رقم</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>period {label} is between two others; periods must stay contiguous, so only the first or the last period can be deleted</source>
        <translation>الفترة {label} بين فترتين أخريين؛ يجب أن تبقى الفترات متصلة، لذا لا يمكن حذف سوى الفترة الأولى أو الأخيرة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>say why the reported figures of this period may change (kept in the audit trail)</source>
        <translation>اذكر سبب جواز تغيير الأرقام المُبلَّغ عنها لهذه الفترة (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>period {label} is already {value}</source>
        <translation>الفترة {label} بالفعل في حالة «{value}»</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a period must lie inside the programme ({value} to {value2})</source>
        <translation>يجب أن تقع الفترة ضمن البرنامج (من {value} إلى {value2})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the programme already has a period labelled &apos;{label}&apos;</source>
        <translation>للبرنامج بالفعل فترة بالتسمية «{label}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>overlaps period {label} ({value} to {value2})</source>
        <translation>تتداخل مع الفترة {label} (من {value} إلى {value2})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>start on {day}</source>
        <translation>تبدأ في {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end on {day}</source>
        <translation>تنتهي في {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>periods must be contiguous: this one should {expected} (next to {label})</source>
        <translation>يجب أن تكون الفترات متصلة: ينبغي لهذه الفترة أن {expected} (بجوار {label})</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/programme_reporting.py" line="-85"/>
        <location filename="../../src/diaspora_grants/services/results.py" line="+337"/>
        <source>choose a period of the indicator&apos;s programme</source>
        <translation>اختر فترة من برنامج المؤشر</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>give a rate between 0% and 100%, to two decimals of a percent</source>
        <translation>اذكر نسبة بين 0% و100%، بمنزلتين عشريتين</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a share between 0% and 100%, e.g. 10%</source>
        <translation>اذكر حصة بين 0% و100%، مثلاً 10%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the date the funds received were counted</source>
        <translation>اذكر تاريخ احتساب الأموال المستلمة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only humanitarian aid answers an emergency; tick humanitarian</source>
        <translation>المساعدات الإنسانية وحدها تستجيب لحالة طوارئ؛ حدّد «إنسانية»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{glide}&apos; is not a GLIDE number such as EP-2020-000012-001</source>
        <translation>«{glide}» ليس رقم GLIDE مثل EP-2020-000012-001</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/programmes.py" line="-30"/>
        <source>give at least one age band, e.g. 0-17</source>
        <translation>اذكر فئة عمرية واحدة على الأقل، مثلاً 0-17</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give at least one group</source>
        <translation>اذكر فئة واحدة على الأقل</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a programme with code &apos;{value}&apos; already exists</source>
        <translation>يوجد بالفعل برنامج بالرمز «{value}»</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../src/diaspora_grants/services/reach.py" line="+227"/>
        <source>choose an indicator of this programme</source>
        <translation>اختر مؤشراً من هذا البرنامج</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/project_locations.py" line="+117"/>
        <location filename="../../src/diaspora_grants/services/projects.py" line="+273"/>
        <source>&apos;{value}&apos; is listed twice</source>
        <translation>«{value}» مذكور مرتين</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the project already works in &apos;{name}&apos;</source>
        <translation>يعمل المشروع بالفعل في «{name}»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>location {name} cannot be removed: {used} results were reported for it</source>
        <translation>لا يمكن إزالة الموقع {name}: أُبلغ عن {used} من النتائج له</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/project_references.py" line="-6"/>
        <source>project {value} already uses this code</source>
        <translation>يستخدم المشروع {value} هذا الرمز بالفعل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose an existing call</source>
        <translation>اختر دعوة موجودة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>choose an existing application</source>
        <translation>اختر طلباً موجوداً</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>was made to another call than the project&apos;s</source>
        <translation>قُدّم إلى دعوة غير دعوة المشروع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>was made by another organisation than the partner</source>
        <translation>قدّمته منظمة غير الشريك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already led to project {value}</source>
        <translation>أدى بالفعل إلى المشروع {value}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/projects.py" line="+28"/>
        <source>&apos;{dac}&apos; is not a 5-digit DAC sector code (e.g. 15153)</source>
        <translation>«{dac}» ليس رمز قطاع DAC من 5 أرقام (مثلاً 15153)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown: {value}; choose from {value2}</source>
        <translation>غير معروف: {value}؛ اختر من {value2}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>project {code} cannot be deleted: it has {value}; set its status to cancelled instead (documents can be removed first)</source>
        <translation>لا يمكن حذف المشروع {code}: له {value}؛ اجعل حالته «ملغى» بدلاً من ذلك (يمكن إزالة المستندات أولاً)</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/requirements.py" line="-57"/>
        <source>&apos;{title}&apos; was accepted on {accepted_on}: it cannot have been submitted later ({day})</source>
        <translation>قُبل «{title}» في {accepted_on}: لا يمكن أن يكون قد قُدّم بعد ذلك ({day})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;{title}&apos; has not been submitted yet: mark it submitted first</source>
        <translation>لم يُقدَّم «{title}» بعد: صِفه أولاً بأنه مُقدَّم</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>({day}) is in the future</source>
        <translation>({day}) في المستقبل</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a report is accepted only after it is submitted; give that date too</source>
        <translation>لا يُقبل التقرير إلا بعد تقديمه؛ اذكر ذلك التاريخ أيضاً</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/result_approval.py" line="+121"/>
        <source>there are no results of {label} to mark {wanted}</source>
        <translation>لا توجد نتائج لـ {label} لوصفها بـ «{wanted}»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no result of {label} is approved: there is nothing to reopen</source>
        <translation>لا توجد نتيجة معتمدة لـ {label}: لا شيء لإعادة فتحه</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/result_queries.py" line="+4"/>
        <source>limit and offset cannot be negative</source>
        <translation>لا يمكن أن يكون الحد أو الإزاحة سالبين</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/results.py" line="-170"/>
        <source>say why approved results must change (kept in the audit trail with your name)</source>
        <translation>اذكر سبب وجوب تغيير نتائج معتمدة (يُحفظ في سجل التدقيق مع اسمك)</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>the project, the indicator and the period must belong to the same programme</source>
        <translation>يجب أن ينتمي المشروع والمؤشر والفترة إلى البرنامج نفسه</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>choose a project of the indicator&apos;s programme</source>
        <translation>اختر مشروعاً من برنامج المؤشر</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/results_bulk.py" line="+133"/>
        <source>must be at least 1</source>
        <translation>يجب أن يكون 1 على الأقل</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a cell in the load already exists or is given twice (same project, indicator, period, location, population group, sex and age band); a bulk load only adds new cells</source>
        <translation>إحدى خلايا التحميل موجودة بالفعل أو مذكورة مرتين (المشروع والمؤشر والفترة والموقع والفئة السكانية والجنس والفئة العمرية نفسها)؛ التحميل المجمّع يضيف خلايا جديدة فقط</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>each row has {SHORT} or {FULL} values, in the order {value}</source>
        <translation>لكل صف {SHORT} أو {FULL} من القيم، بالترتيب {value}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no such record: {value}</source>
        <translation>لا يوجد سجل كهذا: {value}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>project, indicator and period of a row must share a programme</source>
        <translation>يجب أن ينتمي مشروع الصف ومؤشره وفترته إلى برنامج واحد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a row&apos;s location must be one of its project&apos;s locations</source>
        <translation>يجب أن يكون موقع الصف أحد مواقع مشروعه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value}: use draft, submitted or approved</source>
        <translation>{value}: استخدم draft أو submitted أو approved</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most 300 characters fit</source>
        <translation>300 حرف على الأكثر</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{value}&apos; is not one of {value2}</source>
        <translation>«{value}» ليس من {value2}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{value}&apos; is not one of the programme&apos;s groups</source>
        <translation>«{value}» ليس من فئات البرنامج</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/reviews.py" line="+138"/>
        <source>a review cannot move to another application; write a new review there</source>
        <translation>لا يمكن نقل تقييم إلى طلب آخر؛ اكتب تقييماً جديداً هناك</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>application &apos;{title}&apos; is {status}; reviews are written, changed or removed only while an application is eligible or shortlisted</source>
        <translation>الطلب «{title}» في حالة «{status}»؛ لا تُكتب التقييمات أو تُغيَّر أو تُزال إلا ما دام الطلب مؤهلاً أو في القائمة المختصرة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the call has no criteria yet; add its criteria before reviewing</source>
        <translation>لا توجد معايير للدعوة بعد؛ أضف معاييرها قبل التقييم</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>criterion #{criterion_id} is not a criterion of this application&apos;s call</source>
        <translation>المعيار رقم {criterion_id} ليس من معايير دعوة هذا الطلب</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>({raw}) must be between 0 and {max_score}</source>
        <translation>({raw}) يجب أن يكون بين 0 و{max_score}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>({raw}) may have at most two decimals</source>
        <translation>({raw}) يمكن أن يحتوي على منزلتين عشريتين على الأكثر</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reviewer} has already reviewed this application; edit that review</source>
        <translation>قيّم {reviewer} هذا الطلب بالفعل؛ عدّل ذلك التقييم</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/spreadsheets.py" line="+61"/>
        <source>programme {code} has no period &apos;{value}&apos;</source>
        <translation>ليس للبرنامج {code} فترة «{value}»</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/services/startup.py" line="+106"/>
        <source>cannot open {value}: {reason}</source>
        <translation>تعذّر فتح {value}: {reason}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{value} needs an upgrade to schema {head}, which only its owner may run: ask your administrator to open it with this version first</source>
        <translation>يحتاج {value} إلى ترقية إلى المخطط {head}، ولا يستطيع ذلك إلا مالكه: اطلب من المسؤول فتحه بهذا الإصدار أولاً</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/errors.py" line="+91"/>
        <source>period {periods} is locked (its results were reported); unlock it in the app, giving a reason, before changing the period or its results</source>
        <translation>الفترة {periods} مُقفَلة (سبق الإبلاغ عن نتائجها)؛ يُرجى إلغاء إقفالها في التطبيق مع ذكر السبب قبل تغيير الفترة أو نتائجها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>period {periods} are locked (its results were reported); unlock it in the app, giving a reason, before changing the period or its results</source>
        <translation>الفترات {periods} مُقفَلة (سبق الإبلاغ عن نتائجها)؛ يُرجى إلغاء إقفالها في التطبيق مع ذكر السبب قبل تغيير الفترات أو نتائجها</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no exchange rate for {currency} against {base} in {month}: add one under Finance &gt; Exchange rates</source>
        <translation>لا يوجد سعر صرف لـ {currency} مقابل {base} في {month}: أضف سعراً من المالية &gt; أسعار الصرف</translation>
    </message>
</context>
<context>
    <name>CountryChecklist</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/pickers.py" line="+239"/>
        <source>Type to find a country</source>
        <translation>اكتب للبحث عن بلد</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location line="-79"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>CountryListPicker</name>
    <message>
        <location line="+48"/>
        <source>none chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/criteria_panel.py" line="+57"/>
        <source>Evaluation criteria (weights total 100)</source>
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
        <location line="+22"/>
        <source>Could not save the criteria</source>
        <translation>تعذّر حفظ المعايير</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/dashboard_page.py" line="+118"/>
        <source>How is this counted?</source>
        <translation>كيف يُحسب هذا؟</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People reached (direct, unique)</source>
        <translation>الأشخاص الذين تم الوصول إليهم (مباشرةً، دون تكرار)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reach by country</source>
        <translation>الوصول حسب البلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue reports</source>
        <translation>التقارير المتأخرة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds (reporting currency)</source>
        <translation>الأموال (عملة الإبلاغ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open calls</source>
        <translation>الدعوات المفتوحة</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No programme yet: load the demo programme from the File menu.</source>
        <translation>لا يوجد برنامج بعد: حمّل البرنامج التجريبي من قائمة «ملف».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No people-reached figure yet.</source>
        <translation>لا يوجد رقم للأشخاص الذين تم الوصول إليهم بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>between {low} (conservative) and {high} (upper bound) · rule: {rule}</source>
        <translation>بين {low} (تقدير متحفظ) و{high} (الحد الأعلى) · القاعدة: {rule}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Awarded</source>
        <translation>الممنوح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 day late</source>
        <translation>متأخر يوماً واحداً</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days late</source>
        <translation>
            <numerusform>متأخر %n يوم</numerusform>
            <numerusform>متأخر يوماً واحداً</numerusform>
            <numerusform>متأخر يومين</numerusform>
            <numerusform>متأخر %n أيام</numerusform>
            <numerusform>متأخر %n يوماً</numerusform>
            <numerusform>متأخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project}: {title} — due {due}, {late}</source>
        <translation>{project}: {title} — الاستحقاق {due}، {late}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No report is overdue.</source>
        <translation>لا يوجد تقرير متأخر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference} {title} — deadline {deadline}</source>
        <translation>{reference} {title} — الموعد النهائي {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No call is open.</source>
        <translation>لا توجد دعوة مفتوحة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>thousands</source>
        <translation>بالآلاف</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to show yet</source>
        <translation>لا شيء للعرض بعد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How people reached is counted</source>
        <translation>كيف يُحسب عدد الأشخاص الذين تم الوصول إليهم</translation>
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
    <name>DecisionDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="-90"/>
        <source>The due diligence of {organisation} is {problem}. Going ahead needs an override: write who decided and why (it is kept on the application, on the project and in the audit trail).</source>
        <translation>حالة العناية الواجبة الخاصة بمنظمة {organisation}: {problem}. تتطلب المتابعة استثناءً: اكتب من اتخذ القرار ولماذا (يُحفظ في الطلب وفي المشروع وفي سجل التدقيق).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due diligence override</source>
        <translation>استثناء من العناية الواجبة</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/labels.py" line="+19"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>DisaggregationGridModel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="+209"/>
        <location line="+5"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+108"/>
        <location line="+7"/>
        <source>(not given)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="+43"/>
        <source>Attach…</source>
        <translation>إرفاق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+13"/>
        <source>Could not open the document</source>
        <translation>تعذّر فتح المستند</translation>
    </message>
    <message>
        <location line="+10"/>
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
    <name>DonorReporting</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/donor_reporting_button.py" line="+21"/>
        <source>Award and variances</source>
        <translation>المنحة والانحرافات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Award from the donor and variance threshold…</source>
        <translation>منحة الجهة المانحة وعتبة الانحراف…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explain variances…</source>
        <translation>تبرير الانحرافات…</translation>
    </message>
</context>
<context>
    <name>DueDiligence</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/colours.py" line="+17"/>
        <source>valid</source>
        <translation>سارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires soon</source>
        <translation>تنتهي قريباً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not cleared</source>
        <translation>غير مستوفاة</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="-254"/>
        <source>No applications yet.

Open a call on the Calls page, then record each expression of interest received here with New (Ctrl+N).</source>
        <translation>لا توجد طلبات بعد.

افتح دعوة في صفحة «الدعوات»، ثم سجّل هنا كل طلب إبداء اهتمام يصل باستخدام «جديد» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="-117"/>
        <source>No changes recorded yet. Every change made in the app or by an import is listed here.</source>
        <translation>لم تُسجَّل أي تغييرات بعد. يُدرج هنا كل تغيير يُجرى في التطبيق أو عبر الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/base.py" line="+165"/>
        <source>Nothing here yet.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="-169"/>
        <source>No calls yet.

Press New (Ctrl+N) to draft a call for expressions of interest.</source>
        <translation>لا توجد دعوات بعد.

اضغط «جديد» (Ctrl+N) لصياغة دعوة لإبداء الاهتمام.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="+31"/>
        <source>No organisations yet.

Press New (Ctrl+N) to add a partner, donor or other organisation, or load the demo programme from the File menu.</source>
        <translation>لا توجد منظمات بعد.

اضغط «جديد» (Ctrl+N) لإضافة شريك أو جهة مانحة أو منظمة أخرى، أو حمّل البرنامج التجريبي من قائمة «ملف».</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+47"/>
        <source>No projects yet.

A project is created when an application is awarded (Applications page), or press New (Ctrl+N) to record a grant agreement directly.</source>
        <translation>لا توجد مشاريع بعد.

يُنشأ المشروع عند منح المنحة لطلب ما (صفحة «الطلبات»)، أو اضغط «جديد» (Ctrl+N) لتسجيل اتفاقية منحة مباشرةً.</translation>
    </message>
</context>
<context>
    <name>ExpenditureDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/expenditure_dialog.py" line="+46"/>
        <source>(no line)</source>
        <translation>(بلا بند)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spent on</source>
        <translation>تاريخ الإنفاق</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget line</source>
        <translation>بند الميزانية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expenditure</source>
        <translation>نفقة</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This expenditure cannot be converted: there is no exchange rate for {currency} against {base} in {month}. Summaries and donor reports convert spending at the rate of its month, so the rate is needed before the expenditure is saved.</source>
        <translation>لا يمكن تحويل هذه النفقة: لا يوجد سعر صرف لـ {currency} مقابل {base} في {month}. تحوّل الملخصات وتقارير الجهة المانحة النفقات بسعر شهرها، لذا يلزم هذا السعر قبل حفظ النفقة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the {currency} rate for {month}…</source>
        <translation>إضافة سعر {currency} لشهر {month}…</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="+60"/>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="+37"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+56"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="+1"/>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="-5"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envelope</source>
        <translation>المخصَّص المالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible countries</source>
        <translation>البلدان المؤهلة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="+52"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin countries</source>
        <translation>بلدان المنشأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operates in</source>
        <translation>تعمل في</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI identifier</source>
        <translation>معرّف IATI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="-2"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>المصروف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burn rate</source>
        <translation>معدل الإنفاق</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/form.py" line="+68"/>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>FinanceModels</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/finance.py" line="-5"/>
        <source> (overdue)</source>
        <translation> (متأخرة)</translation>
    </message>
</context>
<context>
    <name>FinancePage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/finance_page.py" line="+123"/>
        <source>Delete the {currency} {month} rate ({rate} per {base})?

Figures in that month can no longer be converted until a rate is added again.</source>
        <translation>حذف سعر {currency} لشهر {month} ({rate} لكل {base})؟

لن يعود ممكناً تحويل أرقام ذلك الشهر حتى يُضاف سعر من جديد.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add this rate…</source>
        <translation>إضافة هذا السعر…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projects in the reporting currency</source>
        <translation>المشاريع بعملة الإبلاغ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rates (monthly)</source>
        <translation>أسعار الصرف (شهرية)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tranches still to pay</source>
        <translation>الدفعات المتبقية للدفع</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{projects} · {rates}</source>
        <translation>{projects} · {rates}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 project</source>
        <translation>مشروع واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n projects</source>
        <translation>
            <numerusform>%n مشروع</numerusform>
            <numerusform>مشروع واحد</numerusform>
            <numerusform>مشروعان</numerusform>
            <numerusform>%n مشاريع</numerusform>
            <numerusform>%n مشروعاً</numerusform>
            <numerusform>%n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 exchange rate</source>
        <translation>سعر صرف واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n exchange rates</source>
        <translation>
            <numerusform>%n سعر صرف</numerusform>
            <numerusform>سعر صرف واحد</numerusform>
            <numerusform>سعرا صرف</numerusform>
            <numerusform>%n أسعار صرف</numerusform>
            <numerusform>%n سعر صرف</numerusform>
            <numerusform>%n سعر صرف</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No programme yet: load the demo programme from the File menu.</source>
        <translation>لا يوجد برنامج بعد: حمّل البرنامج التجريبي من قائمة «ملف».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The figures cannot be converted: {reason}.</source>
        <translation>لا يمكن تحويل الأرقام: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the {currency} rate for {month}…</source>
        <translation>إضافة سعر {currency} لشهر {month}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Figures as of {day}, in {currency} at each month&apos;s rate</source>
        <translation>الأرقام حتى {day}، بعملة {currency} وبسعر كل شهر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Programme:&lt;/b&gt; grant {grant} · disbursed {disbursed} · spent {spent} · remaining {remaining} · burn rate {burn_rate} · advance not yet reported {advance}</source>
        <translation>&lt;b&gt;البرنامج:&lt;/b&gt; المنحة {grant} · المصروف {disbursed} · المُنفَق {spent} · المتبقي {remaining} · معدل الإنفاق {burn_rate} · سلفة غير مُسوّاة {advance}</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/form_frame.py" line="+39"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;*&lt;/span&gt; required</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;*&lt;/span&gt; مطلوب</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/formatting.py" line="+26"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Grid</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/result_grid.py" line="-294"/>
        <source>whole project</source>
        <translation>المشروع بأكمله</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Totals are worked out from the cells; they cannot be typed</source>
        <translation>تُحسب المجاميع من الخلايا؛ ولا يمكن كتابتها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period is locked: its results are read-only</source>
        <translation>الفترة مُقفَلة: نتائجها للقراءة فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These results are approved: reopen them with a reason to correct them</source>
        <translation>هذه النتائج معتمدة: أعد فتحها مع ذكر السبب لتصحيحها</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/results_grid_view.py" line="+143"/>
        <source>Nothing was pasted</source>
        <translation>لم يُلصق شيء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was cleared</source>
        <translation>لم يُمسح شيء</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>this cell</source>
        <translation>هذه الخلية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was pasted: the block is {rows} rows by {columns} columns, but from {place} there is room for {free_rows} by {free_columns} cells that can be typed into (totals are worked out, and approved or locked results are read-only).</source>
        <translation>لم يُلصق شيء: الكتلة من {rows} صفوف و{columns} أعمدة، لكن بدءاً من {place} لا يتسع المكان إلا لـ {free_rows} × {free_columns} من الخلايا القابلة للكتابة (المجاميع محسوبة، والنتائج المعتمدة أو المُقفَلة للقراءة فقط).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>; and {count} more</source>
        <translation>؛ و{count} أخرى</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/help_actions.py" line="+23"/>
        <source>Results grid: next / previous cell down the column</source>
        <translation>جدول النتائج: الخلية التالية / السابقة في العمود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results grid: next / previous cell to type into (totals are skipped)</source>
        <translation>جدول النتائج: الخلية القابلة للكتابة التالية / السابقة (تُتخطّى المجاميع)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results grid: paste a block copied from Excel or LibreOffice</source>
        <translation>جدول النتائج: لصق كتلة منسوخة من Excel أو LibreOffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: copy the selected cells</source>
        <translation>جدول النتائج: نسخ الخلايا المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: clear the selected cells</source>
        <translation>جدول النتائج: مسح الخلايا المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: save</source>
        <translation>جدول النتائج: حفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results grid: leave the cell as it was</source>
        <translation>جدول النتائج: إبقاء الخلية كما كانت</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working as</source>
        <translation>العمل باسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/import_panel.py" line="+60"/>
        <source>Import a file…</source>
        <translation>استيراد ملف…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a results template returned by a partner, or a data workbook, to see what it would change before anything is saved.</source>
        <translation>اختر نموذج نتائج أعاده أحد الشركاء، أو مصنَّف بيانات، لترى ما سيغيّره قبل حفظ أي شيء.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Commit import</source>
        <translation>تأكيد الاستيراد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{sheet}, row {row}, {column}: {message}</source>
        <translation>{sheet}، الصف {row}، {column}: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check before committing (the import does not stop for these):</source>
        <translation>للتحقق قبل تأكيد الاستيراد (هذه النقاط لا توقفه):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a results template or data workbook</source>
        <translation>استيراد نموذج نتائج أو مصنَّف بيانات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنَّفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Checking {file}…</source>
        <translation>جارٍ التحقق من {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the file was cancelled; nothing was saved.</source>
        <translation>أُلغي التحقق من الملف؛ ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 problem</source>
        <translation>مشكلة واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلةً</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;{problems} to fix&lt;/span&gt; before it can be imported; nothing was saved.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;{problems} يجب إصلاحها&lt;/span&gt; قبل الاستيراد؛ لم يُحفظ شيء.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;no problems&lt;/span&gt;. %Ln row(s) would be created or changed. Commit to save them, or cancel.</source>
        <translation>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;لا مشكلات&lt;/span&gt;. لن يُنشأ أو يُعدَّل أي صف. أكّد للحفظ أو ألغِ.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;لا مشكلات&lt;/span&gt;. سيُنشأ أو يُعدَّل صف واحد. أكّد لحفظه أو ألغِ.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;لا مشكلات&lt;/span&gt;. سيُنشأ أو يُعدَّل صفّان. أكّد لحفظهما أو ألغِ.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;لا مشكلات&lt;/span&gt;. ستُنشأ أو تُعدَّل %Ln صفوف. أكّد لحفظها أو ألغِ.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;لا مشكلات&lt;/span&gt;. سيُنشأ أو يُعدَّل %Ln صفاً. أكّد لحفظها أو ألغِ.</numerusform>
            <numerusform>&lt;b&gt;{file}&lt;/b&gt; ({kind}): &lt;span style=&apos;color:{colour}&apos;&gt;لا مشكلات&lt;/span&gt;. سيُنشأ أو يُعدَّل %Ln صف. أكّد لحفظها أو ألغِ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not read the file</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;: &lt;span style=&apos;color:{colour}&apos;&gt;refused&lt;/span&gt;; nothing was saved. See below for what to fix.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;: &lt;span style=&apos;color:{colour}&apos;&gt;مرفوض&lt;/span&gt;؛ لم يُحفظ شيء. انظر أدناه ما يجب إصلاحه.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Import {file} now?

Everything the preview shows is saved at once. An import cannot be undone with Undo: each change is in the audit trail, and the day&apos;s backup holds the data as it was before.</source>
        <translation>استيراد {file} الآن؟

يُحفظ كل ما تعرضه المعاينة في آنٍ واحد. لا يمكن التراجع عن الاستيراد بأمر التراجع: كل تغيير مسجَّل في سجل التدقيق، والنسخة الاحتياطية لهذا اليوم تحتفظ بالبيانات كما كانت من قبل.</translation>
    </message>
    <message>
        <location line="-159"/>
        <location line="+163"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>results template</source>
        <translation>نموذج النتائج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data workbook</source>
        <translation>مصنَّف البيانات</translation>
    </message>
    <message>
        <location line="+190"/>
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
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/programme_records.py" line="+51"/>
        <source>Delete indicator {code} – {name}?

Its targets go with it. An indicator with results cannot be deleted. You can undo this (Ctrl+Z).</source>
        <translation>هل تريد حذف المؤشر {code} – {name}؟

تُحذف أهدافه معه. لا يمكن حذف مؤشر له نتائج. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+20"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong that the app did not expect ({error}).

The details are in the log file.</source>
        <translation>حدث خطأ لم يتوقعه التطبيق ({error}).

التفاصيل موجودة في ملف السجل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not do that</source>
        <translation>تعذّر تنفيذ ذلك</translation>
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
    <name>ListPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/base.py" line="+20"/>
        <source>Search {records} (Ctrl+F)</source>
        <translation>بحث: {records} (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Could not load {records}</source>
        <translation>تعذّر تحميل: {records}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} {records}</source>
        <translation>{count} {records}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export {records}</source>
        <translation>تصدير: {records}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No {records} match the search and filters. Clear them to see all {records}.</source>
        <translation>لا شيء يطابق البحث وعوامل التصفية ({records}). امسحها لعرض الكل.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export table…</source>
        <translation>تصدير الجدول…</translation>
    </message>
</context>
<context>
    <name>LocationsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+46"/>
        <source>Remove {name} from the project&apos;s locations?

A location with reported results cannot be removed. You can undo this (Ctrl+Z).</source>
        <translation>إزالة {name} من مواقع المشروع؟

لا يمكن إزالة موقع أُبلغ عن نتائج فيه. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="+166"/>
        <source>Opening {database}…</source>
        <translation>جارٍ فتح {database}…</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>open another page</source>
        <translation>فتح صفحة أخرى</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Add the demo programmes&apos; partners, calls, projects and results to this database?

This cannot be undone with Undo: the demo&apos;s records are removed one by one, or by opening a backup.</source>
        <translation>إضافة الشركاء والدعوات والمشاريع والنتائج الخاصة بالبرامج التجريبية إلى قاعدة البيانات هذه؟

لا يمكن التراجع عن ذلك بأمر التراجع: تُحذف السجلات التجريبية واحداً تلو الآخر، أو بفتح نسخة احتياطية.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo programmes</source>
        <translation>البرامج التجريبية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load demo</source>
        <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+34"/>
        <source>quit</source>
        <translation>الخروج</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="+72"/>
        <source>open another database</source>
        <translation>فتح قاعدة بيانات أخرى</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/page_registry.py" line="+32"/>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calls</source>
        <translation>الدعوات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finance</source>
        <translation>المالية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/window_menus.py" line="+56"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the &amp;demo programme…</source>
        <translation>تحميل البرنامج ال&amp;تجريبي…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ne&amp;w database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User guide</source>
        <translation>&amp;دليل المستخدم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Diaspora Grants</source>
        <translation>&amp;حول Diaspora Grants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a new record ({keys})</source>
        <translation>إضافة سجل جديد ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected record ({keys})</source>
        <translation>حذف السجل المحدد ({keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the table ({keys})</source>
        <translation>تصدير الجدول ({keys})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent databases</source>
        <translation>قواعد البيانات الأ&amp;خيرة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
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
        <location line="+21"/>
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
        <location line="+47"/>
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
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="+121"/>
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
        <location line="+31"/>
        <source>The draft was not saved</source>
        <translation>لم تُحفظ المسودة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft saved at %1.</source>
        <translation>حُفظت المسودة في %1.</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/domain/narratives.py" line="+37"/>
        <source>Executive summary</source>
        <translation>الملخص التنفيذي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period in a few paragraphs: results, money, what changed.</source>
        <translation>الفترة في بضع فقرات: النتائج، والأموال، وما الذي تغيّر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The situation the programme worked in during the period.</source>
        <translation>الوضع الذي عمل فيه البرنامج خلال الفترة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>التقدم المحرز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done and achieved this period, with figures.</source>
        <translation>ما أُنجز وما تحقق خلال هذه الفترة، مع الأرقام.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Challenges and how they were handled</source>
        <translation>التحديات وكيفية التعامل معها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What got in the way, and what was done about it.</source>
        <translation>ما الذي أعاق العمل، وما الذي اتُّخذ بشأنه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lessons learned</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team would keep or change next time.</source>
        <translation>ما الذي سيحتفظ به الفريق أو يغيّره في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accountability to affected people</source>
        <translation>المساءلة أمام السكان المتضررين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How people were informed and consulted, and what their feedback and complaints changed.</source>
        <translation>كيف أُبلغ الناس واستُشيروا، وما الذي غيّرته ملاحظاتهم وشكاواهم.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protection from sexual exploitation and abuse</source>
        <translation>الحماية من الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures in place, training, reporting channels, and cases handled (without names).</source>
        <translation>التدابير القائمة، والتدريب، وقنوات الإبلاغ، والحالات التي عولجت (دون أسماء).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risks</source>
        <translation>المخاطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks for the next period and how they are mitigated.</source>
        <translation>مخاطر الفترة القادمة وكيفية التخفيف منها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plans for the next period</source>
        <translation>خطط الفترة القادمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What comes next, and when.</source>
        <translation>ما الذي سيأتي بعد ذلك، ومتى.</translation>
    </message>
</context>
<context>
    <name>Noun</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/applications_page.py" line="-71"/>
        <source>application</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applications</source>
        <translation>طلبات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/audit_page.py" line="-2"/>
        <source>change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>تغييرات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/base.py" line="-351"/>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+41"/>
        <source>record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records</source>
        <translation>سجلات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/calls_page.py" line="-42"/>
        <source>call</source>
        <translation>دعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>دعوات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="-63"/>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>منظمات</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="-58"/>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>مشاريع</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/contacts_panel.py" line="+19"/>
        <source>contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/documents_panel.py" line="-65"/>
        <source>document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="-24"/>
        <source>budget line</source>
        <translation>بند ميزانية</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>tranche</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>expenditure</source>
        <translation>نفقة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="-21"/>
        <source>location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reporting requirement</source>
        <translation>متطلَّب إبلاغ</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/programmes_page.py" line="+25"/>
        <source>programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>programmes</source>
        <translation>برامج</translation>
    </message>
</context>
<context>
    <name>OpeningNotice</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/main_window.py" line="-370"/>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/widgets/dates.py" line="+84"/>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as 2027-01-31 or {example}, or pick it with …</source>
        <translation>اكتب التاريخ بالصيغة 2027-01-31 أو {example}، أو اختره بالزر …</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/organisation_dialog.py" line="+24"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters country</source>
        <translation>بلد المقر الرئيسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Diaspora origin countries</source>
        <translation>بلدان منشأ المغتربين</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>Operating countries</source>
        <translation>بلدان العمل</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>رقم التسجيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI identifier</source>
        <translation>معرّف IATI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence status</source>
        <translation>حالة العناية الواجبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence date</source>
        <translation>تاريخ العناية الواجبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence expiry</source>
        <translation>انتهاء صلاحية العناية الواجبة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organisation</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>e.g. US-EIN-123456789</source>
        <translation>مثلاً: US-EIN-123456789</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not rated)</source>
        <translation>(غير مصنَّف)</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/application_dialog.py" line="-55"/>
        <source>New organisation…</source>
        <translation>منظمة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an organisation that is not in the list yet</source>
        <translation>تسجيل منظمة غير موجودة في القائمة بعد</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../../src/diaspora_grants/gui/pages/partner_links.py" line="+42"/>
        <source>Double-click to open the application</source>
        <translation>انقر نقراً مزدوجاً لفتح الطلب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to open the project</source>
        <translation>انقر نقراً مزدوجاً لفتح المشروع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>, score {score}</source>
        <translation>، الدرجة {score}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no grant amount</source>
        <translation>لا يوجد مبلغ منحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No applications from this organisation</source>
        <translation>لا طلبات من هذه المنظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No projects with this organisation</source>
        <translation>لا مشاريع مع هذه المنظمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications ({count})</source>
        <translation>الطلبات ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects ({count})</source>
        <translation>المشاريع ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../src/diaspora_grants/gui/dialogs/narrative_dialog.py" line="-181"/>
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
    <name>PartnersPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/partners_page.py" line="+23"/>
        <source>Delete {name}?

Its contacts are deleted with it. Organisations with applications or projects cannot be deleted. You can undo this (Ctrl+Z).</source>
        <translation>حذف {name}؟

تُحذف جهات الاتصال الخاصة بها معها. لا يمكن حذف المنظمات التي لها طلبات أو مشاريع. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profile</source>
        <translation>الملف التعريفي</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared / expires</source>
        <translation>تاريخ الاستيفاء / الانتهاء</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an organisation to see its profile</source>
        <translation>اختر منظمة لعرض ملفها التعريفي</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not rated</source>
        <translation>غير مصنَّف</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last changed {when} by {who}</source>
        <translation>آخر تعديل في {when} بواسطة {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
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
        <location filename="../../src/diaspora_grants/gui/pages/narrative_actions.py" line="-140"/>
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
    <name>PeriodsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/programme_records.py" line="+29"/>
        <source>Delete reporting period {label}?

Only the first or the last period can be deleted, and not one with results or locked. Its targets go with it. You can undo this (Ctrl+Z).</source>
        <translation>هل تريد حذف فترة الإبلاغ {label}؟

لا يمكن حذف سوى الفترة الأولى أو الأخيرة، ولا يمكن حذف فترة لها نتائج أو مقفلة. تُحذف أهدافها معها. يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ProgrammeChildren</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/programme_children.py" line="+42"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The age bands its results may use; all checked: every band of the programme</source>
        <translation>الفئات العمرية التي يمكن أن تستخدمها نتائجه؛ عند تحديدها كلها: كل فئات البرنامج</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. BHA-1</source>
        <translation>مثلاً BHA-1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. people, points, %</source>
        <translation>مثلاً أشخاص، نقاط، %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure</source>
        <translation>القياس</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result level</source>
        <translation>مستوى النتيجة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting</source>
        <translation>قاعدة العدّ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baseline date</source>
        <translation>تاريخ خط الأساس</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LoA target</source>
        <translation>القيمة المستهدفة طوال مدة المنحة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disaggregated</source>
        <translation>مصنَّف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by place, group, sex and age</source>
        <translation>حسب الموقع والفئة والجنس والعمر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age bands</source>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit is worth</source>
        <translation>قيمة الوحدة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in currency</source>
        <translation>بالعملة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. health</source>
        <translation>مثلاً الصحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Means of verification</source>
        <translation>وسائل التحقق</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>indicator</source>
        <translation>مؤشر</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2022-H1</source>
        <translation>مثلاً 2022-H1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reporting period</source>
        <translation>فترة إبلاغ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(whole programme)</source>
        <translation>(البرنامج كله)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(life of award)</source>
        <translation>(كامل مدة المنحة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Target</source>
        <translation>القيمة المستهدفة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>target</source>
        <translation>قيمة مستهدفة</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/programme_dialog.py" line="+34"/>
        <source>programme</source>
        <translation>برنامج</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. BHA-2022</source>
        <translation>مثلاً BHA-2022</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reporting organisation</source>
        <translation>الجهة المُبلِّغة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Award number</source>
        <translation>رقم المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the donor&apos;s number, e.g. 720BHA22GR00123</source>
        <translation>رقم الجهة المانحة، مثلاً 720BHA22GR00123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overlap rule</source>
        <translation>قاعدة التداخل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Age bands</source>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas, e.g. 0-17, 18-59, 60+</source>
        <translation>مفصولة بفواصل، مثلاً 0-17, 18-59, 60+</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Population groups</source>
        <translation>الفئات السكانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas, e.g. host community, refugees</source>
        <translation>مفصولة بفواصل، مثلاً المجتمع المضيف، اللاجئون</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SDG goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3, 10</source>
        <translation>مثلاً 3, 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>ProgrammeModels</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/models/programmes.py" line="-58"/>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>locked {when} by {who}</source>
        <translation>أُقفلت في {when} بواسطة {who}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>whole programme</source>
        <translation>البرنامج كله</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>life of award</source>
        <translation>كامل مدة المنحة</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/programmes_page.py" line="+6"/>
        <source>No programmes yet.

A programme is the award from one donor: press New (Ctrl+N) to record it, then give it its indicators, reporting periods and targets.</source>
        <translation>لا توجد برامج بعد.

البرنامج هو المنحة المقدَّمة من جهة مانحة واحدة: اضغط «جديد» (Ctrl+N) لتسجيله، ثم أضف مؤشراته وفترات الإبلاغ وأهدافه.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete programme {code}?

Its indicators, reporting periods and targets go with it and come back with Undo (Ctrl+Z); its award figures, narratives and role assignments do not. A programme with calls or projects cannot be deleted.</source>
        <translation>هل تريد حذف البرنامج {code}؟

تُحذف مؤشراته وفترات الإبلاغ وأهدافه معه وتعود بالتراجع (Ctrl+Z)؛ أما أرقام منحته وتقاريره السردية وإسناد الأدوار فلا تعود. لا يمكن حذف برنامج له دعوات أو مشاريع.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Donor</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>المنحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken down by</source>
        <translation>مصنَّف حسب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SDG goals</source>
        <translation>أهداف التنمية المستدامة</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a programme to see its indicators, reporting periods and targets</source>
        <translation>اختر برنامجاً لعرض مؤشراته وفترات الإبلاغ وأهدافه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} in {currency}, reported by {reporter}</source>
        <translation>{number} بعملة {currency}، تُبلِغ عنه {reporter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no award number</source>
        <translation>لا يوجد رقم منحة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reporting organisation</source>
        <translation>لا توجد جهة مُبلِّغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ages {bands} · groups {groups} · people in two projects: {rule}</source>
        <translation>الأعمار {bands} · الفئات {groups} · الأشخاص في مشروعين: {rule}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indicators ({count})</source>
        <translation>المؤشرات ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods ({count})</source>
        <translation>الفترات ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets ({count})</source>
        <translation>الأهداف ({count})</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/project_dialog.py" line="+31"/>
        <source>project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. LB-SAMS-01</source>
        <translation>مثلاً: LB-SAMS-01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant amount</source>
        <translation>مبلغ المنحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned start</source>
        <translation>البداية المقررة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned end</source>
        <translation>النهاية المقررة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual start</source>
        <translation>البداية الفعلية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual end</source>
        <translation>النهاية الفعلية</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. health</source>
        <translation>مثلاً: الصحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DAC sector</source>
        <translation>قطاع لجنة المساعدة الإنمائية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agreement number</source>
        <translation>رقم الاتفاقية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grant agreement&apos;s own number, e.g. 720BHA22-GA-01</source>
        <translation>الرقم الخاص باتفاقية المنحة، مثلاً: 720BHA22-GA-01</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/projects_page.py" line="+17"/>
        <source>Delete project {code}?

Its budget lines, unpaid tranches and reporting requirements go with it. Projects with payments, spending or results cannot be deleted: cancel them instead.</source>
        <translation>حذف المشروع {code}؟

تُحذف معه بنود ميزانيته ودفعاته غير المدفوعة ومتطلبات الإبلاغ الخاصة به. لا يمكن حذف المشاريع التي لها مدفوعات أو نفقات أو نتائج: ألغِها بدلاً من ذلك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All programmes</source>
        <translation>جميع البرامج</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reporting</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenditure</source>
        <translation>النفقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select a project to see its budget, tranches and reports</source>
        <translation>اختر مشروعاً لعرض ميزانيته ودفعاته وتقاريره</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{start} to {end} (planned) · status {status}</source>
        <translation>من {start} إلى {end} (مقرر) · الحالة {status}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>could not be read: {reason}</source>
        <translation>تعذّرت القراءة: {reason}</translation>
    </message>
    <message>
        <location line="-23"/>
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
    <message>
        <location line="+19"/>
        <source>{paid} paid · {to_pay} still to pay</source>
        <translation>{paid} مدفوعة · {to_pay} متبقية للدفع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{spent} · {advance} advanced but not yet reported</source>
        <translation>{spent} · {advance} سلفة لم تُسوَّ بعد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{spent} of the budget spent, {elapsed} of the time gone</source>
        <translation>أُنفق {spent} من الميزانية، وانقضى {elapsed} من المدة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spending is well behind the time gone</source>
        <translation>الإنفاق متأخر كثيراً عن المدة المنقضية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending runs ahead of time</source>
        <translation>الإنفاق يسبق المدة المنقضية</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/rate_dialog.py" line="+24"/>
        <source>e.g. 89.5</source>
        <translation>مثلاً 89.5</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Any day of the month: rates are kept per month</source>
        <translation>أي يوم من الشهر: تُحفظ الأسعار شهرياً</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units per base</source>
        <translation>الوحدات لكل وحدة أساس</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base currency</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. OANDA monthly average</source>
        <translation>مثلاً: المتوسط الشهري لـ OANDA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value date</source>
        <translation>تاريخ القيمة</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/decision_dialog.py" line="+29"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/records.py" line="+117"/>
        <source>Delete {record}</source>
        <translation>حذف {record}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not delete the {record}</source>
        <translation>تعذّر حذف {record}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not undo or redo</source>
        <translation>تعذّر التراجع أو الإعادة</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/record_dialog.py" line="+79"/>
        <source>Edit {record} {label}</source>
        <translation>تعديل {record} {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New {record}</source>
        <translation>إضافة {record}</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/record_panel.py" line="+19"/>
        <location line="+206"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+206"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+206"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Delete {noun} {label}?

You can undo this (Ctrl+Z).</source>
        <translation>حذف {noun} {label}؟

يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/reports_page.py" line="+50"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنَّف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor report workbook</source>
        <translation>مصنَّف تقرير الجهة المانحة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner results template</source>
        <translation>نموذج نتائج الشريك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IATI 2.03 activities (XML)</source>
        <translation>أنشطة IATI 2.03 (XML)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HXL people reached (CSV)</source>
        <translation>HXL الأشخاص الذين تم الوصول إليهم (CSV)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HXL 5W: who does what where</source>
        <translation>HXL 5W: من يفعل ماذا وأين</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full data workbook</source>
        <translation>مصنَّف البيانات الكامل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarterly</source>
        <translation>فصلي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semi-annual</source>
        <translation>نصف سنوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>English</source>
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
        <location line="+3"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periods</source>
        <translation>الفترات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report type</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>التقرير السردي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template language</source>
        <translation>لغة النموذج</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+134"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Last export: {path}</source>
        <translation>آخر تصدير: {path}</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Export {what}</source>
        <translation>تصدير: {what}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting: {what}…</source>
        <translation>جارٍ التصدير: {what}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file had already been written when Cancel was pressed: {path}</source>
        <translation>كان الملف قد كُتب بالفعل عند الضغط على «إلغاء»: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the periods to report.</source>
        <translation>اختر فترات التقرير.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first period comes after the last one: choose them the other way round.</source>
        <translation>الفترة الأولى تأتي بعد الأخيرة: اخترهما بالترتيب المعاكس.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The programme has no project to make a template for.</source>
        <translation>لا يوجد في البرنامج مشروع لإنشاء نموذج له.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written: &lt;b&gt;{path}&lt;/b&gt;</source>
        <translation>تمت الكتابة: &lt;b&gt;{path}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%Ln row(s)</source>
        <translation>%Ln صف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} people reached</source>
        <translation>الأشخاص الذين تم الوصول إليهم: {count}</translation>
    </message>
</context>
<context>
    <name>RequirementsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_records.py" line="+7"/>
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
    <name>Results</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_approval.py" line="+37"/>
        <source>1 result</source>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} results</source>
        <translation>{count} نتائج</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit…</source>
        <translation>تقديم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>اعتماد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen…</source>
        <translation>إعادة فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rules…</source>
        <translation>قواعد الاعتماد…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whether the person who approves must differ from who submitted</source>
        <translation>ما إذا كان يجب أن يختلف الشخص الذي يعتمد عن الشخص الذي قدّم</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;no results entered yet&lt;/b&gt;</source>
        <translation>الحالة: &lt;b style=&apos;color:{colour}&apos;&gt;لم تُدخَل نتائج بعد&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;mixed — cells have different statuses&lt;/b&gt;</source>
        <translation>الحالة: &lt;b style=&apos;color:{colour}&apos;&gt;مختلطة — للخلايا حالات مختلفة&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approved by {who}{when} — read-only; counted in reach and reports</source>
        <translation>اعتمدها {who}{when} — للقراءة فقط؛ تُحتسب في الوصول والتقارير</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>someone</source>
        <translation>أحدهم</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>submitted by {who}{when} — waiting for approval</source>
        <translation>قدّمها {who}{when} — بانتظار الاعتماد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>draft — not yet submitted</source>
        <translation>مسودة — لم تُقدَّم بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: &lt;b style=&apos;color:{colour}&apos;&gt;{text}&lt;/b&gt;</source>
        <translation>الحالة: &lt;b style=&apos;color:{colour}&apos;&gt;{text}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No results are entered here yet</source>
        <translation>لم تُدخَل أي نتائج هنا بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period is locked</source>
        <translation>الفترة مُقفَلة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Save the grid first</source>
        <translation>احفظ الجدول أولاً</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The period is locked: unlock it first</source>
        <translation>الفترة مُقفَلة: ألغِ قفلها أولاً</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing shown is approved</source>
        <translation>لا شيء مما يُعرض معتمد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved results are submitted already</source>
        <translation>النتائج المعتمدة مُقدَّمة بالفعل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted already: waiting for approval</source>
        <translation>مُقدَّمة بالفعل: بانتظار الاعتماد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved already</source>
        <translation>معتمدة بالفعل</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submit {results} of {what} for approval?

Someone then approves them. Undo does not take a submission back; editing the results later returns them to draft.</source>
        <translation>تقديم {results} لـ {what} للاعتماد؟

سيعتمدها شخص آخر بعد ذلك. لا يسحب التراجع التقديم؛ وتعديل النتائج لاحقاً يعيدها إلى حالة المسودة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submit results</source>
        <translation>تقديم النتائج</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+16"/>
        <source>Approve results</source>
        <translation>اعتماد النتائج</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_screenshots.py" line="+2"/>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve {results} of {what}?

Approved results count in reach and in the donor&apos;s reports, and become read-only: correcting them later needs Reopen… with a reason. Undo does not take an approval back.</source>
        <translation>اعتماد {results} لـ {what}؟

تُحتسب النتائج المعتمدة في الوصول وفي تقارير الجهة المانحة، وتصبح للقراءة فقط: يتطلب تصحيحها لاحقاً «إعادة فتح…» مع ذكر السبب. لا يسحب التراجع الاعتماد.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not change the status</source>
        <translation>تعذّر تغيير الحالة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reopen approved results</source>
        <translation>إعادة فتح النتائج المعتمدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen {results} of {what}? They become drafts to correct, and must be submitted and approved again. Say why: the reason is kept in the audit trail with your name.</source>
        <translation>إعادة فتح {results} لـ {what}؟ ستصبح مسودات للتصحيح، ويجب تقديمها واعتمادها من جديد. اذكر السبب: يُحفظ السبب في سجل التدقيق مع اسمك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not reopen the results</source>
        <translation>تعذّرت إعادة فتح النتائج</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../src/diaspora_grants/gui/pages/results_periods.py" line="+57"/>
        <source> on {when}</source>
        <translation> في {when}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_periods.py" line="-15"/>
        <source>Lock period…</source>
        <translation>قفل الفترة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock period…</source>
        <translation>إلغاء قفل الفترة…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> by {who}</source>
        <translation> بواسطة {who}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Period {period} is locked&lt;/b&gt;{by}{when}: its results have been reported and are shown read-only. To correct them, unlock the period and give the reason.</source>
        <translation>&lt;b&gt;الفترة {period} مُقفَلة&lt;/b&gt;{by}{when}: أُبلغ عن نتائجها وتُعرض للقراءة فقط. لتصحيحها، ألغِ قفل الفترة واذكر السبب.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>lock the period</source>
        <translation>قفل الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock period {period}?

Its results become read-only for everyone, so that what was reported and what the database holds cannot drift apart. Unlocking later needs a reason.</source>
        <translation>قفل الفترة {period}؟

تصبح نتائجها للقراءة فقط للجميع، كي لا يختلف ما أُبلغ عنه عمّا تحتويه قاعدة البيانات. يتطلب إلغاء القفل لاحقاً ذكر السبب.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock period</source>
        <translation>قفل الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not lock the period</source>
        <translation>تعذّر قفل الفترة</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlock period {period}</source>
        <translation>إلغاء قفل الفترة {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period {period} has been reported. Say why its figures may change: the reason is kept in the audit trail with your name.</source>
        <translation>أُبلغ عن الفترة {period}. اذكر سبب إمكانية تغيّر أرقامها: يُحفظ السبب في سجل التدقيق مع اسمك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not unlock the period</source>
        <translation>تعذّر إلغاء قفل الفترة</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_saving.py" line="+80"/>
        <source>Could not save the results</source>
        <translation>تعذّر حفظ النتائج</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} changed these results on {when}, after you opened the grid. Your figures are still in the grid.

Show their figures (yours are discarded), or save yours over theirs?</source>
        <translation>عدّل {who} هذه النتائج في {when}، بعد أن فتحت الجدول. لا تزال أرقامك في الجدول.

هل تريد عرض أرقامه (وتُهمَل أرقامك)، أم حفظ أرقامك بدلاً من أرقامه؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show theirs</source>
        <translation>عرض أرقامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine over theirs</source>
        <translation>حفظ أرقامي بدلاً منها</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved: {problems}{more}. The cells concerned are marked in red.</source>
        <translation>لم يُحفظ: {problems}{more}. الخلايا المعنية مُعلَّمة باللون الأحمر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; and {count} more</source>
        <translation>؛ و{count} أخرى</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_page.py" line="+119"/>
        <source>Save</source>
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
        <location line="+18"/>
        <source>Could not load the results</source>
        <translation>تعذّر تحميل النتائج</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+47"/>
        <source>show other results</source>
        <translation>عرض نتائج أخرى</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the grid</source>
        <translation>تعذّرت قراءة الجدول</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+63"/>
        <source>Could not undo or redo</source>
        <translation>تعذّر التراجع أو الإعادة</translation>
    </message>
</context>
<context>
    <name>ResultsTablePanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_table.py" line="+42"/>
        <source>All projects</source>
        <translation>جميع المشاريع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All indicators</source>
        <translation>جميع المؤشرات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All periods</source>
        <translation>جميع الفترات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click a row to open its grid.</source>
        <translation>انقر نقراً مزدوجاً على صف لفتح جدوله.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Could not read the results</source>
        <translation>تعذّرت قراءة النتائج</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 result cell</source>
        <translation>خلية نتائج واحدة</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln result cells</source>
        <translation>
            <numerusform>%Ln خلية نتائج</numerusform>
            <numerusform>خلية نتائج واحدة</numerusform>
            <numerusform>خليتا نتائج</numerusform>
            <numerusform>%Ln خلايا نتائج</numerusform>
            <numerusform>%Ln خلية نتائج</numerusform>
            <numerusform>%Ln خلية نتائج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%Ln loaded; scroll for more)</source>
        <translation>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
            <numerusform> (%Ln مُحمَّلة؛ مرّر لعرض المزيد)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/review_dialog.py" line="+67"/>
        <source>Review by {reviewer}</source>
        <translation>تقييم {reviewer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New review</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name of the reviewer</source>
        <translation>اسم المُقيِّم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>المُقيِّم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{criterion} (weight {weight})</source>
        <translation>{criterion} (الوزن {weight})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call has no criteria yet: add them on the Calls page.</source>
        <translation>لا توجد معايير للدعوة بعد: أضفها في صفحة «الدعوات».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reviewer has a conflict of interest and is recused</source>
        <translation>لدى المُقيِّم تضارب في المصالح وقد تنحّى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict of interest</source>
        <translation>تضارب المصالح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflict note</source>
        <translation>ملاحظة بشأن التضارب</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recused: this review is kept on record but does not count.</source>
        <translation>متنحٍّ: يُحفظ هذا التقييم في السجل لكنه لا يُحتسب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted score of this review: &lt;b&gt;{score}&lt;/b&gt; of 100</source>
        <translation>الدرجة المرجَّحة لهذا التقييم: &lt;b&gt;{score}&lt;/b&gt; من 100</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the review</source>
        <translation>تعذّر حفظ التقييم</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/review_panel.py" line="+42"/>
        <source>by {reviewer}</source>
        <translation>بواسطة {reviewer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the review by {reviewer}?

The application&apos;s score is computed again.</source>
        <translation>حذف تقييم {reviewer}؟

تُعاد حساب درجة الطلب.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add review…</source>
        <translation>إضافة تقييم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit review…</source>
        <translation>تعديل التقييم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete review</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reviews</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The application is {status}: reviews are written while it is eligible or shortlisted.</source>
        <translation>حالة الطلب {status}: تُكتب التقييمات عندما يكون مؤهلاً أو مُدرَجاً في القائمة المختصرة.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>لا تقييمات</numerusform>
            <numerusform>تقييم واحد</numerusform>
            <numerusform>تقييمان</numerusform>
            <numerusform>%n تقييمات</numerusform>
            <numerusform>%n تقييماً</numerusform>
            <numerusform>%n تقييم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n recused (not counted)</source>
        <translation>
            <numerusform>، لا مُتنحّين</numerusform>
            <numerusform>، مُتنحٍّ واحد (لا يُحتسب)</numerusform>
            <numerusform>، مُتنحّيان (لا يُحتسبان)</numerusform>
            <numerusform>، %n مُتنحّين (لا يُحتسبون)</numerusform>
            <numerusform>، %n مُتنحّياً (لا يُحتسبون)</numerusform>
            <numerusform>، %n مُتنحٍّ (لا يُحتسبون)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. The application&apos;s score is the mean of the counted reviews.</source>
        <translation>. درجة الطلب هي متوسط التقييمات المحتسبة.</translation>
    </message>
</context>
<context>
    <name>RevisionHistoryDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/budget_line_dialog.py" line="+69"/>
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
    <name>SavingDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/saving_dialog.py" line="+90"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Showing the version {who} saved.</source>
        <translation>عرض النسخة التي حفظها {who}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>أحدهم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You kept your values: saving now replaces the version they saved.</source>
        <translation>احتفظت بقيمك: الحفظ الآن يستبدل النسخة التي حفظوها.</translation>
    </message>
</context>
<context>
    <name>ScopeChooser</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/pages/results_scope.py" line="+86"/>
        <source>Programme</source>
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
    <message>
        <location line="+84"/>
        <source>No programme yet.

Load the demo programme from the File menu, or add a programme.</source>
        <translation>لا يوجد برنامج بعد.

حمّل البرنامج التجريبي من قائمة «ملف»، أو أضف برنامجاً.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This programme has no projects yet: award an application or add a project.</source>
        <translation>لا توجد مشاريع في هذا البرنامج بعد: امنح المنحة لطلب أو أضف مشروعاً.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This programme has no indicators yet: results are recorded against them.</source>
        <translation>لا توجد مؤشرات في هذا البرنامج بعد: تُسجَّل النتائج مقابلها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This programme has no reporting periods yet.</source>
        <translation>لا توجد فترات إبلاغ في هذا البرنامج بعد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a project, an indicator and a period.</source>
        <translation>اختر مشروعاً ومؤشراً وفترة.</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/review_dialog.py" line="-164"/>
        <source>  of {maximum}</source>
        <translation>  من {maximum}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/settings_dialog.py" line="+22"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Amal Haddad</source>
        <translation>مثلاً: أمل حداد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written to the audit trail with every change you make</source>
        <translation>يُسجَّل في سجل التدقيق مع كل تغيير تجريه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default currency</source>
        <translation>العملة الافتراضية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name is recorded with each change from now on. New calls, applications and projects start in the default currency. To work on another database use File &gt; Open database.</source>
        <translation>يُسجَّل اسمك مع كل تغيير من الآن فصاعداً. تبدأ الدعوات والطلبات والمشاريع الجديدة بالعملة الافتراضية. للعمل على قاعدة بيانات أخرى استخدم ملف &gt; فتح قاعدة بيانات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name is required: it is written to the audit trail</source>
        <translation>اسمك مطلوب: يُسجَّل في سجل التدقيق</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The app speaks the new language when it starts again.</source>
        <translation>سيعمل التطبيق باللغة الجديدة عند تشغيله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+33"/>
        <source>Keyboard shortcuts</source>
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
    <name>TargetsPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/programme_records.py" line="+53"/>
        <source>Delete this target of {indicator}?

You can undo this (Ctrl+Z).</source>
        <translation>هل تريد حذف هذا الهدف من {indicator}؟

يمكنك التراجع عن ذلك (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>TranchesPanel</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/panels/project_money.py" line="-165"/>
        <source>Status changes are not undone with Undo (Ctrl+Z).</source>
        <translation>لا يمكن التراجع عن تغيير الحالة بأمر التراجع (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+35"/>
        <source>Could not record the payment</source>
        <translation>تعذّر تسجيل الدفع</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo.py" line="+168"/>
        <source>create {record} {label}</source>
        <translation>إنشاء {record} {label}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>edit {record} {label}</source>
        <translation>تعديل {record} {label}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>delete {record} {label}</source>
        <translation>حذف {record} {label}</translation>
    </message>
    <message>
        <location filename="../../src/diaspora_grants/gui/undo_history.py" line="+37"/>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another user</source>
        <translation>مستخدم آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not {step} “{what}”: {entity} {label} was changed by {who} on {when} since. Their version is kept, and your undo history is unchanged.</source>
        <translation>تعذّر تنفيذ «{step}» على «{what}»: عدّل {who} {entity} {label} منذ ذلك الحين في {when}. تُحفظ نسخته، ويبقى سجل التراجع لديك دون تغيير.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {step} “{what}”: {reason}; someone else deleted it. Your undo history is unchanged.</source>
        <translation>تعذّر تنفيذ «{step}» على «{what}»: {reason}؛ فقد حذفه شخص آخر. يبقى سجل التراجع لديك دون تغيير.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not {step} “{what}”: {reason}. Your undo history is unchanged.</source>
        <translation>تعذّر تنفيذ «{step}» على «{what}»: {reason}. يبقى سجل التراجع لديك دون تغيير.</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location line="+78"/>
        <location line="+69"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/interaction.py" line="+27"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save them before you {doing}?</source>
        <translation>هل تريد حفظها قبل {doing}؟</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/help_dialogs.py" line="+40"/>
        <source>User guide</source>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>VarianceDialog</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/dialogs/variance_dialog.py" line="+75"/>
        <source>Explain variances</source>
        <translation>تبرير الانحرافات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Life of award</source>
        <translation>كامل مدة المنحة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save indicator explanation</source>
        <translation>حفظ تبرير المؤشر</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+65"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+5"/>
        <location line="+59"/>
        <source>Explanation</source>
        <translation>التبرير</translation>
    </message>
    <message>
        <location line="-62"/>
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
        <location line="+59"/>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location line="-11"/>
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
        <location filename="../../src/diaspora_grants/gui/workers.py" line="+210"/>
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
    <name>WorkspaceActions</name>
    <message>
        <location filename="../../src/diaspora_grants/gui/workspace_actions.py" line="-42"/>
        <source>Diaspora Grants databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات Diaspora Grants (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} already exists: it is opened as it is.</source>
        <translation>{file} موجود بالفعل: سيُفتح كما هو.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No other database opened yet</source>
        <translation>لم تُفتح أي قاعدة بيانات أخرى بعد</translation>
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
