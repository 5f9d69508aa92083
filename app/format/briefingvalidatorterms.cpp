#include "format/briefingvalidator.h"

#include "format/termsformat.h"

// The "terms" and "reviews" lists: read by TermsReader, which the built-in glossary shares,
// and reported like every other problem of the file.

using namespace Qt::StringLiterals;
using namespace BriefingValidation;

void BriefingValidator::readTermsAndReviews(const QJsonObject &root)
{
    const QJsonValue terms = root.value(u"terms"_s);
    const QJsonValue reviews = root.value(u"reviews"_s);
    if (terms.isUndefined() && reviews.isUndefined())
        return;
    TermsReader reader;
    if (m_sidesRead)
        reader.knownSide = [this](const QString &id) {
            return m_sideIndex.contains(id);
        };
    if (m_passagesRead)
        reader.knownPassage = [this](const QString &id) {
            return m_passageIndex.contains(id);
        };
    if (!terms.isUndefined())
        m_data.terms = reader.readTerms(terms, u"terms"_s);
    if (!reviews.isUndefined())
        m_data.reviews = reader.readReviews(reviews, u"reviews"_s);
    for (const TermsReader::Problem &problem : std::as_const(reader.problems))
        report(problem.error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning,
               problem.path, problem.message, problem.atKey ? Anchor::Key : Anchor::Value);
}
