#ifndef RAPPORT_SIGNALS_H
#define RAPPORT_SIGNALS_H

/* rapport's signal handlers, in C because a handler may only touch atomics and call async-signal-safe functions.
   SIGINT raises the interrupt flag; a second one before the flag was cleared asks the process to end, as do SIGTERM
   and SIGHUP. SIGPIPE is ignored. A crash (SIGILL, SIGTRAP: Swift's traps; SIGABRT, SIGFPE) parks the crashing
   thread until the watcher has finished the pending saves, then lets the crash go on as before. Every request to end
   writes one byte to a pipe that the watcher thread reads. */

/* Installs the handlers once; returns the descriptor the watcher reads its wake-ups from, -1 when that failed. */
int rapport_signals_install(void);

/* Whether Ctrl-C was pressed since the flag was last cleared. */
int rapport_interrupt_is_raised(void);

/* Sets or clears the interrupt flag. */
void rapport_interrupt_set(int raised);

/* The signal that first asked the process to end (a crash signal, SIGTERM, SIGHUP, or SIGINT pressed twice); 0 when none. */
int rapport_ending_signal(void);

/* Whether a signal is one of the crash signals whose thread waits for rapport_crash_release. */
int rapport_is_crash_signal(int signal_number);

/* Lets parked crashing threads go on crashing. */
void rapport_crash_release(void);

/* Ends the process by a signal's default action (status 128 + signal for the parent), for SIGTERM and SIGHUP. */
void rapport_end_by_signal(int signal_number);

#endif
