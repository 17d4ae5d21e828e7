#!/usr/bin/env python3
"""The translation catalogues (translations/hires_<lang>.ts) against the sources.

  translations.py check  --lupdate LUPDATE --source-dir DIR [--include DIR]... TS...
      Runs lupdate on a copy of each catalogue (the sources are not touched)
      and fails when any message of the sources is unfinished, empty, has the
      wrong number of plural forms, or loses/adds a placeholder (%1, %n, ...).
  translations.py export TS
      Prints the entries still to translate: KEY<TAB>CONTEXT<TAB>SOURCE (with
      \\n and \\t escaped), numerus entries marked with [n].
  translations.py apply TS FILE
      Fills entries from FILE: KEY<TAB>TRANSLATION lines (plural forms
      separated by " || "), checking placeholders; prints what it refused.

The coordinator's loop: cmake --build build --target update_translations,
then export, translate, apply, and the translations_complete test passes.
"""
import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms per language, as lupdate writes them (Qt's plural rules).
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "en": 2, "zh": 1, "ja": 1}
PLACEHOLDER = re.compile(r"%(?:L?\d+|n|Ln)")


def key_of(context, message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    digest = hashlib.sha1(f"{context}\x1f{source}\x1f{comment}".encode()).hexdigest()
    return digest[:10]


def language_of(root):
    return (root.get("language") or "").split("_")[0]


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems_of(root, path):
    """Every unfinished or broken entry of a parsed catalogue, as text."""
    language = language_of(root)
    forms = PLURAL_FORMS.get(language)
    found = []
    for context, message in messages(root):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{os.path.basename(path)}: {context}: {source[:70]!r}"
        if translation is None:
            found.append(f"{where}: no translation")
            continue
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished":
            found.append(f"{where}: unfinished")
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if forms is not None and len(texts) != forms:
                found.append(f"{where}: {len(texts)} plural forms, {language} has {forms}")
        else:
            texts = [translation.text or ""]
        wanted = [p for p in placeholders(source)]
        for text in texts:
            if not text.strip() and source.strip():
                found.append(f"{where}: empty")
            elif placeholders(text) != wanted and not (
                message.get("numerus") == "yes" and set(placeholders(text)) == set(wanted) - {"%n"}
            ):
                found.append(f"{where}: placeholders {placeholders(text)} instead of {wanted}")
    return found


def check(args):
    sources = []
    for area in ("core", "app", "ui"):
        for folder, _, files in os.walk(os.path.join(args.source_dir, area)):
            sources += [os.path.join(folder, f) for f in files if f.endswith((".h", ".cpp"))]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        listing = os.path.join(scratch, "sources.lst")
        with open(listing, "w") as out:
            out.write("\n".join(sorted(sources)) + "\n")
        for ts in args.ts:
            copy = os.path.join(scratch, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            command = [args.lupdate, "-silent", "-no-obsolete", "-locations", "none"]
            for include in args.include:
                command += ["-I", include]
            command += ["@" + listing, "-ts", copy]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"{ts}: lupdate failed: {run.stderr.strip()}")
                continue
            root = ET.parse(copy).getroot()
            count = sum(1 for _ in messages(root))
            found = problems_of(root, ts)
            print(f"{os.path.basename(ts)}: {count} messages, {len(found)} to do")
            problems += found
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} entries to translate: see tests/tools/translations.py --help")
    return 1 if problems else 0


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def export(args):
    root = ET.parse(args.ts).getroot()
    for context, message in messages(root):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") is None and (
            (translation.text or "").strip() or translation.findall("numerusform"))
        if done and message.get("numerus") == "yes":
            done = all((f.text or "").strip() for f in translation.findall("numerusform"))
        if not done:
            mark = "[n] " if message.get("numerus") == "yes" else ""
            source = message.findtext("source") or ""
            print(f"{key_of(context, message)}\t{context}\t{mark}{escape(source)}")
    return 0


def apply(args):
    tree = ET.parse(args.ts)
    root = tree.getroot()
    wanted = {}
    with open(args.file, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            key, _, text = line.partition("\t")
            wanted[key.strip()] = unescape(text)
    forms = PLURAL_FORMS.get(language_of(root), 1)
    refused = 0
    applied = 0
    for context, message in messages(root):
        key = key_of(context, message)
        if key not in wanted:
            continue
        source = message.findtext("source") or ""
        text = wanted.pop(key)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            parts = [p.strip() for p in text.split(" || ")]
            if len(parts) == 1:
                parts = parts * forms
            if len(parts) != forms:
                print(f"refused {key}: {len(parts)} forms, need {forms}")
                refused += 1
                continue
            for old in list(translation):
                translation.remove(old)
            translation.text = None
            for part in parts:
                ET.SubElement(translation, "numerusform").text = part
        else:
            if placeholders(text) != placeholders(source):
                print(f"refused {key}: placeholders {placeholders(text)} != {placeholders(source)}"
                      f" in {escape(text)!r}")
                refused += 1
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        applied += 1
    for key in wanted:
        print(f"unknown key {key}")
    ET.indent(tree, space="    ")
    with open(args.ts, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{args.ts}: applied {applied}, refused {refused}, unknown {len(wanted)}")
    return 1 if refused or wanted else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    c = commands.add_parser("check")
    c.add_argument("--lupdate", required=True)
    c.add_argument("--source-dir", required=True)
    c.add_argument("--include", action="append", default=[])
    c.add_argument("ts", nargs="+")
    e = commands.add_parser("export")
    e.add_argument("ts")
    a = commands.add_parser("apply")
    a.add_argument("ts")
    a.add_argument("file")
    args = parser.parse_args()
    return {"check": check, "export": export, "apply": apply}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
