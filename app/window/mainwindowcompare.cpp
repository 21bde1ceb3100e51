// Pictures of a change: the earlier state asked for (a git revision or a baseline file),
// read by the controller off the UI thread, and its marks shown until comparing stops.
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

namespace headroom {

void MainWindow::buildCompareActions(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(tr("Compare with Re&vision..."), this, [this] {
        bool ok = false;
        const QString revision = QInputDialog::getText(
            this, tr("Compare with Revision"),
            tr("Git revision to compare with (HEAD~1, a tag, a branch, a commit id):"),
            QLineEdit::Normal, m_lastRevision, &ok);
        if (ok && !revision.trimmed().isEmpty())
            compareWithRevision(revision.trimmed());
    });
    menu->addAction(tr("Compare with &Baseline File..."), this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Compare with Baseline File"), m_view.project,
            tr("Analysis JSON (headroom analyze) (*.json);;All files (*)"));
        if (!file.isEmpty())
            compareWithBaseline(file);
    });
    m_stopComparing = menu->addAction(tr("&Stop Comparing"), this, &MainWindow::stopComparing);
    m_stopComparing->setEnabled(false);
    menu->addSeparator();
}

void MainWindow::compareWithRevision(const QString &revision)
{
    m_lastRevision = revision;
    m_status->setText(tr("Reading revision %1 to compare with...").arg(revision));
    m_controller->readRevision(revision);
}

void MainWindow::compareWithBaseline(const QString &file)
{
    m_status->setText(tr("Reading %1 to compare with...").arg(QDir::toNativeSeparators(file)));
    m_controller->readBaseline(file);
}

void MainWindow::stopComparing()
{
    m_compareWith.reset();
    m_compareLabel.clear();
    m_stopComparing->setEnabled(false);
    rebuildPictures();
}

void MainWindow::showEarlierState(const EarlierState &state)
{
    if (!state.outline) {
        m_status->setText(tr("Cannot compare: %1").arg(state.error));
        // Not modal: the window, and a test driving it, go on.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Compare"), state.error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit comparisonFailed(state.error);
        return;
    }
    m_compareWith = state.outline;
    m_compareLabel = state.label;
    m_stopComparing->setEnabled(true);
    rebuildPictures();
}

} // namespace headroom
