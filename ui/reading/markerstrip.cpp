#include "reading/markerstrip.h"

#include "document/briefinganalysis.h"
#include "document/readingstate.h"
#include "reading/passageview.h"
#include "widgets/sidestyle.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>

#include <bit>
#include <cmath>

MarkerStrip::MarkerStrip(PassageView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_state(view->readingState())
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { update(); });
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] { update(); });
    connect(m_state, &ReadingState::highlightChanged, this, [this] { update(); });
    // The notches move only when the findings, the text or the strip's height change.
    const auto notchesMoved = [this] {
        m_notchRows.clear();
        update();
    };
    connect(view->analysis(), &BriefingAnalysis::findingsChanged, this, notchesMoved);
    connect(view->document(), &QTextDocument::contentsChanged, this, notchesMoved);
    retranslateUi();
}

QSize MarkerStrip::sizeHint() const
{
    return {10, 100};
}

void MarkerStrip::retranslateUi()
{
    // Not a Tab stop (the keyboard has F3 and the find bar for the same jumps), but a screen
    // reader exploring the window meets it: named, and described by the tool tip's words.
    setAccessibleName(tr("Overview of the highlighted passages"));
    setToolTip(tr("Where the highlighted passages are, and (notches on the right) the passages "
                  "whose two language versions differ. Click to jump to one."));
}

void MarkerStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MarkerStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), SideStyle::relevantTint(pal));

    // The part of the text now on screen, so the markers read as "above" or "below".
    const QScrollBar *bar = m_view->verticalScrollBar();
    const double total = bar->maximum() - bar->minimum() + bar->pageStep();
    if (total > 0 && bar->maximum() > bar->minimum()) {
        const double top = (bar->value() - bar->minimum()) / total * height();
        const double span = bar->pageStep() / total * height();
        painter.fillRect(QRectF(0, top, width(), std::max(span, 4.0)),
                         pal.color(QPalette::Midlight));
    }

    const PassageHighlight &highlight = m_state->highlight();
    const QColor neutral = pal.color(QPalette::PlaceholderText);
    for (int passage : highlight.passages()) {
        if (!m_view->passageHasText(passage))
            continue;
        const int y = int(std::lround(m_view->passageFraction(passage) * (height() - 3)));
        const quint64 evidence = highlight.evidenceSides(passage);
        if (evidence == 0) {
            painter.fillRect(QRect(3, y, width() - 6, 3), neutral);
        } else {
            const QColor color = m_view->sideColor(std::countr_zero(evidence));
            painter.fillRect(QRect(0, y, width(), 3), SideStyle::markerColor(color, pal));
        }
    }

    // The translation review's open findings: a notch on the right edge, in the text colour
    // so that it reads on every side's marker. Worked out once, as the rows of the strip
    // that have one: every finding on every repaint was 20 ms a strip at 100,000 passages
    // (170,000 findings), and the strips repaint whenever the panes scroll.
    if (m_notchRows.size() != height()) {
        m_notchRows = QList<bool>(height(), false);
        int last = -1;
        for (const ReviewFinding &finding : m_view->analysis()->findings()) {
            if (finding.checked || finding.passage == last)
                continue;
            last = finding.passage;
            const int y =
                int(std::lround(m_view->passageFraction(finding.passage) * (height() - 3)));
            if (y >= 0 && y < height())
                m_notchRows[y] = true;
        }
    }
    const QColor notch = pal.color(QPalette::Text);
    for (int y = 0; y < m_notchRows.size(); ++y) {
        if (m_notchRows.at(y))
            painter.fillRect(QRect(width() - 4, y - 1, 4, 5), notch);
    }
}

int MarkerStrip::passageNear(double fraction) const
{
    int best = -1;
    double bestDistance = 2;
    const auto consider = [&](int passage) {
        if (!m_view->passageHasText(passage))
            return;
        const double distance = std::abs(m_view->passageFraction(passage) - fraction);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = passage;
        }
    };
    for (int passage : m_state->highlight().passages())
        consider(passage);
    for (const ReviewFinding &finding : m_view->analysis()->findings()) {
        if (!finding.checked)
            consider(finding.passage);
    }
    return best;
}

void MarkerStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || height() <= 0)
        return;
    const int passage = passageNear(event->position().y() / height());
    if (passage >= 0)
        m_state->revealPassage(passage);
}
