import CloudRuntime

/// Types written the way the generator writes them, for decoding tests: optional fields with
/// `decodeIfPresent`, a required list with `decode`, coding keys with member rules, and the
/// undocumented members kept at the end.
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
    var undocumentedFields: [String: JSONValue] = [:]

    enum CodingKeys: String, CodingKey, DocumentedCodingKeys {
        case clusterID = "cluster_id"
        case name, size, count
        case deletionProtection = "deletion_protection"
        case cpuRatio = "cpu_ratio"
        case kind, tags, zones
        case metaData = "meta_data"
        case zoneID = "zone_id"

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

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.clusterID = try container.decodeIfPresent(String.self, forKey: .clusterID)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.size = try container.decodeIfPresent(Int64.self, forKey: .size)
        self.count = try container.decodeIfPresent(Int32.self, forKey: .count)
        self.deletionProtection = try container.decodeIfPresent(Bool.self, forKey: .deletionProtection)
        self.cpuRatio = try container.decodeIfPresent(Double.self, forKey: .cpuRatio)
        self.kind = try container.decodeIfPresent(FixtureKind.self, forKey: .kind)
        self.tags = try container.decodeIfPresent([FixtureTag].self, forKey: .tags)
        self.zones = try container.decode([String].self, forKey: .zones)
        self.metaData = try container.decodeIfPresent(JSONValue.self, forKey: .metaData)
        self.zoneID = try container.decodeIfPresent(String.self, forKey: .zoneID)
        self.undocumentedFields = try decoder.undocumentedFields()
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.clusterID, forKey: .clusterID)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeIfPresent(self.size, forKey: .size)
        try container.encodeIfPresent(self.count, forKey: .count)
        try container.encodeIfPresent(self.deletionProtection, forKey: .deletionProtection)
        try container.encodeIfPresent(self.cpuRatio, forKey: .cpuRatio)
        try container.encodeIfPresent(self.kind, forKey: .kind)
        try container.encodeIfPresent(self.tags, forKey: .tags)
        try container.encode(self.zones, forKey: .zones)
        try container.encodeIfPresent(self.metaData, forKey: .metaData)
        try container.encodeIfPresent(self.zoneID, forKey: .zoneID)
        try encoder.encodeUndocumentedFields(self.undocumentedFields)
    }
}

struct FixtureTag: Codable, Hashable {
    var key: String?
    var value: String?
    var undocumentedFields: [String: JSONValue] = [:]

    init(key: String? = nil, value: String? = nil) {
        self.key = key
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case key, value
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.key = try container.decodeIfPresent(String.self, forKey: .key)
        self.value = try container.decodeIfPresent(String.self, forKey: .value)
        self.undocumentedFields = try decoder.undocumentedFields()
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.key, forKey: .key)
        try container.encodeIfPresent(self.value, forKey: .value)
        try encoder.encodeUndocumentedFields(self.undocumentedFields)
    }
}

struct FixtureKind: ExtensibleEnum {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let kubernetes = FixtureKind(rawValue: "Kubernetes")
    static let ask = FixtureKind(rawValue: "Ask")
    static let allCases: [FixtureKind] = [.kubernetes, .ask]
}
