#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The shape of the code, checked on the sources themselves (docs/architecture.md): each
// folder of app/ and ui/ includes only the folders it builds on, so the core never reaches
// a widget and no two parts lean on each other; no unit (a class's .h and .cpp) includes
// one that includes it back; and no file grows into two jobs.
class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void foldersIncludeOnlyWhatTheyBuildOn_data();
    void foldersIncludeOnlyWhatTheyBuildOn();
    void everyFolderHasItsRule();
    void noUnitsIncludeEachOther();
    void filesStaySmall_data();
    void filesStaySmall();

private:
    struct Source
    {
        QString path; // relative to the project: "ui/window/mainwindow.cpp"
        QString folder; // "ui/window"; "main" for main.cpp
        QString unit; // "ui/window/mainwindow"
        QStringList includes; // the project headers it includes, as units
        int lines = 0;
    };
    QList<Source> m_sources;
    QHash<QString, QString> m_folderOf; // "window" -> "ui/window"
};

namespace {
// What each folder builds on: the layers of docs/architecture.md. The core (app/) knows
// nothing of ui/; only ui/window assembles the widget folders; main.cpp sits on top.
const QHash<QString, QStringList> &allowed()
{
    static const QHash<QString, QStringList> rules{
        {u"app/files"_s, {}},
        {u"app/model"_s, {}},
        {u"app/format"_s, {u"app/model"_s, u"app/files"_s}},
        {u"app/terms"_s, {u"app/model"_s, u"app/format"_s}},
        {u"app/review"_s, {u"app/model"_s, u"app/terms"_s}},
        {u"app/import"_s, {u"app/model"_s, u"app/files"_s}},
        {u"app/library"_s, {u"app/model"_s, u"app/files"_s, u"app/format"_s, u"app/terms"_s}},
        {u"app/i18n"_s, {}},
        {u"app/document"_s,
         {u"app/model"_s, u"app/files"_s, u"app/format"_s, u"app/import"_s, u"app/terms"_s,
          u"app/review"_s}},
        {u"app/brief"_s,
         {u"app/model"_s, u"app/i18n"_s, u"app/files"_s, u"app/terms"_s, u"app/library"_s}},
        {u"app/cli"_s,
         {u"app/model"_s, u"app/files"_s, u"app/format"_s, u"app/import"_s, u"app/i18n"_s,
          u"app/brief"_s, u"app/terms"_s, u"app/review"_s, u"app/library"_s}},
        {u"ui/widgets"_s, {u"app/model"_s}},
        {u"ui/reading"_s,
         {u"ui/widgets"_s, u"app/model"_s, u"app/document"_s, u"app/terms"_s, u"app/review"_s}},
        {u"ui/sidebar"_s,
         {u"ui/widgets"_s, u"app/model"_s, u"app/document"_s, u"app/terms"_s, u"app/review"_s}},
        {u"ui/editing"_s,
         {u"ui/widgets"_s, u"app/model"_s, u"app/document"_s, u"app/import"_s, u"app/terms"_s}},
        {u"ui/printing"_s, {u"ui/widgets"_s, u"app/model"_s, u"app/document"_s, u"app/brief"_s}},
        {u"ui/libraryviews"_s,
         {u"ui/widgets"_s, u"app/model"_s, u"app/format"_s, u"app/document"_s, u"app/library"_s,
          u"app/brief"_s}},
        {u"ui/window"_s,
         {u"ui/widgets"_s, u"ui/reading"_s, u"ui/sidebar"_s, u"ui/editing"_s, u"ui/printing"_s,
          u"ui/libraryviews"_s, u"app/library"_s, u"app/model"_s, u"app/files"_s, u"app/format"_s,
          u"app/import"_s, u"app/i18n"_s, u"app/document"_s, u"app/brief"_s, u"app/cli"_s,
          u"app/terms"_s, u"app/review"_s}},
        {u"main"_s, {u"app/cli"_s, u"app/i18n"_s, u"ui/window"_s}},
    };
    return rules;
}

constexpr int maxLines = 600;
constexpr int maxMainWindowLines = 500;
} // namespace

