#pragma once

#include <QSize>
#include <QString>

class InterfaceLanguage;
class QTextStream;

struct ScreenshotRequest
{
    QString outputPath;
    QString briefingPath; // empty: the built-in sample
    QString issueId; // empty: no issue selected
    QSize size{1280, 800};
    bool darkPalette = false;
    QString rowLayout; // "paragraphs", "passages", "stacked"; empty: paragraphs
};

// `bilateral --screenshot OUT.png`: lays the main window out offscreen, renders it to a
// PNG and returns the exit code (0 written, 1 bad document or unknown issue, 2 cannot read
// the briefing or write OUT). Messages go to `err`.
int takeScreenshot(const ScreenshotRequest &request, InterfaceLanguage *language, QTextStream &err);
