import Testing

@_spi(Generated) @testable import CloudRuntime

/// A Kingsoft filter as the generator writes it: `Name` and `Value` are required, and the value list
/// carries its own limits.
private struct LimitedFilter: RPCParameterEncodable {
    var name: String
    var value: [String]

    func encode(to encoder: inout RPCParameterEncoder) throws {
        try encoder.encode(self.name, forKey: "Name")
        try encoder.encodeList(
            self.value, forKey: "Value", indexBase: 1, limits: ListLimits(minItems: 1, maxItems: 100))
    }
}

private let filterLimits = ListLimits(minItems: 1, maxItems: 100, uniqueBy: "Name")

/// Encodes a filter list with Kingsoft's limits and returns the error it throws, if any.
private func encodingError(_ filters: [LimitedFilter]?) -> RequestEncodingError? {
    var encoder = RPCParameterEncoder()
    do {
        try encoder.encodeList(filters, forKey: "Filter", indexBase: 1, limits: filterLimits)
        return nil
    } catch {
        return error as? RequestEncodingError
    }
}

@Suite("RPC list limits")
struct RPCListLimitsTests {
    @Test func filtersWithinTheLimitsAreEncoded() throws {
        var encoder = RPCParameterEncoder()
        let filters = [
            LimitedFilter(name: "instance-id", value: ["i-1", "i-2"]),
            LimitedFilter(name: "instance-role", value: ["Worker"]),
        ]
        try encoder.encodeList(filters, forKey: "Filter", indexBase: 1, limits: filterLimits)
        #expect(encoder.items.map { "\($0.name)=\($0.value)" } == [
            "Filter.1.Name=instance-id", "Filter.1.Value.1=i-1", "Filter.1.Value.2=i-2",
            "Filter.2.Name=instance-role", "Filter.2.Value.1=Worker",
        ])
    }

    @Test func aMissingListIsNotChecked() {
        #expect(encodingError(nil) == nil)
    }

    @Test(arguments: [100, 101])
    func atMostMaxItemsFilters(count: Int) {
        let filters = (1...count).map { LimitedFilter(name: "name-\($0)", value: ["v"]) }
        let error = encodingError(filters)
        if count <= 100 {
            #expect(error == nil)
        } else {
            #expect(error == RequestEncodingError(
                parameter: "Filter", message: "Filter has 101 entries; at most 100 are allowed"))
        }
    }

    @Test func anEmptyFilterListBreaksMinItems() {
        #expect(encodingError([]) == RequestEncodingError(
            parameter: "Filter", message: "Filter is empty; it needs at least 1 entry"))
    }

    @Test func aRepeatedNameNamesBothFilters() {
        let error = encodingError([
            LimitedFilter(name: "instance-id", value: ["i-1"]),
            LimitedFilter(name: "instance-role", value: ["Worker"]),
            LimitedFilter(name: "instance-id", value: ["i-2"]),
        ])
        #expect(error == RequestEncodingError(
            parameter: "Filter.3.Name", message: "Filter.3.Name 'instance-id' repeats Filter.1.Name"))
    }

    @Test func namesAreCaseSensitive() {
        let error = encodingError([
            LimitedFilter(name: "vpc-id", value: ["a"]), LimitedFilter(name: "VPC-ID", value: ["b"]),
        ])
        #expect(error == nil)
    }

    @Test func aLongRepeatedValueIsCutInTheMessage() throws {
        let long = String(repeating: "x", count: 500)
        let error = try #require(encodingError([
            LimitedFilter(name: long, value: ["a"]), LimitedFilter(name: long, value: ["b"]),
        ]))
        #expect(error.message == "Filter.2.Name '\(String(repeating: "x", count: 64))…' repeats Filter.1.Name")
    }

    @Test func aFilterWithoutValuesIsRejected() {
        let error = encodingError([
            LimitedFilter(name: "vpc-id", value: ["vpc-1"]), LimitedFilter(name: "subnet-id", value: []),
        ])
        #expect(error == RequestEncodingError(
            parameter: "Filter.2.Value", message: "Filter.2.Value is empty; it needs at least 1 value"))
    }

    @Test(arguments: [100, 101])
    func atMostMaxItemsValues(count: Int) {
        let values = (1...count).map { "v\($0)" }
        let error = encodingError([LimitedFilter(name: "vpc-id", value: values)])
        #expect(error == (count <= 100 ? nil : RequestEncodingError(
            parameter: "Filter.1.Value", message: "Filter.1.Value has 101 entries; at most 100 are allowed")))
    }

    @Test func aShortListBelowMinItemsSaysHowManyAreNeeded() {
        var encoder = RPCParameterEncoder()
        #expect(throws: RequestEncodingError(
            parameter: "Zone", message: "Zone has 1 entry; it needs at least 2 values")
        ) {
            try encoder.encodeList(["a"], forKey: "Zone", limits: ListLimits(minItems: 2))
        }
    }

    @Test func aShortListOfStructuresCountsEntries() {
        var encoder = RPCParameterEncoder()
        #expect(throws: RequestEncodingError(
            parameter: "Filter", message: "Filter has 1 entry; it needs at least 2 entries")
        ) {
            try encoder.encodeList(
                [LimitedFilter(name: "vpc-id", value: ["a"])], forKey: "Filter", limits: ListLimits(minItems: 2))
        }
        #expect(encoder.items.isEmpty)
    }

    @Test func jsonStringListsKeepTheirLengthLimits() {
        var encoder = RPCParameterEncoder()
        #expect(throws: RequestEncodingError(
            parameter: "NodePara", message: "NodePara has 2 entries; at most 1 is allowed")
        ) {
            try encoder.encodeJSONStringList([["a": 1], ["b": 2]], forKey: "NodePara", limits: ListLimits(maxItems: 1))
        }
        #expect(encoder.items.isEmpty)
    }

    @Test func listsWithoutLimitsStillOmitAnEmptyList() throws {
        var encoder = RPCParameterEncoder()
        try encoder.encodeList([String](), forKey: "InstanceId")
        try encoder.encodeList([LimitedFilter](), forKey: "Filter")
        #expect(encoder.items.isEmpty)
    }
}
