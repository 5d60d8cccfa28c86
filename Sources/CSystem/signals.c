#define _GNU_SOURCE
#include "signals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* How long a crashing thread waits for the saves at most, so that a save that cannot finish never hangs a crash. */
#define CRASH_WAIT_SECONDS 60

static atomic_int interrupt_raised;
static atomic_int ending_signal;
static atomic_int crash_released;
static atomic_int installed;
static int wake_pipe[2] = {-1, -1};

static const int crash_signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGFPE};
#define CRASH_SIGNAL_COUNT (sizeof crash_signals / sizeof crash_signals[0])
static struct sigaction previous_crash_actions[CRASH_SIGNAL_COUNT];

/* Wakes the watcher; a full pipe already holds a wake-up, so a failed write loses nothing. */
static void wake_watcher(void) {
    int saved = errno;
    char byte = 1;
    ssize_t written = write(wake_pipe[1], &byte, 1);
    (void)written;
    errno = saved;
}

static void ask_to_end(int signal_number) {
    int none = 0;
    atomic_compare_exchange_strong(&ending_signal, &none, signal_number);
    wake_watcher();
}

static void on_interrupt(int signal_number) {
    if (atomic_exchange(&interrupt_raised, 1)) ask_to_end(signal_number);
}

static void on_termination(int signal_number) {
    ask_to_end(signal_number);
}

static int crash_index(int signal_number) {
    for (unsigned index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        if (crash_signals[index] == signal_number) return (int)index;
    }
    return -1;
}

/* Parks the crashing thread until the watcher released it (or the time is up), then restores the handler that was
   there before (the Swift runtime's backtracer, or the default) and raises the signal again; it is delivered as this
   handler returns, in the crashing thread's context. */
static void on_crash(int signal_number, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    ask_to_end(signal_number);
    struct timespec start, now, pause = {0, 10 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (!atomic_load(&crash_released)) {
        nanosleep(&pause, NULL);
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec > CRASH_WAIT_SECONDS) break;
    }
    int index = crash_index(signal_number);
    if (index >= 0) sigaction(signal_number, &previous_crash_actions[index], NULL);
    raise(signal_number);
}

static int install_handler(int signal_number, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    return sigaction(signal_number, &action, NULL);
}

/* The main thread gets a signal stack of its own when it has none, so a handler can run even on a full stack. */
static void ensure_signal_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) != 0 || !(current.ss_flags & SS_DISABLE)) return;
    stack_t stack;
    stack.ss_size = 64 * 1024;
    stack.ss_sp = malloc(stack.ss_size);
    stack.ss_flags = 0;
    if (stack.ss_sp != NULL) sigaltstack(&stack, NULL);
}

int rapport_signals_install(void) {
    if (atomic_exchange(&installed, 1)) return wake_pipe[0];
    if (pipe2(wake_pipe, O_CLOEXEC) != 0) return -1;
    fcntl(wake_pipe[1], F_SETFL, O_NONBLOCK);
    ensure_signal_stack();
    /* Without SA_RESTART, so that a read waiting for input returns with EINTR when Ctrl-C is pressed. */
    install_handler(SIGINT, on_interrupt, 0);
    install_handler(SIGTERM, on_termination, SA_RESTART);
    install_handler(SIGHUP, on_termination, SA_RESTART);
    signal(SIGPIPE, SIG_IGN);
    /* A parent may have blocked them (the mask survives exec), and a blocked Ctrl-C would never reach the handler. */
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    for (unsigned index = 0; index < CRASH_SIGNAL_COUNT; index++) sigaddset(&handled, crash_signals[index]);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    for (unsigned index = 0; index < CRASH_SIGNAL_COUNT; index++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = on_crash;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigaction(crash_signals[index], &action, &previous_crash_actions[index]);
    }
    return wake_pipe[0];
}

int rapport_interrupt_is_raised(void) {
    return atomic_load_explicit(&interrupt_raised, memory_order_relaxed);
}

void rapport_interrupt_set(int raised) {
    atomic_store_explicit(&interrupt_raised, raised ? 1 : 0, memory_order_relaxed);
}

int rapport_ending_signal(void) {
    return atomic_load(&ending_signal);
}

int rapport_is_crash_signal(int signal_number) {
    return crash_index(signal_number) >= 0;
}

void rapport_crash_release(void) {
    atomic_store(&crash_released, 1);
}

void rapport_end_by_signal(int signal_number) {
    signal(signal_number, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signal_number);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(signal_number);
    _exit(128 + signal_number);
}
