#ifndef CROSSCHECK_FILE_SWAP_H
#define CROSSCHECK_FILE_SWAP_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, or -1 with errno set (ENOSYS/EINVAL where the system or file system lacks it).
int crosscheck_exchange_paths(const char *a, const char *b);

#endif
