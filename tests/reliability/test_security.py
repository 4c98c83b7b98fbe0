"""Nothing loads pickles from disk or runs a shell; input file names are data, never code."""

from __future__ import annotations

import ast
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import ingest

PACKAGE = Path(__file__).resolve().parents[2] / "pipeline"
UNSAFE_MODULES = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "shelve", "marshal"}
# Loaders that unpickle, and calls that hand a string to a shell (argv lists, as in os.execv, do not).
UNSAFE_CALLS = {("pd", "read_pickle"), ("pandas", "read_pickle"), ("torch", "load"), ("os", "system"), ("os", "popen")}


def _calls(tree: ast.AST) -> list[tuple[ast.Call, str, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
                out.append((node, f.value.id, f.attr))
            elif isinstance(f, ast.Name):
                out.append((node, "", f.id))
    return out


def _problems(source: str) -> list[str]:
    """What in this module could execute data: pickle-like loaders, shells, eval."""
    found = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(f"from {node.module} import")
    for call, owner, name in _calls(tree):
        keywords = {k.arg: k.value for k in call.keywords}
        if (owner, name) in UNSAFE_CALLS or (not owner and name in ("eval", "exec")):
            found.append(f"{owner}.{name}(" if owner else f"{name}(")
        if "shell" in keywords and not (isinstance(keywords["shell"], ast.Constant) and keywords["shell"].value is False):
            found.append(f"{owner}.{name}(shell=...)")
        if "allow_pickle" in keywords and not (isinstance(keywords["allow_pickle"], ast.Constant)
                                               and keywords["allow_pickle"].value is False):
            found.append(f"{owner}.{name}(allow_pickle=...)")
    return found


def test_the_checker_finds_what_it_looks_for() -> None:
    bad = ("import pickle\nfrom joblib import load\nimport numpy as np\nimport subprocess, os\n"
           "np.load(p, allow_pickle=True)\nsubprocess.run(cmd, shell=True)\nos.system(cmd)\neval(s)\npd.read_pickle(p)\n")
    assert _problems(bad) == ["import pickle", "from joblib import", "np.load(allow_pickle=...)",
                              "subprocess.run(shell=...)", "os.system(", "eval(", "pd.read_pickle("]


def test_the_package_loads_no_pickle_and_runs_no_shell() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20
    problems = {str(p.relative_to(PACKAGE)): found for p in modules if (found := _problems(p.read_text(encoding="utf-8")))}
    assert problems == {}


HOSTILE_NAMES = ["$(touch PWNED).txt", "`touch PWNED`.txt", "a'; DROP TABLE articles; --.txt", "x; rm -rf PWNED.txt",
                 "etc..\\..\\passwd.txt", "-rf.txt", '"quoted" name.txt', "nul\u2028line.txt"]


def test_hostile_file_names_are_read_as_names(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    inp = tmp_path / "in"
    inp.mkdir()
    for i, name in enumerate(HOSTILE_NAMES):
        (inp / name).write_text(f"Wali Kota Bogor meninjau Dinas Kesehatan, artikel nomor {i}.", encoding="utf-8")
    counts = ingest.run([inp], tmp_path / "raw.parquet")
    rows = pq.read_table(tmp_path / "raw.parquet").to_pylist()
    assert counts["read"] == len(HOSTILE_NAMES) and counts["unreadable"] == 0
    assert sorted(r["source"] for r in rows) == sorted(HOSTILE_NAMES)
    assert sorted(r["article_id"] for r in rows) == sorted(n.removesuffix(".txt") for n in HOSTILE_NAMES)
    assert not list(tmp_path.rglob("PWNED*")) and not Path("/tmp/PWNED").exists()
