#include "sourceview.h"

#include "highlighter.h"

#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QSyntaxHighlighter>
#include <QTextBlock>

namespace headroom {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    SourceView *m_view;
};

// Applies tokens computed once per file; each block looks up its own line's tokens.
class TokenHighlighter : public QSyntaxHighlighter
{
public:
    explicit TokenHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

    void setTokens(std::vector<Token> tokens, bool dark)
    {
        m_byLine.clear();
        for (const Token &t : tokens) {
            if (m_byLine.size() <= std::size_t(t.line))
                m_byLine.resize(std::size_t(t.line) + 1);
            m_byLine[std::size_t(t.line)].push_back(t);
        }
        const auto color = [dark](const char *light, const char *darkColor) {
            return QColor(QLatin1String(dark ? darkColor : light));
        };
        m_formats[int(TokenKind::Keyword)].setForeground(color("#7b1fa2", "#ce93d8"));
        m_formats[int(TokenKind::Keyword)].setFontWeight(QFont::DemiBold);
        m_formats[int(TokenKind::String)].setForeground(color("#2e7d32", "#a5d6a7"));
        m_formats[int(TokenKind::Comment)].setForeground(color("#757575", "#9e9e9e"));
        m_formats[int(TokenKind::Comment)].setFontItalic(true);
        m_formats[int(TokenKind::Number)].setForeground(color("#1565c0", "#90caf9"));
        m_formats[int(TokenKind::Constant)].setForeground(color("#1565c0", "#90caf9"));
        m_formats[int(TokenKind::Definition)].setForeground(color("#bf360c", "#ffab91"));
        m_formats[int(TokenKind::Definition)].setFontWeight(QFont::Bold);
        m_formats[int(TokenKind::Decorator)].setForeground(color("#ad1457", "#f48fb1"));
        rehighlight();
    }

protected:
    void highlightBlock(const QString &) override
    {
        const int line = currentBlock().blockNumber();
        if (line < 0 || std::size_t(line) >= m_byLine.size())
            return;
        for (const Token &t : m_byLine[std::size_t(line)])
            setFormat(t.column, t.length, m_formats[int(t.kind)]);
    }

private:
    std::vector<std::vector<Token>> m_byLine;
    QTextCharFormat m_formats[int(TokenKind::Decorator) + 1];
};

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_gutter = new LineNumberArea(this);
    m_highlighter = new TokenHighlighter(document());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

bool SourceView::showFile(const QString &path, int line)
{
    m_path = path;
    m_line = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_highlighter->setTokens({}, false);
        setPlainText(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(MaxShownBytes);
    setPlainText(QString::fromUtf8(bytes));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTokens(
        bytes.size() <= MaxHighlightedBytes ? highlightPython(bytes) : std::vector<Token>{}, dark);
    markLine(line);
    return true;
}

void SourceView::markLine(int line)
{
    m_line = line;
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection mark;
            QColor c = palette().color(QPalette::Highlight);
            c.setAlpha(60);
            mark.format.setBackground(c);
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            mark.cursor = QTextCursor(block);
            marks.append(mark);
            setTextCursor(QTextCursor(block));
            centerCursor();
        }
    }
    setExtraSelections(marks);
}

int SourceView::gutterWidth() const
{
    int digits = 1;
    for (int n = std::max(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void SourceView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int height = qRound(blockBoundingRect(block).height());
    painter.setFont(font());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            painter.setPen(number == m_line ? palette().color(QPalette::Text)
                                            : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 6, height,
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
        }
        block = block.next();
        top += qRound(blockBoundingRect(block).height());
    }
}

} // namespace headroom
