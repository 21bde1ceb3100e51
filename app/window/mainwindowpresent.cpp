// Presentation mode: full screen, larger fonts, the review walked step by step, each step
// centred and fitted in the picture; the window comes back as it was.
#include "mainwindow.h"

#include "cyclespanel.h"
#include "findingspanel.h"
#include "graphscene.h"
#include "graphview.h"
#include "nodeitem.h"
#include "reviewwalk.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QTabWidget>

namespace headroom {

void MainWindow::setPresentation(bool on)
{
    m_presentAction->setChecked(on);
    QFont font = QApplication::font();
    static const qreal normalSize = font.pointSizeF();
    font.setPointSizeF(on ? normalSize * 1.5 : normalSize);
    QApplication::setFont(font);
    if (on) {
        if (!m_beforePresentation) {
            m_beforePresentation = m_view;
            m_beforePresentationTab = m_tabs->currentIndex();
        }
        showFullScreen();
        m_presentationStep = -1;
        presentationStep(1);
        return;
    }
    showNormal();
    m_stepBanner->hide();
    m_stepShows.clear();
    if (!m_beforePresentation)
        return;
    // The colouring, the tab and the selection as they were before.
    const ViewState before = *m_beforePresentation;
    m_beforePresentation.reset();
    m_view.metric = before.metric;
    m_metricBox->setCurrentIndex(std::max(0, m_metricBox->findData(int(before.metric))));
    m_tabs->setCurrentIndex(m_beforePresentationTab);
    rebuildPictures();
    if (m_snapshot)
        selectNode(m_snapshot->graph().find(before.selected));
}

// The review walk: depth, then each cycle, the least cohesive class, the budget findings.
void MainWindow::presentationStep(int delta)
{
    if (!m_snapshot)
        return;
    // The picture's depth and cycles, as the panels and the status bar give them.
    const std::vector<ReviewWalk::Step> steps = ReviewWalk::steps(*m_snapshot, m_facts.get());
    m_presentationStep = std::clamp(m_presentationStep + delta, 0, int(steps.size()) - 1);
    const ReviewWalk::Step &step = steps[std::size_t(m_presentationStep)];
    m_tabs->setCurrentIndex(step.tab);
    m_view.metric = step.metric;
    m_metricBox->setCurrentIndex(std::max(0, m_metricBox->findData(int(step.metric))));
    QWidget *panel = step.panel == ReviewWalk::Panel::Cycles ? static_cast<QWidget *>(m_cycles)
                     : step.panel == ReviewWalk::Panel::Findings
                         ? static_cast<QWidget *>(m_findings)
                         : nullptr;
    if (auto *dock = panel ? qobject_cast<QDockWidget *>(panel->parentWidget()) : nullptr) {
        dock->show();
        dock->raise();
    }
    m_stepShows = step.shows;
    rebuildPictures();
    if (step.node >= 0)
        selectNode(step.node);
    m_stepBanner->setText(tr("Step %1 of %2: %3 (Page Down: next, Page Up: back, F11: leave)")
                              .arg(m_presentationStep + 1)
                              .arg(steps.size())
                              .arg(step.text));
    m_stepBanner->show();
}

// Centres and fits the boxes that hold what the step presents, once its picture is drawn.
void MainWindow::fitStep()
{
    auto *graph = qobject_cast<GraphScene *>(m_graphView->scene());
    if (!graph || m_stepShows.empty() || !m_snapshot)
        return;
    QRectF area;
    for (const int module : m_stepShows) {
        if (module < 0 || module >= m_snapshot->graph().nodeCount())
            continue;
        const int box = holderIn(pictureGraph(), m_snapshot->graph().node(module).name);
        if (const NodeItem *item = graph->itemForNode(box))
            area = area.united(item->sceneBoundingRect());
    }
    if (area.isEmpty())
        return;
    m_graphView->fitInView(area.adjusted(-60, -60, 60, 60), Qt::KeepAspectRatio);
    // Never closer than 1:1: a single box fills no screen.
    if (m_graphView->zoom() > 1.0) {
        m_graphView->setTransform(QTransform());
        m_graphView->centerOn(area.center());
    }
}

} // namespace headroom
