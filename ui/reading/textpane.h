#pragma once

#include <QWidget>

class BriefingDocument;
class MarkerStrip;
class PassageView;
class RowGeometry;
class QLabel;

// One language of the open briefing: a header naming the language in itself ("한국어",
// "English"), the text, and the marker strip beside it.
class TextPane final : public QWidget
{
    Q_OBJECT

public:
    TextPane(BriefingDocument *document, int languageSlot, RowGeometry *rows,
             QWidget *parent = nullptr);

    PassageView *view() const { return m_view; }
    MarkerStrip *markerStrip() const { return m_strip; }
    QLabel *headerLabel() const { return m_header; }
    // The language tag shown here ("ko").
    QString language() const { return m_language; }
    // Stacked rows: the pane shows both languages and its header names both.
    void setStacked(bool stacked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followLanguage();
    void retranslateUi();

    BriefingDocument *m_document;
    int m_slot;
    QLabel *m_header;
    PassageView *m_view;
    MarkerStrip *m_strip;
    QString m_language;
    bool m_stacked = false;
};
