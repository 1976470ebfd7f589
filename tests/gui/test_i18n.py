"""The app's language: the translation chain (lupdate finds every label, lrelease compiles, the app
loads the result and Qt's own catalogue), the choice of language, right to left, the pseudo-language."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from diaspora_grants.domain import enums
from diaspora_grants.domain.labels import disambiguation, has_label, label
from diaspora_grants.gui.dialogs.project_dialog import project_dialog
from diaspora_grants.gui.i18n import ENV_LANGUAGE, apply_language, chosen_language, system_language
from diaspora_grants.gui.labels import label_of
from diaspora_grants.gui.main_window import MainWindow
from diaspora_grants.gui.pseudo_locale import pseudo_text
from diaspora_grants.gui.settings import AppSettings
from diaspora_grants.services.startup import Workspace

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.py"


def every_labelled_member() -> list[Enum]:
    kinds = [k for k in vars(enums).values() if isinstance(k, type) and issubclass(k, Enum)]
    return [member for kind in kinds for member in kind if has_label(member)]


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files `make translations` would write, from today's code, in a folder of their own."""
    folder = tmp_path_factory.mktemp("ts")
    run_script("update", "--ts-dir", str(folder))
    return folder


def run_script(*args: str) -> None:
    """scripts/translations.py, as `make translations` runs it."""
    subprocess.run([sys.executable, str(SCRIPT), *args], check=True)


