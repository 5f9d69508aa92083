#include "briefinggenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

// bilateral-generate --passages N --issues N [--sides N] OUT.briefing
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a deterministic synthetic briefing."_s);
    parser.addHelpOption();
    const QCommandLineOption passages(u"passages"_s, u"Number of passages."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption issues(u"issues"_s, u"Number of issues."_s, u"N"_s, u"20"_s);
    const QCommandLineOption sides(u"sides"_s, u"Number of sides."_s, u"N"_s, u"3"_s);
    parser.addOptions({passages, issues, sides});
    parser.addPositionalArgument(u"out"_s, u"Output file."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    GeneratorOptions options;
    options.passages = parser.value(passages).toInt();
    options.issues = parser.value(issues).toInt();
    options.sides = parser.value(sides).toInt();
    QFile out(parser.positionalArguments().first());
    if (!out.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << out.fileName() << ": " << out.errorString() << '\n';
        return 2;
    }
    out.write(generateBriefing(options));
    return 0;
}
