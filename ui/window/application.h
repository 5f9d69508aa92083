#pragma once

struct CommandLine;
class InterfaceLanguage;

// The parts of Bilateral that need a window system: --screenshot, and the window itself.
// The window: one running instance per user (a second start hands its files over and
// exits), opened on the file given, a new briefing made from text files, the last document,
// or the built-in sample; after a crash, it offers the unsaved changes back. Returns the
// exit code.
int runWithWindow(const CommandLine &commandLine, InterfaceLanguage &language);

// Call before the application object exists. Without a session bus address, libdbus
// "autolaunches" one (dbus-launch starts a dbus-daemon that outlives us); Qt's platform
// services and accessibility bridge would trigger that. Where no session bus is running we
// would rather go without one: D-Bus is told an address that it cannot reach.
void keepSessionBusFromAutolaunching();
