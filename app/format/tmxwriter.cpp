#include "format/tmxwriter.h"

#include "files/atomicfile.h"
#include "model/briefing.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace TmxWriter {

namespace {
// XML 1.0 allows tab, line feed, carriage return and U+0020 upwards, without lone
// surrogates or U+FFFE/U+FFFF; anything else becomes U+FFFD, so the file always parses.
QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF
                   || (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')) {
            safe += QChar(QChar::ReplacementCharacter);
        } else {
            safe += c;
        }
    }
    return safe;
}
} // namespace

QByteArray toTmx(const Briefing &briefing, const QString &toolVersion)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument(u"1.0"_s);
    xml.writeDTD(u"<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"_s);
    xml.writeStartElement(u"tmx"_s);
    xml.writeAttribute(u"version"_s, u"1.4"_s);
    const auto &languages = briefing.languages();
    xml.writeStartElement(u"header"_s);
    xml.writeAttribute(u"creationtool"_s, u"Bilateral"_s);
    xml.writeAttribute(u"creationtoolversion"_s, toolVersion);
    xml.writeAttribute(u"segtype"_s, u"sentence"_s);
    xml.writeAttribute(u"o-tmf"_s, u"Bilateral briefing"_s);
    xml.writeAttribute(u"adminlang"_s, u"en"_s);
    xml.writeAttribute(u"srclang"_s, languages[0]);
    xml.writeAttribute(u"datatype"_s, u"plaintext"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);
    for (const Passage &passage : briefing.passages()) {
        if (passage.text[0].trimmed().isEmpty() || passage.text[1].trimmed().isEmpty())
            continue; // a translation memory pairs texts; one language alone is no unit
        xml.writeStartElement(u"tu"_s);
        xml.writeAttribute(u"tuid"_s, xmlSafe(passage.id));
        if (passage.confidence) {
            xml.writeStartElement(u"prop"_s);
            xml.writeAttribute(u"type"_s, u"x-bilateral-confidence"_s);
            xml.writeCharacters(QString::number(*passage.confidence, 'f', 2));
            xml.writeEndElement();
        }
        for (std::size_t slot = 0; slot < 2; ++slot) {
            xml.writeStartElement(u"tuv"_s);
            xml.writeAttribute(u"xml:lang"_s, languages[slot]);
            xml.writeTextElement(u"seg"_s, xmlSafe(passage.text[slot]));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // tmx
    xml.writeEndDocument();
    return bytes;
}

QString save(const Briefing &briefing, const QString &path, const QString &toolVersion)
{
    return AtomicFile::write(path, toTmx(briefing, toolVersion), AtomicFile::Access::AsBefore);
}

} // namespace TmxWriter
