import CloudTestSupport
import Foundation
import Testing

@testable import CloudRuntime

/// The AWS4 signing-key cache gives the uncached derivation's key, derives a new one for any new part of
/// its scope (the UTC day first of all), holds no more than its capacity and is safe to share.
@Suite struct AWS4SigningKeyCacheTests {
    private static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    /// 2012-02-15T00:00:00Z, the day of AWS's documented signing-key example.
    private static let day = Date(timeIntervalSince1970: 1_329_264_000)

    private static func uncached(
        secret: String = secret, date: Date = day, region: String = "us-east-1", service: String = "iam"
    ) -> [UInt8] {
        AWS4Signer.signingKey(secret: secret, date: date, region: region, service: service)
    }

    @Test func returnsTheDerivedKeyAndReusesIt() {
        let cache = AWS4SigningKeyCache(capacity: 16)
        let first = cache.signingKey(secret: Self.secret, date: Self.day, region: "us-east-1", service: "iam")
        #expect(first.hexString == "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
        #expect(first == Self.uncached())
        // Later the same day: a hit, nothing derived.
        let later = Self.day.addingTimeInterval(86_399.9)
        #expect(cache.signingKey(secret: Self.secret, date: later, region: "us-east-1", service: "iam") == first)
        #expect(cache.count == 1)
        #expect(cache.derivations == 1)
    }

    @Test func everyPartOfTheScopeGivesItsOwnKey() {
        let cache = AWS4SigningKeyCache(capacity: 16)
        let nextDay = Self.day.addingTimeInterval(86_400)
        let variants: [(secret: String, date: Date, region: String, service: String)] = [
            (Self.secret, Self.day, "us-east-1", "iam"),
            (Self.secret, nextDay, "us-east-1", "iam"),
            (Self.secret, Self.day, "cn-beijing-6", "iam"),
            (Self.secret, Self.day, "us-east-1", "kce"),
            (Self.secret + "x", Self.day, "us-east-1", "iam"),
            // Same characters split differently between region and service.
            (Self.secret, Self.day, "us-east-1i", "am"),
        ]
        var keys: [[UInt8]] = []
        for variant in variants {
            let key = cache.signingKey(
                secret: variant.secret, date: variant.date, region: variant.region, service: variant.service)
            #expect(
                key
                    == Self.uncached(
                        secret: variant.secret, date: variant.date, region: variant.region, service: variant.service))
            keys.append(key)
        }
        #expect(Set(keys).count == variants.count)
        #expect(cache.count == variants.count)
        #expect(cache.derivations == variants.count)
    }

    /// A request signed one second after UTC midnight gets the new day's key, never the cached one of
    /// the day before, including before 1970 and at fractional seconds.
    @Test(arguments: [1_329_264_000.0, 0, -86_400, 951_782_400, 1_767_312_000])
    func theUTCDayChangeDerivesANewKey(midnight: TimeInterval) {
        let cache = AWS4SigningKeyCache(capacity: 16)
        let dates = [-86_400.5, -1, -0.25, 0, 0.5, 1, 86_399.75, 86_400].map {
            Date(timeIntervalSince1970: midnight + $0)
        }
        for date in dates + dates.reversed() {
            #expect(
                cache.signingKey(secret: Self.secret, date: date, region: "r", service: "s")
                    == Self.uncached(date: date, region: "r", service: "s"),
                "\(date.timeIntervalSince1970)")
        }
        // Days -2 (only the half second before -1 day), -1, 0 and +1 relative to the midnight.
        #expect(cache.count == 4)
        #expect(cache.derivations == 4)
        #expect(SigningDate.day(dates[2]) != SigningDate.day(dates[3]))
    }

    @Test func holdsNoMoreThanItsCapacityAndEvictsTheOldest() {
        let cache = AWS4SigningKeyCache(capacity: 4)
        for index in 0..<10 {
            _ = cache.signingKey(secret: Self.secret, date: Self.day, region: "region-\(index)", service: "s")
            #expect(cache.count == min(index + 1, 4))
        }
        #expect(cache.derivations == 10)
        // Regions 6...9 are held; 0 was evicted long ago and is derived again.
        for index in 6..<10 {
            _ = cache.signingKey(secret: Self.secret, date: Self.day, region: "region-\(index)", service: "s")
        }
        #expect(cache.derivations == 10)
        let again = cache.signingKey(secret: Self.secret, date: Self.day, region: "region-0", service: "s")
        #expect(again == Self.uncached(region: "region-0", service: "s"))
        #expect(cache.derivations == 11)
        #expect(cache.count == 4)
    }

    @Test func concurrentCallersGetTheDerivedKeys() async {
        let cache = AWS4SigningKeyCache(capacity: 4)
        let scopes = (0..<8).map { (secret: "secret-\($0 % 3)", region: "region-\($0)") }
        let expected = scopes.map { Self.uncached(secret: $0.secret, region: $0.region) }
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for task in 0..<32 {
                group.addTask {
                    var mismatches = 0
                    for round in 0..<200 {
                        let index = (task * 5 + round) % scopes.count
                        let key = cache.signingKey(
                            secret: scopes[index].secret, date: Self.day, region: scopes[index].region, service: "iam")
                        if key != expected[index] { mismatches += 1 }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
        #expect(cache.count == 4)
    }

    /// The signer signs through the shared cache: a secret no other test uses is there right after signing.
    @Test func theSignerUsesTheSharedCache() throws {
        let secret = "secret-\(UUID().uuidString)"
        let request = SentRequest.make(.get, host: "iam.amazonaws.com")
        let credentials = Credentials(accessKeyID: "AKIDEXAMPLE", accessKeySecret: secret)
        let context = SigningContext(date: Self.day, nonce: "", region: "us-east-1", service: "iam")
        let shared = AWS4SigningKeyCache.shared
        #expect(shared.cachedKey(secret: secret, date: Self.day, region: "us-east-1", service: "iam") == nil)
        let first = try AWS4Signer().sign(request, credentials: credentials, context: context)
        #expect(
            shared.cachedKey(secret: secret, date: Self.day, region: "us-east-1", service: "iam")
                == Self.uncached(secret: secret))
        let second = try AWS4Signer().sign(request, credentials: credentials, context: context)
        #expect(first.headers["Authorization"] == second.headers["Authorization"])
        #expect(shared.capacity == 16 && shared.count <= 16)
    }
}
