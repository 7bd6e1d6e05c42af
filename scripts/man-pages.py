#!/usr/bin/env python3
"""Man pages for toc and each of its commands, from its own help.

    python3 scripts/man-pages.py TOC OUTDIR VERSION

Reads `TOC --experimental-dump-help` (swift-argument-parser's description
of every command, the same one its generate-manual plugin reads) once in
English and once in Danish, and writes OUTDIR/toc.1, OUTDIR/toc-check.1, ...
and the Danish pages under OUTDIR/../da/man1/. Hidden commands and options
are left out, as `toc --help` leaves them out.
"""
import datetime
import json
import os
import subprocess
import sys


def escape(text):
    text = (text or "").replace("\\", "\\e")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line.replace("-", "\\-"))
    return "\n".join(lines)


def option_names(argument):
    names = []
    for name in argument.get("names", []):
        names.append(("-" if name["kind"] == "short" else "--") + name["name"])
    return names


def page(command, parents, version, words):
    name = "-".join(parents + [command["commandName"]])
    full = " ".join(parents + [command["commandName"]])
    out = [f'.TH "{name.upper()}" 1 "{datetime.date.today():%Y-%m-%d}" "toc {version}" "{words["manual"]}"',
           f".SH {words['name']}", f"{escape(name)} \\- {escape(command.get('abstract', ''))}",
           f".SH {words['synopsis']}", f".B {escape(full)}"]
    arguments = [a for a in command.get("arguments", []) if a.get("shouldDisplay", True)]
    for argument in arguments:
        if argument["kind"] == "positional":
            value = argument.get("valueName", "value").upper()
            out.append(f".RI [ {value} ]" if argument.get("isOptional") else f".I {value}")
    out.append(".RI [ " + words["options"].lower() + " ]")
    if command.get("discussion"):
        out += [f".SH {words['description']}", escape(command["discussion"])]
    elif command.get("abstract"):
        out += [f".SH {words['description']}", escape(command["abstract"])]
    if arguments:
        out.append(f".SH {words['options']}")
        for argument in arguments:
            if argument["kind"] == "positional":
                out += [".TP", f".I {argument.get('valueName', 'value').upper()}"]
            else:
                names = ", ".join(f"\\fB{escape(n)}\\fR" for n in option_names(argument))
                value = f" \\fI{escape(argument.get('valueName', ''))}\\fR" if argument["kind"] == "option" else ""
                out += [".TP", names + value]
            text = argument.get("abstract", "")
            if argument.get("allValues"):
                text += f" ({words['values']}: " + ", ".join(argument["allValues"]) + ")"
            if argument.get("defaultValue"):
                text += f" ({words['default']}: {argument['defaultValue']})"
            out.append(escape(text))
    subcommands = [s for s in command.get("subcommands", []) if s.get("shouldDisplay", True) and s["commandName"] != "help"]
    if subcommands:
        out.append(f".SH {words['commands']}")
        for sub in subcommands:
            out += [".TP", f"\\fB{escape(full)} {escape(sub['commandName'])}\\fR(1)", escape(sub.get("abstract", ""))]
    others = ["toc"] if parents else []
    others += [f"toc-{s['commandName']}" for s in subcommands]
    if parents:
        out += [f".SH {words['see']}", ", ".join(f"\\fB{o}\\fR(1)" for o in others)]
    return name, "\n".join(out) + "\n", subcommands


def write(toc, folder, version, language, words):
    env = dict(os.environ, LANG=language, LC_ALL=language)
    env.pop("LANGUAGE", None)
    root = json.loads(subprocess.run([toc, "--experimental-dump-help"], capture_output=True, text=True, env=env, check=True).stdout)
    os.makedirs(folder, exist_ok=True)
    name, text, subcommands = page(root["command"], [], version, words)
    open(os.path.join(folder, name + ".1"), "w", encoding="utf-8").write(text)
    for sub in subcommands:
        name, text, _ = page(sub, ["toc"], version, words)
        open(os.path.join(folder, name + ".1"), "w", encoding="utf-8").write(text)


ENGLISH = {"manual": "toc manual", "name": "NAME", "synopsis": "SYNOPSIS", "description": "DESCRIPTION",
           "options": "OPTIONS", "commands": "COMMANDS", "see": "SEE ALSO", "values": "one of", "default": "default"}
DANISH = {"manual": "toc-manual", "name": "NAVN", "synopsis": "BRUG", "description": "BESKRIVELSE",
          "options": "TILVALG", "commands": "KOMMANDOER", "see": "SE OGSÅ", "values": "en af", "default": "standard"}

if __name__ == "__main__":
    toc, folder, version = sys.argv[1:4]
    write(toc, folder, version, "C.UTF-8", ENGLISH)
    write(toc, os.path.join(os.path.dirname(os.path.abspath(folder)), "da", "man1"), version, "da_DK.UTF-8", DANISH)
