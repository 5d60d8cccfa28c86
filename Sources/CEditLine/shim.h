#ifndef RAPPORT_CEDITLINE_SHIM_H
#define RAPPORT_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <locale.h>

/* Swift cannot call the variadic el_set, el_get and history functions, nor
   read the stdin/stdout/stderr globals in Swift 6; these wrappers can. */

typedef char *(*rapport_prompt_function)(EditLine *);
typedef unsigned char (*rapport_editor_function)(EditLine *, int);
typedef void (*rapport_signal_handler)(int);

static inline FILE *rapport_stdin(void) { return stdin; }
static inline FILE *rapport_stdout(void) { return stdout; }
static inline FILE *rapport_stderr(void) { return stderr; }

static inline int rapport_el_set_prompt(EditLine *el, rapport_prompt_function prompt) {
    return el_set(el, EL_PROMPT, prompt);
}

static inline int rapport_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int rapport_el_set_history(EditLine *el, History *list) {
    return el_set(el, EL_HIST, history, list);
}

static inline int rapport_el_set_signal(EditLine *el, int handle) {
    return el_set(el, EL_SIGNAL, handle);
}

static inline int rapport_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *rapport_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int rapport_el_add_function(EditLine *el, const char *name, const char *help,
                                          rapport_editor_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

static inline int rapport_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

static inline int rapport_history_set_size(History *list, int size) {
    HistEvent event;
    return history(list, &event, H_SETSIZE, size);
}

static inline int rapport_history_set_unique(History *list, int unique) {
    HistEvent event;
    return history(list, &event, H_SETUNIQUE, unique);
}

static inline int rapport_history_enter(History *list, const char *line) {
    HistEvent event;
    return history(list, &event, H_ENTER, line);
}

static inline int rapport_history_load(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_LOAD, path);
}

static inline int rapport_history_save(History *list, const char *path) {
    HistEvent event;
    return history(list, &event, H_SAVE, path);
}

/* Installs a SIGINT handler without SA_RESTART, so that a blocked el_gets
   returns -1 with EINTR when the user presses Ctrl-C. */
static inline int rapport_install_interrupt_handler(rapport_signal_handler handler) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

#endif
