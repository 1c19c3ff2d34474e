@_spi(Generated) import CloudRuntime
import CloudTestSupport
import Foundation
import HTTPTypes
import InMemoryTracing
import MetricsTestKit
import Synchronization
import Testing
import Tracing

/// Each call is a client span with a child span per attempt, and counts and times itself, through the
/// tracer and metrics factory the configuration names.
@Suite struct CallObservationTests {
    private let tracer = InMemoryTracer()
    private let metrics = TestMetrics()

    private func client(_ answers: [Result<CannedResponse, TransportError>]) -> ServiceClient {
        let count = Mutex(0)
        let transport = RecordingTransport { _ in
            let index = count.withLock { value in
                defer { value += 1 }
                return min(value, answers.count - 1)
            }
            return try answers[index].get()
        }
        var configuration = TestService.configuration(
            region: "cn-beijing", retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(1), random: { 1 }))
        configuration.tracer = self.tracer
        configuration.metricsFactory = self.metrics
        return TestService.client(TestService.ack, configuration: configuration, transport: transport)
    }

    private static let ok = CannedResponse(
        status: 200, headers: ["x-acs-request-id": "R-OK"], body: Array(#"{"cluster_id":"c1"}"#.utf8))
    private static let throttled = CannedResponse(
        status: 503, headers: ["x-acs-request-id": "R-503"],
        body: Array(#"{"code":"ServiceUnavailable","message":"busy","requestId":"R-503"}"#.utf8))

    private func describe(_ client: ServiceClient) async throws -> TestService.ClusterDetail {
        try await client.send(
            TestService.DescribeClusterDetail(clusterID: "c1"), operation: TestService.DescribeClusterDetail.operation)
    }

    private static let dimensions = [("service", "ACK"), ("operation", "DescribeClusterDetail")]

    @Test func aRetriedCallIsOneSpanWithAChildPerAttempt() async throws {
        _ = try await self.describe(self.client([.success(Self.throttled), .success(Self.ok)]))

        let spans = self.tracer.finishedSpans
        #expect(spans.map(\.operationName) == ["GET", "GET", "ACK/DescribeClusterDetail"])
        let call = try #require(spans.last)
        #expect(call.kind == .client)
        #expect(call.attributes["rpc.system"]?.toSpanAttribute() == "alibaba_cloud_api")
        #expect(call.attributes["rpc.service"]?.toSpanAttribute() == "ACK")
        #expect(call.attributes["rpc.method"]?.toSpanAttribute() == "DescribeClusterDetail")
        #expect(call.attributes["cloud.region"]?.toSpanAttribute() == "cn-beijing")
        #expect(call.attributes["cloud_sdk.request_id"]?.toSpanAttribute() == "R-OK")
        #expect(call.status == nil && call.errors.isEmpty)

        let (first, second) = (spans[0], spans[1])
        #expect(first.parentSpanID == call.spanID && second.parentSpanID == call.spanID)
        #expect(first.traceID == call.traceID)
        #expect(first.attributes["http.response.status_code"]?.toSpanAttribute() == 503)
        #expect(first.attributes["cloud_sdk.error_code"]?.toSpanAttribute() == "ServiceUnavailable")
        #expect(first.attributes["cloud_sdk.retry_reason"]?.toSpanAttribute() == "ServiceUnavailable")
        #expect(first.attributes["cloud_sdk.request_id"]?.toSpanAttribute() == "R-503")
        #expect(first.attributes["server.address"]?.toSpanAttribute() == "127.0.0.1")
        #expect(first.attributes["server.port"]?.toSpanAttribute() == 8080)
        #expect(first.status?.code == .error)
        #expect(second.attributes["http.request.resend_count"]?.toSpanAttribute() == 1)
        #expect(second.attributes["cloud_sdk.attempt"]?.toSpanAttribute() == 2)
        #expect(second.attributes["http.response.status_code"]?.toSpanAttribute() == 200)
        #expect(second.status == nil)

        #expect(self.metrics.counterTotal(label: "cloud_sdk_calls", dimensions: Self.dimensions + [("outcome", "success")]) == 1)
        #expect(self.metrics.counterTotal(label: "cloud_sdk_attempts", dimensions: Self.dimensions) == 2)
        #expect(
            self.metrics.counterTotal(
                label: "cloud_sdk_retries", dimensions: Self.dimensions + [("reason", "ServiceUnavailable")]) == 1)
        #expect(self.metrics.counters(label: "cloud_sdk_errors").isEmpty)
        let duration = try self.metrics.expectTimer("cloud_sdk_call_duration", Self.dimensions)
        #expect(duration.values.count == 1 && duration.values[0] > 0)
    }

    @Test func aFailedCallRecordsItsErrorWithoutSecrets() async throws {
        let refused = TransportError(kind: .connectFailed, curlCode: 7, message: "refused", host: "127.0.0.1")
        await #expect(throws: TransportError.self) {
            _ = try await self.describe(self.client([.failure(refused)]))
        }
        let spans = self.tracer.finishedSpans
        #expect(spans.map(\.operationName) == ["GET", "GET", "GET", "ACK/DescribeClusterDetail"])
        let call = try #require(spans.last)
        #expect(call.status?.code == .error)
        #expect(call.errors.count == 1)
        #expect(call.attributes["error.type"]?.toSpanAttribute() == "transport")
        #expect(spans[0].attributes["cloud_sdk.retry_reason"]?.toSpanAttribute() == "connectFailed")
        #expect(spans[2].attributes["cloud_sdk.retry_reason"] == nil)
        // Nothing of the signature or the credentials is an attribute.
        for span in spans {
            span.attributes.forEach { name, value in
                #expect(!"\(value)".contains("TOP-SECRET-KEY"), "\(name)")
                #expect(!name.lowercased().contains("authorization"))
            }
        }
        #expect(self.metrics.counterTotal(label: "cloud_sdk_calls", dimensions: Self.dimensions + [("outcome", "failure")]) == 1)
        #expect(self.metrics.counterTotal(label: "cloud_sdk_errors", dimensions: Self.dimensions + [("kind", "transport")]) == 1)
        #expect(self.metrics.counterTotal(label: "cloud_sdk_retries", dimensions: Self.dimensions + [("reason", "connectFailed")]) == 2)
    }

    @Test func theCallSpanIsAChildOfTheCallersSpan() async throws {
        let parent = self.tracer.startSpan("handler", ofKind: .server)
        try await ServiceContext.withValue(parent.context) {
            _ = try await self.describe(self.client([.success(Self.ok)]))
        }
        parent.end()
        let call = try #require(self.tracer.finishedSpans.first { $0.operationName == "ACK/DescribeClusterDetail" })
        let handler = try #require(self.tracer.finishedSpans.first { $0.operationName == "handler" })
        #expect(call.parentSpanID == handler.spanID)
    }
}
