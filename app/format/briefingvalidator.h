#pragma once

#include "format/diagnostic.h"
#include "model/briefing.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Checks a parsed document against briefing format v1 and builds the BriefingData: the
// semantic half of BriefingLoader (the loader handles bytes, syntax and positions).
// Problems are collected with the JSON path they concern; the loader turns paths into
// lines and columns afterwards.
namespace BriefingValidation {
inline constexpr int currentFormatVersion = 1;

// Where a diagnostic points: at a value, at a member's key, or (for a missing member) at
// the object that should have held it.
enum class Anchor { Value, Key };

struct PendingDiagnostic
{
    Diagnostic::Severity severity;
    QString path; // reported path
    QString anchorPath; // path whose position is reported
    Anchor anchor;
    QString message;
};
} // namespace BriefingValidation

// Walks the parsed document, collecting every problem and building the Briefing.
class BriefingValidator final
{
public:
    BriefingValidator() = default;

    void validate(const QJsonValue &root);

    std::optional<BriefingData> result;
    // With a result: each passage id's index, as Briefing's lookup needs it (built once here
    // while checking the ids, not again by the Briefing).
    QHash<QString, int> passageIndex;
    QList<BriefingValidation::PendingDiagnostic> pending;
    std::function<void(int done, int all)> progress; // called every few thousand passages

private:
    void report(Diagnostic::Severity severity, const QString &path, const QString &message,
                BriefingValidation::Anchor anchor = BriefingValidation::Anchor::Value)
    {
        pending.append({severity, path, path, anchor, message});
    }
    void error(const QString &path, const QString &message)
    {
        report(Diagnostic::Severity::Error, path, message);
    }
    void warning(const QString &path, const QString &message)
    {
        report(Diagnostic::Severity::Warning, path, message);
    }
    void missing(const QString &objectPath, const QString &key, const QString &expected);
    // A missing member is reported at the object that should have held it.
    void reportMissing(const QString &path, const QString &objectPath, const QString &message)
    {
        pending.append({Diagnostic::Severity::Error, path, objectPath,
                        BriefingValidation::Anchor::Value, message});
    }

    bool expectType(const QJsonValue &value, QJsonValue::Type type, const QString &path);
    void warnUnknownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    std::optional<LocalizedText> readText(const QJsonValue &value, const QString &path,
                                          bool passageText = false);
    QList<int> readPassageRefs(const QJsonValue &value, const QString &path);
    void readLanguages(const QJsonObject &root);
    void readSource(const QJsonValue &value);
    void readSides(const QJsonValue &value);
    void readPassages(const QJsonValue &value);
    void readIssues(const QJsonValue &value);
    void readTermsAndReviews(const QJsonObject &root); // briefingvalidatorterms.cpp
    std::optional<Stance> readStance(const QJsonValue &value, const QString &path,
                                     QHash<int, QString> &stanceBySide);

    BriefingData m_data;
    // False when "passages" or "sides" could not be read: references to them are then not
    // checked, since every one would be reported as unknown.
    bool m_passagesRead = true;
    bool m_sidesRead = true;
    QHash<QString, int> m_passageIndex;
    QHash<QString, int> m_sideIndex;
};
