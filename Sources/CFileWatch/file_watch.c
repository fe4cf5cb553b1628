#include "file_watch.h"

#include <errno.h>
#include <unistd.h>

#ifdef __linux__
#include <poll.h>
#include <sys/inotify.h>

int crosscheck_watch_open(void) {
    return inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
}

int crosscheck_watch_add(int fd, const char *path) {
    return inotify_add_watch(fd, path, IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM |
                                       IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF);
}

int crosscheck_watch_wait(int fd, int timeout_ms) {
    struct pollfd poller = { .fd = fd, .events = POLLIN, .revents = 0 };
    int ready = poll(&poller, 1, timeout_ms);
    if (ready <= 0) return ready < 0 && errno == EINTR ? 0 : ready;
    int events = 0;
    char buffer[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
    for (;;) {
        ssize_t length = read(fd, buffer, sizeof buffer);
        if (length <= 0) break;
        for (char *p = buffer; p < buffer + length; ) {
            const struct inotify_event *event = (const struct inotify_event *)p;
            events++;
            p += sizeof(struct inotify_event) + event->len;
        }
    }
    return events;
}

void crosscheck_watch_close(int fd) {
    close(fd);
}
#else
int crosscheck_watch_open(void) { errno = ENOSYS; return -1; }
int crosscheck_watch_add(int fd, const char *path) { (void)fd; (void)path; errno = ENOSYS; return -1; }
int crosscheck_watch_wait(int fd, int timeout_ms) { (void)fd; (void)timeout_ms; errno = ENOSYS; return -1; }
void crosscheck_watch_close(int fd) { (void)fd; }
#endif
