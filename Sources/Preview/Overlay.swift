import Model
import Foundation

/// The markup the preview adds to every HTML page at response time: the live-reload script and,
/// after a failed build, an overlay naming the file, line and message. Files on disk stay plain.
public enum Overlay {
    /// The markup for a page served while `status` holds; `reloadPath` is the SSE endpoint's absolute path.
    public static func markup(for status: BuildStatus, reloadPath: String) -> String {
        var html = script(token: status.token, reloadPath: reloadPath)
        if let failure = status.failure { html += panel(for: failure) }
        return html
    }

    /// Inserts markup just before the last `</body>` (any case), or at the end when there is none.
    public static func inject(_ markup: String, into page: String) -> String {
        guard let range = page.range(of: "</body>", options: [.caseInsensitive, .backwards]) else {
            return page + markup
        }
        return page.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: markup)
    }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String { text.htmlEscaped }

    /// The id of the overlay element (tests and the browser check look for it).
    public static let panelID = "crosscheck-build-error"

    /// A JavaScript string literal: JSON-style escaping that is also safe inside `<script>`.
    static func javaScriptString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\u003c"
            case ">": result += "\\u003e"
            case "&": result += "\\u0026"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // The token the page was served with is compared with the server's on connect: a rebuild between
    // serving the page and opening the stream (or a server restart) still reloads the page.
    private static func script(token: String, reloadPath: String) -> String {
        """
        <script data-crosscheck-reload>(function(){var t=\(javaScriptString(token));\
        var s=new EventSource(\(javaScriptString(reloadPath)));\
        s.addEventListener("hello",function(e){if(e.data!==t){s.close();location.reload();}});\
        s.addEventListener("reload",function(e){if(e.data!==t){s.close();location.reload();}});\
        })();</script>
        """
    }

    private static func panel(for failure: BuildFailure) -> String {
        let location = failure.file + (failure.line.map { ":\($0)" } ?? "")
        return """
        <div id="\(panelID)" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
        background:rgba(24,6,6,.94);color:#fdd;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;\
        padding:2rem 2.5rem"><div style="font-size:1.3em;font-weight:bold;color:#ff8a80">Build failed</div>\
        <div style="margin:1rem 0 .3rem;color:#fff">\(escape(location))</div>\
        <pre style="white-space:pre-wrap;margin:0;font:inherit">\(escape(failure.message))</pre>\
        <p style="color:#bbb;font-size:.85em">The last good build is shown underneath. Fix the file and save; \
        this page reloads by itself. <button type="button" onclick="this.closest('[role=alert]').remove()">Dismiss</button></p></div>
        """
    }
}
