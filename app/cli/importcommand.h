#pragma once

#include <QStringList>

class QTextStream;

namespace ImportCommand {
// `bilateral --import KO.txt EN.txt -o OUT.briefing`, or one file holding both languages;
// `languages` (from --text-languages) names the texts' languages instead of their scripts.
// Prints what it made (pairs, one-sided passages, pairs to check) to `err`.
// 0 written; 1 a text is undecodable or empty; 2 an input cannot be read or OUT written.
int run(const QStringList &inputs, const QString &output, const QStringList &languages,
        QTextStream &err);
} // namespace ImportCommand
