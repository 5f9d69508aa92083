#pragma once

#include <QWidget>

class Briefing;
class MarkerStrip;
class PassageView;
class QLabel;

// One language of the briefing: a header naming the language in itself ("한국어",
// "English"), the text, and the marker strip beside it.
class TextPane final : public QWidget
{
    Q_OBJECT

public:
    explicit TextPane(QWidget *parent = nullptr);

    void setBriefing(const Briefing &briefing, int languageSlot);
    PassageView *view() const { return m_view; }
    MarkerStrip *markerStrip() const { return m_strip; }
    QLabel *headerLabel() const { return m_header; }
    QString language() const { return m_language; }

    // "한국어" for "ko": each language named in itself.
    static QString nativeLanguageName(const QString &code);

private:
    QLabel *m_header;
    PassageView *m_view;
    MarkerStrip *m_strip;
    QString m_language;
};
