#include "resolver.h"

#include "stdlibmodules.h"

#include <algorithm>

namespace headroom {

namespace {

QString parentName(const QString &dotted)
{
    const qsizetype dot = dotted.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : dotted.left(dot);
}

QString join(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char('.') + b;
}

class Resolver
{
public:
    Resolver(const ScanResult &scan, const std::vector<FileFacts> &facts)
        : m_scan(scan), m_facts(facts)
    {
    }

    ResolveResult run()
    {
        addInternalNodes();
        for (int f = 0; f < int(m_scan.files.size()); ++f) {
            if (std::size_t(f) >= m_facts.size())
                break;
            const int importer = m_graph.find(m_scan.files[std::size_t(f)].module);
            for (const ImportFact &fact : m_facts[std::size_t(f)].imports)
                resolve(f, importer, fact);
        }
        m_graph.finish();
        return {std::move(m_graph), std::move(m_diagnostics)};
    }

private:
    // Every file becomes a node; every dotted prefix without a file becomes a namespace
    // package. Files are sorted by name, so a package's __init__ precedes its members.
    void addInternalNodes()
    {
        for (int f = 0; f < int(m_scan.files.size()); ++f) {
            const SourceFile &file = m_scan.files[std::size_t(f)];
            const int parent = ensurePackage(parentName(file.module));
            const int existing = m_graph.find(file.module);
            if (existing >= 0) {
                // A namespace placeholder made for an earlier member; the scanner keeps one
                // file per module, so this is the package's own __init__ arriving late.
                Node &n = m_graph.mutableNode(existing);
                n.kind = file.isPackageInit ? NodeKind::Package : NodeKind::Module;
                n.file = f;
                continue;
            }
            Node node;
            node.name = file.module;
            node.kind = file.isPackageInit ? NodeKind::Package : NodeKind::Module;
            node.parent = parent;
            node.file = f;
            m_graph.addNode(std::move(node));
            if (parent < 0)
                m_topLevel.insert(file.module);
        }
    }

    int ensurePackage(const QString &name)
    {
        if (name.isEmpty())
            return -1;
        const int existing = m_graph.find(name);
        if (existing >= 0)
            return existing;
        const int parent = ensurePackage(parentName(name));
        Node node;
        node.name = name;
        node.kind = NodeKind::Namespace;
        node.parent = parent;
        if (parent < 0)
            m_topLevel.insert(name);
        return m_graph.addNode(std::move(node));
    }

    bool isInternalName(const QString &name) const
    {
        const int id = m_graph.find(name);
        return id >= 0 && m_graph.isInternal(id);
    }

    void unresolved(int file, const ImportFact &fact, const QString &shown)
    {
        Diagnostic d;
        d.code = DiagnosticCode::UnresolvedImport;
        d.file = m_scan.files[std::size_t(file)].relativePath;
        d.line = fact.line;
        d.detail = shown;
        // `from .gone import a, b, c` is one problem, not three.
        const QString key =
            d.file + QLatin1Char(':') + QString::number(d.line) + QLatin1Char(':') + shown;
        if (!m_reported.contains(key)) {
            m_reported.insert(key);
            m_diagnostics.push_back(std::move(d));
        }
    }

    // Whether the import names a module an exclude pattern left out (ScanResult::excluded),
    // or a module inside one: such an import is left out as its module is.
    bool isExcluded(const ImportFact &fact, const QString &module) const
    {
        const QStringList &excluded = m_scan.excluded;
        if (excluded.isEmpty())
            return false;
        const auto listed = [&excluded](QString name) {
            for (;;) {
                if (std::binary_search(excluded.begin(), excluded.end(), name))
                    return true;
                const qsizetype dot = name.lastIndexOf(u'.');
                if (dot < 0)
                    return false;
                name.truncate(dot);
            }
        };
        if (fact.isFrom && fact.name != QLatin1String("*") && listed(join(module, fact.name.str())))
            return true;
        return listed(module);
    }