def messages(ts: Path, context: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                found[(message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def translate(ts: Path, context: str, wanted: dict[tuple[str, str], str]) -> None:
    """What a translator does in Linguist: fill in a translation and mark it finished."""
    tree = ET.parse(ts)
    found = {
        (m.findtext("source"), m.findtext("comment")): m
        for ctx in tree.getroot().iter("context")
        if ctx.findtext("name") == context
        for m in ctx.iter("message")
    }
    for key, text in wanted.items():
        translation = found[key].find("translation")
        assert translation is not None
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def test_lupdate_finds_every_label_of_the_stored_values(fresh_ts: Path) -> None:
    members = every_labelled_member()
    assert len(members) > 60  # every enum of the domain, not a handful
    for language in ("fr", "ar"):
        found = messages(fresh_ts / f"diaspora_grants_{language}.ts", "Label")
        missing = [m for m in members if (label(m), disambiguation(m)) not in found]
        assert missing == []
    # The same English word in two lists is two entries: a tranche is "annulée", a project "annulé".
    found = messages(fresh_ts / "diaspora_grants_fr.ts", "Label")
    assert ("Cancelled", "TrancheStatus") in found and ("Cancelled", "ProjectStatus") in found


def test_every_label_has_a_finished_french_and_arabic_translation() -> None:
    """A new status or group needs its translations (make translations, then Qt Linguist)."""
    for language in ("fr", "ar"):
        found = messages(ROOT / "resources" / "translations" / f"diaspora_grants_{language}.ts", "Label")
        missing = []
        for member in every_labelled_member():
            message = found.get((label(member), disambiguation(member)))
            translation = None if message is None else message.find("translation")
            if translation is None or not translation.text or translation.get("type"):
                missing.append(f"{type(member).__name__}.{member.name}")
        assert missing == [], f"{language}: no finished translation for {missing}"


def test_translators_see_no_developers_notes(fresh_ts: Path) -> None:
    """The code's "#:" comments document attributes; lupdate would show them beside the texts."""
    for ts in (*fresh_ts.glob("*.ts"), *(ROOT / "resources" / "translations").glob("*.ts")):
        assert "<extracomment>" not in ts.read_text(encoding="utf-8"), ts


def test_a_french_catalogue_translates_labels_and_qt_buttons(
    qapp: QApplication, fresh_ts: Path, tmp_path: Path, restore_language: None
) -> None:
    ts = tmp_path / "diaspora_grants_fr.ts"
    ts.write_bytes((fresh_ts / ts.name).read_bytes())
    translate(
        ts, "Label", {("Cancelled", "TrancheStatus"): "Annulée", ("Cancelled", "ProjectStatus"): "Annulé"}
    )
    qm_dir = tmp_path / "qm"
    run_script("release", "--ts-dir", str(tmp_path), "--qm-dir", str(qm_dir))

    applied = apply_language(qapp, "fr", folder=qm_dir)

    assert applied.catalogue == qm_dir / "diaspora_grants_fr.qm" and applied.qt_catalogue
    assert label_of(enums.TrancheStatus.CANCELLED) == "Annulée"
    assert label_of(enums.ProjectStatus.CANCELLED) == "Annulé"
    assert label_of(enums.CallStatus.OPEN) == "Open"  # not translated yet: stays English
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert QLocale().language() == QLocale.Language.French
    assert not applied.right_to_left and qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unfinished_translations_are_not_shipped(
    qapp: QApplication, fresh_ts: Path, tmp_path: Path, restore_language: None
) -> None:
    ts = tmp_path / "diaspora_grants_fr.ts"
    ts.write_bytes((fresh_ts / ts.name).read_bytes())
    translate(ts, "Label", {("Paid", "TrancheStatus"): "Versée"})
    text = ts.read_text(encoding="utf-8")
    ts.write_text(
        text.replace("<translation>Versée", '<translation type="unfinished">Versée'), encoding="utf-8"
    )
    run_script("release", "--ts-dir", str(tmp_path), "--qm-dir", str(tmp_path))
    apply_language(qapp, "fr", folder=tmp_path)
    assert label_of(enums.TrancheStatus.PAID) == "Paid"


def test_arabic_lays_the_app_out_right_to_left(
    qapp: QApplication, qtbot: QtBot, restore_language: None
) -> None:
    applied = apply_language(qapp, "ar")

    assert applied.right_to_left and applied.qt_catalogue
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    widget = QWidget()
    qtbot.addWidget(widget)
    assert widget.isRightToLeft()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel and all("\u0600" <= c <= "\u06ff" for c in cancel if c.isalpha())  # Qt's Arabic

    apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_comes_from_the_environment_then_the_setting_then_the_system(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_LANGUAGE, raising=False)
    tunis = QLocale("fr_TN")
    assert system_language(QLocale("ar_LB")) == "ar"
    assert system_language(QLocale("de_DE")) == "en"  # a language the app does not speak
    assert chosen_language(None, tunis) == "fr"
    assert chosen_language("system", tunis) == "fr"
    assert chosen_language("ar", tunis) == "ar"
    assert chosen_language("klingon", tunis) == "fr"
    monkeypatch.setenv(ENV_LANGUAGE, "pseudo")
    assert chosen_language("ar", tunis) == "pseudo"

    from PySide6.QtCore import QSettings

    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language() == "system"
    settings.set_language("fr")
    assert settings.language() == "fr"


def test_pseudo_text_is_longer_accented_and_keeps_placeholders() -> None:
    source = "Delete %n results of %1 in <b>{project}</b>? &Yes"
    pseudo = pseudo_text(source)
    assert len(pseudo) >= 1.4 * len(source)
    assert pseudo.startswith("[") and pseudo.endswith("]")
    for kept in ("%n", "%1", "<b>", "</b>", "{project}", "&Y"):
        assert kept in pseudo
    assert "Delete" not in pseudo and "Đéļéţé" in pseudo
    assert pseudo_text("") == ""


def test_the_pseudo_language_reaches_labels_and_qt_but_not_shortcuts(
    qapp: QApplication, restore_language: None
) -> None:
    apply_language(qapp, "pseudo")

    assert label_of(enums.Sex.FEMALE) == pseudo_text("Female")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().startswith("[")
    assert QKeySequence("Ctrl+N") == QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N)
    shown = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N).toString(QKeySequence.SequenceFormat.NativeText)
    assert shown == "Ctrl+N"  # as the Shortcuts dialog shows it
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


#: Calls that put text on screen, and which of their positional arguments is the text.
TEXT_ARGUMENTS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        ("setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setTitle"),
        (0,),
    ),
    **dict.fromkeys(("QLabel", "QPushButton", "QGroupBox", "QCheckBox", "QRadioButton", "QMenu"), (0,)),
    **dict.fromkeys(("addMenu", "showMessage", "setInformativeText", "setSuffix", "setPrefix"), (0,)),
    "QAction": (0, 1),
    "addAction": (0, 1),
    "addTab": (1,),
    "setTabText": (1,),
    "addRow": (0,),
    "FieldSpec": (1,),
    "PageSpec": (1,),
    **dict.fromkeys(("Column", "long_text"), (0,)),  # a table's column header
    **dict.fromkeys(("information", "warning", "critical", "question"), (1, 2)),
}
#: Literals that are the same in every language (an address pattern, not words).
NOT_WORDS = {"https://", "name@example.org"}
GUI = ROOT / "src" / "diaspora_grants" / "gui"


