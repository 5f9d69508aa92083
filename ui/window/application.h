#pragma once

struct CommandLine;
class InterfaceLanguage;

// The parts of Bilateral that need a window system: --screenshot, and the window itself.
// The window: one running instance per user (a second start hands its files over and
// exits), opened on the file given, a new briefing made from text files, the last document,
// or the built-in sample; after a crash, it offers the unsaved changes back. Returns the
// exit code.
int runWithWindow(const CommandLine &commandLine, InterfaceLanguage &language);
