#include "sidebar/stancepanel.h"

#include "document/briefingdocument.h"
#include "document/readingstate.h"
#include "model/stanceposition.h"
#include "widgets/focusframe.h"
#include "widgets/languagepreference.h"
#include "widgets/plaintext.h"
#include "widgets/sidestyle.h"
#include "widgets/stancesymbol.h"
#include "widgets/wrappedlabel.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Dynamic properties that mark the children the panel paints or lays out itself.
constexpr char swatchSideProperty[] = "swatchSide";
constexpr char symbolPositionProperty[] = "stancePosition";
constexpr char stanceBlockProperty[] = "stanceBlock";
constexpr char bodyIndentProperty[] = "bodyIndent";
constexpr char evidenceTextProperty[] = "evidenceText";
constexpr char passageIndexProperty[] = "passageIndex";
constexpr qsizetype snippetLength = 80;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(parent); // plain text: never guessed to be HTML
    label->setText(text);
    return label;
}

QFont scaledFont(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

// The palette's link colour, so the evidence reads as something to follow. Dark
// palettes often keep the default dark blue link: lighten (or darken) it until it reads
// on the window at 4.5:1.
QColor linkColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    QColor link = palette.color(QPalette::Link);
    const bool lighten = SideStyle::luminance(window) < 0.18f;
    QColor hsl = link.toHsl();
    for (int step = 0; step < 20 && SideStyle::contrast(link, window) < 4.5f; ++step) {
        const float lightness =
            std::clamp(hsl.lightnessF() + (lighten ? 0.04f : -0.04f), 0.0f, 1.0f);
        hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), lightness);
        link = hsl.toRgb();
    }
    return link;
}

void setLinkColor(QWidget *button, const QPalette &palette)
{
    QPalette own = button->palette();
    own.setColor(QPalette::ButtonText, linkColor(palette));
    button->setPalette(own);
}

// Does the interface language `preference` name the briefing language `tag`
// ("ko" matches "ko" and "ko-KR")?
bool names(const QString &preference, const QString &tag)
{
    return preference == tag || preference.startsWith(tag + u'-')
        || tag.startsWith(preference + u'-');
}
} // namespace

StancePanel::StancePanel(BriefingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_state(document->readingState())
    , m_languages(languagePreference(this))
    , m_scroll(new QScrollArea(this))
    , m_editButton(new QToolButton(this))
{
    m_editButton->setObjectName(u"editStancesButton"_s);
    m_editButton->setAutoRaise(true);
    m_editButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editButton->hide();
    connect(m_editButton, &QToolButton::clicked, this, &StancePanel::editRequested);
    setObjectName(u"stancePanel"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    FocusFrame::install(m_scroll);
    m_scroll->setWidgetResizable(true);
    // Everything inside wraps or elides to the width.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_editButton, 0, Qt::AlignRight);

    connect(m_state, &ReadingState::selectedIssueChanged, this, &StancePanel::refresh);
    connect(m_document, &BriefingDocument::changed, this, [this](const DocumentChange &change) {
        // A new selection comes with its own signal; here, edits to what is shown.
        const int issue = m_state->selectedIssue();
        if (change.touches(DocumentChange::Sides))
            rebuild(); // the side blocks themselves change
        else if (issue >= 0
                 && (change.touches(DocumentChange::Passages)
                     || change.issues.changed.contains(issue)
                     || (issue >= change.issues.first
                         && issue < change.issues.first + change.issues.inserted)))
            refresh();
    });
    retranslateUi();
}

const Briefing &StancePanel::briefing() const
{
    return m_document->briefing();
}

int StancePanel::issue() const
{
    return m_state->selectedIssue();
}

void StancePanel::retranslateUi()
{
    m_scroll->setAccessibleName(tr("Positions of the sides"));
    m_editButton->setText(tr("Edit Issue and Stances…", "issue: a topic of the talks"));
    // Position labels, placeholders and button names are all translated text.
    rebuild();
}

void StancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LocaleChange) {
        m_languages = languagePreference(this);
        rebuild();
    } else if (event->type() == QEvent::FontChange)
        rebuild(); // the title's font is derived from the panel's
    else if (event->type() == QEvent::PaletteChange)
        updateLinkColors();
    QWidget::changeEvent(event);
}

