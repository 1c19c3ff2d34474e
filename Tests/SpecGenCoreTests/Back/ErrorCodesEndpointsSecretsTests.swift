import Foundation
import Testing

@testable import SpecGenCore

/// `x-errors` tables, alternative servers and `format: password` fields, from spec to Swift.
@Suite struct ErrorCodesEndpointsSecretsTests {
    static let root = """
        openapi: 3.1.0
        info: {title: Snippet RPC, version: 2019-08-06}
        servers:
          - url: https://kce.{region}.api.ksyun.com
            variables: {region: {default: cn-beijing-6}}
          - url: https://kce.api.ksyun.com
        components:
          securitySchemes:
            aws4:
              type: apiKey
              in: header
              name: Authorization
              x-signature: {algorithms: [aws4-hmac-sha256], service: kce}
        security: [{aws4: []}]
        x-sdk: {name: KCE, module: KingsoftKCE, protocol: rpc, rpc: {methods: [POST, GET]}}
        paths: {}
        x-errors:
          - {code: SignatureDoesNotMatch, status: 403, message: "Signature expired: %s", description: The request is too old.}
          - {code: MissingParameter, status: 400, message: "The parameter %s is missing.", description: A required parameter is missing.}
          - {code: SignatureDoesNotMatch, status: 403, message: "Signature mismatch."}
          - {code: Invalid.Region, status: 400, message: "Bad region."}

        """

    static let accountGroup = """
        tag: {name: accounts}
        paths:
          /?Action=ModifyPassword:
            get:
              operationId: ModifyPassword
              parameters:
                - name: Password
                  in: query
                  required: true
                  description: The new password.
                  schema: {type: string, format: password}
                - name: Namespace
                  in: query
                  schema: {type: string}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          RequestId: {type: string}

        """

    func folder(root: String = Self.root, groups: [String: String] = [:]) throws -> SpecFolder {
        let folder = try SpecFolder(.rpc, groups: groups)
        try root.write(toFile: folder.directory + "/openapi.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    func render(_ declarations: [Declaration]) -> String {
        declarations.map { SwiftRenderer().render($0) }.joined(separator: "\n")
    }

    @Test func repeatedCodesBecomeOneConstantEach() throws {
        let model = try self.folder().model()
        #expect(model.errorCodes.map(\.code) == ["Invalid.Region", "MissingParameter", "SignatureDoesNotMatch"])
        #expect(model.errorCodes.map(\.swiftName) == ["invalidRegion", "missingParameter", "signatureDoesNotMatch"])
        #expect(model.errorCodes.last?.entries.map(\.message) == ["Signature expired: %s", "Signature mismatch."])
    }

    @Test func errorCodeTypeRendering() throws {
        let model = try self.folder().model()
        #expect(self.render(Translator(model: model).errorCodeDeclarations()) == Self.expectedErrorCode)
    }

    @Test func noTableNoType() throws {
        let model = try SpecFolder(.rpc).model()
        #expect(model.errorCodes.isEmpty)
        #expect(Translator(model: model).errorCodeDeclarations().isEmpty)
    }

    @Test func serversBecomeChoosableEndpoints() throws {
        let model = try self.folder().model()
        #expect(model.endpoint == EndpointModel(template: "https://kce.{region}.api.ksyun.com", defaultRegion: "cn-beijing-6"))
        #expect(
            model.alternativeEndpoints == [
                EndpointModel(template: "https://kce.api.ksyun.com", defaultRegion: "cn-beijing-6", choice: "global")
            ])
        let descriptor = self.render(Array(Translator(model: model).clientDeclarations().prefix(1)))
        #expect(
            descriptor.contains(
                """
                        endpoint: EndpointTemplate("https://kce.{region}.api.ksyun.com", defaultRegion: "cn-beijing-6"),
                        alternativeEndpoints: [
                            EndpointTemplate("https://kce.api.ksyun.com", defaultRegion: "cn-beijing-6", choice: .global),
                        ],
                """), "\(descriptor)")
    }

    @Test func twoRegionalServersAreAnError() throws {
        let root = Self.root.replacingOccurrences(
            of: "  - url: https://kce.api.ksyun.com\n",
            with: "  - url: https://kce-2.{region}.api.ksyun.com\n    variables: {region: {default: cn-beijing-6}}\n")
        let folder = try self.folder(root: root)
        let error = try #require(throws: DiagnosticsError.self) { try folder.model() }
        #expect(
            folder.cited(error) == [
                "spec/t/openapi.yaml:6:5: error: a second 'regional' server: name each further server with a different 'x-endpoint.choice'"
            ])
    }

    @Test func codesWithTheSameSwiftNameAreAnError() throws {
        let root = Self.root + "  - {code: invalid-region, status: 400, message: Other.}\n"
        let folder = try self.folder(root: root)
        let error = try #require(throws: DiagnosticsError.self) { try folder.model() }
        #expect(
            folder.cited(error) == [
                "spec/t/openapi.yaml:22:12: error: error codes 'Invalid.Region' and 'invalid-region' both become the Swift name 'invalidRegion'"
            ])
    }

    @Test func passwordFieldIsSensitive() throws {
        let model = try self.folder(groups: ["accounts": Self.accountGroup]).model()
        let operation = try #require(model.operations.first)
        #expect(operation.fields.map(\.isSensitive) == [true, false])
        let rendered = self.render(Translator(model: model).operationDeclarations(operation))
        #expect(
            rendered.contains(
                """
                        /// The new password.
                        ///
                        /// Format: `password`.
                        @Sensitive public var password: Swift.String
                """), "\(rendered)")
        #expect(rendered.contains("public var namespace: Swift.String?"))
        #expect(!rendered.contains("@Sensitive public var namespace"))
    }

    static let expectedErrorCode = """
        extension KCE {
            /// The error codes Snippet RPC documents for every operation.
            ///
            /// Compare a ``ServiceError``'s code with them (`error.code == KCE.ErrorCode.invalidRegion`), or read the code of any error with `KCE.ErrorCode(error)`. Codes the spec does not list are kept as they are.
            ///
            /// - Remark: Generated from spec/t/openapi.yaml, `#/x-errors`.
            public struct ErrorCode: ServiceErrorCode {
                /// The code as the service sends it.
                public var rawValue: Swift.String

                /// Creates a code; codes the spec does not list are kept as they are.
                public init(rawValue: Swift.String) {
                    self.rawValue = rawValue
                }

                /// `Invalid.Region`.
                ///
                /// HTTP 400; the service says: "Bad region."
                public static let invalidRegion = ErrorCode(rawValue: "Invalid.Region")
                /// A required parameter is missing.
                ///
                /// HTTP 400; the service says: "The parameter %s is missing."
                public static let missingParameter = ErrorCode(rawValue: "MissingParameter")
                /// `SignatureDoesNotMatch`, which the service sends in 2 cases:
                ///
                /// - HTTP 403, "Signature expired: %s": The request is too old.
                /// - HTTP 403, "Signature mismatch."
                public static let signatureDoesNotMatch = ErrorCode(rawValue: "SignatureDoesNotMatch")
                /// The codes the spec lists.
                public static let allCases: [ErrorCode] = [.invalidRegion, .missingParameter, .signatureDoesNotMatch]
            }
        }

        """
}
