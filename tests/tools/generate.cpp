#include "generate.h"

#include "genplan.h"
#include "genwriter.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

namespace genproject {

namespace {

// The first error any worker met; the others stop at their next file.
class FirstError
{
public:
    void set(const QString &error)
    {
        const std::lock_guard lock(m_mutex);
        if (m_error.isEmpty())
            m_error = error;
        m_failed = true;
    }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString take() { return m_error; }

private:
    std::mutex m_mutex;
    QString m_error;
    std::atomic_bool m_failed{false};
};

// The shape named, or null for a mixture; `*known` false for a name no shape has.
const Shape *shapeNamed(const QString &name, bool *known)
{
    *known = true;
    if (name.isEmpty())
        return nullptr;
    for (const Shape *shape : kShapes) {
        if (name == QLatin1String(shape->name))
            return shape;
    }
    *known = false;
    return nullptr;
}

QString checkOutDir(const GenerateOptions &options)
{
    if (options.modules < kMinModules || options.modules > kMaxModules)
        return QStringLiteral("the module count must be between %1 and %2, not %3")
            .arg(kMinModules)
            .arg(kMaxModules)
            .arg(options.modules);
    bool known = false;
    shapeNamed(options.shape, &known);
    if (!known)
        return QStringLiteral("no shape is called %1 (%2)").arg(options.shape, shapeNames());
    if (options.outDir.isEmpty())
        return QStringLiteral("no output folder given");
    const QDir dir(options.outDir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) &&
        !options.force)
        return QStringLiteral("%1 is not empty: give an empty or new folder, or --force to "
                              "write into it anyway")
            .arg(options.outDir);
    if (!QDir().mkpath(options.outDir))
        return QStringLiteral("cannot create %1").arg(options.outDir);
    return {};
}

} // namespace

GenerateResult generateProject(const GenerateOptions &options)
{
    GenerateResult result;
    result.error = checkOutDir(options);
    if (!result.ok())
        return result;
    bool known = false;
    const Plan plan = makePlan(options.modules, options.seed, shapeNamed(options.shape, &known));
    const QDir root(options.outDir);
    for (const PlannedPackage &package : plan.packages) {
        const QString path =
            QString::fromLatin1(package.dotted).replace(QLatin1Char('.'), QLatin1Char('/'));
        if (!root.mkpath(path)) {
            result.error = QStringLiteral("cannot create %1").arg(root.filePath(path));
            return result;
        }
    }
    for (const PlannedModule &module : plan.modules)
        result.importStatements += int(module.imports.size());

    std::atomic_int next{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> lines{0};
    FirstError error;
    auto work = [&] {
        for (int m = next++; m < int(plan.modules.size()) && !error.failed(); m = next++) {
            const QByteArray text = writeModule(plan, m);
            QFile file(root.filePath(QString::fromLatin1(plan.path(m))));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(text) != text.size()) {
                error.set(
                    QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
                return;
            }
            bytes += text.size();
            lines += text.count('\n');
        }
    };
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back(work);
        work();
    }
    if (error.failed()) {
        result.error = error.take();
        return result;
    }
    result.files = int(plan.modules.size());
    result.packages = int(plan.packages.size());
    result.subprojects = int(plan.subprojects.size());
    result.cycles = plan.cyclesMade;
    result.bytes = bytes;
    result.lines = lines;
    return result;
}

QString shapeNames()
{
    QStringList names;
    for (const Shape *shape : kShapes)
        names << QLatin1String(shape->name);
    return names.join(QLatin1String(", "));
}

} // namespace genproject
