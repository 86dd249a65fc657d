// Small wrappers for libedit's variadic calls, which Swift cannot make, and for
// the C stdio globals that Swift 6 refuses to touch.
#ifndef NEWSQ_EDITLINE_SHIM_H
#define NEWSQ_EDITLINE_SHIM_H

#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

typedef const wchar_t *(*newsq_wprompt_fn)(EditLine *);
typedef unsigned char (*newsq_command_fn)(EditLine *, int);

static inline EditLine *newsq_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}
static inline int newsq_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int newsq_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int newsq_el_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *newsq_el_get_clientdata(EditLine *e) {
    void *data = NULL;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}
static inline int newsq_el_set_wprompt(EditLine *e, newsq_wprompt_fn fn) { return el_wset(e, EL_PROMPT, fn); }
static inline int newsq_el_set_history(EditLine *e, HistoryW *h) { return el_wset(e, EL_HIST, history_w, h); }
static inline int newsq_el_addfn(EditLine *e, const wchar_t *name, const wchar_t *help, newsq_command_fn fn) {
    return el_wset(e, EL_ADDFN, name, help, fn);
}
static inline int newsq_el_bind(EditLine *e, const wchar_t *key, const wchar_t *command) {
    return el_wset(e, EL_BIND, key, command, NULL);
}
static inline int newsq_el_get_width(EditLine *e) {
    int cols = 0;
    if (el_get(e, EL_GETTC, "co", &cols) != 0) return 0;
    return cols;
}

static inline int newsq_el_source_editrc(EditLine *e) { return el_source(e, NULL); }
static inline const LineInfoW *newsq_el_wline(EditLine *e) { return el_wline(e); }

static inline int newsq_history_setsize(HistoryW *h, int size) {
    HistEventW ev;
    return history_w(h, &ev, H_SETSIZE, size);
}
static inline int newsq_history_setunique(HistoryW *h, int unique) {
    HistEventW ev;
    return history_w(h, &ev, H_SETUNIQUE, unique);
}
static inline int newsq_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW ev;
    return history_w(h, &ev, H_ENTER, line);
}
static inline int newsq_history_clear(HistoryW *h) {
    HistEventW ev;
    return history_w(h, &ev, H_CLEAR);
}

#endif
