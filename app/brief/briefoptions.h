#pragma once

#include "brief/brieftimeline.h"
#include "model/briefing.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QTranslator;

// What to put in a one-page brief and how.
struct BriefOptions
{
    QString language = QStringLiteral("en"); // the brief's own labels and preferred content
    const QTranslator *translator = nullptr; // for `language`; null means English
    QPageSize pageSize = QPageSize(QPageSize::A4);
    int issue = -1; // key passages of this issue; -1: of every issue
    QString sourceDigest; // SHA-256 of the briefing file, hex; empty when unknown
    QDateTime generatedAt = QDateTime::currentDateTime();
    QString version; // Bilateral's version, for the footer
    // The briefing's issues across the user's library, for the "Over time" rows; none by
    // default (and then the brief is as it always was).
    QList<BriefTimeline> timelines;

    // The options for a brief in `language` on `pageSize`, with that language's labels and
    // this program's version.
    static BriefOptions forLanguage(const QString &language, const QPageSize &pageSize, int issue,
                                    const QString &sourceDigest);
    // A4, or Letter where the locale measures in US units.
    static QPageSize defaultPageSize(const QLocale &locale);
    // "A4" or "Letter" (any case) → page size; invalid otherwise.
    static QPageSize pageSizeFromName(const QString &name);
    // The languages a brief of `briefing` can be written in: the interface language first,
    // then every language the briefing has text in.
    static QStringList languagesFor(const Briefing &briefing, const QString &interfaceLanguage);
};