void StancePanel::discardContent()
{
    if (QWidget *old = m_scroll->takeWidget()) {
        // Deferred: this may run inside a click on one of the old buttons.
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    m_issueContent = nullptr;
    m_title = nullptr;
    m_blocks.clear();
}

void StancePanel::rebuild()
{
    discardContent();
    refresh();
}

// Selecting another issue fills the widgets already there: building the side blocks again
// costs several milliseconds, which a reader stepping through the issue list feels.
void StancePanel::refresh()
{
    const int issue = m_state->selectedIssue();
    m_editButton->setVisible(issue >= 0);
    if (issue < 0) {
        if (m_issueContent || !m_scroll->widget()) {
            discardContent();
            m_scroll->setWidget(createPlaceholder());
        }
        return;
    }
    if (!m_issueContent) {
        discardContent();
        m_issueContent = createIssueContent();
        m_scroll->setWidget(m_issueContent);
    }
    if (issue != m_shownIssue)
        m_scroll->verticalScrollBar()->setValue(0);
    m_shownIssue = issue;
    const Issue &entry = briefing().issues().at(issue);
    const QString titleText = entry.title.preferred(m_languages);
    m_title->setText(titleText.isEmpty() ? entry.id : titleText);
    for (int side = 0; side < m_blocks.size(); ++side)
        fillSideBlock(m_blocks[side], entry.stanceOf(side));
    orderTabStops();
}

void StancePanel::orderTabStops()
{
    // Evidence buttons made after the window was built join the focus chain at its end,
    // after the texts; Tab should reach them here, side by side, between the panel and its
    // Edit button (issue 19).
    QWidget *previous = m_scroll;
    for (const SideBlock &block : std::as_const(m_blocks)) {
        for (QToolButton *button : block.evidence) {
            setTabOrder(previous, button);
            previous = button;
        }
    }
    setTabOrder(previous, m_editButton);
}

QWidget *StancePanel::createPlaceholder()
{
    m_shownIssue = -1;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    QLabel *label = plainLabel(tr("Select an issue to see where each side stands."), content);
    label->setObjectName(u"stancePlaceholder"_s);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    layout->addStretch(1);
    return content;
}

QWidget *StancePanel::createIssueContent()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(14);
    m_title = plainLabel(QString(), content);
    m_title->setObjectName(u"issueTitle"_s);
    m_title->setFont(scaledFont(font(), 1.25, QFont::Bold));
    layout->addWidget(m_title);
    if (briefing().sides().isEmpty()) {
        QLabel *hint = plainLabel(tr("This briefing has no sides yet. Add them with Edit › "
                                     "Sides… to record where each one stands."),
                                  content);
        hint->setObjectName(u"noSidesHint"_s);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
    }
    for (int side = 0; side < briefing().sides().size(); ++side) {
        m_blocks.append(createSideBlock(side, content));
        layout->addWidget(m_blocks.constLast().block);
    }
    layout->addStretch(1);
    return content;
}

