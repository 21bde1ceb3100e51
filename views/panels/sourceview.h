#pragma once

#include <QPlainTextEdit>

namespace headroom {

class TokenHighlighter;

// Read-only Python source with line numbers, coloured from tree-sitter's parse, scrolled to
// and marking a chosen line (the import site the user clicked).
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    // Shows `path` (absolute) with `line` (1-based, 0 for none) marked. Returns false, and
    // shows why, when the file cannot be read.
    bool showFile(const QString &path, int line = 0);
    [[nodiscard]] QString currentFile() const { return m_path; }
    [[nodiscard]] int markedLine() const { return m_line; }

    // Larger files are shown without colours, so that opening one never stalls the window.
    static constexpr qint64 MaxHighlightedBytes = 1024 * 1024;
    static constexpr qint64 MaxShownBytes = 8 * 1024 * 1024;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class LineNumberArea;
    [[nodiscard]] int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void markLine(int line);

    QWidget *m_gutter = nullptr;
    TokenHighlighter *m_highlighter = nullptr;
    QString m_path;
    int m_line = 0;
};

} // namespace headroom
