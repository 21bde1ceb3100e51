#!/usr/bin/env python3
"""Measures the shape of a Python project, for the constants of genshape.h.

    python3 tests/tools/measure_shape.py FOLDER [--json]

FOLDER is analysed as Headroom does: a folder holding __init__.py is that package, else its
files are top-level modules. Prints quantiles (p0, p10, ..., p90, p95, p99, p100) and shares; the figures
in genshape.h were taken from its output on Django 3.2 and on CPython 3.11's library.
"""
import ast
import io
import json
import os
import sys
import tokenize
from collections import Counter, defaultdict

BUILTINS = set(dir(__builtins__)) if isinstance(__builtins__, type(sys)) else set(__builtins__)
STDLIB = set(sys.stdlib_module_names)


PERMILLES = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950, 990, 1000]


def quantiles(values):
    if not values:
        return [0] * len(PERMILLES)
    v = sorted(values)
    return [v[(len(v) - 1) * p // 1000] for p in PERMILLES]


def mean(values):
    return round(sum(values) / len(values), 2) if values else 0


def share(part, whole):
    return round(part / whole, 4) if whole else 0


def walk(folder):
    """(module name, path, is_package) for every .py file, as Headroom names them."""
    folder = os.path.abspath(folder)
    base = os.path.basename(folder) if os.path.exists(os.path.join(folder, "__init__.py")) else ""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", "site-packages")
                         and not d.startswith("."))
        rel = os.path.relpath(root, folder)
        parts = ([base] if base else []) + ([] if rel == "." else rel.split(os.sep))
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            if f == "__init__.py":
                out.append((".".join(parts), os.path.join(root, f), True))
            else:
                out.append((".".join(parts + [f[:-3]]), os.path.join(root, f), False))
    return [m for m in out if m[0]]


class Visitor(ast.NodeVisitor):
    def __init__(self, module, is_package, internal):
        self.module, self.is_package, self.internal = module, is_package, internal
        self.package = module if is_package else module.rpartition(".")[0]
        self.stack = []  # "func" / "class" / "tc" / "cond"
        self.imports = []  # (kind, style, origin, target, names)
        self.imported_names = set()
        self.imported_modules = set()
        self.toplevel = set()
        self.functions = []  # (lines, calls Counter, branches, is_method, has_doc)
        self.classes = []  # methods
        self.class_docs = 0
        self.doc_lines = []
        self.class_other_lines = []  # lines of class-body statements other than definitions

    def context(self):
        if "func" in self.stack:
            return "function-local"
        if "tc" in self.stack:
            return "type-checking"
        if "cond" in self.stack:
            return "conditional"
        return "runtime"

    def origin(self, name):
        """internal: the name is a module or package of the folder, or lies below one."""
        parts = name.split(".")
        if any(".".join(parts[:i]) in self.internal for i in range(1, len(parts) + 1)):
            return "internal"
        return "stdlib" if parts[0] in STDLIB else "third-party"

    def target(self, node):
        if node.level:
            base = self.package.split(".")
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            return ".".join([p for p in base if p] + ([node.module] if node.module else []))
        return node.module or ""

    def visit_Import(self, node):
        for a in node.names:
            style = "import-as" if a.asname else "import"
            self.imports.append((self.context(), style, self.origin(a.name), a.name, 1))
            (self.imported_modules if not a.asname else self.imported_names).add(
                a.asname or a.name.split(".")[0])
            self.imported_modules.add(a.asname or a.name.split(".")[0])

    def visit_ImportFrom(self, node):
        t = self.target(node)
        style = "relative" if node.level else "from"
        if any(a.name == "*" for a in node.names):
            style += "-star"
        origin = "internal" if node.level else self.origin(t)
        if t == "__future__":
            origin = "future"
        self.imports.append((self.context(), style, origin, t, len(node.names)))
        for a in node.names:
            self.imported_names.add(a.asname or a.name)

    def visit_If(self, node):
        test = ast.unparse(node.test)
        mark = "tc" if "TYPE_CHECKING" in test else "cond"
        self.stack.append(mark)
        self.generic_visit(node)
        self.stack.pop()

    def visit_Try(self, node):
        self.stack.append("cond")
        self.generic_visit(node)
        self.stack.pop()

    def visit_ClassDef(self, node):
        methods = sum(isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef)) for b in node.body)
        self.classes.append(methods)
        self.class_other_lines.append(sum(
            b.end_lineno - b.lineno + 1 for b in node.body
            if not isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))))
        self.class_docs += ast.get_docstring(node) is not None
        self.docstring(node)
        self.stack.append("class")
        self.generic_visit(node)
        self.stack.pop()

    def visit_FunctionDef(self, node):
        is_method = bool(self.stack) and self.stack[-1] == "class"
        calls, branches = Counter(), 0
        todo = list(node.body)
        while todo:
            n = todo.pop()
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                continue
            if isinstance(n, (ast.If, ast.For, ast.While, ast.Try, ast.With, ast.IfExp)):
                branches += 1
            if isinstance(n, ast.Call):
                calls[self.callee_kind(n.func)] += 1
            todo.extend(ast.iter_child_nodes(n))
        lines = node.end_lineno - node.lineno + 1
        self.docstring(node)
        self.functions.append((lines, calls, branches, is_method,
                               ast.get_docstring(node) is not None, "func" in self.stack))
        self.stack.append("func")
        self.generic_visit(node)
        self.stack.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def docstring(self, node):
        if ast.get_docstring(node) is not None:
            d = node.body[0]
            self.doc_lines.append(d.end_lineno - d.lineno + 1)

    def callee_kind(self, f):
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
            if f.value.id in ("self", "cls"):
                return "self"
            if f.value.id in self.imported_modules or f.value.id in self.imported_names:
                return "imported"
            return "attribute"
        if isinstance(f, ast.Name):
            if f.id in self.imported_names:
                return "imported"
            if f.id in self.toplevel:
                return "local"
            if f.id in BUILTINS:
                return "builtin"
            return "other-name"
        return "attribute" if isinstance(f, ast.Attribute) else "other"


