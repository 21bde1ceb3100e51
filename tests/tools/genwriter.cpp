#include "genwriter.h"

#include "genwords.h"

#include <algorithm>

namespace genproject {

namespace {

// Blank lines inside bodies, and comments (the measured share counts the comments of the whole
// file, bodies hold most of them): tuned so that the shares measure_shape.py reads from a
// generated project come out near the measured ones (blank 14-15%, comments 7%).
constexpr int kBodyBlankPerMille = 50;

QByteArray word(std::string_view w)
{
    return QByteArray(w.data(), qsizetype(w.size()));
}

QByteArray lastComponent(const QByteArray &dotted)
{
    return dotted.mid(dotted.lastIndexOf('.') + 1);
}

QByteArray firstComponent(const QByteArray &dotted)
{
    const qsizetype dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.left(dot);
}

QByteArray parentOf(const QByteArray &dotted)
{
    const qsizetype dot = dotted.lastIndexOf('.');
    return dot < 0 ? QByteArray() : dotted.left(dot);
}

bool holds(const std::vector<QByteArray> &names, const QByteArray &name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// One import statement made text: the lines it takes (without indentation), the names it
// binds and what a body can call through it.
struct ImportText
{
    QByteArray line;
    std::vector<QByteArray> bound;
    std::vector<QByteArray> callables;
    std::vector<QByteArray> classes;
};

class ModuleWriter
{
public:
    ModuleWriter(const Plan &plan, int index)
        : m_plan(plan), m_module(plan.modules[std::size_t(index)]), m_shape(plan.shapeOf(index)),
          m_random(mixSeed(m_module.seed, 0x2000000))
    {
    }

    QByteArray write()
    {
        if (m_module.lines == 0)
            return {};
        m_out.reserve(qsizetype(m_module.lines) * 40);
        if (m_random.chance(m_shape.moduleDocPerMille))
            docstring(0, m_random.sample(m_shape.docstringLines), true);
        for (const TopDef &def : m_module.defs)
            m_names.push_back(def.name);
        for (std::size_t i = 0; i < m_module.defs.size(); ++i) {
            if (!m_module.defs[i].isClass)
                m_functions.push_back(m_module.defs[i].name);
        }
        imports();
        constants();
        for (int i = 0; i < int(m_module.defs.size()); ++i) {
            m_out += "\n\n";
            definition(i);
        }
        return std::move(m_out);
    }

private:
    // ---- imports ----

    void imports()
    {
        m_localImports.resize(m_module.defs.size());
        std::vector<int> withBody; // functions, and classes that have a method
        for (int i = 0; i < int(m_module.defs.size()); ++i) {
            Random random(defSeed(m_module, m_module.defs[std::size_t(i)].sizeIndex));
            const bool isClass = m_module.defs[std::size_t(i)].isClass;
            if (!isClass || !drawDefSizes(m_shape, random, true).methodLines.empty())
                withBody.push_back(i);
        }
        QByteArray runtime; // the standard library and third parties first, as isort has it
        QByteArray internal;
        QByteArray typeChecking;
        QByteArray conditional;
        for (const PlannedImport &imp : m_module.imports) {
            Where where = imp.where;
            if (where == Where::FunctionLocal && withBody.empty())
                where = Where::Runtime;
            if (where != Where::TypeChecking && imp.style == Style::Star)
                where = Where::Runtime; // `import *` only at module level, never in a try
            if (where == Where::FunctionLocal) {
                // Made text where the function is written, so its names stay local.
                m_localImports[std::size_t(m_random.element(withBody))].push_back(&imp);
                continue;
            }
            ImportText text = importText(imp);
            if (text.line.isEmpty())
                continue;
            if (where == Where::TypeChecking) {
                typeChecking += "    " + text.line + '\n';
                continue; // names for annotations only: nothing calls them
            }
            if (where == Where::Conditional) {
                conditional += "\ntry:\n    " + text.line + "\nexcept ImportError:\n    ";
                for (const QByteArray &name : text.bound)
                    conditional += name + " = ";
                conditional += "None\n";
            } else {
                (imp.external >= 0 ? runtime : internal) += text.line + '\n';
            }
            bind(text);
        }
        if (!typeChecking.isEmpty())
            runtime += "from typing import TYPE_CHECKING\n";
        runtime += internal;
        if (runtime.isEmpty() && conditional.isEmpty() && typeChecking.isEmpty())
            return;
        if (!m_out.isEmpty())
            m_out += '\n';
        m_out += runtime + conditional;
        if (!typeChecking.isEmpty())
            m_out += "\nif TYPE_CHECKING:\n" + typeChecking;
    }

    void bind(const ImportText &text)
    {
        m_names.insert(m_names.end(), text.bound.begin(), text.bound.end());
        m_callables.insert(m_callables.end(), text.callables.begin(), text.callables.end());
        m_bases.insert(m_bases.end(), text.classes.begin(), text.classes.end());
    }

    ImportText importText(const PlannedImport &imp)
    {
        ImportText text;
        if (imp.external >= 0) {
            const ExternalImport &e = kExternals[std::size_t(imp.external)];
            const QByteArray module = word(e.module);
            if (!e.name.empty()) {
                text.line = "from " + module + " import " + word(e.name);
                text.bound.push_back(word(e.name));
            } else if (!e.alias.empty()) {
                text.line = "import " + module + " as " + word(e.alias);
                text.bound.push_back(word(e.alias));
            } else {
                text.line = "import " + module;
                text.bound.push_back(firstComponent(module));
            }
            text.callables.push_back(word(e.call));
            return text;
        }
        const PlannedModule &target = m_plan.modules[std::size_t(imp.target)];
        const QByteArray dotted = m_plan.dotted(imp.target);
        if (target.defs.empty() || imp.style == Style::Import || imp.style == Style::ImportAs) {
            moduleImport(imp, dotted, target, &text);
            return text;
        }
        const QByteArray from = imp.style == Style::Relative ? relative(dotted) : dotted;
        if (imp.style == Style::Star) {
            text.line = "from " + from + " import *";
            for (const TopDef &def : target.defs)
                (def.isClass ? text.classes : text.callables).push_back(def.name);
            return text;
        }
        // Names from the target, starting anywhere, leaving out those this module binds.
        QByteArray names;
        const int start = m_random.below(int(target.defs.size()));
        for (int k = 0; k < int(target.defs.size()) && int(text.bound.size()) < imp.names; ++k) {
            const TopDef &def = target.defs[std::size_t((start + k) % int(target.defs.size()))];
            if (holds(m_names, def.name) || holds(text.bound, def.name))
                continue;
            names += (names.isEmpty() ? "" : ", ") + def.name;
            text.bound.push_back(def.name);
            (def.isClass ? text.classes : text.callables).push_back(def.name);
        }
        if (names.isEmpty()) { // every name taken here: the module itself, then
            moduleImport(imp, dotted, target, &text);
            return text;
        }
        text.line = "from " + from + " import " + names;
        return text;
    }

    // `import a.b.c`, `import a.b.c as c_mod`, or `from a.b import c` (also relative).
    void moduleImport(const PlannedImport &imp, const QByteArray &dotted,
                      const PlannedModule &target, ImportText *text)
    {
        const QByteArray last = lastComponent(dotted);
        const QByteArray container = parentOf(dotted);
        QByteArray through; // the name a body writes before the target's definitions
        if (imp.style == Style::ImportAs) {
            through = last + "_mod";
            text->line = "import " + dotted + " as " + through;
            text->bound.push_back(through);
        } else if (imp.style == Style::Import || container.isEmpty() || holds(m_names, last)) {
            through = dotted;
            text->line = "import " + dotted;
            text->bound.push_back(firstComponent(dotted));
        } else {
            through = last;
            const QByteArray from = imp.style == Style::Relative ? relative(container) : container;
            text->line = "from " + from + " import " + last;
            text->bound.push_back(through);
        }
        if (!target.defs.empty()) {
            const TopDef &def = target.defs[std::size_t(m_random.below(int(target.defs.size())))];
            text->callables.push_back(through + '.' + def.name);
        }
    }

    // `dotted` written relative to this module's package: ".mod", "..pkg.mod", ".".
    QByteArray relative(const QByteArray &dotted) const
    {
        const QByteArray &own = m_plan.packages[std::size_t(m_module.package)].dotted;
        const QList<QByteArray> from = own.split('.');
        const QList<QByteArray> to = dotted.split('.');
        qsizetype common = 0;
        while (common < from.size() && common < to.size() && from[common] == to[common])
            ++common;
        if (common == 0)
            return dotted; // another sub-project: only an absolute import reaches it
        QByteArray out(from.size() - common + 1, '.');
        for (qsizetype i = common; i < to.size(); ++i)
            out += (i > common ? "." : "") + to[i];
        return out;
    }

    // ---- module level ----

    void constants()
    {
        const int count = m_module.lines * m_shape.moduleLevelPerMille / 1000;
        if (count == 0)
            return;
        m_out += '\n';
        for (int i = 0; i < count; ++i) {
            QByteArray name = word(m_random.element(kNouns)).toUpper() + "_" +
                              word(m_random.element(kLocals)).toUpper();
            name += QByteArray::number(i);
            if (m_random.chance(500))
                m_out += name + " = " + QByteArray::number(m_random.below(1000)) + '\n';
            else
                m_out += name + " = \"" + word(m_random.element(kNouns)) + "\"\n";
        }
    }

    void docstring(int indent, int lines, bool moduleLevel)
    {
        const QByteArray pad(indent, ' ');
        const QByteArray summary = capitalise(word(m_random.element(kVerbs))) + " the " +
                                   word(m_random.element(kNouns)) + ".";
        if (lines <= 1) {
            m_out += pad + "\"\"\"" + summary + "\"\"\"\n";
        } else {
            m_out += pad + "\"\"\"" + summary + '\n';
            for (int i = 1; i < lines - 1; ++i) {
                if (i == 1) {
                    m_out += '\n';
                    continue;
                }
                const QByteArray verb = word(m_random.element(kVerbs));
                m_out += pad + "The " + word(m_random.element(kNouns)) + " is " + verb +
                         (verb.endsWith('e') ? "d" : "ed") + " by the " +
                         word(m_random.element(kNouns)) + " when needed.\n";
            }
            m_out += pad + "\"\"\"\n";
        }
        if (moduleLevel)
            m_out += '\n';
    }

    static QByteArray capitalise(QByteArray w)
    {
        w[0] = char(w[0] - 'a' + 'A');
        return w;
    }

    // ---- definitions ----

    void definition(int index)
    {
        const TopDef &def = m_module.defs[std::size_t(index)];
        Random random(defSeed(m_module, def.sizeIndex));
        const DefSizes sizes = drawDefSizes(m_shape, random, def.isClass);
        const std::vector<const PlannedImport *> &local = m_localImports[std::size_t(index)];
        if (!def.isClass) {
            function(random, def.name, 0, sizes.functionLines, sizes.docLines, {}, local);
            return;
        }
        QByteArray bases;
        if (!m_bases.empty() && random.chance(500))
            bases = '(' + random.element(m_bases) + ')';
        else if (index > 0 && m_module.defs[std::size_t(index) - 1].isClass && random.chance(200))
            bases = '(' + m_module.defs[std::size_t(index) - 1].name + ')';
        m_out += "class " + def.name + bases + ":\n";
        if (sizes.docLines > 0)
            docstring(4, sizes.docLines, false);
        for (int a = 0; a < sizes.classAttributes; ++a) {
            m_out += "    " + word(random.element(kLocals)) + "_" + word(random.element(kNouns)) +
                     " = None\n";
        }
        if (sizes.classAttributes > 0 && !sizes.methodLines.empty())
            m_out += '\n';
        if (sizes.classAttributes == 0 && sizes.methodLines.empty() && sizes.docLines == 0)
            m_out += "    pass\n";
        std::vector<QByteArray> methods;
        for (std::size_t i = 0; i < sizes.methodLines.size(); ++i) {
            QByteArray name = i == 0 && random.chance(400) ? QByteArray("__init__")
                                                           : word(random.element(kVerbs)) + '_' +
                                                                 word(random.element(kNouns));
            while (holds(methods, name))
                name += '_';
            methods.push_back(name);
        }
        for (std::size_t i = 0; i < methods.size(); ++i) {
            if (i > 0)
                m_out += '\n';
            const int lines = sizes.methodLines[i];
            const int doc = random.chance(m_shape.functionDocPerMille) && lines > 2
                                ? std::min(random.sample(m_shape.docstringLines), lines - 2)
                                : 0;
            function(random, methods[i], 4, lines, doc, methods,
                     i == 0 ? local : std::vector<const PlannedImport *>{});
        }
    }

    // A function or method of `lines` lines (def line included) at `indent`; `methods`, for a
    // method, are its class's methods, which `self.` calls name.
    void function(Random &random, const QByteArray &name, int indent, int lines, int docLines,
                  const std::vector<QByteArray> &methods,
                  const std::vector<const PlannedImport *> &localImports)
    {
        const bool isMethod = indent > 0;
        const QByteArray pad(indent + 4, ' ');
        std::vector<QByteArray> params;
        const int paramCount = random.below(4);
        for (int p = 0; p < paramCount; ++p) {
            QByteArray param = word(random.element(kLocals));
            if (!holds(params, param))
                params.push_back(param);
        }
        m_out += QByteArray(indent, ' ') + "def " + name + '(' + (isMethod ? "self" : "");
        for (std::size_t p = 0; p < params.size(); ++p)
            m_out += (p > 0 || isMethod ? ", " : "") + params[p] +
                     (p + 1 == params.size() && p > 0 ? "=None" : "");
        m_out += "):\n";
        if (docLines > 0)
            docstring(indent + 4, docLines, false);
        std::vector<QByteArray> callables = m_callables;
        for (const PlannedImport *imp : localImports) {
            const ImportText text = importText(*imp);
            if (text.line.isEmpty())
                continue;
            m_out += pad + text.line + '\n';
            callables.insert(callables.end(), text.callables.begin(), text.callables.end());
            callables.insert(callables.end(), text.classes.begin(), text.classes.end());
        }
        Body body{random, callables, methods, params, name, isMethod};
        int left = std::max(1, lines - 1 - docLines);
        // Longer bodies call more: at least one call in four lines.
        int calls = std::max(random.sample(m_shape.callsPerFunction), left / 4);
        int branches = std::min(random.sample(m_shape.branchesPerFunction), (left - 1) / 2);
        while (left > 0) {
            if (left == 1) {
                const bool value = !isMethod || random.chance(500);
                m_out += pad + (value ? "return " : "") +
                         (calls > 0 ? callExpression(body, std::min(calls, 3)) : local(body)) +
                         '\n';
                break;
            }
            if (branches > 0 && left >= 3 && random.below(left) < 2 * branches) {
                m_out += pad + branchHeader(body) + pad + "    " +
                         (calls > 0 ? statement(body, 1) : QByteArray("value = None")) + '\n';
                calls = std::max(0, calls - 1);
                --branches;
                left -= 2;
                continue;
            }
            if (random.chance(m_shape.commentPerMille * 2)) {
                m_out += pad + "# " + word(random.element(kComments)) + '\n';
            } else if (random.chance(kBodyBlankPerMille)) {
                m_out += '\n';
            } else if (calls > 0 && random.below(left) < calls) {
                const int here = std::min(3, (calls + left - 2) / (left - 1));
                m_out += pad + statement(body, here) + '\n';
                calls -= here;
            } else {
                m_out += pad + filler(body) + '\n';
            }
            --left;
        }
    }

    struct Body
    {
        Random &random;
        const std::vector<QByteArray> &callables;
        const std::vector<QByteArray> &methods;
        const std::vector<QByteArray> &params;
        const QByteArray &self;
        bool isMethod;
    };

    QByteArray local(Body &b)
    {
        if (!b.params.empty() && b.random.chance(500))
            return b.random.element(b.params);
        if (b.random.chance(500)) // a longer name, as real code has them
            return word(b.random.element(kNouns)) + '_' + word(b.random.element(kLocals));
        return word(b.random.element(kLocals));
    }

    QByteArray branchHeader(Body &b)
    {
        switch (b.random.below(4)) {
        case 0:
            return "if " + local(b) + " is None:\n";
        case 1:
            return "for item in " + local(b) + ":\n";
        case 2:
            return "if not " + local(b) + ":\n";
        default:
            return "while " + local(b) + ":\n";
        }
    }

    // One line holding `calls` calls: `value = f(g(x))`, `f(x)`, `self.state = f(x)`.
    QByteArray statement(Body &b, int calls)
    {
        const QByteArray call = callExpression(b, calls);
        const int form = b.random.below(10);
        if (form < 5)
            return word(b.random.element(kLocals)) + " = " + call;
        if (form < 7 && b.isMethod)
            return "self." + word(b.random.element(kLocals)) + " = " + call;
        return call;
    }

    QByteArray callExpression(Body &b, int calls)
    {
        QByteArray inner = arguments(b);
        for (int i = 0; i < calls; ++i)
            inner = callee(b) + '(' + inner + ')';
        return inner;
    }

    // `value`, `value, key`, `value, key=options`: what a call passes; one keyword at most,
    // last, as Python wants.
    QByteArray arguments(Body &b)
    {
        QByteArray out = local(b);
        const int more = b.random.below(3);
        for (int i = 0; i < more; ++i) {
            out += ", ";
            if (i + 1 == more && b.random.chance(400))
                out += word(b.random.element(kLocals)) + '=';
            out += local(b);
        }
        return out;
    }

    QByteArray callee(Body &b)
    {
        switch (Callee(b.random.pick(m_shape.calleeWeights))) {
        case Callee::Imported:
            if (!b.callables.empty())
                return b.random.element(b.callables);
            break;
        case Callee::Self:
            if (b.isMethod && b.methods.size() > 1) {
                const QByteArray &m = b.random.element(b.methods);
                if (m != b.self && m != "__init__")
                    return "self." + m;
            }
            if (b.isMethod) // a method the class inherits
                return "self." + word(b.random.element(kVerbs)) + '_' +
                       word(b.random.element(kNouns));
            break;
        case Callee::Local:
            if (!m_functions.empty())
                return b.random.element(m_functions);
            break;
        case Callee::OtherName:
            return b.params.empty() ? QByteArray("callback") : b.random.element(b.params);
        case Callee::Attribute:
            return local(b) + '.' + word(b.random.element(kAttributeCalls));
        case Callee::Builtin:
            break;
        }
        return word(b.random.element(kBuiltinCalls));
    }

    // A line without a call.
    QByteArray filler(Body &b)
    {
        const QByteArray target = b.isMethod && b.random.chance(300)
                                      ? "self." + word(b.random.element(kLocals))
                                      : local(b);
        switch (b.random.below(6)) {
        case 0:
            return target + " = " + local(b) + " or {}";
        case 1:
            return target + " = [item for item in " + local(b) + " if item is not None]";
        case 2:
            return target + " = {\"" + word(b.random.element(kNouns)) + "\": " + local(b) + ", \"" +
                   word(b.random.element(kLocals)) + "\": " + local(b) + "}";
        case 3:
            return target + " = " + local(b) + '[' + local(b) + ']';
        case 4:
            return target + " = \"%s.%s\" % (" + local(b) + ", " + local(b) + ')';
        default:
            return target + " = None";
        }
    }

    const Plan &m_plan;
    const PlannedModule &m_module;
    const Shape &m_shape;
    Random m_random;
    QByteArray m_out;
    std::vector<QByteArray> m_names;     // bound at module level
    std::vector<QByteArray> m_callables; // imported, callable from any body
    std::vector<QByteArray> m_bases;     // imported classes
    std::vector<QByteArray> m_functions; // this module's top-level functions
    std::vector<std::vector<const PlannedImport *>> m_localImports; // by definition
};

} // namespace

QByteArray writeModule(const Plan &plan, int module)
{
    return ModuleWriter(plan, module).write();
}

} // namespace genproject