void TestArchitecture::initTestCase()
{
    const QDir root(QStringLiteral(BILATERAL_SOURCE_DIR));
    QStringList files{u"main.cpp"_s};
    for (const QString &top : {u"app"_s, u"ui"_s}) {
        QDirIterator it(root.filePath(top), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
    }
    for (const QString &file : std::as_const(files)) {
        if (file.count(u'/') >= 2)
            m_folderOf.insert(file.section(u'/', 1, 1), file.section(u'/', 0, 1));
    }
    static const QRegularExpression include(uR"(^\s*#\s*include\s+"([^"]+)\.h")"_s,
                                            QRegularExpression::MultilineOption);
    for (const QString &file : std::as_const(files)) {
        QFile text(root.filePath(file));
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(text.readAll());
        Source source;
        source.path = file;
        source.folder = file == u"main.cpp" ? u"main"_s : file.section(u'/', 0, 1);
        source.unit = file.chopped(file.size() - file.lastIndexOf(u'.'));
        source.lines = int(content.count(u'\n'));
        for (auto match = include.globalMatch(content); match.hasNext();) {
            const QString header = match.next().captured(1); // "document/readingstate"
            const QString folder = m_folderOf.value(header.section(u'/', 0, 0));
            if (!folder.isEmpty() && header.contains(u'/'))
                source.includes.append(folder + u'/' + header.section(u'/', 1));
        }
        m_sources.append(source);
    }
    QVERIFY(m_sources.size() > 100);
}

void TestArchitecture::foldersIncludeOnlyWhatTheyBuildOn_data()
{
    QTest::addColumn<QString>("folder");
    QStringList folders = allowed().keys();
    folders.sort();
    for (const QString &folder : std::as_const(folders))
        QTest::newRow(qPrintable(folder + u" builds only on its own layers"_s)) << folder;
}

void TestArchitecture::foldersIncludeOnlyWhatTheyBuildOn()
{
    QFETCH(QString, folder);
    const QStringList permitted = allowed().value(folder);
    int checked = 0;
    for (const Source &source : std::as_const(m_sources)) {
        if (source.folder != folder)
            continue;
        ++checked;
        for (const QString &unit : source.includes) {
            const QString target = unit.section(u'/', 0, 1);
            QVERIFY2(target == folder || permitted.contains(target),
                     qPrintable(source.path + u" includes "_s + unit + u".h, but "_s + folder
                                + u" does not build on "_s + target));
        }
    }
    QVERIFY2(checked > 0, qPrintable(u"no sources in "_s + folder));
}

void TestArchitecture::everyFolderHasItsRule()
{
    for (const Source &source : std::as_const(m_sources))
        QVERIFY2(allowed().contains(source.folder),
                 qPrintable(source.folder
                            + u" is new: give it a rule here and in "
                              u"docs/architecture.md"_s));
}

// A unit is a class's header and source. A → B → … → A means neither can change alone.
void TestArchitecture::noUnitsIncludeEachOther()
{
    QHash<QString, QSet<QString>> edges;
    for (const Source &source : std::as_const(m_sources)) {
        for (const QString &unit : source.includes) {
            if (unit != source.unit)
                edges[source.unit].insert(unit);
        }
    }
    // Depth-first search for a back edge.
    QHash<QString, int> state; // 0 unseen, 1 on the stack, 2 done
    QStringList stack;
    QString cycle;
    std::function<bool(const QString &)> visit = [&](const QString &unit) {
        state[unit] = 1;
        stack.append(unit);
        for (const QString &next : edges.value(unit)) {
            if (state.value(next) == 1) {
                cycle = stack.mid(stack.indexOf(next)).join(u" → "_s) + u" → "_s + next;
                return true;
            }
            if (state.value(next) == 0 && visit(next))
                return true;
        }
        stack.removeLast();
        state[unit] = 2;
        return false;
    };
    for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
        if (state.value(it.key()) == 0 && visit(it.key()))
            QFAIL(qPrintable(u"include cycle: "_s + cycle));
    }
}

void TestArchitecture::filesStaySmall_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("limit");
    for (const Source &source : std::as_const(m_sources)) {
        const int limit =
            source.path == u"ui/window/mainwindow.cpp"_s ? maxMainWindowLines : maxLines;
        QTest::newRow(qPrintable(source.path)) << source.path << source.lines << limit;
    }
}

void TestArchitecture::filesStaySmall()
{
    QFETCH(QString, path);
    QFETCH(int, lines);
    QFETCH(int, limit);
    QVERIFY2(lines <= limit,
             qPrintable(
                 u"%1 has %2 lines; more than %3 means it does two jobs"_s.arg(path).arg(lines).arg(
                     limit)));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
