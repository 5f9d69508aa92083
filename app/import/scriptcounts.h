#pragma once

#include <QChar>
#include <QStringView>

// How many characters of a text are in each script that import tells languages apart by.
struct ScriptCounts
{
    qsizetype hangul = 0;
    qsizetype kana = 0; // hiragana and katakana
    qsizetype han = 0;
    qsizetype latin = 0; // Latin letters

    void add(QStringView text)
    {
        for (const QChar c : text) {
            switch (c.script()) {
            case QChar::Script_Hangul:
                ++hangul;
                break;
            case QChar::Script_Hiragana:
            case QChar::Script_Katakana:
                ++kana;
                break;
            case QChar::Script_Han:
                ++han;
                break;
            case QChar::Script_Latin:
                latin += c.isLetter() ? 1 : 0;
                break;
            default:
                break;
            }
        }
    }
};
