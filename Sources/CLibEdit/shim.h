// The C edge of Phaen: libedit's histedit.h, plus static inline shims for what Swift cannot call
// directly (variadic el_set/el_get/history, and C globals Swift 6 rejects). Nothing above LineEditing
// imports this module.
#ifndef PHAEN_CLIBEDIT_SHIM_H
#define PHAEN_CLIBEDIT_SHIM_H
#include <histedit.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

// C stdio globals.
static inline FILE *phaen_stdin(void) { return stdin; }
static inline FILE *phaen_stdout(void) { return stdout; }
static inline FILE *phaen_stderr(void) { return stderr; }

/// Columns of the terminal on `fd`, or 0 when it is not a terminal.
static inline int phaen_terminal_columns(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == -1) return 0;
    return ws.ws_col;
}

/// Rows of the terminal on `fd`, or 0 when it is not a terminal.
static inline int phaen_terminal_rows(int fd) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) == -1) return 0;
    return ws.ws_row;
}

// el_set, one shim per operation used.
static char *phaen_empty_prompt(EditLine *el) { (void)el; return (char *)""; }
static inline int phaen_el_set_empty_prompt(EditLine *el) { return el_set(el, EL_PROMPT, phaen_empty_prompt); }
static inline int phaen_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int phaen_el_set_int(EditLine *el, int op, int value) { return el_set(el, op, value); }
static inline int phaen_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int phaen_el_set_getcfn(EditLine *el, el_rfunc_t fn) { return el_set(el, EL_GETCFN, fn); }
static inline int phaen_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline int phaen_el_get_clientdata(EditLine *el, void **data) { return el_get(el, EL_CLIENTDATA, data); }
static inline int phaen_el_set_output(EditLine *el, FILE *fp) {
    return el_set(el, EL_SETFP, 1, fp) | el_set(el, EL_SETFP, 2, fp);
}
static inline int phaen_el_add_function(EditLine *el, const char *name, const char *help,
                                        unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int phaen_el_bind(EditLine *el, const char *keys, const char *function) {
    return el_set(el, EL_BIND, keys, function, (const char *)NULL);
}

// history, one shim per operation used.
static inline int phaen_history_int(History *h, HistEvent *ev, int op, int value) { return history(h, ev, op, value); }
static inline int phaen_history_void(History *h, HistEvent *ev, int op) { return history(h, ev, op); }
static inline int phaen_history_string(History *h, HistEvent *ev, int op, const char *s) {
    return history(h, ev, op, s);
}
#endif
