@_spi(Generated) import CloudRuntime

/// Types written the way the generator writes them, for decoding tests: synthesized `Codable` over
/// optional fields, a required list, coding keys with member rules, and the undocumented members
/// kept in the last property and key.
struct FixtureCluster: Codable, Hashable {
    var clusterID: String?
    var name: String?
    var size: Int64?
    var count: Int32?
    var deletionProtection: Bool?
    var cpuRatio: Double?
    var kind: FixtureKind?
    var tags: [FixtureTag]?
    var zones: [String]
    var metaData: JSONValue?
    var zoneID: String?
    var undocumentedFields = UndocumentedFields()

    enum CodingKeys: String, CodingKey, DocumentedCodingKeys {
        case clusterID = "cluster_id"
        case name, size, count
        case deletionProtection = "deletion_protection"
        case cpuRatio = "cpu_ratio"
        case kind, tags, zones
        case metaData = "meta_data"
        case zoneID = "zone_id"
        case undocumentedFields

        static let memberRules = MemberRules(
            required: ["cluster_id", "zones"], nullable: ["zone_id"], alternativeTypes: ["count": [.string]])
    }

    init(
        clusterID: String? = nil, name: String? = nil, size: Int64? = nil, count: Int32? = nil,
        deletionProtection: Bool? = nil, cpuRatio: Double? = nil, kind: FixtureKind? = nil, tags: [FixtureTag]? = nil,
        zones: [String] = [], metaData: JSONValue? = nil, zoneID: String? = nil
    ) {
        self.clusterID = clusterID
        self.name = name
        self.size = size
        self.count = count
        self.deletionProtection = deletionProtection
        self.cpuRatio = cpuRatio
        self.kind = kind
        self.tags = tags
        self.zones = zones
        self.metaData = metaData
        self.zoneID = zoneID
    }
}

struct FixtureTag: Codable, Hashable {
    var key: String?
    var value: String?
    var undocumentedFields = UndocumentedFields()

    init(key: String? = nil, value: String? = nil) {
        self.key = key
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case key, value, undocumentedFields
    }
}

struct FixtureKind: ExtensibleEnum {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let kubernetes = FixtureKind(rawValue: "Kubernetes")
    static let ask = FixtureKind(rawValue: "Ask")
    static let allCases: [FixtureKind] = [.kubernetes, .ask]
}
