#include "document/briefingdocument.h"
#include "document/briefingedits.h"
#include "document/documentfilewatcher.h"
#include "document/readingstate.h"
#include "format/briefingloader.h"
#include "format/samplebriefing.h"
#include "model/passagetext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QUndoStack>
#include <fcntl.h>
#include <sys/stat.h>
#include <utime.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DocumentChange)

using Edit = std::function<BriefingData(const BriefingData &)>;
Q_DECLARE_METATYPE(Edit)

// The open briefing and the reader's place in it: every change undoable, reported with what
// it touched, and the reader kept on the passage and issue they work on.
class TestBriefingDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openingReplacesEverythingAndEndsTheHistory();
    void changesSayWhatTheyTouched_data();
    void changesSayWhatTheyTouched();
    void editsUndoAndRedoThroughOnePath();
    void anEditThatChangesNothingIsNotRecorded();
    void savingWritesTheFileAndItsDigest();
    void aFailedSaveKeepsTheChanges();
    void diskStateTellsWhatAnotherProgramDid_data();
    void diskStateTellsWhatAnotherProgramDid();
    void theWatcherReportsOthersWritesButNotOurOwn();
    void reloadKeepsTheReadersPlace();
    void recoveryCopyIsWrittenWhileModified();
    void theReaderStaysOnTheirPassage_data();
    void theReaderStaysOnTheirPassage();
    void theSelectedIssueFollowsItsId();
    void stateIsUpToDateBeforeViewsHearOfTheChange();
    void findCoversBothLanguagesAndFollowsEdits();
    void steppingThroughAnIssueWrapsAndSaysSo();
    void targetPassagesAreTheSelectionElseTheCurrentOne();

private:
    Briefing m_sample;
};

void TestBriefingDocument::initTestCase()
{
    qRegisterMetaType<DocumentChange>();
    m_sample = *BriefingLoader::loadFile(SampleBriefing::resourcePath()).briefing;
}

void TestBriefingDocument::openingReplacesEverythingAndEndsTheHistory()
{
    BriefingDocument document;
    QSignalSpy changed(&document, &BriefingDocument::changed);
    document.open(m_sample, DocumentLocation::fromPath(SampleBriefing::resourcePath()), u"abc"_s);
    QCOMPARE(changed.count(), 1);
    const auto change = changed.takeFirst().first().value<DocumentChange>();
    QCOMPARE(change.cause, DocumentChange::Cause::Opened);
    QVERIFY(change.touches(DocumentChange::Passages) && change.touches(DocumentChange::Issues)
            && change.touches(DocumentChange::Sides) && change.touches(DocumentChange::Properties));
    QCOMPARE(change.passages.inserted, int(m_sample.passages().size()));
    QVERIFY(document.location().isBuiltIn());
    QVERIFY(!document.isModified());
    QCOMPARE(document.sourceDigest(), u"abc"_s);

    // An edit, then another briefing: the history of the first ends there.
    document.apply(u"Title"_s, BriefingEdits::setTitle(m_sample.data(), {{u"en"_s, u"T"_s}}));
    QVERIFY(document.undoStack()->canUndo());
    document.open(m_sample, DocumentLocation(), {}, true);
    QVERIFY(!document.undoStack()->canUndo());
    QVERIFY(document.isModified()); // a new briefing not saved anywhere yet
    QVERIFY(document.location().isUnsaved());
    QVERIFY(document.sourceDigest().isEmpty());
}

void TestBriefingDocument::changesSayWhatTheyTouched_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("firstPassage");
    QTest::addColumn<int>("passagesRemoved");
    QTest::addColumn<int>("passagesInserted");
    QTest::addColumn<QList<int>>("changedPassages");
    using namespace BriefingEdits;
    const int passagesAndIssues = DocumentChange::Passages | DocumentChange::Issues;
    QTest::newRow("merging passages 6 and 7: 7 is gone, 6 changed, issues renumbered")
        << Edit([](const auto &d) { return mergeWithNext(d, 5); }) << passagesAndIssues << 6 << 1
        << 0 << QList<int>{5};
    QTest::newRow("splitting passage 9: one passage inserted after it")
        << Edit([](const auto &d) { return splitPassage(d, 8, 1, 6); }) << passagesAndIssues << 9
        << 0 << 1 << QList<int>{8};
    QTest::newRow("tagging a passage: the issues only")
        << Edit([](const auto &d) { return addPassagesToIssue(d, 0, {20}); })
        << int(DocumentChange::Issues) << 0 << 0 << 0 << QList<int>{};
    QTest::newRow("renaming a side: the sides only") << Edit([](const auto &d) {
        return renameSide(d, 0, {{u"en"_s, u"ROK"_s}});
    }) << int(DocumentChange::Sides) << 0 << 0 << 0 << QList<int>{};
    QTest::newRow("a new bottom line: the properties only") << Edit([](const auto &d) {
        return setSummary(d, {{u"en"_s, u"New."_s}});
    }) << int(DocumentChange::Properties) << 0 << 0 << 0 << QList<int>{};
}

