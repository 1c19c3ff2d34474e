import Foundation
import HTTPTypes

extension ServiceClient {
    /// Sends a signed request, logging it and its outcome, and names the operation in transport errors.
    ///
    /// - Parameters:
    ///   - attempt: The attempt's number, counting from 1, added to the log lines as `attempt`.
    ///   - timeout: The time limits; nil for the configuration's.
    func exchange(
        _ request: HTTPRequest, body: [UInt8], operation: OperationDescriptor, attempt: Int = 1, timeout: Timeout? = nil
    )
        async throws -> (HTTPResponse, [UInt8])
    {
        var logger = self.configuration.logger
        if logger.logLevel <= .debug { logger[metadataKey: "attempt"] = "\(attempt)" }
        RequestLog.request(request, operation: operation.name, logger: logger)
        let started = ContinuousClock.now
        do {
            let (response, responseBody) = try await self.transport.send(
                request, body: body, timeout: timeout ?? self.configuration.timeout)
            RequestLog.response(
                response, body: responseBody, to: request, operation: operation.name,
                duration: ContinuousClock.now - started, logger: logger)
            return (response, responseBody)
        } catch var error as TransportError {
            error.operation = operation.name
            RequestLog.failure(
                error, of: request, operation: operation.name, duration: ContinuousClock.now - started, logger: logger)
            throw error
        }
    }

    /// Decodes a 2xx response into `O`, or turns any other status into a ``ServiceError``.
    ///
    /// An empty body decodes as `{}`, so operations that answer with no content still give a response
    /// value. The differences from the spec found in a tolerant decode go to the drift handler, stamped
    /// with the service, operation and request ID.
    ///
    /// - Parameter mode: Tolerant or strict; nil for the configuration's.
    func interpret<O: ServiceResponse>(
        _ response: HTTPResponse, body: [UInt8], operation: String, mode: DecodingMode? = nil
    ) throws
        -> O
    {
        guard response.status.kind == .successful else {
            throw ServiceError(response: response, body: body, operation: operation)
        }
        let isBlank = body.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let decoder = ResponseDecoder(mode: mode ?? self.configuration.decodingMode)
        var output: O
        var drift: [ResponseDrift]
        do {
            (output, drift) = try decoder.decodeReportingFailure(
                O.self, from: isBlank ? Array("{}".utf8) : body)
        } catch {
            throw ResponseDecodingError(
                httpStatus: response.status.code, requestID: ResponseRequestID.find(in: response, body: body),
                operation: operation, decoding: error, body: body)
        }
        if output.requestID == nil {
            output.requestID = ResponseRequestID.find(in: response, body: body)
        }
        if !drift.isEmpty {
            for index in drift.indices {
                drift[index].service = self.service.name
                drift[index].operation = operation
                drift[index].requestID = output.requestID
            }
            if let handler = self.configuration.driftHandler {
                handler.record(drift)
            } else {
                self.configuration.driftLog.write(drift, to: self.configuration.logger)
            }
        }
        return output
    }
}
