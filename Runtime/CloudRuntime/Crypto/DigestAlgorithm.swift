import COpenSSL

/// A message digest fetched from OpenSSL's default library context once per process.
///
/// OpenSSL 3 looks a digest up by name (a read lock and string comparisons) whenever it is handed a
/// legacy `EVP_sha256()`-style object, as the one-shot `EVP_Digest` and `HMAC` are; an explicitly
/// fetched `EVP_MD` skips that lookup. A fetched `EVP_MD` is immutable and may be used by any number
/// of threads at once (OpenSSL's "Threading" notes); the three here live as long as the process.
package struct DigestAlgorithm: @unchecked Sendable {
    /// SHA-256: 32-byte digests, 64-byte blocks.
    package static let sha256 = DigestAlgorithm(fetching: "SHA256")
    /// SHA-1: 20-byte digests, 64-byte blocks.
    package static let sha1 = DigestAlgorithm(fetching: "SHA1")
    /// MD5: 16-byte digests, 64-byte blocks.
    package static let md5 = DigestAlgorithm(fetching: "MD5")

    /// The largest block size ``authenticationCode(key:message:into:)`` accepts (SHA-512's).
    static let maximumBlockSize = 128
    /// The largest digest OpenSSL produces.
    static let maximumSize = Int(EVP_MAX_MD_SIZE)

    /// The fetched `EVP_MD`.
    let handle: OpaquePointer
    /// The algorithm's name, for failure messages.
    let name: String
    /// The digest's length in bytes.
    package let size: Int
    /// The length in bytes of the blocks the algorithm compresses (the HMAC pad length).
    package let blockSize: Int

    private init(fetching name: String) {
        guard let handle = EVP_MD_fetch(nil, name, nil) else {
            fatalError("OpenSSL's default provider has no \(name) digest")
        }
        self.handle = handle
        self.name = name
        self.size = Int(EVP_MD_get_size(handle))
        self.blockSize = Int(EVP_MD_get_block_size(handle))
        precondition(
            (1...Self.maximumSize).contains(self.size) && (self.size...Self.maximumBlockSize).contains(self.blockSize),
            "unexpected \(name) sizes")
    }

    // MARK: - Digest

    /// Writes the digest of `input` to `output`, which must have room for ``size`` bytes.
    ///
    /// - Parameters:
    ///   - input: The bytes to hash.
    ///   - output: Where the ``size`` digest bytes go; it may overlap `input`.
    package func digest(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawPointer) {
        ThreadDigestContext.with { context in
            self.hash(context, input, UnsafeRawBufferPointer(start: nil, count: 0), into: output)
        }
    }

    /// The digest of the bytes, in an array of exactly ``size`` bytes.
    ///
    /// - Parameter bytes: The bytes to hash; read in place when the collection is contiguous.
    /// - Returns: The digest.
    package func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        bytes.withContiguousBytes { input in
            [UInt8](unsafeUninitializedCapacity: self.size) { buffer, count in
                self.digest(input, into: UnsafeMutableRawPointer(buffer.baseAddress!))
                count = self.size
            }
        }
    }

    // MARK: - HMAC

    /// Writes HMAC (RFC 2104) of `message` under `key` to `output`, which must have room for ``size`` bytes.
    ///
    /// Built from the fetched digest on the thread's reusable context: two digest passes, the key folded
    /// into the inner and outer pads on the stack, which are wiped afterwards. Keys longer than a block are
    /// hashed first, as RFC 2104 says. On OpenSSL 3.0 this costs about a quarter of the one-shot `HMAC()`
    /// and a third less than a reused `EVP_MAC_CTX`, whose `HMAC_Final` copies digest contexts through
    /// the heap.
    ///
    /// - Parameters:
    ///   - key: The key, any length.
    ///   - message: The message.
    ///   - output: Where the ``size`` MAC bytes go; it may overlap `key` or `message`.
    package func authenticationCode(
        key: UnsafeRawBufferPointer, message: UnsafeRawBufferPointer, into output: UnsafeMutableRawPointer
    ) {
        let blockSize = self.blockSize
        let size = self.size
        withUnsafeTemporaryAllocation(
            byteCount: Self.maximumBlockSize + 2 * Self.maximumSize, alignment: MemoryLayout<UInt64>.alignment
        ) { scratch in
            let pad = scratch.baseAddress!
            let hashedKey = pad + Self.maximumBlockSize
            let inner = hashedKey + Self.maximumSize
            defer { OPENSSL_cleanse(scratch.baseAddress, scratch.count) }
            ThreadDigestContext.with { context in
                var key = key
                if key.count > blockSize {
                    self.hash(context, key, UnsafeRawBufferPointer(start: nil, count: 0), into: hashedKey)
                    key = UnsafeRawBufferPointer(start: hashedKey, count: size)
                }
                let padBytes = pad.initializeMemory(as: UInt8.self, repeating: 0x36, count: blockSize)
                for index in 0..<key.count {
                    padBytes[index] ^= key[index]
                }
                let padBuffer = UnsafeRawBufferPointer(start: pad, count: blockSize)
                self.hash(context, padBuffer, message, into: inner)
                // The inner pad becomes the outer one: 0x36 ^ 0x5c = 0x6a.
                for index in 0..<blockSize {
                    padBytes[index] ^= 0x6A
                }
                self.hash(context, padBuffer, UnsafeRawBufferPointer(start: inner, count: size), into: output)
            }
        }
    }

    /// HMAC of the message under the key, in an array of exactly ``size`` bytes.
    ///
    /// - Parameters:
    ///   - key: The key; read in place when the collection is contiguous.
    ///   - message: The message; read in place when the collection is contiguous.
    /// - Returns: The MAC.
    package func authenticationCode(key: some Collection<UInt8>, message: some Collection<UInt8>) -> [UInt8] {
        key.withContiguousBytes { keyBuffer in
            message.withContiguousBytes { messageBuffer in
                [UInt8](unsafeUninitializedCapacity: self.size) { buffer, count in
                    self.authenticationCode(
                        key: keyBuffer, message: messageBuffer, into: UnsafeMutableRawPointer(buffer.baseAddress!))
                    count = self.size
                }
            }
        }
    }

    // MARK: - One pass

    /// One digest pass over `first` then `second` on `context`, written to `output`.
    @inline(__always)
    private func hash(
        _ context: OpaquePointer, _ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer,
        into output: UnsafeMutableRawPointer
    ) {
        var length: UInt32 = 0
        // An update of no bytes is skipped rather than handed a null pointer.
        let succeeded =
            EVP_DigestInit_ex2(context, self.handle, nil) == 1
            && (first.isEmpty || EVP_DigestUpdate(context, first.baseAddress, first.count) == 1)
            && (second.isEmpty || EVP_DigestUpdate(context, second.baseAddress, second.count) == 1)
            && EVP_DigestFinal_ex(context, output.assumingMemoryBound(to: UInt8.self), &length) == 1
        // These fail only on allocation failure or a broken provider: fatal misconfigurations.
        precondition(succeeded && Int(length) == self.size, "OpenSSL \(self.name) digest failed")
    }
}
