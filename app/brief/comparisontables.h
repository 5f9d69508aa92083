#pragma once

#include "brief/briefstyle.h"
#include "library/readoutcomparison.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextTableFormat>

class QTextCursor;
class QTextTable;
class QTranslator;

// What the parts of the comparison brief share: the comparison, its strings in the brief's
// own language (context "ComparisonBrief", looked up in the brief's translator, not the
// interface's), and the sides of both readouts with their names and colours.
class ComparisonContext
{
public:
    struct Side
    {
        QString id;
        QString name;
        QColor color;
    };

    ComparisonContext(const ReadoutComparison &comparison, const QTranslator *translator,
                      const QString &language);

    const ReadoutComparison &comparison() const { return m_comparison; }
    // A string of the brief in its language; `n` fills "%n" and picks the plural form.
    QString operator()(BriefText::Source source, int n = -1) const;
    const QLocale &locale() const { return m_locale; }
    const QTranslator *translator() const { return m_translator; }
    const QStringList &preference() const { return m_preference; }

    // A's sides, then those only B has.
    const QList<Side> &sides() const { return m_sides; }
    QColor sideColor(const QString &id) const;
    QString sideName(const QString &id) const;
    // "A" or "B", as the page marks the readouts.
    QString letter(bool isA) const;
    // "! Demands": the position's symbol and label; "– No stated position" without a stance.
    QString positionLabel(const Stance *stance) const;
    QTextCharFormat positionFormat(const BriefType &type, const Stance *stance,
                                   const QColor &sideColor, double scale, bool bold) const;

    // Whether the readouts differ on `issue`: one of them leaves it out, or a side's
    // position differs.
    static bool differs(const ReadoutComparison::ComparedIssue &issue);

private:
    const ReadoutComparison &m_comparison;
    const QTranslator *m_translator;
    QLocale m_locale;
    QStringList m_preference;
    QList<Side> m_sides;
};

// The comparison's tables: thin rules, the page's full width, as the brief's stance matrix.
QTextTableFormat comparisonTableFormat(const BriefType &type);
void shadeCell(QTextTable *table, int row, int column, const QColor &color);
// After layout: every cell of `table` moved down to its row's first baseline, whatever
// font (Latin, or taller Hangul and kana) its first line is set in.
void alignFirstBaselines(QTextTable *table);
QColor comparisonHeaderColor();
QColor comparisonDiffersColor(); // behind what differs between A and B
// A section's heading on a block of its own.
void addComparisonHeading(QTextCursor &cursor, const BriefType &type, const QString &text);

// The top of the page: the kind of document and the meeting's date, then A and B, each with
// its title (also in its first language), date and source. Returns the table of A and B.
QTextTable *addComparisonHeader(QTextCursor &cursor, const ComparisonContext &context,
                                const BriefType &type);

// "Issue by issue": one row per issue of `rows` (indices into comparison().issues): its
// title (and B's where it differs), where it is raised, and each side's position in A and
// B, marked "≠" and set in bold where they differ. Returns the table; null without issues.
QTextTable *addIssueTable(QTextCursor &cursor, const ComparisonContext &context,
                          const BriefType &type, const QList<int> &rows);

// "Contested wording": one row per contested concept, with each side's own wordings of it
// (`wordings`: indices into comparison().wordings, grouped by concept), each counted in A
// and in B ("오염수  A ×2 · B ×0"). Returns the table; null without wordings.
QTextTable *addWordingTable(QTextCursor &cursor, const ComparisonContext &context,
                            const BriefType &type, const QList<int> &wordings);
