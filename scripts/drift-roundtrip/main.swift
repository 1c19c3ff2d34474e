// Calls every operation listed in a file against an endpoint with the regenerated clients and
// prints each difference between an answer and the (edited) spec; exits 1 when there is any.
// Usage: drift-check ENDPOINT CALLS-FILE (lines: `<service> <Operation> <JSON parameters>`, the
// service by its catalog's name: ack, kce, ...). `catalogs` comes from Services.swift, which
// drift-roundtrip.sh writes beside this file.
import CloudRuntime
import Foundation
import Synchronization

let arguments = CommandLine.arguments
guard arguments.count == 3, let endpoint = URL(string: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: drift-check ENDPOINT CALLS-FILE\n".utf8))
    exit(64)
}
let services = Dictionary(uniqueKeysWithValues: catalogs.map { ($0.name, $0) })
let credentials = StaticCredentialsProvider(
    accessKeyID: "SPECMOCK-DEMO-ACCESS-KEY-ID", accessKeySecret: "specmock-demo-secret-not-a-real-key")
let found = Mutex<[ResponseDrift]>([])
let lines = try String(contentsOfFile: arguments[2], encoding: .utf8).split(separator: "\n")
for line in lines {
    let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
    guard parts.count == 3, let service = services[parts[0]],
        let entry = service.operations.first(where: { $0.name == parts[1] })
    else {
        FileHandle.standardError.write(Data("drift-check: cannot read the call '\(line)'\n".utf8))
        exit(64)
    }
    let configuration = ClientConfiguration(
        endpoint: endpoint, driftHandler: DriftHandler { drift in found.withLock { $0 += drift } })
    let client = ServiceClient(
        service: service.descriptor, configuration: configuration, credentials: credentials,
        transport: CurlTransport.shared)
    _ = try await entry.send(client, Data(parts[2].utf8))
}
let drift = found.withLock { $0 }
for record in drift { print(record) }
print("drift-check: \(lines.count) calls, \(drift.count) drift records")
exit(drift.isEmpty ? 0 : 1)
