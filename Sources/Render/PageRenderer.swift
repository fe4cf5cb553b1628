import Compose
import Foundation

/// Turns composed pages into HTML documents: CommonMark body through libcmark, then the page's
/// template, then the layout.
public struct PageRenderer: Sendable {
    public let templates: Templates
    /// Markup added before `</body>` on every page (the preview server's reload script); empty for builds.
    public let injection: String

    public init(templates: Templates, injection: String = "") {
        self.templates = templates
        self.injection = injection
    }

    /// The finished HTML of a page.
    public func html(for page: Page) -> String {
        var context = page.data.mapValues(\.plain)
        context["body"] = HeadingAnchors.add(to: Markdown.html(from: page.body))
        let content = templates.render(context, with: page.kind.rawValue)
        context["content"] = content
        context["injection"] = injection
        return templates.render(context, with: "layout")
    }
}
