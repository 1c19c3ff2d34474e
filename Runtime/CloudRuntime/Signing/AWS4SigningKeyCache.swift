import Foundation
import Synchronization

/// AWS4 signing keys already derived, per secret, UTC day, region and service.
///
/// Deriving a key costs four HMACs (``AWS4Signer/signingKey(secret:date:region:service:)``), while a
/// client signs request after request with the same credentials, region and service. The day is part of
/// each entry's identity, so the first request dated on a new UTC day misses and derives that day's key;
/// the previous day's entries simply age out.
///
/// The secret is not kept: entries are told apart by its SHA-256, computed on each lookup from the
/// caller's string. The derived keys are secret material for their day, region and service, and nothing
/// here prints or logs them.
///
/// At most ``capacity`` entries are held; a new one replaces the oldest inserted. Lookups and insertions
/// take a mutex; a miss derives the key outside it, so two threads missing at once may both derive it
/// (the same key) and one insertion wins.
package final class AWS4SigningKeyCache: Sendable {
    /// The cache ``AWS4Signer`` signs through.
    package static let shared = AWS4SigningKeyCache(capacity: 16)

    /// The most entries held at once.
    package let capacity: Int

    private let state: Mutex<State>

    /// Creates an empty cache.
    ///
    /// - Parameter capacity: The most entries to hold at once; at least 1.
    package init(capacity: Int) {
        precondition(capacity > 0, "an AWS4 signing-key cache needs room for one key")
        self.capacity = capacity
        self.state = Mutex(State())
    }

    /// The signing key for the secret, the UTC day of `date`, the region and the service: the cached one,
    /// else derived with ``AWS4Signer/signingKey(secret:date:region:service:)`` and remembered.
    ///
    /// - Parameters:
    ///   - secret: The access key secret.
    ///   - date: The request's signing date; only its UTC day matters.
    ///   - region: The credential-scope region.
    ///   - service: The credential-scope service.
    /// - Returns: The 32-byte signing key.
    package func signingKey(secret: String, date: Date, region: String, service: String) -> [UInt8] {
        let scope = Scope(secret: SecretDigest(of: secret), day: Self.utcDay(date), region: region, service: service)
        if let key = self.state.withLock({ $0.key(for: scope) }) {
            return key
        }
        let key = AWS4Signer.signingKey(secret: secret, date: date, region: region, service: service)
        self.state.withLock { $0.insert(key, for: scope, capacity: self.capacity) }
        return key
    }

    /// The key held for the scope, if any, without deriving one.
    ///
    /// - Parameters:
    ///   - secret: The access key secret.
    ///   - date: The signing date; only its UTC day matters.
    ///   - region: The credential-scope region.
    ///   - service: The credential-scope service.
    /// - Returns: The cached key, or `nil`.
    package func cachedKey(secret: String, date: Date, region: String, service: String) -> [UInt8]? {
        let scope = Scope(secret: SecretDigest(of: secret), day: Self.utcDay(date), region: region, service: service)
        return self.state.withLock { $0.key(for: scope) }
    }

    /// How many entries are held now.
    package var count: Int {
        self.state.withLock { $0.entries.count }
    }

    /// How many keys this cache has derived, hits excluded.
    package var derivations: Int {
        self.state.withLock { $0.derivations }
    }

    /// Days since 1970-01-01 in UTC, by the same arithmetic as ``SigningDate``'s `YYYYMMDD`: one value per
    /// credential-scope day, so keying on it is keying on the day text without building the text.
    static func utcDay(_ date: Date) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    }

    // MARK: - Entries

    /// SHA-256 of a secret's UTF-8 bytes, as four words.
    private struct SecretDigest: Equatable {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

        init(of secret: String) {
            withUnsafeMutableBytes(of: &self.words) { output in
                secret.utf8.withContiguousBytes { Digest.sha256($0, into: output) }
            }
        }

        static func == (left: Self, right: Self) -> Bool {
            left.words == right.words
        }
    }

    /// What a key is derived from.
    private struct Scope: Equatable {
        var secret: SecretDigest
        var day: Int
        var region: String
        var service: String
    }

    private struct Entry {
        var scope: Scope
        var key: [UInt8]
    }

    private struct State {
        /// Insertion order from ``oldest``, wrapping around, once full.
        var entries: [Entry] = []
        /// The index the next insertion overwrites once ``entries`` is full.
        var oldest = 0
        var derivations = 0

        func key(for scope: Scope) -> [UInt8]? {
            self.entries.first { $0.scope == scope }?.key
        }

        mutating func insert(_ key: [UInt8], for scope: Scope, capacity: Int) {
            self.derivations += 1
            guard self.key(for: scope) == nil else { return }
            let entry = Entry(scope: scope, key: key)
            if self.entries.count < capacity {
                self.entries.append(entry)
            } else {
                self.entries[self.oldest] = entry
                self.oldest = (self.oldest + 1) % capacity
            }
        }
    }
}
