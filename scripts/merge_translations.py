"""Resolve a git merge's conflicts in the translation files and generated modules
(the app's .ts, .qm, ui_*.py and rc_resources.py, and the web page's i18n JSON).

    python scripts/merge_translations.py      # during a merge with conflicted .ts files

Two branches that each added strings both rewrite every .ts file, and the compiled .qm files
and rc_resources.py with them, so a textual merge always conflicts. This keeps both sides'
translations: it takes our side of each .ts, lets lupdate add the strings the merged code now
has, fills each string left unfinished from their side, and rebuilds every generated module.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from responder_app.ui import build_forms  # noqa: E402

Key = tuple[str, str, str]


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout


def _stage(path: str, stage: int) -> str | None:
    done = subprocess.run(["git", "show", f":{stage}:{path}"], cwd=ROOT, capture_output=True,
                          text=True)
    return done.stdout if done.returncode == 0 else None


def _translations(text: str) -> dict[Key, ET.Element]:
    """(context, source, comment) → its finished <translation> element."""
    found: dict[Key, ET.Element] = {}
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished",
                                                                  "obsolete"}:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = translation
    return found


def _fill(path: Path, known: dict[Key, ET.Element]) -> int:
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if translation is None or translation.get("type") != "unfinished" or key not in known:
                continue
            message.remove(translation)
            message.append(known[key])
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    conflicted = _git("diff", "--name-only", "--diff-filter=U").split()
    ts_files = [name for name in conflicted if name.endswith(".ts")]
    for name in ts_files:
        ours, theirs = _stage(name, 2), _stage(name, 3)
        known: dict[Key, ET.Element] = {}
        for side in (theirs, ours):  # ours wins where both translated one string
            if side:
                known.update(_translations(side))
        (ROOT / name).write_text(ours or theirs or "", encoding="utf-8")
        build_forms.lupdate([ROOT / name], plural_only=name.endswith("_en.ts"))
        print(f"{name}: filled {_fill(ROOT / name, known)} strings from both sides")
        build_forms.lupdate([ROOT / name], plural_only=name.endswith("_en.ts"))  # lupdate's layout
    for name in conflicted:
        if name.startswith("responder_server/client_page/web/i18n/") and name.endswith(".json"):
            base, ours, theirs = (json.loads(_stage(name, n) or "{}") for n in (1, 2, 3))
            merged = {**theirs, **ours}  # a key only they changed takes their text
            merged.update({key: text for key, text in theirs.items()
                           if key in ours and ours[key] == base.get(key)})
            (ROOT / name).write_text(json.dumps(merged, ensure_ascii=False, indent=2) + "\n",
                                     encoding="utf-8")
            _git("add", name)
            print(f"{name}: {len(merged)} page strings from both sides")
    build_forms.build()  # every .qm, ui_*.py and rc_resources.py from the merged sources
    generated = {str(module.relative_to(ROOT)) for _, module in build_forms.targets()}
    for name in conflicted:
        if name in ts_files or name in generated:
            _git("add", name)
    left = _unresolved()
    print("still conflicted:", ", ".join(left) if left else "nothing")
    return 0


def _unresolved() -> list[str]:
    return _git("diff", "--name-only", "--diff-filter=U").split()


if __name__ == "__main__":
    raise SystemExit(main())
