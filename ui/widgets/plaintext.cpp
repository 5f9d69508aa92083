#include "widgets/plaintext.h"

#include <QLabel>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace PlainText {

void makePlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    // The label QMessageBox makes for the informative text, once there is one.
    if (auto *label = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s))
        label->setTextFormat(Qt::PlainText);
}

void setInformativeText(QMessageBox *box, const QString &text)
{
    box->setInformativeText(text);
    makePlain(box);
}

QString toolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString withoutMnemonic(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

} // namespace PlainText
