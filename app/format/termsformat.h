#pragma once

#include "model/term.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QJsonObject;

// The "terms" and "reviews" lists of a briefing, and the same "terms" in the built-in
// glossary: read with every problem collected by JSON path, written back as JSON.
class TermsReader final
{
public:
    struct Problem
    {
        bool error = true; // else a warning: the entry is kept or skipped, the file opens
        QString path;
        QString message;
        bool atKey = false; // point at the member's key rather than its value
    };

    // Whether a side id names one of the document's sides.
    std::function<bool(const QString &)> knownSide;
    // Whether a passage id names one of the document's passages.
    std::function<bool(const QString &)> knownPassage;

    QList<TermConcept> readTerms(const QJsonValue &value, const QString &path);
    QList<ReviewVerdict> readReviews(const QJsonValue &value, const QString &path);

    QList<Problem> problems;

private:
    std::optional<TermConcept> readConcept(const QJsonObject &object, const QString &path);
    std::optional<TermWording> readWording(const QJsonValue &value, const QString &path);
    std::optional<LocalizedText> readLabel(const QJsonValue &value, const QString &path);
    QString readString(const QJsonObject &object, const QString &objectPath, const QString &key,
                       const QString &expected);
    void unknownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    void error(const QString &path, const QString &message)
    {
        problems.append({true, path, message});
    }
    void warning(const QString &path, const QString &message)
    {
        problems.append({false, path, message});
    }
};

namespace TermsWriter {
// The members ",\n  \"terms\": […]" and ",\n  \"reviews\": […]" as the briefing writer
// places them after "issues"; empty when the lists are.
QByteArray termsMember(const QList<TermConcept> &terms);
QByteArray reviewsMember(const QList<ReviewVerdict> &reviews);
} // namespace TermsWriter

namespace ReviewKinds {
// The kinds a finding can have, as the format and `--review` write them.
const QStringList &all();
} // namespace ReviewKinds
