#pragma once

#include <QWidget>

class BriefingDocument;
class PassageShapes;

// The strip left of a pane's text where the selected issue's passages are marked with bars:
// a thin neutral bar for a relevant passage, a side's patterned bar for its evidence, every
// side whose evidence touches a line in a column of its own.
class PassageGutter final : public QWidget
{
public:
    static constexpr int width = 18;

    PassageGutter(QWidget *parent, const PassageShapes *pane, BriefingDocument *document);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void paintMargin(QPainter &painter);

    const PassageShapes *m_view;
    BriefingDocument *m_document;
};
