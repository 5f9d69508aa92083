#pragma once

// Hands the pages malloc holds free back to the system. glibc keeps what a thread frees in
// that thread's arena, and returns only the top of the main heap by itself: after a worker
// thread parses a large briefing (or analyses it), the memory its temporaries took stays
// resident for as long as the process runs, 100 MiB at 100,000 passages. Call it on the
// worker, once its result is made. Does nothing where the C library has no such call.
void releaseFreeMemory();
