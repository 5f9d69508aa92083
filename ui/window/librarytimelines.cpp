#include "window/librarytimelines.h"

#include "document/briefingdocument.h"
#include "library/issuealiases.h"
#include "library/issuetimeline.h"
#include "library/libraryindex.h"
#include "libraryviews/libraryactions.h"
#include "libraryviews/libraryservice.h"

#include <QFileInfo>
#include <QPointer>

BriefPrinter::TimelineProvider libraryTimelineProvider(LibraryActions *actions,
                                                       const BriefingDocument *document)
{
    return [actions = QPointer<LibraryActions>(actions),
            document = QPointer<const BriefingDocument>(document)](
               const Briefing &briefing) -> QList<BriefTimeline> {
        if (!actions || !document)
            return {};
        // The service starts the first time the library is used; before that, starting it
        // here is worth it only for an index there is to read.
        auto *service = actions->findChild<LibraryService *>(QString(), Qt::FindDirectChildrenOnly);
        if (!service && !QFileInfo::exists(LibraryIndex::defaultPath()))
            return {};
        if (!service)
            service = actions->service();
        const DocumentLocation &location = document->location();
        return BriefTimeline::fromIssueTimelines(
            IssueTimeline::forBriefing(service->index(), service->folders(), briefing,
                                       IssueAliases::load(),
                                       location.isFile() ? location.path() : QString()),
            briefing);
    };
}
