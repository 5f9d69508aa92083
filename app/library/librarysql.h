#pragma once

#include "library/indexedbriefing.h"
#include "model/localizedtext.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

// What the index's three source files share: how values are stored in columns, and the
// SQL that keeps a query to the library's folders.
namespace LibrarySql {

QString encode(const LocalizedText &text); // a JSON object, {"en": "…", "ko": "…"}
LocalizedText decodeText(const QString &json);
QString encode(const QList<IndexedSide> &sides);
QList<IndexedSide> decodeSides(const QString &json);

// Folders as the index stores paths under them: absolute, symbolic links resolved.
QString canonicalFolder(const QString &folder);

// "(path >= ? AND path < ?) OR …" over `column`, and the values to bind in order: the
// files under any of `folders`. Always false for no folders.
struct Clause
{
    QString sql;
    QVariantList values;
};
Clause underFolders(const QString &column, const QStringList &folders);
// "column IN (?, ?, …)"
Clause oneOf(const QString &column, const QStringList &values);

// Prepares `sql`, binds `values` in order and runs it; false (with the driver's message
// in `error`, if given) on any failure.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {},
         QString *error = nullptr);

} // namespace LibrarySql
