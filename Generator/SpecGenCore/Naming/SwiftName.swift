/// The one sanitizer that turns wire names into Swift names: `cluster_id` -> `clusterID`,
/// `PublicApiServer` -> `publicAPIServer`, `default` -> `` `default` ``, `1` -> `_1`, `1.12.3` -> `_1_12_3`.
///
/// Words are split at separators (anything but ASCII letters and digits) and at case changes
/// (`HTTPSProxy` -> `HTTPS`, `Proxy`). Words in ``acronyms`` are cased uniformly, as Apple's
/// guidelines ask (`requestID`, `URL`). Results that are Swift keywords are escaped with backticks;
/// results that would start with a digit get a leading underscore. Names the rules cannot make
/// (no ASCII letter or digit at all) come back as `nil`, so callers can report them.
public enum SwiftName {
    /// Lowercased word -> canonical casing, for words cased as a unit.
    public static let acronyms: [String: String] = {
        let words = [
            "ACK", "ACL", "API", "APIs", "ARN", "CIDR", "CIDRs", "CPU", "CPUs", "DNS", "ECS", "EIP", "EIPs", "GPU",
            "GPUs", "HTTP", "HTTPS", "ID", "IDs", "IP", "IPs", "IPv4", "IPv6", "JSON", "KCE", "KCR", "KEC", "KMS",
            "NAS", "NAT", "OS", "OSS", "RAM", "SLB", "SLS", "SSH", "SSL", "TCP", "TLS", "UDP", "URI", "URL", "URLs",
            "UUID", "VPC", "VPCs",
        ]
        return Dictionary(uniqueKeysWithValues: words.map { ($0.lowercased(), $0) })
    }()

    /// A lowerCamelCase member name (property, method, static member, enum case), keyword-escaped.
    public static func memberName(_ wire: String) -> String? {
        let words = self.words(wire)
        guard let first = words.first else { return nil }
        let head = first.lowercased()
        let tail = words.dropFirst().map(self.capitalized)
        return self.finish(self.joined([head] + tail))
    }

    /// An UpperCamelCase type name, keyword-escaped.
    public static func typeName(_ wire: String) -> String {
        self.typeNameIfPossible(wire) ?? "_"
    }

    /// An UpperCamelCase type name, or `nil` when the wire name holds no ASCII letter or digit.
    public static func typeNameIfPossible(_ wire: String) -> String? {
        let words = self.words(wire)
        guard !words.isEmpty else { return nil }
        return self.finish(self.joined(words.map(self.capitalized)))
    }

    /// Whether `name` can be used as written (an `x-swift-name` override): an ASCII identifier.
    public static func isValidIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCIILetter || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || $0 == "_" }
    }

    /// Whether `name` reads as a type name without changes: an ASCII upper-case letter, then ASCII
    /// letters and digits (waiter names, which become `waitUntil<Name>`).
    public static func isTypeIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isUppercase else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
    }

    /// An override name, escaped if it is a keyword.
    public static func escaped(_ name: String) -> String {
        SwiftKeywords.all.contains(name) ? "`\(name)`" : name
    }

    /// The name without keyword backticks: `` `default` `` -> `default`.
    public static func unescaped(_ name: String) -> String {
        name.hasPrefix("`") && name.hasSuffix("`") && name.count > 1 ? String(name.dropFirst().dropLast()) : name
    }

    /// Splits a wire name into words at separators and case changes, merging plural acronyms (`IDs`).
    public static func words(_ wire: String) -> [String] {
        var words: [String] = []
        for chunk in wire.unicodeScalars.split(whereSeparator: { !($0.isASCIILetter || $0.isASCIIDigit) }) {
            words += self.splitCase(Array(chunk))
        }
        return self.mergePluralAcronyms(words)
    }

    // MARK: - Steps

    private static func splitCase(_ scalars: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if index > 0, scalar.isASCIIUppercase {
                let previous = scalars[index - 1]
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                let afterLower = previous.isASCIILowercase || previous.isASCIIDigit
                let endsAcronym = previous.isASCIIUppercase && (next?.isASCIILowercase ?? false)
                if afterLower || endsAcronym {
                    words.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            current.append(scalar)
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `I` + `Ds` -> `IDs`; `VP` + `Cs` -> `VPCs`: a case split that cut a plural acronym in two.
    private static func mergePluralAcronyms(_ words: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if index + 1 < words.count, word.unicodeScalars.allSatisfy(\.isASCIIUppercase) {
                let joined = word + words[index + 1]
                if let canonical = self.acronyms[joined.lowercased()], canonical.hasSuffix("s") {
                    result.append(joined)
                    index += 2
                    continue
                }
            }
            result.append(word)
            index += 1
        }
        return result
    }

    /// The words run together, with `_` kept between two numbers so they stay apart: `v1.12.3` ->
    /// `v1_12_3`, not `v1123`.
    private static func joined(_ words: [String]) -> String {
        var result = ""
        for word in words {
            if let last = result.unicodeScalars.last, last.isASCIIDigit, word.unicodeScalars.first?.isASCIIDigit == true
            {
                result += "_"
            }
            result += word
        }
        return result
    }

    private static func capitalized(_ word: String) -> String {
        if let acronym = self.acronyms[word.lowercased()] { return acronym }
        if word.count > 1, word.unicodeScalars.allSatisfy({ $0.isASCIIUppercase || $0.isASCIIDigit }) {
            return word
        }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func finish(_ name: String) -> String {
        if let first = name.unicodeScalars.first, first.isASCIIDigit { return "_" + name }
        return self.escaped(name)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { self.isASCIIUppercase || self.isASCIILowercase }
    fileprivate var isASCIIUppercase: Bool { ("A"..."Z").contains(self) }
    fileprivate var isASCIILowercase: Bool { ("a"..."z").contains(self) }
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
