#include "widgets/focusframe.h"

#include "widgets/sidestyle.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

FocusFrame *FocusFrame::install(QWidget *watched)
{
    return new FocusFrame(watched);
}

FocusFrame::FocusFrame(QWidget *watched)
    : QWidget(watched)
    , m_watched(watched)
{
    setObjectName(QStringLiteral("focusFrame"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    watched->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &FocusFrame::follow);
}

bool FocusFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Resize)
        setGeometry(m_watched->rect());
    return QWidget::eventFilter(watched, event);
}

void FocusFrame::follow()
{
    QWidget *focus = QApplication::focusWidget();
    const bool focused = focus && (focus == m_watched || m_watched->isAncestorOf(focus));
    if (focused) {
        setGeometry(m_watched->rect());
        raise();
    }
    setVisible(focused);
}

void FocusFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(SideStyle::currentOutline(palette()), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}
