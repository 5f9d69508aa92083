#pragma once

#include "document/briefingdocument.h"
#include "window/mainwindow.h"

#include <QString>

namespace TestSupport {
// Shows `briefing` in the window as if opened from `path`.
inline void show(MainWindow &window, const Briefing &briefing, const QString &path)
{
    window.document()->open(briefing, DocumentLocation::fromPath(path));
}
} // namespace TestSupport