void TestBriefingDocument::changesSayWhatTheyTouched()
{
    QFETCH(Edit, edit);
    QFETCH(int, parts);
    BriefingDocument document;
    document.open(m_sample, DocumentLocation::fromPath(u"/tmp/x.briefing"_s));
    QSignalSpy changed(&document, &BriefingDocument::changed);
    QVERIFY(document.apply(u"Edit"_s, edit(m_sample.data())));
    QCOMPARE(changed.count(), 1);
    const auto change = changed.takeFirst().first().value<DocumentChange>();
    QCOMPARE(change.cause, DocumentChange::Cause::Edited);
    QCOMPARE(int(change.parts), parts);
    QCOMPARE(change.before, m_sample);
    if (change.touches(DocumentChange::Passages)) {
        QTEST(change.passages.first, "firstPassage");
        QTEST(change.passages.removed, "passagesRemoved");
        QTEST(change.passages.inserted, "passagesInserted");
        QTEST(change.passages.changed, "changedPassages");
    }
    // The undo reports the same stretch the other way round.
    document.undoStack()->undo();
    const auto undone = changed.takeFirst().first().value<DocumentChange>();
    QCOMPARE(undone.cause, DocumentChange::Cause::Undone);
    QCOMPARE(int(undone.parts), parts);
    QCOMPARE(undone.passages.removed, change.passages.inserted);
    QCOMPARE(undone.passages.inserted, change.passages.removed);
    QCOMPARE(document.briefing(), m_sample);
}

void TestBriefingDocument::editsUndoAndRedoThroughOnePath()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation::fromPath(u"/tmp/x.briefing"_s), u"d"_s);
    QSignalSpy modified(&document, &BriefingDocument::modifiedChanged);
    QSignalSpy changed(&document, &BriefingDocument::changed);
    const BriefingData merged = BriefingEdits::mergeWithNext(m_sample.data(), 0);
    QVERIFY(document.apply(u"Merge"_s, merged));
    QCOMPARE(document.briefing().data(), merged);
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(document.sourceDigest().isEmpty()); // no longer the file's content
    QCOMPARE(document.undoStack()->undoText(), u"Merge"_s);

    document.undoStack()->undo();
    QCOMPARE(document.briefing(), m_sample);
    QVERIFY(!document.isModified());
    QCOMPARE(document.sourceDigest(), u"d"_s);
    document.undoStack()->redo();
    QCOMPARE(document.briefing().data(), merged);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(2).first().value<DocumentChange>().cause, DocumentChange::Cause::Redone);
}

void TestBriefingDocument::anEditThatChangesNothingIsNotRecorded()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    QSignalSpy changed(&document, &BriefingDocument::changed);
    // Merging the last passage has nothing to merge with.
    QVERIFY(!document.apply(
        u"Merge"_s,
        BriefingEdits::mergeWithNext(m_sample.data(), int(m_sample.passages().size()) - 1)));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!document.undoStack()->canUndo());
}

namespace {
bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Opens `path` in `document` as File › Open does.
void openFromFile(BriefingDocument &document, const QString &path)
{
    const LoadResult loaded = BriefingLoader::loadFile(path);
    QVERIFY(loaded.ok());
    document.open(*loaded.briefing, DocumentLocation::fromPath(path), loaded.sha256);
}
} // namespace

