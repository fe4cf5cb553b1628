import Foundation
import Preview
import Testing
import TestSupport

@Suite struct SafePathTests {
    let folder: URL
    let root: SiteRoot

    init() throws {
        folder = Fixtures.temporaryFolder("crosscheck-safepath")
        Fixtures.write(["site/index.html": "home", "site/a.html": "a", "site/sub/index.html": "sub",
                        "site/.hidden": "no", "secret.txt": "TOP SECRET"], into: folder)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("site/out.txt").path,
                                  withDestinationPath: folder.appendingPathComponent("secret.txt").path)
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("site/up").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: folder.appendingPathComponent("site/in.html").path, withDestinationPath: "a.html")
        root = try #require(SiteRoot(folder.appendingPathComponent("site")))
    }

    @Test(arguments: ["../secret.txt", "%2e%2e/secret.txt", "%2E%2E/%2e%2e/etc/passwd", "..%2fsecret.txt",
                      "sub%2f..%2f..%2fsecret.txt", "..\\secret.txt", "..%5csecret.txt", "a.html%00.txt",
                      "/etc/passwd", "sub//index.html", "./a.html", "sub/../a.html", "%"])
    func traversalAndMalformedPathsAreRejected(path: String) {
        #expect(SafePath.resolve(path, in: root) == .rejected)
    }

    @Test(arguments: ["out.txt", "up/secret.txt", ".hidden", "missing.html", "a.html/"])
    func symlinksOutOfTheRootHiddenAndMissingFilesAreNotFound(path: String) {
        #expect(SafePath.resolve(path, in: root) == .missing)
    }

    @Test func filesFoldersAndSymlinksInsideTheRootResolve() {
        let real = root.path
        #expect(SafePath.resolve("a.html", in: root) == .file(real + "/a.html"))
        #expect(SafePath.resolve("in.html", in: root) == .file(real + "/a.html"))
        #expect(SafePath.resolve("", in: root) == .file(real + "/index.html"))
        #expect(SafePath.resolve("sub/", in: root) == .file(real + "/sub/index.html"))
        #expect(SafePath.resolve("sub", in: root) == .folder)
        #expect(SafePath.resolve("%61.html", in: root) == .file(real + "/a.html"))
    }

    @Test func basePathsAreNormalised() {
        #expect(BasePath(nil).path == "/")
        #expect(BasePath("report").path == "/report/")
        #expect(BasePath("/report").path == "/report/")
        #expect(BasePath("/a/b/").reloadPath == "/a/b/__reload")
        #expect(BasePath("/report/").relative("/report/x.html") == "x.html")
        #expect(BasePath("/report/").relative("/other/x.html") == nil)
        #expect(BasePath("/report/").isBareBase("/report"))
    }
}
