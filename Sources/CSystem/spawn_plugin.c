#define _GNU_SOURCE
#include "spawn_plugin.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <unistd.h>

extern char **environ;

int rapport_pipe(int ends[2]) {
    return pipe2(ends, O_CLOEXEC);
}

int rapport_spawn_plugin(const char *path, int input, int output, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    int code = posix_spawn_file_actions_init(&actions);
    if (code != 0) return code;
    code = posix_spawnattr_init(&attributes);
    if (code != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return code;
    }
    sigset_t defaults, mask;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGHUP);
    sigaddset(&defaults, SIGQUIT);
    sigemptyset(&mask);
    if ((code = posix_spawn_file_actions_adddup2(&actions, input, STDIN_FILENO)) == 0
        && (code = posix_spawn_file_actions_adddup2(&actions, output, STDOUT_FILENO)) == 0
        && (code = posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1)) == 0
        && (code = posix_spawnattr_setsigdefault(&attributes, &defaults)) == 0
        && (code = posix_spawnattr_setsigmask(&attributes, &mask)) == 0
        && (code = posix_spawnattr_setpgroup(&attributes, 0)) == 0
        && (code = posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF
                                                         | POSIX_SPAWN_SETSIGMASK)) == 0) {
        char *arguments[] = {(char *)path, NULL};
        code = posix_spawn(pid, path, &actions, &attributes, arguments, environ);
    }
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return code;
}
