import Foundation
import Hummingbird
import HummingbirdTesting
import Preview
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A half-sent request does not hold a connection open: the server closes it after its idle timeout.
@Suite(.serialized) struct IdleTimeoutTests {
    /// A TCP connection to 127.0.0.1:port that has sent `bytes`, or nil.
    static func open(port: Int, sending bytes: String) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); return nil }
        _ = bytes.withCString { send(fd, $0, strlen($0), 0) }
        return fd
    }

    /// Opens a TCP connection to 127.0.0.1:port, sends `bytes`, and returns the seconds until the server closes
    /// it (nil when still open after `limit` seconds).
    static func secondsUntilClosed(port: Int, sending bytes: String, limit: Double) -> Double? {
        guard let fd = open(port: port, sending: bytes) else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 512)
        while Date().timeIntervalSince(start) < limit {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n == 0 { return Date().timeIntervalSince(start) }
            if n < 0, errno != EAGAIN, errno != EWOULDBLOCK { return Date().timeIntervalSince(start) }
        }
        return nil
    }

    /// The first bytes the server answers a whole request with.
    static func response(port: Int, request: String) -> String {
        guard let fd = open(port: port, sending: request) else { return "" }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = recv(fd, &buffer, buffer.count, 0)
        return n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self) : ""
    }

    @Test func aHalfSentRequestIsClosedAfterTheIdleTimeout() async throws {
        let project = try Project()
        defer { project.remove() }
        let options = project.options()
        let watcher = Watcher(paths: Rebuilder.watchedPaths(for: options), interval: .milliseconds(30),
                              debounce: .milliseconds(100), maximumWait: .seconds(1))
        let server = PreviewServer(.init(build: options, port: 0, watcher: watcher, idleTimeout: .seconds(1)))
        #expect(await server.prepare() == nil)
        try await server.application().test(.live) { client in
            let port = try #require(client.port)
            let closed = await Task.detached { Self.secondsUntilClosed(port: port, sending: "GET /index.html HTTP/1.1\r\nHost: localhost\r\n", limit: 8) }.value
            #expect(closed != nil, "the half-sent request is closed")
            // A whole request on a new connection is still answered.
            let answer = await Task.detached { () -> String in
                // Retried: a loaded test machine may be slow to answer, which is not what this test is about.
                for _ in 0..<3 {
                    let text = Self.response(port: port, request: "GET /index.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    if !text.isEmpty { return text }
                }
                return ""
            }.value
            #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer.prefix(40))")
        }
    }
}
