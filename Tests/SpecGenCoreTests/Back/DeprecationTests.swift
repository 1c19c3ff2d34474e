import Testing

@testable import SpecGenCore

/// An operation the vendor no longer offers stays callable, with a deprecation every caller's build
/// reports, a flag in the operation catalog, and a non-breaking finding in `specgen diff`.
@Suite struct DeprecationTests {
    static func group(deprecated: Bool) -> String {
        """
        tag: {name: misc}
        paths:
          /things:
            get:
              operationId: ListThings
        \(deprecated ? "      deprecated: true\n      x-deprecation-reason: \"Withdrawn; use \\\"ListItems\\\".\"\n" : "")\
              x-pagination: {style: page-number, page: page, items: things}
              parameters:
                - {name: page, in: query, schema: {type: integer, format: int32}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: object, properties: {things: {type: array, items: {type: string}}}}

        """
    }

    @Test func methodsCarryTheReasonAndTheCatalogFlagsIt() throws {
        let folder = try SpecFolder(.roa, groups: ["misc": Self.group(deprecated: true)])
        #expect(folder.lint().isEmpty)
        let model = try folder.model()
        #expect(model.operations.first?.deprecation == #"Withdrawn; use "ListItems"."#)
        let client = Translator(model: model).clientDeclarations().map { SwiftRenderer().render($0) }
            .joined(separator: "\n")
        let attribute = #"@available(*, deprecated, message: "Withdrawn; use \"ListItems\".")"#
        // The method, and its pages and items, which call it: the generated module builds without warnings.
        for method in ["listThings(", "listThingsPages(", "listThingsItems("] {
            #expect(client.contains("\(attribute)\n    public func \(method)"), "\(method)")
        }
        #expect(client.contains(#"deprecation: "Withdrawn; use \"ListItems\".","#))
    }

    @Test func diffReportsADeprecationAsNonBreaking() throws {
        let before = try SpecFolder(.roa, groups: ["misc": Self.group(deprecated: false)])
        let after = try SpecFolder(.roa, groups: ["misc": Self.group(deprecated: true)])
        let diff = try SpecGen.diff(base: .directory(before.directory), head: .directory(after.directory))
        let findings = diff.services.flatMap(\.changes)
        #expect(findings.map(\.kind) == ["operation-deprecated"])
        #expect(findings.first?.impact == .nonBreaking)
        #expect(findings.first?.subject == "ListThings")
    }
}