StancePanel::SideBlock StancePanel::createSideBlock(int side, QWidget *parent)
{
    const Side &entry = briefing().sides().at(side);
    SideBlock widgets;
    auto *block = new QWidget(parent);
    widgets.block = block;
    block->setObjectName(u"stance-"_s + entry.id);
    block->setProperty(stanceBlockProperty, true);
    block->installEventFilter(this);
    auto *layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    auto *swatch = new QWidget(block);
    const int swatchSize = fontMetrics().height() * 3 / 4;
    swatch->setFixedSize(swatchSize, swatchSize);
    swatch->setProperty(swatchSideProperty, side);
    swatch->installEventFilter(this);
    const QString name = entry.name.preferred(m_languages);
    QLabel *nameLabel = plainLabel(name.isEmpty() ? entry.id : name, block);
    nameLabel->setFont(scaledFont(font(), 1.0, QFont::Bold));
    header->addWidget(swatch, 0, Qt::AlignVCenter);
    header->addWidget(nameLabel, 1);
    layout->addLayout(header);
    // The position, summary and evidence line up under the side's name, not its swatch.
    widgets.body = new QVBoxLayout;
    const int indent = swatchSize + header->spacing();
    widgets.body->setContentsMargins(indent, 0, 0, 0);
    widgets.body->setSpacing(layout->spacing());
    block->setProperty(bodyIndentProperty, indent);
    layout->addLayout(widgets.body);

    // The position's symbol is drawn, as on the issue list's badges, so that both look alike
    // whatever fonts the machine has; the label next to it carries the words.
    auto *positionRow = new QHBoxLayout;
    positionRow->setSpacing(4);
    widgets.position = plainLabel(QString(), block);
    widgets.position->setObjectName(u"position-"_s + entry.id);
    widgets.position->setFont(scaledFont(font(), 1.0, QFont::DemiBold));
    widgets.symbol = new QWidget(block);
    widgets.symbol->setObjectName(u"symbol-"_s + entry.id);
    const int symbolSize = QFontMetrics(widgets.position->font()).capHeight() + 2;
    widgets.symbol->setFixedSize(symbolSize, symbolSize);
    widgets.symbol->installEventFilter(this);
    positionRow->addWidget(widgets.symbol, 0, Qt::AlignVCenter);
    positionRow->addWidget(widgets.position, 1);
    widgets.body->addLayout(positionRow);
    widgets.summary = plainLabel(QString(), block);
    widgets.summary->setObjectName(u"summary-"_s + entry.id);
    widgets.body->addWidget(widgets.summary);
    return widgets;
}

void StancePanel::fillSideBlock(SideBlock &widgets, const Stance *stance)
{
    const StancePosition position = stance ? stance->position : StancePosition::None;
    widgets.position->setText(StancePositions::label(position));
    const QPalette::ColorRole role = stance ? QPalette::WindowText : QPalette::PlaceholderText;
    widgets.position->setForegroundRole(role);
    widgets.symbol->setForegroundRole(role);
    widgets.symbol->setProperty(symbolPositionProperty, int(position));
    widgets.symbol->update();

    const QString summary = stance ? stance->summary.preferred(m_languages) : QString();
    widgets.summary->setText(summary);
    widgets.summary->setVisible(!summary.isEmpty());

    const QList<int> evidence = stance ? stance->evidence : QList<int>();
    while (widgets.evidence.size() > evidence.size()) {
        QToolButton *spare = widgets.evidence.takeLast();
        spare->hide();
        spare->setParent(nullptr); // out of findChildren() at once; may be the one clicked
        spare->deleteLater();
    }
    while (widgets.evidence.size() < evidence.size()) {
        widgets.evidence.append(createEvidenceButton(widgets.block));
        widgets.body->addWidget(widgets.evidence.constLast(), 0, Qt::AlignLeft);
    }
    const QString side = stance && stance->side >= 0 && stance->side < briefing().sides().size()
        ? briefing().sides().at(stance->side).name.preferred(m_languages)
        : QString();
    for (qsizetype at = 0; at < evidence.size(); ++at)
        showEvidence(widgets.evidence.at(at), evidence.at(at), side);
    // A block not yet shown elides when its first resize gives it a width.
    if (widgets.block->isVisible())
        elideEvidence(widgets.block);
}

QToolButton *StancePanel::createEvidenceButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    setLinkColor(button, palette());
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setCursor(Qt::PointingHandCursor);
    // The width follows the panel (the text elides), never the other way round.
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    connect(button, &QToolButton::clicked, this, [this, button] {
        m_state->revealPassage(button->property(passageIndexProperty).toInt());
    });
    return button;
}

