import Testing
import TocSyntax
import TocTestSupport

/// Folders of paths, without Foundation's trap on one-character paths.
@Suite struct PathTextTests {
    @Test(arguments: [
        ("a", ""), (".", ""), ("-", ""), ("é", ""), ("a/", ""), ("ab", ""), ("a.ft", ""),
        ("a/b.ft", "a"), ("./a", "."), ("/a", "/"), ("/", "/"), ("a//b", "a"), ("x/y/", "x"),
        ("theories/fælles/mål.ft", "theories/fælles"), ("../a.ft", ".."),
    ])
    func folderIsWhatFoundationWouldSay(path: String, folder: String) {
        #expect(PathText.folder(of: path) == folder)
    }
}
