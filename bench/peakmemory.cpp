// bench-peak-memory PROGRAM [ARGUMENT...]: runs the program and prints its peak resident
// memory in KiB on standard error, as "peak KIB", then exits with its exit code.
//
// The bench starts programs through this small launcher because a child's ru_maxrss counts
// the memory it had as a copy of its parent between fork() and exec(): started from the
// bench itself, which holds every generated briefing, even /bin/true reported 308 MiB.
// Forked from this process instead, a child starts from a few hundred KiB.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 2)
        return 2;
    const pid_t child = fork();
    if (child < 0)
        return 2;
    if (child == 0) {
        execvp(argv[1], argv + 1);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return 2;
    std::fprintf(stderr, "peak %ld\n", usage.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}
