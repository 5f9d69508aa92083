#pragma once

#include <QByteArrayView>
#include <QStringConverter>

// Whether bytes without a byte order mark look like UTF-16, by their zero bytes: mostly-ASCII
// UTF-16 has a zero in every other byte, and which half tells the byte order. Utf16LE or
// Utf16BE; QStringConverter::System for "not UTF-16 by this test" (Korean UTF-16 has too few
// zeros for it: TextImport looks at its Hangul as well). Looks at the first 4 KiB.
QStringConverter::Encoding guessUtf16ByZeroBytes(QByteArrayView bytes);