def line_kinds(text):
    """Blank, comment-only and docstring lines of a file."""
    blank = sum(1 for line in text.splitlines() if not line.strip())
    comments = 0
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
        comment_lines = {t.start[0] for t in toks if t.type == tokenize.COMMENT}
        code_lines = {t.start[0] for t in toks if t.type not in (
            tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)}
        comments = len(comment_lines - code_lines)
    except (tokenize.TokenError, SyntaxError):
        pass
    return blank, comments


def measure(folder):
    mods = walk(folder)
    internal = {m for m, _, _ in mods}
    pkg_modules, pkg_subpkgs = defaultdict(int), defaultdict(int)
    packages = {m for m, _, p in mods if p} | ({""} if not os.path.exists(
        os.path.join(folder, "__init__.py")) else set())
    for m, _, is_pkg in mods:
        parent = m.rpartition(".")[0]
        if is_pkg:
            pkg_subpkgs[parent] += 1 if parent in packages else 0
        else:
            pkg_modules[parent] += 1
    r = {"files": len(mods), "packages": len(packages)}
    r["modules per package"] = quantiles([pkg_modules[p] for p in packages])
    r["sub-packages per package"] = quantiles([pkg_subpkgs[p] for p in packages])
    r["share of packages with sub-packages"] = share(sum(1 for p in packages if pkg_subpkgs[p]),
                                                     len(packages))
    r["sub-packages where any"] = quantiles([pkg_subpkgs[p] for p in packages if pkg_subpkgs[p]])
    r["module depth"] = quantiles([m.count(".") + 1 for m, _, _ in mods])
    # How a package's own files and sub-packages depend on the files its subtree holds.
    subtree = defaultdict(int)
    for m, _, is_pkg in mods:
        name = m if is_pkg else m.rpartition(".")[0]
        while True:
            if name in packages:
                subtree[name] += 1
            if not name:
                break
            name = name.rpartition(".")[0]
    for lo, hi in ((1, 5), (5, 20), (20, 60), (60, 200), (200, 10 ** 9)):
        sel = [p for p in packages if lo <= subtree[p] < hi]
        if sel:
            r[f"packages of {lo} to {hi} files: count, flat share, sub-packages where any, "
              f"own modules share"] = [
                len(sel), share(sum(1 for p in sel if not pkg_subpkgs[p]), len(sel)),
                quantiles([pkg_subpkgs[p] for p in sel if pkg_subpkgs[p]]),
                share(sum(pkg_modules[p] for p in sel if pkg_subpkgs[p]),
                      sum(subtree[p] for p in sel if pkg_subpkgs[p]))]
    lines, sizes, init_lines, blanks, comments, total_lines = [], [], [], 0, 0, 0
    imports, per_module_stmts, internal_targets, ups, names_per_from = [], [], [], [], []
    classes, top_funcs, methods, functions, module_docs, class_docs = [], [], [], [], 0, 0
    class_count, errors, doc_lines, toplevel_code, class_other = 0, 0, [], 0, []
    for m, path, is_pkg in mods:
        raw = open(path, "rb").read()
        text = raw.decode("utf-8", "replace")
        n = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
        (init_lines if is_pkg else lines).append(n)
        if not is_pkg:
            sizes.append(len(raw))
        b, c = line_kinds(text)
        blanks, comments, total_lines = blanks + b, comments + c, total_lines + n
        try:
            tree = ast.parse(text)
        except SyntaxError:
            errors += 1
            continue
        v = Visitor(m, is_pkg, internal)
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                v.toplevel.add(node.name)
        v.visit(tree)
        module_docs += ast.get_docstring(tree) is not None
        v.docstring(tree)
        doc_lines.extend(v.doc_lines)
        imports.extend(v.imports)
        per_module_stmts.append(len(v.imports))
        targets = set()
        for kind, style, origin, t, k in v.imports:
            if style.startswith("from") or style.startswith("relative"):
                names_per_from.append(k)
            if origin != "internal":
                continue
            while t and t not in internal:
                t = t.rpartition(".")[0]
            if t and t != m:
                targets.add(t)
        for t in targets:
            src = v.package.split(".") if v.package else []
            dst = t.split(".")
            common = 0
            while common < min(len(src), len(dst)) and src[common] == dst[common]:
                common += 1
            ups.append(len(src) - common)
        internal_targets.append(len(targets))
        for x in tree.body:
            if isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import,
                              ast.ImportFrom)) or (x is tree.body[0] and ast.get_docstring(tree) is not None):
                continue
            toplevel_code += x.end_lineno - x.lineno + 1
        classes.append(sum(isinstance(x, ast.ClassDef) for x in tree.body))
        top_funcs.append(sum(isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef))
                             for x in tree.body))
        methods.extend(v.classes)
        class_other.extend(v.class_other_lines)
        class_count += len(v.classes)
        class_docs += v.class_docs
        functions.extend(v.functions)
    r["syntax errors"] = errors
    r["lines per module (not __init__)"] = quantiles(lines)
    r["mean lines per module"] = mean(lines)
    r["bytes per module"] = quantiles(sizes)
    r["mean bytes per module"] = mean(sizes)
    r["mean bytes per line"] = round(sum(sizes) / max(1, sum(lines)), 1)
    r["lines per __init__"] = quantiles(init_lines)
    r["lines per non-empty __init__"] = quantiles([x for x in init_lines if x])
    r["share of empty __init__"] = share(sum(1 for x in init_lines if x == 0), len(init_lines))
    r["share of lines in other module-level statements"] = share(toplevel_code, total_lines)
    r["share of blank lines"] = share(blanks, total_lines)
    r["share of comment lines"] = share(comments, total_lines)
    r["import statements per module"] = quantiles(per_module_stmts)
    r["mean import statements per module"] = mean(per_module_stmts)
    r["internal imported modules per module"] = quantiles(internal_targets)
    r["mean internal imported modules per module"] = mean(internal_targets)
    r["import kinds"] = {k: share(c, len(imports)) for k, c in
                         Counter(i[0] for i in imports).most_common()}
    r["import styles"] = {k: share(c, len(imports)) for k, c in
                          Counter(i[1] for i in imports).most_common()}
    r["import origins"] = {k: share(c, len(imports)) for k, c in
                           Counter(i[2] for i in imports).most_common()}
    r["names per from-import"] = quantiles(names_per_from)
    r["levels up to an internal import's target"] = {
        k: share(c, len(ups)) for k, c in sorted(Counter(min(u, 5) for u in ups).items())}
    ext = Counter(i[3].split(".")[0] for i in imports if i[2] in ("stdlib", "third-party"))
    r["most imported external modules"] = ext.most_common(30)
    r["classes per module"] = quantiles(classes)
    r["mean classes per module"] = mean(classes)
    r["functions per module (top level)"] = quantiles(top_funcs)
    r["mean functions per module"] = mean(top_funcs)
    r["methods per class"] = quantiles(methods)
    r["mean methods per class"] = mean(methods)
    r["class-body lines besides methods (docstring, attributes)"] = quantiles(class_other)
    meths = [f for f in functions if f[3]]
    funcs = [f for f in functions if not f[3] and not f[5]]
    r["nested functions share"] = share(sum(1 for f in functions if f[5]), len(functions))
    r["lines per method"] = quantiles([f[0] for f in meths])
    r["lines per function"] = quantiles([f[0] for f in funcs])
    r["calls per function or method"] = quantiles([sum(f[1].values()) for f in functions])
    r["mean calls per function or method"] = mean([sum(f[1].values()) for f in functions])
    kinds = Counter()
    for f in functions:
        kinds.update(f[1])
    total = sum(kinds.values())
    r["callee kinds"] = {k: share(c, total) for k, c in kinds.most_common()}
    r["branches per function or method"] = quantiles([f[2] for f in functions])
    r["docstring share: modules, classes, functions"] = [
        share(module_docs, len(mods) - errors), share(class_docs, class_count),
        share(sum(1 for f in functions if f[4]), len(functions))]
    r["lines per docstring"] = quantiles(doc_lines)
    return r


if __name__ == "__main__":
    result = measure(sys.argv[1])
    if "--json" in sys.argv:
        print(json.dumps(result, indent=1))
    else:
        for k, v in result.items():
            print(f"{k}: {v}")
