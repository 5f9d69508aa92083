#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QtEndian>

// Real bilingual text that nobody here wrote: the message catalogues Debian installs, where
// each English message stands next to its translation by the package's translators. The
// tests read them where they are; nothing of them is copied into the project.
namespace RealText {

struct Pair
{
    QString english;
    QString translation;
};

// "/usr/share/locale/ko/LC_MESSAGES/coreutils.mo"
inline QString catalogue(const QString &language, const QString &domain)
{
    return QStringLiteral("/usr/share/locale/%1/LC_MESSAGES/%2.mo").arg(language, domain);
}

// The singular messages of a GNU gettext catalogue (.mo, little-endian as Debian builds
// them), without the header entry, contexts or plural forms. Empty when the file is missing
// or not a catalogue.
inline QList<Pair> gettextMessages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    const auto word = [&bytes](qsizetype offset) -> quint32 {
        if (offset < 0 || offset + 4 > bytes.size())
            return 0;
        return qFromLittleEndian<quint32>(bytes.constData() + offset);
    };
    if (word(0) != 0x950412deu)
        return {};
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    const auto string = [&](quint32 table, quint32 index) -> QByteArray {
        const quint32 length = word(table + 8 * index);
        const quint32 offset = word(table + 8 * index + 4);
        if (qsizetype(offset) + length > bytes.size())
            return {};
        return bytes.mid(offset, length);
    };
    QList<Pair> pairs;
    for (quint32 i = 0; i < count; ++i) {
        const QByteArray english = string(originals, i);
        const QByteArray translation = string(translations, i);
        if (english.isEmpty() || translation.isEmpty() || english.contains('\x04')
            || english.contains('\0') || translation.contains('\0'))
            continue;
        pairs.append({QString::fromUtf8(english), QString::fromUtf8(translation)});
    }
    return pairs;
}

} // namespace RealText
