#include "widgets/deferredicon.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>

#include <memory>

namespace {

// Shared by the copies QIcon makes of its engine, so the lookup happens once per icon.
struct ThemedIconSource
{
    QString themeName;
    QStyle::StandardPixmap fallback;
    QIcon resolved;
    bool isResolved = false;

    const QIcon &icon()
    {
        if (!isResolved) {
            // QIcon::fromTheme(name, fallback) would build the fallback eagerly.
            resolved = QIcon::hasThemeIcon(themeName)
                ? QIcon::fromTheme(themeName)
                : QApplication::style()->standardIcon(fallback);
            isResolved = true;
        }
        return resolved;
    }
};

class DeferredIconEngine final : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::shared_ptr<ThemedIconSource> source)
        : m_source(std::move(source))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        m_source->icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_source->icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_source->icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        return m_source->icon().pixmap(size, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_source->icon().availableSizes(mode, state);
    }
    QString iconName() override { return m_source->themeName; }
    QString key() const override { return QStringLiteral("DeferredIconEngine"); }
    // Menus and buttons ask whether there is an icon before they lay out; answering
    // without loading it is the point of this class.
    bool isNull() override { return false; }
    QIconEngine *clone() const override { return new DeferredIconEngine(m_source); }

private:
    std::shared_ptr<ThemedIconSource> m_source;
};

} // namespace

QIcon DeferredIcon::themed(const QString &themeName, QStyle::StandardPixmap fallback)
{
    auto source = std::make_shared<ThemedIconSource>();
    source->themeName = themeName;
    source->fallback = fallback;
    return QIcon(new DeferredIconEngine(std::move(source)));
}
