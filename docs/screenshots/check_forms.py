"""Every form in English, 简体中文 and Tiếng Việt at its default size: saves a PNG of each
and lists every text that does not fit (tests/app/test_forms_fit.py fails on any).

    scripts/desktop_session.sh .venv/bin/python docs/screenshots/check_forms.py [OUTDIR]

Writes OUTDIR/<form>-<lang>.png (default: a new temp folder) and prints the cut texts;
exits 1 when there are any.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from PySide6.QtWidgets import QWidget

from responder_app.main import create_application
from responder_app.ui.language import install_language
from responder_app.ui.theme import apply_theme
from tests.support.forms_fit import FORMS, PARTS, build, cut_texts, settle

LANGUAGES = ("en", "zh_CN", "vi")


def main() -> int:
    out = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="responder-forms-")
    os.makedirs(out, exist_ok=True)
    app = create_application(sys.argv[:1])
    cuts = []
    for language in LANGUAGES:
        install_language(app, language)  # as at start: the language, then the theme
        apply_theme(app)
        for name in FORMS:
            widget = build(name)
            widget.grab().save(os.path.join(out, f"{name}-{language}.png"))
            if name == "main_window":
                for part, wanted in PARTS.items():
                    found = [w for w in widget.findChildren(QWidget)
                             if w.objectName() == wanted or type(w).__name__ == wanted]
                    if found:
                        found[0].grab().save(os.path.join(out, f"{part}-{language}.png"))
            found_cuts = cut_texts(f"{name} [{language}]", widget)
            cuts.extend(found_cuts)
            widget.close()
            widget.deleteLater()
            settle()
    for cut in cuts:
        print("CUT", cut)
    print(f"{len(cuts)} cut text(s); PNGs in {out}")
    return 1 if cuts else 0


if __name__ == "__main__":
    raise SystemExit(main())
