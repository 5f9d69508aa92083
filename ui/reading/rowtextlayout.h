#pragma once

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPointer>
#include <QTextOption>

class RowGeometry;
class QTextBlock;

// The layout of one pane's text document in rows: text block i is drawn at the top of row i,
// whose top and height the two panes share (RowGeometry), so a paragraph (or a passage in
// sentence rows) starts level with its counterpart, the shorter side padded below.
//
// Qt's own layouts cannot do this: QPlainTextDocumentLayout positions blocks line after line
// and scrolls by lines (QPlainTextDocumentLayout::layoutBlock(), qplaintextedit.cpp, Qt 6.4),
// so panes in fonts of different line heights drift apart; QTextDocumentLayout honours block
// margins but lays out the whole document to place them, which at 10,000 passages costs
// seconds on every resize. This layout measures only what is shown or idle time reaches.
class RowTextLayout final : public QAbstractTextDocumentLayout
{
    Q_OBJECT

public:
    RowTextLayout(QTextDocument *document, RowGeometry *geometry, int slot);
    ~RowTextLayout() override;

    void draw(QPainter *painter, const PaintContext &context) override;
    int hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const override;
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override;
    QRectF frameBoundingRect(QTextFrame *frame) const override;
    QRectF blockBoundingRect(const QTextBlock &block) const override;

    // Lays out the text of row `row` at the current width; its height (0 if empty).
    int measureRow(int row);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;

private:
    void measureEverything();
    QList<int> estimates(int firstRow, int lastRow) const;
    int estimatedHeight(const QString &text) const;
    qreal availableWidth() const;
    void ensureLaidOut(const QTextBlock &block) const;

    // What every row's height depends on besides its text.
    struct Dependencies
    {
        qreal width = -1;
        QFont font;
        QTextOption::WrapMode wrap = QTextOption::WordWrap;
        qreal margin = 0;
        friend bool operator==(const Dependencies &, const Dependencies &) = default;
    };

    QPointer<RowGeometry> m_geometry;
    int m_slot;
    int m_blockCount = 0;
    int m_characterCount = 0;
    Dependencies m_dependencies;
    qreal m_width = -1;
    // For estimates: the advance of a wide (CJK) and of an average character, the line height.
    qreal m_wideAdvance = 16;
    qreal m_averageAdvance = 8;
    qreal m_lineHeight = 20;
};