void TestBriefingDocument::diskStateTellsWhatAnotherProgramDid_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("expected");
    using State = BriefingDocument::DiskState;
    QTest::newRow("nothing") << u"nothing"_s << int(State::Unchanged);
    QTest::newRow("touched, same bytes") << u"touch"_s << int(State::Unchanged);
    QTest::newRow("same bytes written anew") << u"rewrite"_s << int(State::Unchanged);
    QTest::newRow("written in place") << u"write"_s << int(State::Changed);
    QTest::newRow("replaced by a rename") << u"replace"_s << int(State::Changed);
    QTest::newRow("one byte, same size and time") << u"samesize"_s << int(State::Changed);
    QTest::newRow("removed") << u"remove"_s << int(State::Removed);
    QTest::newRow("a folder now") << u"folder"_s << int(State::Changed);
}

void TestBriefingDocument::diskStateTellsWhatAnotherProgramDid()
{
    QFETCH(QString, action);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.briefing"_s);
    BriefingDocument document;
    document.open(m_sample, DocumentLocation(), {}, true);
    QCOMPARE(document.diskState(), BriefingDocument::DiskState::Unknown); // no file yet
    QCOMPARE(document.saveAs(path), QString());
    QCOMPARE(document.diskState(), BriefingDocument::DiskState::Unchanged);
    const QByteArray ours = readBytes(path);
    QByteArray theirs = ours;
    theirs.replace("Seoul", "Tokyo");
    QVERIFY(theirs != ours);

    struct stat before
    {
    };
    QVERIFY(::stat(QFile::encodeName(path).constData(), &before) == 0);
    if (action == u"touch"_s) {
        QVERIFY(::utime(QFile::encodeName(path).constData(), nullptr) == 0);
    } else if (action == u"rewrite"_s) {
        QVERIFY(writeBytes(path, ours));
    } else if (action == u"write"_s) {
        QVERIFY(writeBytes(path, theirs));
    } else if (action == u"replace"_s) {
        QVERIFY(writeBytes(path + u".new"_s, theirs));
        QVERIFY(::rename(QFile::encodeName(path + u".new"_s).constData(),
                         QFile::encodeName(path).constData())
                == 0);
    } else if (action == u"samesize"_s) {
        // Same size, and the modification time put back: the change time still moves.
        QByteArray other = ours;
        other[other.size() / 2] = other[other.size() / 2] == 'a' ? 'b' : 'a';
        QVERIFY(writeBytes(path, other));
        const timespec times[2] = {before.st_atim, before.st_mtim};
        QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
    } else if (action == u"remove"_s) {
        QVERIFY(QFile::remove(path));
    } else if (action == u"folder"_s) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkdir(path));
    }
    QCOMPARE(int(document.diskState()), expected);
}

void TestBriefingDocument::theWatcherReportsOthersWritesButNotOurOwn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.briefing"_s);
    QVERIFY(writeBytes(path, readBytes(SampleBriefing::resourcePath())));
    BriefingDocument document;
    openFromFile(document, path);
    DocumentFileWatcher watcher(&document);
    watcher.setSettleTime(20);
    QSignalSpy reported(&watcher, &DocumentFileWatcher::changedOnDisk);

    // Our own saves, twice (the second one to the file our first save put in place).
    for (const QString &title : {u"One"_s, u"Two"_s}) {
        document.apply(u"Title"_s, BriefingEdits::setTitle(m_sample.data(), {{u"en"_s, title}}));
        QCOMPARE(document.save(), QString());
    }
    // Another program replaces the file, as careful programs save: reported once.
    QByteArray theirs = readBytes(SampleBriefing::resourcePath());
    theirs.replace("Seoul", "Tokyo");
    QVERIFY(writeBytes(path + u".tmp"_s, theirs));
    QVERIFY(::rename(QFile::encodeName(path + u".tmp"_s).constData(),
                     QFile::encodeName(path).constData())
            == 0);
    QVERIFY(reported.wait(5000));
    QCOMPARE(reported.count(), 1);
    QCOMPARE(reported.first().first().value<BriefingDocument::DiskState>(),
             BriefingDocument::DiskState::Changed);
    // The window reloads (their version is ours now); then they write again, in place: the
    // watch followed the new file, and the change is news again.
    const LoadResult reloaded = BriefingLoader::loadFile(path);
    document.reload(*reloaded.briefing, reloaded.sha256);
    theirs.replace("Tokyo", "Busan");
    reported.clear();
    QVERIFY(writeBytes(path, theirs));
    QVERIFY(reported.wait(5000));
    QCOMPARE(reported.first().first().value<BriefingDocument::DiskState>(),
             BriefingDocument::DiskState::Changed);
    // And removes it.
    reported.clear();
    QVERIFY(QFile::remove(path));
    QVERIFY(reported.wait(5000));
    QCOMPARE(reported.first().first().value<BriefingDocument::DiskState>(),
             BriefingDocument::DiskState::Removed);
}

