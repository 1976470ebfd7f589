"""Every word of the partner template in English, French and Arabic, by a stable message id.

The core never imports Qt, so the template cannot use the app's translator: its strings live
here, one entry per message with its three languages side by side, in the terms of
resources/translations/glossary.tsv. Ids are "<sheet or part>.<what>"; a new sheet adds its own
section (e.g. "narrative.*") and is found by the same machinery (template_language.say).

Placeholders in braces ({code}) are filled by str.format and must be the same in all three
languages (a test checks). French puts a no-break space (\\u00a0) before : ; ? ! and inside « »;
Arabic uses its own comma (،) and semicolon (؛). The English words of the cell rules and of a
locked period are the domain's own, so that an English template says exactly what the app says.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..domain.errors import PERIOD_LOCKED
from ..domain.result_cells import ISSUE_WORDING, CellIssue
from ..domain.wording import english


class TemplateLanguage(StrEnum):
    """The languages a partner template is written in (stored in its identity sheet by code)."""

    ENGLISH = "en"
    FRENCH = "fr"
    ARABIC = "ar"


@dataclass(frozen=True)
class Wording:
    en: str
    fr: str
    ar: str

    def text(self, language: TemplateLanguage) -> str:
        return {"en": self.en, "fr": self.fr, "ar": self.ar}[language.value]


_SHEETS = {
    "sheet.instructions": Wording("Instructions", "Instructions", "التعليمات"),
    "sheet.results": Wording("Results", "Résultats", "النتائج"),
}

# English headers are the template's original ones: files already sent out keep importing.
_RESULTS_HEADERS = {
    "results.header.indicator_code": Wording("Indicator code", "Code de l'indicateur", "رمز المؤشر"),
    "results.header.indicator": Wording("Indicator", "Indicateur", "المؤشر"),
    "results.header.unit": Wording("Unit", "Unité", "الوحدة"),
    "results.header.location": Wording("Location", "Lieu", "الموقع"),
    "results.header.population_group": Wording("Population group", "Groupe de population", "الفئة السكانية"),
    "results.header.sex": Wording("Sex", "Sexe", "الجنس"),
    "results.header.age_band": Wording("Age band", "Tranche d'âge", "الفئة العمرية"),
    "results.header.value": Wording("Value", "Valeur", "القيمة"),
    "results.header.source": Wording("Source", "Source", "المصدر"),
    "results.header.note": Wording("Note", "Note", "ملاحظة"),
    "results.header.row_key": Wording("Row key", "Clé de ligne", "مفتاح الصف"),
}

_LISTS = {
    "list.error.location": Wording(
        "Choose a location from the list", "Choisissez un lieu dans la liste", "يُرجى اختيار موقع من القائمة"
    ),
    "list.error.population_group": Wording(
        "Choose a population group from the list",
        "Choisissez un groupe de population dans la liste",
        "يُرجى اختيار فئة سكانية من القائمة",
    ),
    "list.error.sex": Wording(
        "Choose a sex from the list", "Choisissez le sexe dans la liste", "يُرجى اختيار الجنس من القائمة"
    ),
    "list.error.age_band": Wording(
        "Choose an age band from the list",
        "Choisissez une tranche d'âge dans la liste",
        "يُرجى اختيار فئة عمرية من القائمة",
    ),
    "list.error.value": Wording(
        "Give a number of zero or more",
        "Saisissez un nombre supérieur ou égal à zéro",
        "يُرجى إدخال عدد يساوي صفراً أو أكثر",
    ),
    # Age bands are the programme's own ("0-17", "60+"): shown with the word for years.
    "age.range": Wording("{low}-{high}", "{low}-{high} ans", "{low}-{high} سنة"),
    "age.over": Wording("{low}+", "{low} ans et plus", "{low} سنة فأكثر"),
}

_INSTRUCTIONS = {
    "instructions.title": Wording(
        "Results template: {project_code} - {project_title}",
        "Modèle de résultats du partenaire\u00a0: {project_code} - {project_title}",
        "نموذج الشريك للنتائج: {project_code} - {project_title}",
    ),
    "instructions.programme": Wording(
        "Programme: {programme_code} - {programme_name}",
        "Programme\u00a0: {programme_code} - {programme_name}",
        "البرنامج: {programme_code} - {programme_name}",
    ),
    "instructions.period": Wording(
        "Period: {period_label} ({start} to {end})",
        "Période de rapport\u00a0: {period_label} (du {start} au {end})",
        "فترة الإبلاغ: {period_label} (من {start} إلى {end})",
    ),
    "instructions.how": Wording("How to fill it in", "Comment le remplir", "طريقة التعبئة"),
    "instructions.step1": Wording(
        "1. Go to the {results} sheet. Each row is one figure the project reports for this period.",
        "1. Allez à la feuille {results}. Chaque ligne est un chiffre que le projet déclare pour "
        "cette période.",
        "1. يُرجى الانتقال إلى ورقة {results}. يمثّل كل صف رقماً واحداً يُبلغ عنه المشروع عن هذه الفترة.",
    ),
    "instructions.step2": Wording(
        "2. Type the number in the {value} column: 0 if none; leave it blank if it is not known.",
        "2. Saisissez le nombre dans la colonne {value}\u00a0: 0 s'il n'y en a aucun\u00a0; laissez la "
        "cellule vide s'il n'est pas connu.",
        "2. يُرجى كتابة العدد في عمود {value}: 0 إن لم يوجد شيء، وترك الخلية فارغة إن كان العدد غير معروف.",
    ),
    "instructions.step3": Wording(
        "3. Location, population group, sex and age band come from drop-down lists; keep the rows.",
        "3. Le lieu, le groupe de population, le sexe et la tranche d'âge se choisissent dans des "
        "listes déroulantes\u00a0; gardez les lignes.",
        "3. يُختار الموقع والفئة السكانية والجنس والفئة العمرية من القوائم المنسدلة؛ يُرجى الإبقاء على الصفوف.",
    ),
    "instructions.step4": Wording(
        "4. {source} and {note} are optional (e.g. 'attendance registers').",
        "4. Les colonnes {source} et {note} sont facultatives (par exemple «\u00a0registres de "
        "présence\u00a0»).",
        "4. عمودا {source} و{note} اختياريان (مثلاً «سجلات الحضور»).",
    ),
    "instructions.step5": Wording(
        "5. Do not type formulas, merge cells, rename sheets or delete the header row.",
        "5. Ne saisissez pas de formules, ne fusionnez pas de cellules, ne renommez pas les feuilles "
        "et ne supprimez pas la ligne d'en-tête.",
        "5. يُرجى عدم كتابة صيغ أو دمج خلايا أو تغيير أسماء الأوراق أو حذف صف العناوين.",
    ),
    "instructions.step6": Wording(
        "6. Save as .xlsx and send it back. The app shows what will change before anything is saved,",
        "6. Enregistrez le fichier au format .xlsx et renvoyez-le. L'application montre ce qui "
        "changera avant d'enregistrer quoi que ce soit,",
        "6. يُرجى حفظ الملف بصيغة xlsx وإعادته. يعرض التطبيق ما سيتغيّر قبل حفظ أي شيء،",
    ),
    "instructions.step6_more": Wording(
        "and lists any problem by sheet, row and column with how to fix it.",
        "et signale chaque problème par feuille, ligne et colonne, avec la manière de le corriger.",
        "ويذكر كل مشكلة بالورقة والصف والعمود مع طريقة تصحيحها.",
    ),
    "instructions.filled": Wording(
        "Values already reported are filled in; changing them updates the report once the app imports it.",
        "Les valeurs déjà déclarées sont préremplies\u00a0; les modifier met à jour le rapport une "
        "fois que l'application a importé le fichier.",
        "القيم المُبلَّغ عنها سابقاً مُدرجة في النموذج؛ وتغييرها يُحدِّث التقرير بعد أن يستورد التطبيق الملف.",
    ),
}

#: The problems of an imported template: each a message and, under ".fix", how to fix it.
_PROBLEMS = {
    "problem.identity.unknown": Wording("unknown template", "modèle inconnu", "نموذج غير معروف"),
    "problem.identity.damaged": Wording(
        "the hidden identification of the template is damaged",
        "l'identification cachée du modèle est endommagée",
        "بيانات التعريف المخفية في النموذج تالفة",
    ),
    "problem.identity.gone": Wording(
        "the project or period of this template no longer exists",
        "le projet ou la période de ce modèle n'existe plus",
        "المشروع أو الفترة التي أُعدّ لها هذا النموذج لم يعد موجوداً",
    ),
    "problem.identity.other": Wording(
        "the template was made for another project or period, or for another database",
        "le modèle a été fait pour un autre projet ou une autre période, ou pour une autre base de données",
        "أُعدّ هذا النموذج لمشروع آخر أو فترة أخرى، أو لقاعدة بيانات أخرى",
    ),
    "problem.identity.fix": Wording(
        "make a new template ('diaspora-grants template' or the Reports page) and fill that",
        "faites un nouveau modèle (commande «\u00a0diaspora-grants template\u00a0» ou page Rapports) "
        "et remplissez celui-ci",
        "يُرجى إعداد نموذج جديد (الأمر «diaspora-grants template» أو صفحة التقارير) وتعبئته",
    ),
    "problem.sheet_missing": Wording(
        "the {sheet} sheet is missing", "la feuille {sheet} est absente", "ورقة {sheet} غير موجودة"
    ),
    "problem.sheet_missing.fix": Wording(
        "use the template as made", "utilisez le modèle tel qu'il a été fait", "يُرجى استخدام النموذج كما أُعدّ"
    ),
    "problem.column_missing": Wording(
        "the required column '{column}' is missing",
        "la colonne obligatoire «\u00a0{column}\u00a0» est absente",
        "العمود الإلزامي «{column}» غير موجود",
    ),
    "problem.column_missing.fix": Wording(
        "keep the template's header row",
        "gardez la ligne d'en-tête du modèle",
        "يُرجى الإبقاء على صف عناوين النموذج",
    ),
    "problem.column_ignored": Wording(
        "is not a column of the template: it is ignored",
        "n'est pas une colonne du modèle : elle est ignorée",
        "ليس عموداً من أعمدة النموذج: سيُتجاهَل",
    ),
    "problem.column_ignored.fix": Wording(
        "leave it, or write what it says in Note",
        "laissez-la, ou reportez son contenu dans Note",
        "يمكن تركه، أو نقل ما فيه إلى الملاحظة",
    ),
    "problem.indicator_unknown": Wording(
        "'{code}' is not an indicator of this programme",
        "«\u00a0{code}\u00a0» n'est pas un indicateur de ce programme",
        "«{code}» ليس من مؤشرات هذا البرنامج",
    ),
    "problem.indicator_unknown.fix": Wording(
        "keep the template's rows and codes",
        "gardez les lignes et les codes du modèle",
        "يُرجى الإبقاء على صفوف النموذج ورموزه",
    ),
    "problem.indicator_other": Wording(
        "the row was made for {expected}, not {code}",
        "la ligne a été faite pour {expected}, pas pour {code}",
        "أُعدّ هذا الصف للمؤشر {expected} وليس {code}",
    ),
    "problem.indicator_other.fix": Wording(
        "keep the template's codes", "gardez les codes du modèle", "يُرجى الإبقاء على رموز النموذج"
    ),
    "problem.not_in_list": Wording(
        "'{value}' is not in the list",
        "«\u00a0{value}\u00a0» n'est pas dans la liste",
        "«{value}» ليس من القائمة",
    ),
    "problem.not_in_list.fix": Wording(
        "choose a value from the drop-down list",
        "choisissez une valeur dans la liste déroulante",
        "يُرجى اختيار قيمة من القائمة المنسدلة",
    ),
    "problem.twice": Wording(
        "the same figure is already given in row {row}",
        "le même chiffre figure déjà à la ligne {row}",
        "الرقم نفسه مذكور في الصف {row}",
    ),
    "problem.twice.fix": Wording(
        "give each figure once", "donnez chaque chiffre une seule fois", "يُرجى ذكر كل رقم مرة واحدة"
    ),
    "problem.shape.fix": Wording(
        "keep the template's rows as they were made",
        "gardez les lignes du modèle telles qu'elles ont été faites",
        "يُرجى الإبقاء على صفوف النموذج كما أُعدّت",
    ),
    "problem.value.fix": Wording(
        "give a number of zero or more, whole for counts",
        "donnez un nombre supérieur ou égal à zéro, entier pour un comptage",
        "يُرجى إدخال عدد يساوي صفراً أو أكثر، وعدداً صحيحاً في حالة العدّ",
    ),
    "problem.not_a_number": Wording(
        "'{value}' is not a number", "«\u00a0{value}\u00a0» n'est pas un nombre", "«{value}» ليس عدداً"
    ),
    "problem.not_a_number.fix": Wording(
        "type digits only, with a point for decimals and no thousands separators (e.g. 1250.5)",
        "saisissez uniquement des chiffres, avec un point pour les décimales et sans séparateur de "
        "milliers (par exemple 1250.5)",
        "يُرجى كتابة أرقام فقط، مع نقطة للكسور العشرية ودون فواصل للآلاف (مثلاً 1250.5)",
    ),
    "problem.other_digits": Wording(
        "'{value}' is written with digits other than 0-9",
        "«\u00a0{value}\u00a0» est écrit avec des chiffres autres que 0-9",
        "«{value}» مكتوب بأرقام غير الأرقام 0-9",
    ),
    "problem.other_digits.fix": Wording(
        "type it with the digits 0-9: {plain}",
        "saisissez-le avec les chiffres 0-9\u00a0: {plain}",
        "يُرجى كتابته بالأرقام 0-9: {plain}",
    ),
    "problem.no_number": Wording(
        "the cell holds no usable number",
        "la cellule ne contient pas de nombre utilisable",
        "لا تحتوي الخلية على عدد صالح للاستخدام",
    ),
    "problem.no_number.fix": Wording(
        "type the number, e.g. 120", "saisissez le nombre, par exemple 120", "يُرجى كتابة العدد، مثلاً 120"
    ),
    "problem.not_text": Wording(
        "the cell holds a number, a date or TRUE/FALSE where text belongs",
        "la cellule contient un nombre, une date ou VRAI/FAUX là où un texte est attendu",
        "تحتوي الخلية على عدد أو تاريخ أو قيمة منطقية (صح/خطأ) في موضع النص",
    ),
    "problem.not_text.fix": Wording(
        "type the text itself", "saisissez le texte lui-même", "يُرجى كتابة النص نفسه"
    ),
    "problem.control_characters": Wording(
        "the text contains invisible control characters",
        "le texte contient des caractères de contrôle invisibles",
        "يحتوي النص على محارف تحكّم غير مرئية",
    ),
    "problem.control_characters.fix": Wording(
        "retype the text without them",
        "saisissez à nouveau le texte sans eux",
        "يُرجى إعادة كتابة النص من دونها",
    ),
    "problem.too_long": Wording(
        "the text is {length} characters long",
        "le texte compte {length} caractères",
        "عدد أحرف النص: {length}",
    ),
    "problem.too_long.fix": Wording(
        "shorten it to at most {limit} characters",
        "raccourcissez-le à {limit} caractères au plus",
        "يُرجى اختصاره بحيث لا يتجاوز عدد أحرفه {limit}",
    ),
    "problem.locked": Wording(
        # English: the domain's one wording of the rule.
        english(PERIOD_LOCKED, {"periods": "{period}"}),  # what the app says, in any process
        "la période {period} est verrouillée (ses résultats ont été déclarés)\u00a0; déverrouillez-la "
        "dans l'application, en indiquant un motif, avant de modifier la période ou ses résultats",
        "الفترة {period} مُقفَلة (سبق الإبلاغ عن نتائجها)؛ يُرجى إلغاء إقفالها في التطبيق مع ذكر السبب "
        "قبل تغيير الفترة أو نتائجها",
    ),
    "problem.not_saved.fix": Wording(
        "nothing was saved; see the message",
        "rien n'a été enregistré\u00a0; voir le message",
        "لم يُحفَظ شيء؛ يُرجى قراءة الرسالة",
    ),
    "problem.row.fix": Wording("correct the row", "corrigez la ligne", "يُرجى تصحيح الصف"),
}

# The cell rules' own problems (domain/result_cells.py): English is the rule's wording.
_CELL_ISSUES = {
    f"problem.{CellIssue.NEGATIVE.name.lower()}": Wording(
        ISSUE_WORDING[CellIssue.NEGATIVE],
        "doit être un nombre supérieur ou égal à zéro",
        "يجب أن تكون القيمة عدداً يساوي صفراً أو أكثر",
    ),
    f"problem.{CellIssue.TOO_LARGE.name.lower()}": Wording(
        ISSUE_WORDING[CellIssue.TOO_LARGE],
        "{value} dépasse tout chiffre réel\u00a0; vérifiez le nombre",
        "{value} أكبر من أي رقم واقعي؛ يُرجى التحقق من العدد",
    ),
    f"problem.{CellIssue.NOT_WHOLE.name.lower()}": Wording(
        ISSUE_WORDING[CellIssue.NOT_WHOLE],
        "{value} n'est pas un nombre entier\u00a0; cet indicateur compte des unités",
        "{value} ليس عدداً صحيحاً؛ هذا المؤشر مؤشر عدّ",
    ),
    f"problem.{CellIssue.TOO_MANY_DECIMALS.name.lower()}": Wording(
        ISSUE_WORDING[CellIssue.TOO_MANY_DECIMALS],
        "{value} a plus de deux décimales\u00a0; arrondissez-le à deux",
        "{value} فيه أكثر من منزلتين عشريتين؛ يُرجى تقريبه إلى منزلتين",
    ),
    f"problem.{CellIssue.NOT_DISAGGREGATED.name.lower()}": Wording(
        ISSUE_WORDING[CellIssue.NOT_DISAGGREGATED],
        "l'indicateur {code} n'est pas ventilé\u00a0: donnez un total par lieu, sans groupe de "
        "population, sexe ni tranche d'âge",
        "المؤشر {code} غير مصنَّف: يُرجى ذكر مجموع واحد لكل موقع، دون فئة سكانية أو جنس أو فئة عمرية",
    ),
    f"problem.{CellIssue.DIMENSIONS_MISSING.name.lower()}": Wording(
        ISSUE_WORDING[CellIssue.DIMENSIONS_MISSING],
        "l'indicateur {code} est ventilé\u00a0: donnez le groupe de population, le sexe et la tranche "
        "d'âge (choisissez «\u00a0inconnu\u00a0» quand l'un d'eux n'est pas connu)",
        "المؤشر {code} مصنَّف: يُرجى ذكر الفئة السكانية والجنس والفئة العمرية (مع اختيار «غير معروف» لما "
        "لا يُعرف منها)",
    ),
}

# The Narrative sheet: its name, headers and the partner's sections (the English ones are the
# domain's own, domain/narratives.py, so an English template says what the app says).
_NARRATIVE = {
    "sheet.narrative": Wording("Narrative", "Rapport narratif", "التقرير السردي"),
    "narrative.header.section": Wording("Section", "Section", "القسم"),
    "narrative.header.hint": Wording("What to write", "Quoi écrire", "ما يُكتب"),
    "narrative.header.text": Wording("Text", "Texte", "النص"),
    "narrative.header.key": Wording("Key", "Clé", "المفتاح"),
    "narrative.progress.title": Wording(
        "Progress",
        "Avancement",
        "التقدم المحرز",
    ),
    "narrative.progress.hint": Wording(
        "What was done and achieved this period, with figures.",
        "Ce qui a été fait et obtenu pendant la période, chiffres à l'appui.",
        "ما أُنجز وما تحقق خلال هذه الفترة، مع الأرقام.",
    ),
    "narrative.challenges.title": Wording(
        "Challenges and how they were handled",
        "Difficultés et manière dont elles ont été gérées",
        "التحديات وكيفية التعامل معها",
    ),
    "narrative.challenges.hint": Wording(
        "What got in the way, and what was done about it.",
        "Ce qui a fait obstacle, et ce qui a été fait pour y remédier.",
        "ما الذي أعاق العمل، وما الذي اتُّخذ بشأنه.",
    ),
    "narrative.lessons_learned.title": Wording(
        "Lessons learned",
        "Enseignements tirés",
        "الدروس المستفادة",
    ),
    "narrative.lessons_learned.hint": Wording(
        "What the team would keep or change next time.",
        "Ce que l'équipe conserverait ou changerait la prochaine fois.",
        "ما الذي سيحتفظ به الفريق أو يغيّره في المرة القادمة.",
    ),
    "narrative.accountability.title": Wording(
        "Accountability to affected people",
        "Redevabilité envers les populations affectées",
        "المساءلة أمام السكان المتضررين",
    ),
    "narrative.accountability.hint": Wording(
        "How people were informed and consulted, and what their feedback and complaints changed.",
        "Comment les personnes ont été informées et consultées, et ce que leurs retours et plaintes "
        "ont changé.",
        "كيف أُبلغ الناس واستُشيروا، وما الذي غيّرته ملاحظاتهم وشكاواهم.",
    ),
    "narrative.next_period.title": Wording(
        "Plans for the next period",
        "Prévisions pour la prochaine période",
        "خطط الفترة القادمة",
    ),
    "narrative.next_period.hint": Wording(
        "What comes next, and when.",
        "Ce qui vient ensuite, et quand.",
        "ما الذي سيأتي بعد ذلك، ومتى.",
    ),
}

STRINGS: dict[str, Wording] = {
    **_SHEETS,
    **_RESULTS_HEADERS,
    **_LISTS,
    **_INSTRUCTIONS,
    **_PROBLEMS,
    **_CELL_ISSUES,
    **_NARRATIVE,
}

#: Labels of the stored values a template's lists show, by list and stored value. The English
#: label is the stored value itself, as English templates always showed. A stored value with no
#: entry here (a programme's own group) is shown as it is stored.
VALUE_LABELS: dict[str, dict[str, Wording]] = {
    "population group": {
        "host community": Wording("host community", "communauté d'accueil", "المجتمع المضيف"),
        "migrants": Wording("migrants", "migrants", "المهاجرون"),
        "refugees": Wording("refugees", "réfugiés", "اللاجئون"),
        "IDPs": Wording("IDPs", "personnes déplacées internes", "النازحون داخلياً"),
        "returnees": Wording("returnees", "personnes retournées", "العائدون"),
        "other": Wording("other", "autre", "أخرى"),
        "unknown": Wording("unknown", "groupe inconnu", "فئة غير معروفة"),
    },
    "sex": {
        "female": Wording("female", "féminin", "إناث"),
        "male": Wording("male", "masculin", "ذكور"),
        "unknown": Wording("unknown", "sexe inconnu", "الجنس غير معروف"),
    },
    "age band": {
        "unknown": Wording("unknown", "âge inconnu", "العمر غير معروف"),
    },
}
