#ifndef CROSSCHECK_FILE_WATCH_H
#define CROSSCHECK_FILE_WATCH_H

/// Opens a non-blocking inotify instance. Returns its descriptor, or -1 with errno set (ENOSYS where the
/// system has no inotify: callers fall back to polling).
int crosscheck_watch_open(void);

/// Watches one file or folder for creation, deletion, writes, renames and attribute changes; adding a
/// path twice is harmless. Returns the watch descriptor, or -1 with errno set.
int crosscheck_watch_add(int fd, const char *path);

/// Waits up to `timeout_ms` for events, then reads every queued one. Returns how many events were read,
/// 0 on timeout, or -1 with errno set.
int crosscheck_watch_wait(int fd, int timeout_ms);

/// Closes the instance.
void crosscheck_watch_close(int fd);

#endif
