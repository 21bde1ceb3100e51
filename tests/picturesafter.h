#pragma once
// Waiting for a window's pictures, for the window tests.
#include "mainwindow.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

namespace headroom::test {

// Runs `action` and waits until the pictures of its result are built. The spy exists before
// the action: a fast analysis may finish before control comes back. An analysis shows its
// import graph before its calls are resolved: this waits for the pictures of its end.
template <class Action> bool picturesAfter(MainWindow &w, Action action)
{
    QSignalSpy shown(&w, &MainWindow::picturesBuilt);
    action();
    QDeadlineTimer deadline(60000);
    while (!(shown.count() > 0 && w.settled()) && !deadline.hasExpired())
        QTest::qWait(10);
    return shown.count() > 0 && w.settled();
}

} // namespace headroom::test
