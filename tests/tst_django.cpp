// Integration on real code nobody here wrote: Django 3.2 from Debian's python3-django.
// Every expected edge below was checked by reading Django's source.
#include "analysis.h"

#include <QDir>
#include <QtTest>

using namespace headroom;

namespace {
const QString DjangoDir = QStringLiteral("/usr/lib/python3/dist-packages/django");
}

class TestDjango : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void edges_data();
    void edges();
    void wholeProject();

private:
    AnalysisPtr m_analysis;
};

void TestDjango::initTestCase()
{
    if (!QFileInfo::exists(DjangoDir + QLatin1String("/db/models/base.py")))
        QSKIP("Debian's python3-django is not installed (./setup.sh test installs it)");
    m_analysis = analyzeProject(DjangoDir);
    QCOMPARE(m_analysis->scan.status, ScanStatus::Ok);
}

void TestDjango::edges_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("kind");

    const int runtime = int(ImportKind::Runtime);
    // from django.db.models.query import F, Q
    QTest::newRow("absolute from-import of a module") << "django.db.models.base"
                                                      << "django.db.models.query"
                                                      << "db/models/base.py" << 31 << runtime;
    // from django.db.models.signals import (
    QTest::newRow("multi-line from-import") << "django.db.models.base"
                                            << "django.db.models.signals"
                                            << "db/models/base.py" << 32 << runtime;
    // from django.db.models import (NOT_PROVIDED, ...): names of the package
    QTest::newRow("names from a package") << "django.db.models.base"
                                          << "django.db.models"
                                          << "db/models/base.py" << 19 << runtime;
    // def _check_local_fields(cls, fields, option): from django.db import models
    QTest::newRow("function-local import of a subpackage")
        << "django.db.models.base"
        << "django.db.models"
        << "db/models/base.py" << 1734 << int(ImportKind::FunctionLocal);
    // from .checks import check_models_permissions, check_user_model
    QTest::newRow("relative import of a sibling") << "django.contrib.auth.apps"
                                                  << "django.contrib.auth.checks"
                                                  << "contrib/auth/apps.py" << 8 << runtime;
    // from . import get_user_model
    QTest::newRow("relative import of a name of the package")
        << "django.contrib.auth.apps"
        << "django.contrib.auth"
        << "contrib/auth/apps.py" << 7 << runtime;
    // from .management import create_permissions
    QTest::newRow("relative import of a subpackage") << "django.contrib.auth.apps"
                                                     << "django.contrib.auth.management"
                                                     << "contrib/auth/apps.py" << 9 << runtime;
    // from .base import InclusionAdminNode
    QTest::newRow("relative import in templatetags")
        << "django.contrib.admin.templatetags.admin_list"
        << "django.contrib.admin.templatetags.base"
        << "contrib/admin/templatetags/admin_list.py" << 23 << runtime;
    // from .signals import user_logged_in, ... inside auth/__init__.py
    QTest::newRow("relative import in a package's __init__")
        << "django.contrib.auth"
        << "django.contrib.auth.signals"
        << "contrib/auth/__init__.py" << 12 << runtime;
    // try: import termios / except ImportError
    QTest::newRow("conditional stdlib import")
        << "django.utils.autoreload"
        << "termios"
        << "utils/autoreload.py" << 38 << int(ImportKind::Conditional);
    // try: import pywatchman / except ImportError
    QTest::newRow("conditional third-party import")
        << "django.utils.autoreload"
        << "pywatchman"
        << "utils/autoreload.py" << 44 << int(ImportKind::Conditional);
}

void TestDjango::edges()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, kind);
    const ImportGraph &g = m_analysis->graph;
    const int s = g.find(source);
    const int t = g.find(target);
    QVERIFY2(s >= 0, qPrintable(source));
    QVERIFY2(t >= 0, qPrintable(target));
    const int e = g.findEdge(s, t);
    QVERIFY2(e >= 0, qPrintable(source + QLatin1String(" -> ") + target));
    bool found = false;
    for (const ImportSite &site : g.edge(e).sites) {
        if (m_analysis->file(site.file).relativePath == file && site.line == line) {
            QCOMPARE(int(site.kind), kind);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no site at %1:%2").arg(file).arg(line)));
}

void TestDjango::wholeProject()
{
    const Analysis &a = *m_analysis;
    // The folder is itself a package: every module is named from it.
    QCOMPARE(a.scan.packagePrefix, QStringLiteral("django"));
    QVERIFY(a.scan.files.size() > 800);
    for (const SourceFile &f : a.scan.files)
        QVERIFY2(f.module == QLatin1String("django") ||
                     f.module.startsWith(QLatin1String("django.")),
                 qPrintable(f.module));
    QVERIFY(a.graph.edgeCount() > 3000);
    // django.db.models.base is imported by django.db.models (its __init__).
    const int models = a.graph.find(QStringLiteral("django.db.models"));
    const int base = a.graph.find(QStringLiteral("django.db.models.base"));
    QVERIFY(a.graph.findEdge(models, base) >= 0);
    // No edge points at a missing module, and Django needs no unresolved relative import
    // except those Django itself leaves to optional C extensions (there are none).
    for (const Diagnostic &d : a.diagnostics) {
        QVERIFY2(d.code != DiagnosticCode::UnresolvedImport ||
                     !d.detail.startsWith(QLatin1Char('.')),
                 qPrintable(d.file + QLatin1Char(':') + QString::number(d.line) + QLatin1Char(' ') +
                            d.detail));
    }
}

QTEST_GUILESS_MAIN(TestDjango)
#include "tst_django.moc"
