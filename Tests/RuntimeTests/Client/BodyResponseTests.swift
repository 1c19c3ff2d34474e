import Foundation
import Testing

@testable import CloudRuntime

private struct Cluster: Codable, Hashable, Sendable {
    var name: String?
    var size: Int?
    var undocumentedFields = UndocumentedFields()

    enum CodingKeys: String, CodingKey {
        case name, size, undocumentedFields
    }
}

@Suite struct BodyResponseTests {
    @Test func membersOfTheBodyReadAndWriteOnTheResponse() throws {
        var (response, _) = try ResponseDecoder(mode: .tolerant).decode(
            BodyResponse<Cluster>.self, from: Array(#"{"name":"c","size":3,"RequestId":"r"}"#.utf8))
        #expect(response.name == "c")
        #expect(response.size == 3)
        response.size = 4
        #expect(response.body.size == 4)
        // The client fills the request ID after decoding; the body's own member stays undocumented.
        #expect(response.requestID == nil)
        #expect(response.undocumentedFields == ["RequestId": "r"])
    }

    @Test func encodesTheBodyAloneAsTheServiceSendsIt() throws {
        let response = BodyResponse(body: Cluster(name: "c"), requestID: "r")
        #expect(String(decoding: try WireJSONEncoder().encode(response), as: UTF8.self) == #"{"name":"c"}"#)
        let list = BodyResponse(body: [Cluster(size: 1)])
        #expect(String(decoding: try WireJSONEncoder().encode(list), as: UTF8.self) == #"[{"size":1}]"#)
    }

    @Test func emptyResponseKeepsWhatArrivesAnyway() throws {
        let decoder = ResponseDecoder(mode: .tolerant)
        let (object, drift) = try decoder.decode(EmptyResponse.self, from: Array(#"{"a":1}"#.utf8))
        #expect(object.undocumentedFields == ["a": 1])
        #expect(drift.map(\.kind) == [.unknownField])
        let (text, _) = try decoder.decode(EmptyResponse.self, from: Array(#""ok""#.utf8))
        #expect(text.undocumentedFields.isEmpty)
        #expect(String(decoding: try WireJSONEncoder().encode(object), as: UTF8.self) == #"{"a":1}"#)
    }
}
