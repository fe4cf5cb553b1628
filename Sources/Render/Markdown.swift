import Foundation
import CCmark

/// The one boundary to libcmark: CommonMark in, HTML out, with cmark's safe defaults (raw HTML dropped,
/// `javascript:`/`vbscript:`/`file:` and most `data:` links blanked).
public enum Markdown {
    /// Renders CommonMark to HTML; invalid UTF-8 is replaced, never passed through.
    public static func html(from commonMark: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        var source = commonMark
        return source.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress,
                  let rendered = cmark_markdown_to_html(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, options)
            else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }

    /// The libcmark version the binary is linked against, e.g. "0.30.2".
    public static var version: String { String(cString: cmark_version_string()) }
}
