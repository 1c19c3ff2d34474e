import COpenSSL

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Each thread's own reusable OpenSSL digest context (`EVP_MD_CTX`).
///
/// Creating and freeing a context per digest cost about a sixth of a short SHA-256, and an HMAC runs two
/// digests. The context sits in a POSIX thread-specific slot, freed when its thread exits. While a call uses
/// it the slot is empty, so a context is never used by two calls at once, even a nested one on the same
/// thread (which would get a fresh context); the synchronous code between taking and putting back never
/// suspends, so a Swift task cannot move to another thread meanwhile.
enum ThreadDigestContext {
    /// The thread-specific slot; its destructor frees the context of an exiting thread.
    private static let slot: pthread_key_t = {
        var slot = pthread_key_t()
        let status = pthread_key_create(&slot) { context in
            EVP_MD_CTX_free(OpaquePointer(context))
        }
        precondition(status == 0, "pthread_key_create failed (\(status))")
        return slot
    }()

    /// Runs `body` with a digest context that no other call uses until `body` returns.
    ///
    /// - Parameter body: Synchronous OpenSSL calls on the context; it must not keep the context.
    /// - Returns: What `body` returns.
    @inline(__always)
    static func with<Result>(_ body: (OpaquePointer) -> Result) -> Result {
        let slot = self.slot
        let context: OpaquePointer
        if let stored = pthread_getspecific(slot) {
            pthread_setspecific(slot, nil)
            context = OpaquePointer(stored)
        } else {
            guard let created = EVP_MD_CTX_new() else { fatalError("EVP_MD_CTX_new failed") }
            context = created
        }
        defer {
            // Back into the empty slot; a nested call that refilled it meanwhile keeps its own.
            if pthread_getspecific(slot) == nil {
                pthread_setspecific(slot, UnsafeRawPointer(context))
            } else {
                EVP_MD_CTX_free(context)
            }
        }
        return body(context)
    }
}