void StancePanel::showEvidence(QToolButton *button, int passage, const QString &side)
{
    const QString text = passageText(passage).simplified();
    QString snippet = text;
    if (text.size() > snippetLength) {
        // Never cut a surrogate pair (CJK extension B, emoji) in half.
        qsizetype cut = snippetLength - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        snippet = text.left(cut).trimmed() + u'\u2026';
    }
    // Passage numbers are labels, not quantities: no digit grouping.
    const QString number = QString::number(passage + 1);
    button->setObjectName(u"evidence-"_s + QString::number(passage));
    button->setProperty(passageIndexProperty, passage);
    const QString label = tr("\u00b6 %1  %2", "evidence: pilcrow, passage number, its first words")
                              .arg(number, snippet);
    button->setProperty(evidenceTextProperty, label);
    // '&' in document text would otherwise become a mnemonic.
    button->setText(PlainText::withoutMnemonic(label));
    // Tab comes to the button on its own: a screen reader does not read the side's name
    // above it, so the name says whose evidence it is.
    button->setAccessibleName(side.isEmpty() ? tr("Passage %1: %2").arg(number, snippet)
                                             : tr("Evidence of %1's position, passage %2: %3",
                                                  "side name; passage number; its first words")
                                                   .arg(side, number, snippet));

    // The full passage, in both languages when it has both; escaped inside explicit HTML
    // so that the tool tip decodes the escapes instead of guessing the format.
    QStringList full{text};
    const Passage &entry = briefing().passages().at(passage);
    for (const QString &other : entry.text) {
        if (!other.isEmpty() && other.simplified() != text)
            full.append(other.simplified());
    }
    QString tip;
    for (const QString &paragraph : std::as_const(full))
        tip += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    button->setToolTip(tip);
    // Qt falls back to the tool tip for the accessible description, markup and all, and
    // AT-SPI descriptions are plain text: a screen reader would read out "<p>".
    button->setAccessibleDescription(full.join(u'\n'));
}

// The interface language when it is one of the briefing's two, else the second one
// (English in the usual ko/en briefing); the other when that one is empty.
QString StancePanel::passageText(int passage) const
{
    const auto &languages = briefing().languages();
    std::size_t chosen = 1;
    for (const QString &preference : m_languages) {
        if (names(preference, languages[0])) {
            chosen = 0;
            break;
        }
        if (names(preference, languages[1]))
            break;
    }
    const Passage &entry = briefing().passages().at(passage);
    const QString &text = entry.text[chosen];
    return text.trimmed().isEmpty() ? entry.text[1 - chosen] : text;
}

void StancePanel::elideEvidence(QWidget *block)
{
    const QMargins margins = block->layout()->contentsMargins();
    const int available = block->contentsRect().width() - margins.left() - margins.right()
        - block->property(bodyIndentProperty).toInt();
    const auto buttons = block->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        const QString full = button->property(evidenceTextProperty).toString();
        const QFontMetrics metrics = button->fontMetrics();
        const int chrome =
            button->sizeHint().width() - metrics.size(Qt::TextShowMnemonic, button->text()).width();
        const QString shown = metrics.elidedText(full, Qt::ElideRight, available - chrome);
        button->setText(PlainText::withoutMnemonic(shown));
    }
}

void StancePanel::updateLinkColors()
{
    const auto buttons = findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->property(passageIndexProperty).isValid())
            setLinkColor(button, palette());
    }
}

void StancePanel::paintSwatch(QWidget *swatch)
{
    const int side = swatch->property(swatchSideProperty).toInt();
    if (side < 0 || side >= briefing().sides().size())
        return;
    const QPalette &palette = swatch->palette();
    const QColor color = briefing().sides().at(side).color;
    QPainter painter(swatch);
    const QRect square = swatch->rect().adjusted(0, 0, -1, -1);
    painter.fillRect(square, palette.color(QPalette::Base));
    painter.fillRect(square, SideStyle::markerBrush(side, color, palette));
    painter.setPen(SideStyle::markerColor(color, palette));
    painter.drawRect(square);
}

bool StancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *widget = qobject_cast<QWidget *>(watched)) {
        if (event->type() == QEvent::Paint && widget->property(swatchSideProperty).isValid()) {
            paintSwatch(widget);
            return true;
        }
        if (event->type() == QEvent::Paint && widget->property(symbolPositionProperty).isValid()) {
            QPainter painter(widget);
            StanceSymbol::paint(
                painter, widget->rect(),
                static_cast<StancePosition>(widget->property(symbolPositionProperty).toInt()),
                widget->palette().color(widget->foregroundRole()));
            return true;
        }
        if (event->type() == QEvent::Resize && widget->property(stanceBlockProperty).toBool())
            elideEvidence(widget);
    }
    return QWidget::eventFilter(watched, event);
}