void TestBriefingDocument::reloadKeepsTheReadersPlace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"talks.briefing"_s);
    QVERIFY(writeBytes(path, readBytes(SampleBriefing::resourcePath())));
    BriefingDocument document;
    openFromFile(document, path);
    ReadingState *state = document.readingState();
    state->selectIssue(1);
    state->setCurrentPassage(5);
    const QString issueId = m_sample.issues().at(1).id;
    const QString passageId = m_sample.passages().at(5).id;
    document.apply(u"Title"_s, BriefingEdits::setTitle(m_sample.data(), {{u"en"_s, u"Mine"_s}}));
    QVERIFY(document.isModified());

    // Their version merged the first two passages: the reader's passage is now one up.
    const Briefing fresh(BriefingEdits::mergeWithNext(m_sample.data(), 0));
    QSignalSpy modified(&document, &BriefingDocument::modifiedChanged);
    document.reload(fresh, u"digest"_s);
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 1);
    QVERIFY(!document.undoStack()->canUndo());
    QCOMPARE(document.briefing(), fresh);
    QCOMPARE(state->selectedIssue(), fresh.issueIndex(issueId));
    QCOMPARE(state->currentPassage(), 4);
    QCOMPARE(fresh.passages().at(state->currentPassage()).id, passageId);
}

