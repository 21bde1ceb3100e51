#include "genplan.h"

#include "genwords.h"

#include <algorithm>
#include <cmath>

namespace genproject {

namespace {

QByteArray word(std::string_view w)
{
    return QByteArray(w.data(), qsizetype(w.size()));
}

QByteArray capitalised(std::string_view w)
{
    QByteArray out = word(w);
    out[0] = char(out[0] - 'a' + 'A');
    return out;
}

// `base`, else `base2`, `base3`, ... : the first that `taken` does not hold.
template <typename Taken> QByteArray unique(const QByteArray &base, const Taken &taken)
{
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QByteArray candidate = base + QByteArray::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

class Planner
{
public:
    Planner(int moduleCount, std::uint64_t seed, const Shape *only) : m_random(seed), m_seed(seed)
    {
        m_plan.modules.reserve(std::size_t(moduleCount));
        splitIntoSubprojects(moduleCount, only);
    }

    Plan take()
    {
        m_internalWanted.assign(m_plan.modules.size(), 0);
        m_externalWanted.assign(m_plan.modules.size(), 0);
        for (int m = 0; m < int(m_plan.modules.size()); ++m)
            planContents(m);
        for (int m = 0; m < int(m_plan.modules.size()); ++m)
            planImports(m);
        for (int s = 0; s < int(m_plan.subprojects.size()); ++s)
            makeCycles(s);
        return std::move(m_plan);
    }

private:
    void splitIntoSubprojects(int moduleCount, const Shape *only)
    {
        const int smallest = kSubprojectModules.front();
        int left = moduleCount;
        std::vector<QByteArray> names;
        while (left > 0) {
            int size = std::min(left, m_random.sample(kSubprojectModules));
            if (left - size < smallest)
                size = left;
            QByteArray name = word(m_random.element(kNouns)) + '_' + word(m_random.element(kNouns));
            name = unique(name, [&](const QByteArray &n) {
                return std::find(names.begin(), names.end(), n) != names.end();
            });
            names.push_back(name);
            Subproject sub;
            sub.shape = kShapes[std::size_t(m_random.below(int(kShapes.size())))];
            if (only != nullptr)
                sub.shape = only;
            sub.root = int(m_plan.packages.size());
            m_plan.subprojects.push_back(sub);
            buildPackage(name, -1, size, int(m_plan.subprojects.size()) - 1);
            left -= size;
        }
    }

    // A package whose subtree holds `budget` files: its __init__, its own modules, then its
    // sub-packages, each a contiguous range of modules.
    void buildPackage(const QByteArray &name, int parent, int budget, int subproject)
    {
        const Shape &shape = *m_plan.subprojects[std::size_t(subproject)].shape;
        const int index = int(m_plan.packages.size());
        PlannedPackage package;
        package.name = name;
        package.parent = parent;
        package.subproject = subproject;
        if (parent >= 0) {
            const PlannedPackage &up = m_plan.packages[std::size_t(parent)];
            package.dotted = up.dotted + '.' + name;
            package.depth = up.depth + 1;
        } else {
            package.dotted = name;
        }
        package.init = addModule("__init__", index, true);
        m_plan.packages.push_back(package);

        std::vector<QByteArray> taken;
        auto isTaken = [&](const QByteArray &n) {
            return std::find(taken.begin(), taken.end(), n) != taken.end();
        };
        // How packages of this many files divide them (genshape.h, PackageRule).
        const int below = budget - 1;
        const PackageRule *rule = &shape.packageRules.front();
        for (const PackageRule &r : shape.packageRules) {
            if (budget >= r.minFiles)
                rule = &r;
        }
        int subPackages = 0;
        if (below > 1 && !m_random.chance(rule->flatPerMille))
            subPackages = std::clamp(m_random.sample(rule->subPackages), 1, below);
        int own = below;
        if (subPackages > 0) {
            const int perMille = m_random.between(rule->ownPerMille / 2, rule->ownPerMille * 3 / 2);
            own = std::clamp(below * perMille / 1000, 0, below - subPackages);
        }
        for (int i = 0; i < own; ++i) {
            QByteArray base = word(m_random.element(kNouns));
            if (m_random.chance(400))
                base += '_' + word(m_random.element(kNouns));
            taken.push_back(unique(base, isTaken));
            addModule(taken.back(), index, false);
        }
        const int rest = below - own;
        if (subPackages > 0) {
            // Sizes in proportion to weights, one in five sub-packages a big one; each
            // sub-package one file at least.
            std::vector<std::int64_t> weights(std::size_t{unsigned(subPackages)});
            std::int64_t total = 0;
            for (auto &w : weights) {
                w = 20 + m_random.below(100) + (m_random.chance(200) ? 400 : 0);
                total += w;
            }
            std::int64_t before = 0;
            const std::int64_t spread = rest - subPackages;
            for (const std::int64_t w : weights) {
                const std::int64_t share =
                    (spread * (before + w)) / total - (spread * before) / total;
                before += w;
                const QByteArray childName = unique(word(m_random.element(kNouns)), isTaken);
                taken.push_back(childName);
                buildPackage(childName, index, 1 + int(share), subproject);
            }
        }
        m_plan.packages[std::size_t(index)].end = int(m_plan.modules.size());
    }

    int addModule(const QByteArray &name, int package, bool isInit)
    {
        PlannedModule module;
        module.name = name;
        module.package = package;
        module.isInit = isInit;
        module.seed = mixSeed(m_seed, m_plan.modules.size() + 1);
        m_plan.modules.push_back(std::move(module));
        return int(m_plan.modules.size()) - 1;
    }

    // Size, layer, definitions and how many imports of each kind.
    void planContents(int index)
    {
        PlannedModule &module = m_plan.modules[std::size_t(index)];
        const Shape &shape = m_plan.shapeOf(index);
        Random random(module.seed);
        module.layer = random.below(shape.layers);
        if (module.isInit && random.chance(shape.emptyInitPerMille))
            return;
        module.lines = random.sample(module.isInit ? shape.linesPerInit : shape.linesPerModule);
        if (module.lines == 0)
            return;
        m_internalWanted[std::size_t(index)] = random.sample(shape.internalPerModule);
        // A module that imports nothing of the project sits low, one that imports much high,
        // so that most imports find a module below them.
        const int wanted = m_internalWanted[std::size_t(index)];
        if (wanted == 0)
            module.layer /= 2;
        else if (wanted > 2)
            module.layer = std::max(module.layer, random.below(shape.layers));
        const int statements = random.sample(shape.statementsPerModule);
        const int externalPerMille = shape.stdlibPerMille + shape.thirdPartyPerMille;
        int external = 0;
        for (int s = 0; s < statements; ++s)
            external += random.chance(externalPerMille) ? 1 : 0;
        m_externalWanted[std::size_t(index)] = external;

        // What the definitions may fill: the lines less imports, docstring and module-level
        // statements.
        const int header = m_internalWanted[std::size_t(index)] + external + 3;
        const int budget = module.lines - header - module.lines * shape.moduleLevelPerMille / 1000;
        std::vector<QByteArray> &names = m_names;
        names.clear();
        auto isTaken = [&](const QByteArray &n) {
            return std::find(names.begin(), names.end(), n) != names.end();
        };
        // Definitions until the lines are filled; the last one if at least half of it fits, so
        // that file sizes stay as measured without favouring small definitions much.
        int draws = 0;
        for (int used = 0; used < budget;) {
            TopDef def;
            def.isClass = random.chance(shape.classPerMille);
            def.sizeIndex = draws++;
            Random sizes(defSeed(module, def.sizeIndex));
            const int lines = drawDefSizes(shape, sizes, def.isClass).total() + 2;
            if (used + lines / 2 > budget && !module.defs.empty())
                break;
            used += lines;
            if (def.isClass) {
                def.name = capitalised(random.element(kNouns));
                if (random.chance(500))
                    def.name += capitalised(random.element(kNouns));
                def.name += word(random.element(kClassSuffixes));
            } else {
                def.name = word(random.element(kVerbs)) + '_' + word(random.element(kNouns));
            }
            def.name = unique(def.name, isTaken);
            names.push_back(def.name);
            module.defs.push_back(std::move(def));
        }
    }

    // An internal module for `index` to import, at a lower layer, `up` package levels above
    // it or in an earlier sub-project; -1 when none is found.
    int chooseTarget(int index, int up, bool otherProject, Random &random)
    {
        const PlannedModule &module = m_plan.modules[std::size_t(index)];
        int lo = 0;
        int hi = 0;
        if (otherProject) {
            const int sub = m_plan.packages[std::size_t(module.package)].subproject;
            // The earlier, the likelier: shared libraries sit at the bottom.
            const int other = std::min(random.below(sub), random.below(sub));
            const PlannedPackage &root =
                m_plan.packages[std::size_t(m_plan.subprojects[std::size_t(other)].root)];
            lo = root.init;
            hi = root.end;
        } else {
            int package = module.package;
            for (int i = 0; i < up && m_plan.packages[std::size_t(package)].parent >= 0; ++i)
                package = m_plan.packages[std::size_t(package)].parent;
            lo = m_plan.packages[std::size_t(package)].init;
            hi = m_plan.packages[std::size_t(package)].end;
        }
        int best = -1;
        int found = 0;
        for (int attempt = 0; attempt < 8 && found < 2; ++attempt) {
            const int candidate = lo + random.below(hi - lo);
            const PlannedModule &c = m_plan.modules[std::size_t(candidate)];
            if (candidate == index || c.layer >= module.layer || c.lines == 0 ||
                imports(module, candidate))
                continue;
            ++found;
            // Of two, the lower: modules at the bottom are imported most.
            if (best < 0 || c.layer < m_plan.modules[std::size_t(best)].layer)
                best = candidate;
        }
        return best;
    }

    static bool imports(const PlannedModule &module, int target)
    {
        return std::any_of(module.imports.begin(), module.imports.end(),
                           [&](const PlannedImport &i) { return i.target == target; });
    }

    void planImports(int index)
    {
        PlannedModule &module = m_plan.modules[std::size_t(index)];
        const Shape &shape = m_plan.shapeOf(index);
        const int sub = m_plan.packages[std::size_t(module.package)].subproject;
        Random random(mixSeed(module.seed, 0x1000000));
        int external = m_externalWanted[std::size_t(index)];
        for (int i = 0; i < m_internalWanted[std::size_t(index)]; ++i) {
            const bool otherProject = sub > 0 && random.chance(kCrossProjectPerMille);
            int up = random.pick(shape.levelsUpWeights);
            int target = -1;
            for (; target < 0 && up <= m_plan.packages[std::size_t(module.package)].depth; ++up)
                target = chooseTarget(index, up, otherProject, random);
            if (target < 0) {
                ++external; // nothing below it to import: the standard library instead
                continue;
            }
            PlannedImport imp;
            imp.target = target;
            imp.style = Style(random.pick(shape.styleWeights));
            const PlannedModule &t = m_plan.modules[std::size_t(target)];
            if (imp.style == Style::Relative && otherProject)
                imp.style = Style::From;
            if (imp.style == Style::Star && t.defs.empty())
                imp.style = Style::From;
            imp.where = Where(random.pick(shape.whereWeights));
            imp.names =
                std::clamp(random.sample(shape.namesPerFrom), 1, std::max(1, int(t.defs.size())));
            module.imports.push_back(imp);
        }
        std::array<int, kExternals.size()> stdlibWeights{};
        std::array<int, kExternals.size()> thirdPartyWeights{};
        for (std::size_t e = 0; e < kExternals.size(); ++e)
            (kExternals[e].thirdParty ? thirdPartyWeights : stdlibWeights)[e] =
                kExternals[e].weight;
        const int thirdPartyPerMille =
            1000 * shape.thirdPartyPerMille / (shape.stdlibPerMille + shape.thirdPartyPerMille);
        for (int i = 0; i < external; ++i) {
            PlannedImport imp;
            imp.external =
                random.pick(random.chance(thirdPartyPerMille) ? thirdPartyWeights : stdlibWeights);
            imp.where = Where(random.pick(shape.whereWeights));
            const bool again =
                std::any_of(module.imports.begin(), module.imports.end(),
                            [&](const PlannedImport &o) { return o.external == imp.external; });
            if (!again)
                module.imports.push_back(imp);
        }
    }

    // Cycles like real projects have: a chain of imports followed down from one module, and
    // one import from its last module back to the first.
    void makeCycles(int subproject)
    {
        const Subproject &sub = m_plan.subprojects[std::size_t(subproject)];
        const PlannedPackage &root = m_plan.packages[std::size_t(sub.root)];
        const int size = root.end - root.init;
        const int scaled = size * sub.shape->cyclesPer10k;
        int count = scaled / 10000 + (m_random.below(10000) < scaled % 10000 ? 1 : 0);
        for (int attempt = 0; count > 0 && attempt < 50 * count + 50; ++attempt) {
            const int length = m_random.element(sub.shape->cycleSizes);
            std::vector<int> chain{root.init + m_random.below(size)};
            while (int(chain.size()) < length) {
                const int next = nextInChain(chain);
                if (next < 0)
                    break;
                chain.push_back(next);
            }
            if (chain.size() < 2)
                continue;
            PlannedModule &last = m_plan.modules[std::size_t(chain.back())];
            PlannedImport back;
            back.target = chain.front();
            back.style = Style::From;
            back.where = Where(m_random.pick(kCycleWhereWeights));
            last.imports.push_back(back);
            ++m_plan.cyclesMade;
            --count;
        }
    }

    // An internal import of the chain's last module that runs (not only for type checkers)
    // and leads to a module not in the chain yet.
    int nextInChain(const std::vector<int> &chain)
    {
        const PlannedModule &from = m_plan.modules[std::size_t(chain.back())];
        std::vector<int> &options = m_options;
        options.clear();
        for (const PlannedImport &i : from.imports) {
            if (i.target >= 0 && i.where != Where::TypeChecking &&
                std::find(chain.begin(), chain.end(), i.target) == chain.end())
                options.push_back(i.target);
        }
        return options.empty() ? -1 : m_random.element(options);
    }

    Plan m_plan;
    Random m_random;
    std::uint64_t m_seed;
    std::vector<int> m_internalWanted;
    std::vector<int> m_externalWanted;
    std::vector<QByteArray> m_names;
    std::vector<int> m_options;
};

} // namespace

int DefSizes::total() const
{
    if (methodLines.empty() && functionLines > 0)
        return functionLines;
    int lines = 1 + docLines + classAttributes + (classAttributes > 0 ? 1 : 0);
    for (const int m : methodLines)
        lines += m + 1;
    return std::max(lines, 2);
}

DefSizes drawDefSizes(const Shape &shape, Random &random, bool isClass)
{
    DefSizes sizes;
    if (isClass) {
        if (random.chance(shape.classDocPerMille))
            sizes.docLines = random.sample(shape.docstringLines);
        const int methods = random.sample(shape.methodsPerClass);
        for (int i = 0; i < methods; ++i)
            sizes.methodLines.push_back(std::max(2, random.sample(shape.linesPerMethod)));
        const int body = random.sample(shape.classBodyLines) - sizes.docLines;
        sizes.classAttributes = std::max(body, methods == 0 && sizes.docLines == 0 ? 1 : 0);
    } else {
        sizes.functionLines = std::max(2, random.sample(shape.linesPerFunction));
        if (random.chance(shape.functionDocPerMille))
            sizes.docLines = std::min(random.sample(shape.docstringLines), sizes.functionLines - 1);
    }
    return sizes;
}

std::uint64_t defSeed(const PlannedModule &module, int sizeIndex)
{
    return mixSeed(module.seed, std::uint64_t(sizeIndex) + 1);
}

QByteArray Plan::dotted(int module) const
{
    const PlannedModule &m = modules[std::size_t(module)];
    const QByteArray &package = packages[std::size_t(m.package)].dotted;
    return m.isInit ? package : package + '.' + m.name;
}

QByteArray Plan::path(int module) const
{
    const PlannedModule &m = modules[std::size_t(module)];
    QByteArray path = packages[std::size_t(m.package)].dotted;
    path.replace('.', '/');
    return path + '/' + m.name + ".py";
}

Plan makePlan(int moduleCount, std::uint64_t seed, const Shape *only)
{
    return Planner(moduleCount, seed, only).take();
}

} // namespace genproject
