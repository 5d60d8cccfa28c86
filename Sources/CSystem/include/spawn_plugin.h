#ifndef RAPPORT_SPAWN_PLUGIN_H
#define RAPPORT_SPAWN_PLUGIN_H

#include <sys/types.h>

/* Starting a plugin program with glibc's GNU extensions, which Swift's Glibc module does not show. */

/* Makes a pipe whose two ends are closed on exec; returns 0, or -1 with errno. */
int rapport_pipe(int ends[2]);

/* Starts `path` with `input` as its standard input and `output` as its standard output, standard error inherited,
   in a new process group of its own, with the default handling of SIGPIPE, SIGINT, SIGTERM, SIGHUP and SIGQUIT, no
   signal blocked, and every other descriptor closed. Returns 0 and sets *pid, or an error number. */
int rapport_spawn_plugin(const char *path, int input, int output, pid_t *pid);

#endif