void TestBriefingDocument::savingWritesTheFileAndItsDigest()
{
    QTemporaryDir dir;
    BriefingDocument document;
    document.open(m_sample, DocumentLocation(), {}, true);
    QVERIFY(document.isModified());
    QVERIFY(!document.save().isEmpty()); // nowhere to save to yet
    QSignalSpy modified(&document, &BriefingDocument::modifiedChanged);
    QSignalSpy moved(&document, &BriefingDocument::locationChanged);
    const QString path = dir.filePath(u"talks.briefing"_s);
    QCOMPARE(document.saveAs(path), QString());
    QVERIFY(!document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(moved.count(), 1);
    QVERIFY(document.location().isFile());
    QCOMPARE(document.location().path(), path);
    QCOMPARE(document.location().fileName(), u"talks.briefing"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(
        document.sourceDigest(),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(*BriefingLoader::parse(bytes, path).briefing, m_sample);

    // An edit, then Save: the same file, the new digest.
    document.apply(u"Title"_s, BriefingEdits::setTitle(m_sample.data(), {{u"en"_s, u"New"_s}}));
    QCOMPARE(document.save(), QString());
    QVERIFY(!document.isModified());
    QCOMPARE(BriefingLoader::loadFile(path).briefing->title().text(u"en"), u"New"_s);
    QCOMPARE(document.sourceDigest(), BriefingLoader::loadFile(path).sha256);
}

void TestBriefingDocument::aFailedSaveKeepsTheChanges()
{
    QTemporaryDir dir;
    BriefingDocument document;
    document.open(m_sample, DocumentLocation::fromPath(dir.filePath(u"a.briefing"_s)));
    document.apply(u"Title"_s, BriefingEdits::setTitle(m_sample.data(), {{u"en"_s, u"New"_s}}));
    const QString error = document.saveAs(dir.filePath(u"no/such/folder/b.briefing"_s));
    QVERIFY(!error.isEmpty());
    QVERIFY(document.isModified());
    QCOMPARE(document.location().path(), dir.filePath(u"a.briefing"_s));
}

void TestBriefingDocument::recoveryCopyIsWrittenWhileModified()
{
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    BriefingDocument document;
    document.setRecoveryInterval(20);
    document.open(m_sample, DocumentLocation::fromPath(u"/tmp/original.briefing"_s));
    document.writeRecoveryCopy(); // nothing to protect yet
    QVERIFY(!QFile::exists(document.recoveryCopyPath()));
    document.apply(u"Title"_s, BriefingEdits::setTitle(m_sample.data(), {{u"en"_s, u"R"_s}}));
    QTRY_VERIFY(QFile::exists(document.recoveryCopyPath()));
    QCOMPARE(BriefingLoader::loadFile(document.recoveryCopyPath()).briefing->title().text(u"en"),
             u"R"_s);
    const QList<RecoveryStore::Copy> left = RecoveryStore::leftovers();
    QVERIFY(left.isEmpty()); // this process still runs: not a crash's leftover
    // Undone back to the file's content: nothing left to recover.
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QVERIFY(!QFile::exists(document.recoveryCopyPath()));
}

// What the reader worked on stays current through edits, undo and redo.
void TestBriefingDocument::theReaderStaysOnTheirPassage_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("current"); // id of the current passage before the edit
    QTest::addColumn<QString>("focus"); // the edit's focus ("" none)
    QTest::addColumn<QString>("afterEdit"); // id current after the edit
    using namespace BriefingEdits;
    QTest::newRow("merge: the merged passage")
        << Edit([](const auto &d) { return mergeWithNext(d, 11); }) << u"p12"_s << u"p12"_s
        << u"p12"_s;
    QTest::newRow("split: the first half")
        << Edit([](const auto &d) { return splitPassage(d, 11, 1, 4); }) << u"p12"_s << u"p12"_s
        << u"p12"_s;
    QTest::newRow("an edit elsewhere: the same passage, at its new index")
        << Edit([](const auto &d) { return mergeWithNext(d, 0); }) << u"p12"_s << QString()
        << u"p12"_s;
    QTest::newRow("the current passage merged away, no focus: the one it went into")
        << Edit([](const auto &d) { return mergeWithNext(d, 10); }) << u"p12"_s << QString()
        << u"p11"_s;
}

void TestBriefingDocument::theReaderStaysOnTheirPassage()
{
    QFETCH(Edit, edit);
    QFETCH(QString, current);
    QFETCH(QString, focus);
    QFETCH(QString, afterEdit);
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    ReadingState *state = document.readingState();
    state->setCurrentPassage(m_sample.passageIndex(current), {1, 7});
    DocumentFocus after;
    if (!focus.isEmpty())
        after.passageId = focus;
    QVERIFY(document.apply(u"Edit"_s, edit(m_sample.data()), after));
    QCOMPARE(document.briefing().passages().at(state->currentPassage()).id, afterEdit);
    // Undo: back on the passage and at the caret the reader had.
    document.undoStack()->undo();
    QCOMPARE(state->currentPassage(), m_sample.passageIndex(current));
    QCOMPARE(state->caret(), (PassageCaret{1, 7}));
    document.undoStack()->redo();
    QCOMPARE(document.briefing().passages().at(state->currentPassage()).id, afterEdit);
}

void TestBriefingDocument::theSelectedIssueFollowsItsId()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    ReadingState *state = document.readingState();
    const int fukushima = m_sample.issueIndex(u"fukushima-water"_s);
    state->selectIssue(fukushima);
    QSignalSpy selected(state, &ReadingState::selectedIssueChanged);
    // Removing an earlier issue moves it up one place: still selected.
    document.apply(u"Remove"_s, BriefingEdits::removeIssue(m_sample.data(), 0));
    QCOMPARE(state->selectedIssue(), fukushima - 1);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(state->highlight().passages(),
             document.briefing().issues().at(fukushima - 1).relevantPassages);
    // Removing it: nothing selected.
    document.apply(u"Remove"_s,
                   BriefingEdits::removeIssue(document.briefing().data(), fukushima - 1));
    QCOMPARE(state->selectedIssue(), -1);
    QVERIFY(state->highlight().isEmpty());
    // Undone: selected again, the way the reader left it.
    document.undoStack()->undo();
    QCOMPARE(document.briefing().issues().at(state->selectedIssue()).id, u"fukushima-water"_s);
    // An edit that names an issue selects it.
    DocumentFocus focus;
    focus.issueId = u"visas"_s;
    document.apply(u"New"_s,
                   BriefingEdits::addIssue(document.briefing().data(), {{u"en"_s, u"Visas"_s}}),
                   focus);
    QCOMPARE(document.briefing().issues().at(state->selectedIssue()).id, u"visas"_s);
    // Opening another briefing starts afresh.
    document.open(m_sample, DocumentLocation());
    QCOMPARE(state->selectedIssue(), -1);
    QCOMPARE(state->currentPassage(), -1);
}

// Views hear of the change with the state already following it, and of the state's own
// news only after every view has caught up with the change.
void TestBriefingDocument::stateIsUpToDateBeforeViewsHearOfTheChange()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    ReadingState *state = document.readingState();
    state->setCurrentPassage(m_sample.passageIndex(u"p12"_s));
    QStringList order;
    connect(&document, &BriefingDocument::changed, this, [&] {
        order.append(u"changed"_s);
        QCOMPARE(state->currentPassage(), m_sample.passageIndex(u"p12"_s) - 1);
    });
    connect(state, &ReadingState::currentPassageChanged, this,
            [&](int passage) { order.append(u"current %1"_s.arg(passage)); });
    document.apply(u"Merge"_s, BriefingEdits::mergeWithNext(m_sample.data(), 0));
    QCOMPARE(order, (QStringList{u"changed"_s, u"current 10"_s}));
}

