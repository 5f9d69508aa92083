#pragma once

#include "model/localizedtext.h"
#include "model/stanceposition.h"
#include "model/term.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

// The plain value types of a briefing (format v1, see docs/briefing-format.md).
// References between them are indices, resolved once by the loader.

struct Passage
{
    QString id;
    // The passage in the briefing's two text languages, in the order of
    // Briefing::languages(); one of them may be empty (no counterpart).
    std::array<QString, 2> text;
    bool startsParagraph = false;
    // How sure the aligner that made the pair was, from 0 to 1; none for pairs a person
    // made or checked.
    std::optional<double> confidence;

    friend bool operator==(const Passage &, const Passage &) = default;
};

struct Side
{
    QString id;
    LocalizedText name;
    QColor color;

    friend bool operator==(const Side &, const Side &) = default;
};

// Qt 6.4's QList<int>::operator== hands memcmp() a null pointer when a list was never
// allocated (undefined behaviour that UBSan reports as "nonnull-attribute"): compare index
// lists element by element instead.
inline bool sameIndices(const QList<int> &a, const QList<int> &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin());
}

struct Stance
{
    int side = -1; // index into Briefing::sides()
    StancePosition position = StancePosition::None;
    LocalizedText summary;
    QList<int> evidence; // indices into Briefing::passages(), in file order

    friend bool operator==(const Stance &a, const Stance &b)
    {
        return a.side == b.side && a.position == b.position && a.summary == b.summary
            && sameIndices(a.evidence, b.evidence);
    }
};

struct Issue
{
    QString id;
    LocalizedText title;
    QList<int> passages; // the issue's own "passages", in file order
    QList<Stance> stances;
    // passages plus every stance's evidence, sorted by document order, no duplicates.
    QList<int> relevantPassages;

    const Stance *stanceOf(int side) const;

    friend bool operator==(const Issue &a, const Issue &b)
    {
        return a.id == b.id && a.title == b.title && sameIndices(a.passages, b.passages)
            && a.stances == b.stances && sameIndices(a.relevantPassages, b.relevantPassages);
    }
};

struct Source
{
    QString name;
    QUrl url;

    friend bool operator==(const Source &, const Source &) = default;
};

struct BriefingData
{
    int formatVersion = 1;
    std::array<QString, 2> languages{QStringLiteral("ko"), QStringLiteral("en")};
    LocalizedText title;
    LocalizedText summary;
    QDate date;
    Source source;
    QList<Side> sides;
    QList<Passage> passages;
    QList<Issue> issues;
    QList<TermConcept> terms; // the briefing's own; they extend or override the glossary's
    QList<ReviewVerdict> reviews;

    friend bool operator==(const BriefingData &, const BriefingData &) = default;
};

// An immutable, cheaply copied briefing. Build a BriefingData and wrap it; the id
// lookups are computed once here.
class Briefing final
{
public:
    Briefing();
    explicit Briefing(BriefingData data);
    // The same, with the passages' id → index map already made (by the loader's validator,
    // which needs it anyway): a 100,000-passage file is not hashed twice.
    Briefing(BriefingData data, QHash<QString, int> passageIndex);

    const BriefingData &data() const { return *m_data; }

    const std::array<QString, 2> &languages() const { return m_data->languages; }
    const LocalizedText &title() const { return m_data->title; }
    const LocalizedText &summary() const { return m_data->summary; }
    QDate date() const { return m_data->date; }
    const Source &source() const { return m_data->source; }
    const QList<Side> &sides() const { return m_data->sides; }
    const QList<Passage> &passages() const { return m_data->passages; }
    const QList<Issue> &issues() const { return m_data->issues; }
    const QList<TermConcept> &terms() const { return m_data->terms; }
    const QList<ReviewVerdict> &reviews() const { return m_data->reviews; }

    int passageIndex(const QString &id) const { return m_lookup->passages.value(id, -1); }
    int issueIndex(const QString &id) const { return m_lookup->issues.value(id, -1); }
    int sideIndex(const QString &id) const { return m_lookup->sides.value(id, -1); }

    // Every language the briefing has text in: its two text languages first, then any other
    // in which a title, name or summary is given (the sample's Japanese titles), in the
    // order first met. Editors offer a field for each; the brief can be written in each.
    const QStringList &languagesInUse() const { return m_lookup->languagesInUse; }

    friend bool operator==(const Briefing &a, const Briefing &b) { return a.data() == b.data(); }

private:
    struct Lookup
    {
        QHash<QString, int> passages;
        QHash<QString, int> issues;
        QHash<QString, int> sides;
        QStringList languagesInUse;
    };
    std::shared_ptr<const BriefingData> m_data;
    std::shared_ptr<const Lookup> m_lookup;
};
