#pragma once

#include <QIcon>
#include <QStyle>

// Icons that are looked up when first drawn, not when created.
//
// Fusion's standard icons are PNG files that QIcon decodes as soon as they are added
// (QPixmapIconEngine::addFile reads each one to learn its size). The window's menu and
// find-bar icons are only drawn once a menu opens or the find bar shows, yet loading them
// up front took about 4 ms of a 80 ms start-up (docs/performance.md).
namespace DeferredIcon {

// The icon theme's `themeName`, or else the style's `fallback`, resolved on first use.
QIcon themed(const QString &themeName, QStyle::StandardPixmap fallback);

} // namespace DeferredIcon
