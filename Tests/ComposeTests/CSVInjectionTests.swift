import Testing
@testable import Compose

/// No cell of `claims.csv` runs as a formula when the file is opened in a spreadsheet.
@Suite struct CSVInjectionTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("-5", "-5"),
        ("plain, text", "\"plain, text\""),
    ])
    func csvCellsNeverStartAFormula(cell: String, expected: String) {
        #expect(Export.quote(cell) == expected)
    }
}