def untranslated_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string literal, or f-string with words of its own, handed straight to a
    text setter: on screen it would stay English whatever the language."""
    found = []
    tree = ast.parse(source)
    wrappers = translating_wrappers(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func.value if isinstance(node.func, ast.Subscript) else node.func  # Column[View](...)
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in wrappers and node.args and has_words(node.args[0]):
            found.append((node.lineno, ast.unparse(node.args[0])))  # translated, but lupdate is blind to it
            continue
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if name not in TEXT_ARGUMENTS or owner in ("log", "logging"):  # the log is not translated
            continue
        for position in TEXT_ARGUMENTS[name]:
            if position < len(node.args) and has_words(node.args[position]):
                found.append((node.lineno, ast.unparse(node.args[position])))
    return found


def translating_wrappers(tree: ast.Module) -> set[str]:
    """Functions of the module that only pass their text on to translate(): lupdate looks for
    tr/translate calls with the words written in them, so a text given to such a wrapper is never
    in the catalogue (it may wrap texts marked with QT_TRANSLATE_NOOP elsewhere)."""
    names = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1 or not node.args.args:
            continue
        returned = node.body[0].value if isinstance(node.body[0], ast.Return) else None
        if (
            isinstance(returned, ast.Call)
            and isinstance(returned.func, ast.Attribute | ast.Name)
            and ast.unparse(returned.func).endswith("translate")
            and any(isinstance(arg, ast.Name) and arg.id == node.args.args[0].arg for arg in returned.args)
        ):
            names.add(node.name)
    return names


def has_words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in NOT_WORDS and re.search(r"[A-Za-z]{2,}", node.value) is not None
    if isinstance(node, ast.JoinedStr):  # f"{code} – {name}" is data; f"Delete {noun}" is English
        return any(has_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def test_the_check_finds_english_handed_to_a_widget() -> None:
    source = (
        'QPushButton("Save")\n'
        'label.setText(f"Delete {noun}")\n'
        'label.setText(self.tr("Save"))\n'
        'label.setText(f"{code} – {name}")\n'
        'log.warning("not shown")\n'
        'FieldSpec("title", "Title", widget)\n'
        'Column[View]("Start", lambda v: v.start)\n'
        "def _t(text):\n"
        '    return QCoreApplication.translate("Form", text)\n'
        'FieldSpec("name", _t("Name"), widget)\n'
        '_t(QT_TRANSLATE_NOOP("Form", "Marked"))\n'
    )
    assert untranslated_texts(source) == [
        (1, "'Save'"),
        (2, "f'Delete {noun}'"),
        (6, "'Title'"),
        (7, "'Start'"),
        (10, "'Name'"),
    ]


def test_no_gui_module_hands_untranslated_english_to_a_widget() -> None:
    """Text for the screen goes through self.tr() or QCoreApplication.translate(): else lupdate
    never sees it and it stays English in French and Arabic."""
    found = [
        f"{path.relative_to(GUI)}:{line}: {text}"
        for path in sorted(GUI.rglob("*.py"))
        for line, text in untranslated_texts(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_window_speaks_french_in_menus_context_menus_and_forms(
    qapp: QApplication,
    qtbot: QtBot,
    workspace: Workspace,
    settings: AppSettings,
    tmp_path: Path,
    restore_language: None,
) -> None:
    run_script("release", "--qm-dir", str(tmp_path))  # the catalogues as committed
    applied = apply_language(qapp, "fr", folder=tmp_path)
    assert applied.catalogue is not None

    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Fichier", "É&dition"]
    assert window.quit_action.text() == "&Quitter"
    assert window.open_database_action.text() == "&Ouvrir une base de données…"
    page = window.show_page("projects")
    entries = [action.text() for action in page.build_context_menu(QModelIndex()).actions()]
    assert "Nouveau…" in entries and "Exporter le tableau…" in entries
    assert page.search.placeholderText() == "Rechercher\u00a0: projets (Ctrl+F)"

    dialog = project_dialog(workspace.services, parent=window)
    qtbot.addWidget(dialog)
    captions = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(caption.startswith("Titre") for caption in captions)
    assert any(caption.startswith("Montant de la subvention") for caption in captions)
    assert dialog.windowTitle() == "Ajouter\u00a0: projet"
