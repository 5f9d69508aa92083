#include "library/indexedbriefing.h"

#include "files/regularfile.h"
#include "format/briefingloader.h"
#include "format/jsonsourcemap.h"
#include "library/librarytext.h"
#include "model/briefinglimits.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// The segments of `briefing`, with the JSON path of each text's value.
QList<std::pair<IndexedSegment, QString>> segmentsOf(const Briefing &briefing)
{
    QList<std::pair<IndexedSegment, QString>> result;
    auto addTexts = [&](SegmentKind kind, const QString &ref, const QString &side,
                        const LocalizedText &text, const QString &path) {
        for (const auto &[language, value] : text.entries()) {
            if (value.trimmed().isEmpty())
                continue;
            result.append({IndexedSegment{kind, ref, side, language, 0, 0, value, {}},
                           JsonSourceMap::memberPath(path, language)});
        }
    };
    addTexts(SegmentKind::Title, {}, {}, briefing.title(), u"title"_s);
    addTexts(SegmentKind::Summary, {}, {}, briefing.summary(), u"summary"_s);
    const QList<Passage> &passages = briefing.passages();
    for (qsizetype i = 0; i < passages.size(); ++i) {
        const QString path =
            JsonSourceMap::memberPath(JsonSourceMap::elementPath(u"passages"_s, i), u"text");
        for (int side = 0; side < 2; ++side) {
            const QString &text = passages.at(i).text.at(side);
            if (text.trimmed().isEmpty())
                continue;
            const QString &language = briefing.languages().at(side);
            result.append(
                {IndexedSegment{
                     SegmentKind::Passage, passages.at(i).id, {}, language, 0, 0, text, {}},
                 JsonSourceMap::memberPath(path, language)});
        }
    }
    const QList<Issue> &issues = briefing.issues();
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const Issue &issue = issues.at(i);
        const QString path = JsonSourceMap::elementPath(u"issues"_s, i);
        addTexts(SegmentKind::IssueTitle, issue.id, {}, issue.title,
                 JsonSourceMap::memberPath(path, u"title"));
        for (qsizetype s = 0; s < issue.stances.size(); ++s) {
            const Stance &stance = issue.stances.at(s);
            addTexts(SegmentKind::StanceSummary, issue.id, briefing.sides().at(stance.side).id,
                     stance.summary,
                     JsonSourceMap::memberPath(
                         JsonSourceMap::elementPath(JsonSourceMap::memberPath(path, u"stances"), s),
                         u"summary"));
        }
    }
    const QList<TermConcept> &terms = briefing.terms();
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const TermConcept &term = terms.at(i);
        const QString path = JsonSourceMap::elementPath(u"terms"_s, i);
        addTexts(SegmentKind::Term, term.id, {}, term.label,
                 JsonSourceMap::memberPath(path, u"label"));
        for (qsizetype w = 0; w < term.wordings.size(); ++w) {
            const TermWording &wording = term.wordings.at(w);
            result.append(
                {IndexedSegment{SegmentKind::Term,
                                term.id,
                                wording.side,
                                wording.language,
                                0,
                                0,
                                wording.text,
                                {}},
                 JsonSourceMap::memberPath(
                     JsonSourceMap::elementPath(JsonSourceMap::memberPath(path, u"wordings"), w),
                     u"text")});
        }
    }
    return result;
}
} // namespace

IndexedBriefing IndexedBriefing::fromBriefing(const Briefing &briefing, QByteArrayView json)
{
    IndexedBriefing result;
    result.state = State::Indexed;
    result.date = briefing.date();
    result.title = briefing.title();
    result.source = briefing.source().name;
    result.passageCount = int(briefing.passages().size());
    for (const Side &side : briefing.sides())
        result.sides.append({side.id, side.name});
    for (const Issue &issue : briefing.issues()) {
        result.issues.append({issue.id, issue.title});
        for (const Stance &stance : issue.stances) {
            QStringList evidence;
            for (int passage : stance.evidence)
                evidence.append(briefing.passages().at(passage).id);
            result.stances.append({issue.id, briefing.sides().at(stance.side).id, stance.position,
                                   stance.summary, evidence});
        }
    }

    const QList<std::pair<IndexedSegment, QString>> segments = segmentsOf(briefing);
    QSet<QString> wanted;
    wanted.reserve(segments.size());
    for (const auto &segment : segments)
        wanted.insert(segment.second);
    const JsonSourceMap map(json, wanted);
    const LineIndex lines(json);
    result.segments.reserve(segments.size());
    for (const auto &[segment, path] : segments) {
        IndexedSegment placed = segment;
        placed.tokens = LibraryText::indexForm(segment.text);
        const qsizetype offset = map.locate(path).valueOffset;
        if (offset >= 0) {
            const LineIndex::Position where = lines.position(offset);
            placed.line = where.line;
            placed.column = where.column;
        }
        result.segments.append(placed);
    }
    return result;
}

IndexedBriefing IndexedBriefing::read(const QString &path, qint64 size, qint64 modified,
                                      const QByteArray &knownDigest, qint64 now)
{
    IndexedBriefing vanished;
    vanished.state = State::Vanished;
    vanished.path = path;

    const RegularFile::Contents file = RegularFile::read(path, BriefingLimits::maxFileBytes);
    if (!file.error.isEmpty() && !QFileInfo::exists(path))
        return vanished;

    const QByteArray digest =
        QCryptographicHash::hash(file.bytes, QCryptographicHash::Md5); // change detection only
    if (file.ok() && !knownDigest.isEmpty() && digest == knownDigest) {
        IndexedBriefing unchanged;
        unchanged.state = State::Unchanged;
        unchanged.path = path;
        unchanged.size = file.size;
        unchanged.modified = modified;
        unchanged.digest = digest;
        return unchanged;
    }

    IndexedBriefing result;
    const LoadResult loaded = file.ok() ? BriefingLoader::parse(file.bytes, path) : LoadResult{};
    if (loaded.ok()) {
        result = fromBriefing(*loaded.briefing, file.bytes);
    } else {
        result.state = now - modified < settleMs ? State::Pending : State::Invalid;
        if (!file.error.isEmpty()) {
            result.problem = file.error;
        } else if (file.tooLarge) {
            result.problem = BriefingLoader::tr("the file is larger than %1 MiB")
                                 .arg(BriefingLimits::maxFileBytes / (1024 * 1024));
        } else {
            for (const Diagnostic &diagnostic : loaded.diagnostics) {
                if (diagnostic.isError()) {
                    result.problem = u"%1:%2: %3"_s.arg(diagnostic.line)
                                         .arg(diagnostic.column)
                                         .arg(diagnostic.message);
                    break;
                }
            }
        }
    }
    result.path = path;
    result.size = size;
    result.modified = modified;
    result.digest = digest;
    return result;
}
