#include "reading/textpane.h"

#include "document/briefingdocument.h"
#include "model/languagenames.h"
#include "reading/markerstrip.h"
#include "reading/passageaccessible.h"
#include "reading/passageview.h"
#include "widgets/focusframe.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Noto CJK (package fonts-noto-cjk) has the right glyph shapes per language: the same Han
// code point differs between Korean and Japanese typography.
QStringList readingFamilies(const QString &language)
{
    if (language == u"ko"_s)
        return {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"NanumGothic"_s};
    if (language == u"ja"_s)
        return {u"Noto Sans CJK JP"_s, u"Noto Sans JP"_s};
    if (language.startsWith(u"zh"_s))
        return {u"Noto Sans CJK SC"_s};
    return {};
}
} // namespace

TextPane::TextPane(BriefingDocument *document, int languageSlot, RowGeometry *rows, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_slot(languageSlot)
    , m_header(new QLabel(this))
    , m_view(new PassageView(document, languageSlot, rows, this))
    , m_strip(new MarkerStrip(m_view, this))
{
    PassageAccessible::install();
    m_header->setTextFormat(Qt::PlainText);
    m_header->setObjectName(u"paneHeader"_s);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    // Both headers get the same height whatever font the language name falls back to
    // (Hangul and Kana come from a CJK font with taller metrics), so the panes line up.
    m_header->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_header->setFixedHeight(QFontMetrics(headerFont).lineSpacing() * 2);
    m_header->setContentsMargins(28, 0, 8, 0);
    m_header->setBackgroundRole(QPalette::Window);

    auto *textRow = new QHBoxLayout;
    textRow->setContentsMargins(0, 0, 0, 0);
    textRow->setSpacing(0);
    textRow->addWidget(m_view);
    textRow->addWidget(m_strip);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(textRow);

    connect(m_document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        if (change.touches(DocumentChange::Properties))
            followLanguage();
    });
    followLanguage();
}

void TextPane::setStacked(bool stacked)
{
    m_stacked = stacked;
    m_language.clear();
    followLanguage();
}

void TextPane::followLanguage()
{
    const auto &languages = m_document->briefing().languages();
    const QString language = languages[std::size_t(m_slot)];
    if (language == m_language)
        return;
    m_language = language;
    m_header->setText(m_stacked ? LanguageNames::nativeName(languages[0]) + u" · "_s
                              + LanguageNames::nativeName(languages[1])
                                : LanguageNames::nativeName(m_language));
    QFont font = m_view->font();
    const QStringList families = readingFamilies(m_language.section(u'-', 0, 0));
    if (!families.isEmpty())
        font.setFamilies(families);
    else
        font.setFamilies(QFontDatabase::systemFont(QFontDatabase::GeneralFont).families());
    m_view->setFont(font);
    m_view->setObjectName(u"passageView-"_s + m_language);
    FocusFrame::install(m_view);
    retranslateUi();
}

void TextPane::retranslateUi()
{
    // What a screen reader says on entering the pane: which language's text this is.
    m_view->setAccessibleName(tr("%1 text",
                                 "a text pane, for screen readers; %1: the "
                                 "language's own name, such as 한국어")
                                  .arg(m_header->text()));
    m_view->setAccessibleDescription(
        tr("The briefing's text, passage by passage, level with the other language's."));
}

void TextPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
