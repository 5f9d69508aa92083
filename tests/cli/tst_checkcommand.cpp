#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `bilateral` executable, as a user or a CI script would.
class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleFilePassesSilently();
    void everyMalformedFileFailsWithCompilerStyleLines();
    void unreadableFilesExitWithTwo_data();
    void unreadableFilesExitWithTwo();
    void warningsAloneDoNotFail();
    void checkNeedsNoDisplay();
    void versionAndHelpWork();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, const QProcessEnvironment &environment = {});
};

TestCheckCommand::Run TestCheckCommand::run(const QStringList &arguments,
                                            const QProcessEnvironment &environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BILATERAL_EXECUTABLE), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCheckCommand::sampleFilePassesSilently()
{
    const Run result = run({u"--check"_s,
                            QStringLiteral(BILATERAL_SOURCE_DIR)
                                + u"/resources/samples/2020-10-29-seoul-dg-talks.briefing"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString());
}

void TestCheckCommand::everyMalformedFileFailsWithCompilerStyleLines()
{
    const QDir dir(QStringLiteral(BILATERAL_TEST_DATA) + u"/malformed"_s);
    const QStringList files = dir.entryList({u"*.briefing"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    const QRegularExpression line(u"^(.+):(\\d+):(\\d+): (error|warning): .+$"_s);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        const Run result = run({u"--check"_s, path});
        if (file.startsWith(u"warning-"_s)) {
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.contains(u": warning: "_s), qPrintable(file));
            continue;
        }
        QVERIFY2(result.exitCode == 1, qPrintable(file + u": "_s + result.out + result.err));
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(!lines.isEmpty(), qPrintable(file));
        bool anyError = false;
        for (const QString &text : lines) {
            const QRegularExpressionMatch match = line.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(text));
            QCOMPARE(match.captured(1), path);
            anyError = anyError || match.captured(4) == u"error"_s;
        }
        QVERIFY2(anyError, qPrintable(file));
    }
}

void TestCheckCommand::unreadableFilesExitWithTwo_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a missing file") << u"/nonexistent/nothing.briefing"_s << u"does not exist"_s;
    QTest::newRow("a folder") << QStringLiteral(BILATERAL_TEST_DATA) << u"folder"_s;
}

void TestCheckCommand::unreadableFilesExitWithTwo()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const Run result = run({u"--check"_s, path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.startsWith(path + u": error: "_s), qPrintable(result.out));
    QVERIFY(result.out.contains(reason));
}

void TestCheckCommand::warningsAloneDoNotFail()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"extra.briefing"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"bilateral": 1, "title": {"ko": "가", "en": "A"}, "date": "2020-10-29",
  "passages": [{"id": "p1", "text": {"ko": "가", "en": "A"}}], "future": true})");
    file.close();
    const Run result = run({u"--check"_s, path});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(
        result.out,
        path
            + u":2:63: warning: future: unknown key \"future\" is ignored; expected one of: "
              "bilateral, languages, title, summary, date, source, sides, passages, issues, terms, reviews\n"_s);
}

void TestCheckCommand::checkNeedsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // would abort if a GUI were created
    const Run result = run({u"--check"_s,
                            QStringLiteral(BILATERAL_SOURCE_DIR)
                                + u"/resources/samples/2020-10-29-seoul-dg-talks.briefing"_s},
                           environment);
    QCOMPARE(result.exitCode, 0);
}

void TestCheckCommand::versionAndHelpWork()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(BILATERAL_VERSION)), qPrintable(version.out));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--check"_s));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
