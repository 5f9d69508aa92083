#pragma once

#include <QKeySequence>
#include <QList>

#include <initializer_list>

// The platform's key bindings for `key`, all of them (QAction::setShortcut(StandardKey) keeps
// only the first), with `expected` added where missing: Qt binds Save As to Ctrl+Shift+S only
// in the GNOME and macOS schemes and Redo to Ctrl+Y only in the Windows one, while readers
// expect both everywhere.
inline QList<QKeySequence> standardShortcuts(QKeySequence::StandardKey key,
                                             std::initializer_list<QKeySequence> expected = {})
{
    QList<QKeySequence> shortcuts = QKeySequence::keyBindings(key);
    for (const QKeySequence &sequence : expected) {
        if (!shortcuts.contains(sequence))
            shortcuts.append(sequence);
    }
    return shortcuts;
}
