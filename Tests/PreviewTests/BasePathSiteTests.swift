import Foundation
import Hummingbird
import HummingbirdTesting
import Preview
import Testing

/// A real build served under `/report/`: every link on every page leads to a served file.
@Suite struct BasePathSiteTests {
    @Test func everyLinkUnderTheSubpathIsServed() async throws {
        let project = try Project()
        defer { project.remove() }
        let server = project.server(baseURL: "/report/")
        #expect(await server.prepare() == nil)
        try await Application(responder: server.responder).test(.router) { client in
            var queue = ["/report/"], seen = Set<String>()
            var checked = 0
            while let path = queue.popLast() {
                guard seen.insert(path).inserted else { continue }
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path) → \(response.status)")
                checked += 1
                guard response.headers[.contentType]?.hasPrefix("text/html") == true else { continue }
                for link in links(in: String(buffer: response.body)) where !link.hasPrefix("http") && !link.hasPrefix("#") {
                    #expect(link.hasPrefix("/report/"), "\(link) on \(path) is outside the base path")
                    if let target = link.split(separator: "#").first { queue.append(String(target)) }
                }
            }
            #expect(checked > 10)
        }
    }

    private func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]+)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }
}
