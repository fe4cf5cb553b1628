import Foundation
import TestSupport
import Testing
@testable import Render

@Suite struct DefaultTemplatesTests {
    @Test func theBuiltInTemplatesAreTheRepositorysTemplatesFolder() throws {
        let folder = Fixtures.tree(Fixtures.templates).mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(Set(folder.keys) == Set(DefaultTemplates.files.keys), "run `make defaults`")
        for (name, text) in folder {
            #expect(DefaultTemplates.files[name] == text, "\(name) differs from the built-in copy: run `make defaults`")
        }
    }

    @Test func theBuiltInTemplatesCompile() {
        let templates = Templates.builtIn()
        #expect(templates.assets["style.css"] != nil)
    }
}
