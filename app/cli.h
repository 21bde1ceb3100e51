#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace headroom {

// The headless front end: `headroom analyze|report|help ...`. Needs no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    [[nodiscard]] static bool isCommand(const QString &word);
    // Commands that paint (report, export) need a QApplication: scenes and fonts.
    [[nodiscard]] static bool needsGui(const QString &word);
    // arguments[0] is the program, arguments[1] the command. Returns the exit code.
    static int run(const QStringList &arguments);

    // Writes the SVG report of the project in `folder` to `outFile`; shared with the GUI's
    // no-display start. Returns the exit code and prints what it did.
    static int writeReport(const QString &folder, const QString &outFile);
};

} // namespace headroom
