import CloudRuntime
import Testing

@Suite struct TransportErrorTests {
    @Test func kindsMatchInCatchPatterns() {
        func classify(_ error: any Error) -> String {
            do {
                throw error
            } catch TransportError.Kind.timedOut {
                return "timed out"
            } catch TransportError.Kind.connectFailed {
                return "connect failed"
            } catch {
                return "other"
            }
        }

        #expect(classify(TransportError(kind: .timedOut, curlCode: 28, message: "slow")) == "timed out")
        #expect(classify(TransportError(kind: .connectFailed, curlCode: 7, message: "refused")) == "connect failed")
        #expect(classify(TransportError(kind: .tls, curlCode: 35, message: "handshake")) == "other")
        #expect(classify(CancellationError()) == "other")
    }

    @Test func descriptionNamesKindOperationHostAndCurlCode() {
        let error = TransportError(
            kind: .timedOut, curlCode: 28, message: "Operation timed out after 300 milliseconds",
            host: "cs.cn-hangzhou.aliyuncs.com", operation: "DescribeClusters")

        #expect(error.description == "TransportError(timed out, operation: DescribeClusters, host: cs.cn-hangzhou.aliyuncs.com, "
                + "curl 28: Operation timed out after 300 milliseconds)")
    }
}
