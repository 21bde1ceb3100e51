#include "callgraphcache.h"

#include "callgraphcodec.h"
#include "factcache.h"
#include "factscodec.h"
#include "resolverhash.h"

#include <QDataStream>
#include <QIODevice>

namespace headroom {

QByteArray callGraphKey(const Analysis &analysis, const std::vector<QByteArray> &contentKeys)
{
    const std::vector<SourceFile> &files = analysis.scan.files;
    if (contentKeys.size() != files.size() || analysis.facts.size() != files.size())
        return {};
    QByteArray material;
    {
        QDataStream out(&material, QIODevice::WriteOnly);
        out << QByteArrayLiteral("call graph " HEADROOM_RESOLVER_HASH) << kCallGraphFormatVersion
            << qint64(files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            const SourceFile &f = files[i];
            out << f.relativePath << f.module << f.isPackageInit << f.isStub << f.isScript;
            const bool keyed = !contentKeys[i].isEmpty() && analysis.facts[i].parsed;
            out << (keyed ? contentKeys[i] : encodeFacts(analysis.facts[i]));
        }
        const ImportGraph &graph = analysis.graph;
        out << qint64(graph.nodeCount());
        for (int n = 0; n < graph.nodeCount(); ++n) {
            const Node &node = graph.node(n);
            out << node.name << quint8(node.kind) << quint8(node.origin) << node.parent
                << node.file;
        }
        out << qint64(graph.edgeCount());
        for (int e = 0; e < graph.edgeCount(); ++e) {
            const Edge &edge = graph.edge(e);
            out << edge.source << edge.target << quint32(edge.kinds) << qint64(edge.sites.size());
            for (const ImportSite &s : edge.sites)
                out << s.file << s.line << quint8(s.kind);
        }
    }
    return FactCache::derivedKey('c', material);
}

CallGraph cachedCallGraph(const Analysis &analysis, bool *fromCache)
{
    if (fromCache)
        *fromCache = false;
    std::unique_ptr<FactCache> cache;
    if (!analysis.callGraphKey.isEmpty())
        cache = openFactCache(analysis.cacheOptions);
    if (cache) {
        if (const std::optional<QByteArray> value = cache->find(analysis.callGraphKey)) {
            std::optional<CallGraph> graph = decodeCallGraph(
                *value, int(analysis.scan.files.size()), analysis.graph.edgeCount());
            if (graph) {
                cache->commit(); // marks the entry used
                if (fromCache)
                    *fromCache = true;
                return std::move(*graph);
            }
        }
    }
    CallGraph graph = buildCallGraph(analysis);
    if (cache) {
        cache->put(analysis.callGraphKey, encodeCallGraph(graph));
        cache->commit(); // when it cannot, the next run builds it again
    }
    return graph;
}

} // namespace headroom
