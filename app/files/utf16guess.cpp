#include "files/utf16guess.h"

#include <algorithm>

QStringConverter::Encoding guessUtf16ByZeroBytes(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == 0 ? 1 : 0;
        oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    const int pairs = int(sample / 2);
    if (pairs == 0)
        return QStringConverter::System;
    if (oddZeros * 3 > pairs && evenZeros * 10 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 3 > pairs && oddZeros * 10 < pairs)
        return QStringConverter::Utf16BE;
    return QStringConverter::System;
}
