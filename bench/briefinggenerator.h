#pragma once

#include <QByteArray>

// Deterministic synthetic briefings for the benchmark and for scale tests: realistic
// lengths of Korean and English passages, paragraphs of 2–5 passages, issues whose
// passages are spread over the whole text, and a stance per side on most issues.
struct GeneratorOptions
{
    int passages = 1000;
    int issues = 20;
    int sides = 3;
    int passagesPerIssue = 12; // relevant passages, of which about a third are evidence
    int summaryWords = 10; // about this many words in each stance summary
    quint32 seed = 20201029;
};

QByteArray generateBriefing(const GeneratorOptions &options);
