#pragma once

#include "printing/briefprinter.h"

class BriefingDocument;
class LibraryActions;

// The brief's "Over time" rows from the library as the window has it: the open briefing's
// issues across the library folders, read from the index as it is. Never indexed here (the
// brief must not wait for that): until the library has been used, only an index that
// already exists is read, and without one the brief has no such rows.
BriefPrinter::TimelineProvider libraryTimelineProvider(LibraryActions *actions,
                                                       const BriefingDocument *document);
