#ifndef NEWSQ_CPREFETCH_H
#define NEWSQ_CPREFETCH_H

/// Asks for the cache line at `address` ahead of a read (a hint: it never faults, and the
/// read it serves need not come). Swift has no way to say this itself.
static inline void newsq_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