    int externalNode(const QString &top)
    {
        const int existing = m_graph.find(top);
        if (existing >= 0)
            return existing;
        Node node;
        node.name = top;
        node.kind = NodeKind::External;
        node.origin = isStdlibModule(top) ? Origin::Stdlib : Origin::ThirdParty;
        return m_graph.addNode(std::move(node));
    }

    void resolve(int file, int importer, const ImportFact &fact)
    {
        if (importer < 0)
            return;
        const SourceFile &source = m_scan.files[std::size_t(file)];
        if (fact.level > 0) {
            // Shown as written: `from .. import x` is "..x", `from .a import b` is ".a".
            QString shown = QString(fact.level, QLatin1Char('.')) + fact.module;
            if (fact.module.isEmpty() && fact.isFrom && fact.name != QLatin1String("*"))
                shown += fact.name.str();
            const RelativeBase rb = relativeBase(source.module, source.isPackageInit, fact.level);
            if (!rb.ok)
                unresolved(file, fact, shown);
            else if (const QString module = join(rb.name, fact.module);
                     !link(file, importer, fact, module) && !isExcluded(fact, module))
                unresolved(file, fact, shown);
            return;
        }
        if (fact.module.isEmpty())
            return;
        const QString top = fact.module->section(QLatin1Char('.'), 0, 0);
        if (top == QLatin1String("__future__"))
            return;
        if (m_topLevel.contains(top)) {
            if (!link(file, importer, fact, fact.module) && !isExcluded(fact, fact.module))
                unresolved(file, fact, fact.module);
            return;
        }
        if (isExcluded(fact, fact.module))
            return; // a whole top-level package left out: not someone else's code
        m_graph.addSite(importer, externalNode(top), ImportSite{file, fact.line, fact.kind});
    }

    // Adds the edge for an import of `module` (absolute name); false when nothing matches.
    // The node an absolute module name imports, or -1. `pkg.__init__` is `pkg`. A name that
    // continues past a plain module (`os.path` when `os` is a module that registers `path`
    // in sys.modules itself) imports that module; past a package it is a missing submodule.
    int moduleTarget(QString module) const
    {
        if (module.endsWith(QLatin1String(".__init__")))
            module.chop(9);
        if (isInternalName(module))
            return m_graph.find(module);
        while (module.contains(QLatin1Char('.'))) {
            module.truncate(module.lastIndexOf(QLatin1Char('.')));
            const int id = m_graph.find(module);
            if (id >= 0 && m_graph.isInternal(id))
                return m_graph.node(id).kind == NodeKind::Module ? id : -1;
        }
        return -1;
    }

    bool link(int file, int importer, const ImportFact &fact, const QString &module)
    {
        const ImportSite site{file, fact.line, fact.kind};
        if (fact.isFrom && fact.name != QLatin1String("*")) {
            const QString sub = join(module, fact.name);
            if (isInternalName(sub)) {
                const int target = m_graph.find(sub);
                if (target != importer)
                    m_graph.addSite(importer, target, site);
                return true;
            }
        }
        const int target = moduleTarget(module);
        if (target < 0)
            return false;
        // `from pkg import name` inside pkg/__init__.py reads the package's own namespace:
        // not an import of another module.
        if (target == importer && fact.isFrom)
            return true;
        m_graph.addSite(importer, target, site);
        return true;
    }

    const ScanResult &m_scan;
    const std::vector<FileFacts> &m_facts;
    ImportGraph m_graph;
    QSet<QString> m_topLevel;
    QSet<QString> m_reported;
    std::vector<Diagnostic> m_diagnostics;
};

} // namespace

RelativeBase relativeBase(const QString &importer, bool importerIsPackage, int level)
{
    QString package = importerIsPackage ? importer : parentName(importer);
    for (int i = 1; i < level; ++i) {
        if (package.isEmpty())
            return {};
        package = parentName(package);
    }
    if (package.isEmpty())
        return {};
    return {package, true};
}

ResolveResult resolveImports(const ScanResult &scan, const std::vector<FileFacts> &facts)
{
    return Resolver(scan, facts).run();
}

} // namespace headroom
