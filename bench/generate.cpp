#include "briefinggenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

// bilateral-generate --passages N --issues N [--sides N] OUT.briefing
// bilateral-generate --shape warnings|references|languages [--passages N] [--issues N]
//                    [--languages N] OUT.briefing: one of the worst cases of issue 13
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a deterministic synthetic briefing."_s);
    parser.addHelpOption();
    const QCommandLineOption passages(u"passages"_s, u"Number of passages."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption issues(u"issues"_s, u"Number of issues."_s, u"N"_s, u"20"_s);
    const QCommandLineOption sides(u"sides"_s, u"Number of sides."_s, u"N"_s, u"3"_s);
    const QCommandLineOption shape(
        u"shape"_s,
        u"A worst case instead: warnings (one line, a warning per passage), references "
        "(every issue lists every passage) or languages (a title in many languages)."_s,
        u"name"_s);
    const QCommandLineOption languages(
        u"languages"_s, u"Languages of the title, for --shape languages."_s, u"N"_s, u"50000"_s);
    parser.addOptions({passages, issues, sides, shape, languages});
    parser.addPositionalArgument(u"out"_s, u"Output file."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    GeneratorOptions options;
    options.passages = parser.value(passages).toInt();
    options.issues = parser.value(issues).toInt();
    options.sides = parser.value(sides).toInt();
    QByteArray json;
    const QString shapeName = parser.value(shape);
    if (shapeName.isEmpty())
        json = generateBriefing(options);
    else if (shapeName == u"warnings")
        json = WorstCaseBriefings::warningsOnOneLine(options.passages);
    else if (shapeName == u"references")
        json = WorstCaseBriefings::issuesListingEveryPassage(options.passages, options.issues);
    else if (shapeName == u"languages")
        json = WorstCaseBriefings::titleInManyLanguages(parser.value(languages).toInt());
    else
        parser.showHelp(2);
    QFile out(parser.positionalArguments().first());
    if (!out.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << out.fileName() << ": " << out.errorString() << '\n';
        return 2;
    }
    out.write(json);
    return 0;
}