void TestBriefingDocument::findCoversBothLanguagesAndFollowsEdits()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    ReadingState *state = document.readingState();
    QSignalSpy found(state, &ReadingState::findMatchesChanged);
    state->setFindText(u"다키자키"_s);
    QCOMPARE(found.count(), 1);
    QVERIFY(state->findMatches().size() >= 3);
    for (const ReadingState::FindMatch &match : state->findMatches()) {
        QCOMPARE(match.slot, 0);
        QCOMPARE(PassageText::shown(document.briefing().passages().at(match.passage).text[0])
                     .mid(match.offset, match.length),
                 u"다키자키"_s);
    }
    state->setFindText(u"TAKIZAKI"_s); // either case
    const QList<ReadingState::FindMatch> english = state->findMatches();
    QVERIFY(!english.isEmpty());
    QVERIFY(std::all_of(english.cbegin(), english.cend(),
                        [](const auto &match) { return match.slot == 1; }));
    QSignalSpy revealed(state, &ReadingState::revealRequested);
    state->stepFind(-1); // from nowhere backwards: the last one
    QCOMPARE(state->currentFindMatch(), english.size() - 1);
    QCOMPARE(state->currentPassage(), english.last().passage);
    state->stepFind(1); // past the end: the first
    QCOMPARE(state->currentFindMatch(), 0);
    QCOMPARE(revealed.count(), 2);
    // Merging the first match's passage away from its neighbour moves the matches.
    document.apply(u"Merge"_s, BriefingEdits::mergeWithNext(document.briefing().data(), 0));
    QCOMPARE(state->findMatches().size(), english.size());
    QCOMPARE(state->findMatches().first().passage, english.first().passage - 1);
}

void TestBriefingDocument::steppingThroughAnIssueWrapsAndSaysSo()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    ReadingState *state = document.readingState();
    QVERIFY(!state->stepHighlight(1)); // no issue selected
    const int issue = m_sample.issueIndex(u"north-korea"_s);
    state->selectIssue(issue);
    const QList<int> expected = m_sample.issues().at(issue).relevantPassages;
    QSignalSpy wrapped(state, &ReadingState::highlightWrapped);
    QList<int> visited;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY(state->stepHighlight(1));
        visited.append(state->currentPassage());
    }
    QCOMPARE(visited, expected);
    QCOMPARE(wrapped.count(), 0);
    state->stepHighlight(1);
    QCOMPARE(state->currentPassage(), expected.first());
    QCOMPARE(wrapped.count(), 1);
    QCOMPARE(wrapped.first().first().toInt(), 1);
    state->stepHighlight(-1);
    QCOMPARE(state->currentPassage(), expected.last());
    QCOMPARE(wrapped.count(), 2);
}

void TestBriefingDocument::targetPassagesAreTheSelectionElseTheCurrentOne()
{
    BriefingDocument document;
    document.open(m_sample, DocumentLocation());
    ReadingState *state = document.readingState();
    QVERIFY(state->targetPassages().isEmpty());
    state->setCurrentPassage(4);
    QCOMPARE(state->targetPassages(), QList<int>{4});
    state->setSelectedPassages(7, 5, 1);
    QCOMPARE(state->targetPassages(), (QList<int>{5, 6, 7}));
    // The selection follows its passages through an edit above it.
    document.apply(u"Merge"_s, BriefingEdits::mergeWithNext(m_sample.data(), 0));
    QCOMPARE(state->targetPassages(), (QList<int>{4, 5, 6}));
    state->clearSelectedPassages();
    QCOMPARE(state->targetPassages(), QList<int>{3});
}

QTEST_GUILESS_MAIN(TestBriefingDocument)
#include "tst_briefingdocument.moc"
