#pragma once

#include <QMessageBox>
#include <QString>

// Document text and file names are untrusted: wherever Qt would guess "rich text" from a
// string that merely looks like markup (Qt::mightBeRichText()), they must show literally.
namespace PlainText {

// A message box whose text and informative text both show as written. QMessageBox::
// setTextFormat() covers only the main text: the informative text keeps Qt::AutoText
// (QMessageBox::setInformativeText(), qmessagebox.cpp, Qt 6.4), and the static
// QMessageBox::warning() and friends use Qt::AutoText for both. (The detailed text is
// always plain.) Create with `new` and open(), or on the stack and exec().
void makePlain(QMessageBox *box);
void setInformativeText(QMessageBox *box, const QString &text);

// A tool tip that shows `text` as written: Qt renders a tool tip as rich text when it merely
// looks like markup.
QString toolTip(const QString &text);

// A label for a button, menu entry or action: "&" shows as "&", not as a mnemonic.
QString withoutMnemonic(QString text);

} // namespace PlainText
