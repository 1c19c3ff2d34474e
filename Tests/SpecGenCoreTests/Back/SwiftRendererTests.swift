import Testing

@testable import SpecGenCore

@Suite struct SwiftRendererTests {
    let renderer = SwiftRenderer()

    @Test func rendersStructWithGroupedPropertiesAndFunctions() {
        let declaration = Declaration.documented(
            ["A thing.", "", "- Remark: x."],
            .struct(
                StructDeclaration(
                    name: "Thing", conformances: ["Sendable", "Hashable"],
                    members: [
                        .documented(
                            ["The key."], .variable(VariableDeclaration(name: "key", type: .named("Swift.String")))),
                        .variable(
                            VariableDeclaration(
                                attributes: ["@Boxed"], name: "inner", type: .optional(.named("M.Inner")))),
                        .function(
                            FunctionDeclaration(
                                kind: .initializer,
                                parameters: [
                                    .init(name: "key", type: .named("Swift.String")),
                                    .init(name: "inner", type: .optional(.named("M.Inner")), defaultValue: .nil),
                                ],
                                body: [
                                    .assignment(.selfMember("key"), .identifier("key")),
                                    .assignment(.selfMember("inner"), .identifier("inner")),
                                ])),
                        .enum(
                            EnumDeclaration(
                                name: "CodingKeys", conformances: ["Swift.String", "CodingKey"],
                                cases: [EnumCase(name: "key", rawValue: "Key\"s"), EnumCase(name: "inner")])),
                    ])))
        #expect(
            self.renderer.render(declaration) == """
                /// A thing.
                ///
                /// - Remark: x.
                public struct Thing: Sendable, Hashable {
                    /// The key.
                    public var key: Swift.String
                    @Boxed public var inner: M.Inner?

                    public init(key: Swift.String, inner: M.Inner? = nil) {
                        self.key = key
                        self.inner = inner
                    }

                    enum CodingKeys: Swift.String, CodingKey {
                        case key = "Key\\"s"
                        case inner
                    }
                }

                """)
    }

    @Test func wrapsLongCallsAndSignatures() {
        let long = (1...6).map { Expression.Argument("argument\($0)", .string("value number \($0)")) }
        let declaration = Declaration.variable(
            VariableDeclaration(isStatic: true, isMutable: false, name: "x", value: .call(.identifier("Make"), long)))
        let text = self.renderer.render(declaration)
        #expect(text.hasPrefix("public static let x = Make(\n    argument1: \"value number 1\",\n"))
        #expect(text.hasSuffix("    argument6: \"value number 6\"\n)\n"))

        let parameters = (1...6).map {
            FunctionDeclaration.Parameter(name: "parameter\($0)", type: .named("Swift.String"), defaultValue: .nil)
        }
        let function = Declaration.function(
            FunctionDeclaration(kind: .function("f"), parameters: parameters, isAsync: true, isThrowing: true, body: [])
        )
        let rendered = self.renderer.render(function)
        #expect(rendered.hasPrefix("public func f(\n    parameter1: Swift.String = nil,\n"))
        #expect(rendered.hasSuffix("    parameter6: Swift.String = nil\n) async throws {}\n"))
    }

    @Test func rendersFileWithHeaderImportsAndEmptyBodies() {
        let file = SwiftFile(
            name: "A.swift", header: ["Generated."], imports: ["CloudRuntime"],
            declarations: [
                .extension(ExtensionDeclaration(extendedType: "A", members: [])),
                .typeAlias(access: .public, name: "B", type: .array(.named("Swift.Int"))),
            ])
        #expect(
            self.renderer.render(file) == """
                // Generated.

                import CloudRuntime

                extension A {}

                public typealias B = [Swift.Int]

                """)
        #expect(self.renderer.render(SwiftFile(name: "E.swift", header: ["Empty."])) == "// Empty.\n")
    }

    @Test(arguments: [
        ("plain", "\"plain\""), ("a\"b", "\"a\\\"b\""), ("back\\slash", "\"back\\\\slash\""),
        ("line\nbreak", "\"line\\nbreak\""), ("\\(x)", "\"\\\\(x)\""), ("\u{1}", "\"\\u{1}\""),
    ])
    func escapesStringLiterals(value: String, literal: String) {
        #expect(SwiftRenderer.stringLiteral(value) == literal)
    }
}
