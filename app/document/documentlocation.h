#pragma once

#include <QString>

// Where the open briefing lives: a file on disk, a briefing built into the program (the
// sample, a Qt resource), or nowhere yet (made from text and not saved). The one place
// that knows what a resource path looks like.
class DocumentLocation final
{
public:
    enum class Kind { Unsaved, BuiltIn, File };

    // Unsaved.
    DocumentLocation() = default;
    // A file, made absolute; a path starting with ":" is a built-in briefing.
    static DocumentLocation fromPath(const QString &path);

    Kind kind() const { return m_kind; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isBuiltIn() const { return m_kind == Kind::BuiltIn; }
    bool isUnsaved() const { return m_kind == Kind::Unsaved; }

    // The absolute file path (File), the resource path (BuiltIn), or empty.
    const QString &path() const { return m_path; }
    // The file's name ("talks.briefing"), or empty when it is not a file.
    QString fileName() const;
    // For file dialogs: the file's folder, else the user's documents folder.
    QString folder() const;
    // A base for names derived from it ("talks" for talks.briefing), or `fallback`.
    QString baseName(const QString &fallback) const;

    friend bool operator==(const DocumentLocation &, const DocumentLocation &) = default;

private:
    Kind m_kind = Kind::Unsaved;
    QString m_path;
};
