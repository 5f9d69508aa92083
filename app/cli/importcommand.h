#pragma once

#include <QStringList>

class QTextStream;

namespace ImportCommand {
// `bilateral --import KO.txt EN.txt -o OUT.briefing`, or one file holding both languages.
// 0 written; 1 a text is undecodable or empty; 2 an input cannot be read or OUT written.
int run(const QStringList &inputs, const QString &output, QTextStream &err);
} // namespace ImportCommand
