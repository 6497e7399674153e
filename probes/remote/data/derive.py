#!/usr/bin/env python3
"""Derives catalogue.json from LOLRMM's rmm_tools.json (Apache-2.0).

Usage: python3 derive.py /path/to/rmm_tools.json > catalogue.json
Keeps per tool: name, category, executables, Windows service names, install
paths and likely package names (the tool's name as a Debian/RPM package).
"""
import json, re, sys

def base(p):
    return re.split(r"[\\/]", p.rstrip("\\/"))[-1]

def exe_names(t):
    out = set()
    det = t.get("Details", {})
    for p in det.get("InstallationPaths", []) or []:
        b = base(p).lower()
        if b.endswith(".exe") and "*" not in b and len(b) > 6:
            out.add(b)
    pe = det.get("PEMetadata")
    for m in (pe if isinstance(pe, list) else [pe] if pe else []):
        for k in ("Filename", "OriginalFileName"):
            b = base(m.get(k, "") or "").lower()
            if b.endswith(".exe") and "*" not in b and len(b) > 6:
                out.add(b)
    for ev in t.get("Artifacts", {}).get("EventLog", []) or []:
        b = base((ev.get("ImagePath") or "").split(".exe")[0].strip('"\\ ') + ".exe").lower() if ".exe" in (ev.get("ImagePath") or "").lower() else ""
        if b and "*" not in b and len(b) > 6:
            out.add(b)
    return sorted(out)

def services(t):
    out = set()
    for ev in t.get("Artifacts", {}).get("EventLog", []) or []:
        s = (ev.get("ServiceName") or "").strip()
        if s and "*" not in s and "<" not in s:
            out.add(s)
    for r in t.get("Artifacts", {}).get("Registry", []) or []:
        m = re.search(r"CurrentControlSet\\Services\\([^\\*]+)", r.get("Path", "") or "")
        if m:
            out.add(m.group(1))
    return sorted(out)

def paths(t):
    out = set()
    for p in t.get("Details", {}).get("InstallationPaths", []) or []:
        if ("\\" in p or "/" in p) and len(p) < 200:
            out.add(p)
    return sorted(out)

def packages(name):
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return [slug] if len(slug) >= 4 else []

tools = json.load(open(sys.argv[1]))
cat = []
for t in sorted(tools, key=lambda t: t["Name"].lower()):
    cat.append({"name": t["Name"].strip(), "category": t.get("Category", ""),
                "executables": exe_names(t), "services": services(t),
                "paths": paths(t), "packages": packages(t["Name"])})
json.dump(cat, sys.stdout, indent=0, ensure_ascii=False)
sys.stdout.write("\n")
