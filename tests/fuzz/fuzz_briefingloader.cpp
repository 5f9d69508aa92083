#include "format/briefingloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

// libFuzzer entry point: any bytes must give a briefing or diagnostics, never a crash, a
// hang or a sanitizer finding; and the result must be consistent with itself.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    const LoadResult result = BriefingLoader::parse(bytes, u"fuzz.briefing"_s);
    if (result.ok() != result.briefing.has_value())
        std::abort();
    if (result.ok() && hasErrors(result.diagnostics))
        std::abort();
    if (!result.ok() && !hasErrors(result.diagnostics))
        std::abort();
    for (const Diagnostic &diagnostic : result.diagnostics) {
        // Positions stay inside the input (a position may sit just past its last byte).
        if (diagnostic.line < 1 || diagnostic.column < 1 || diagnostic.line > qsizetype(size) + 1)
            std::abort();
    }
    if (result.briefing) {
        const Briefing &briefing = *result.briefing;
        for (const Issue &issue : briefing.issues()) {
            for (int passage : issue.relevantPassages) {
                if (passage < 0 || passage >= briefing.passages().size())
                    std::abort();
            }
        }
    }
    return 0;
}
