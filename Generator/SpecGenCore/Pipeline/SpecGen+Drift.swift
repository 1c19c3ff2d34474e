import Foundation

extension SpecGen {
    /// Splits `specgen drift` arguments: a folder is a spec folder, anything else a record file.
    public static func driftInputs(_ arguments: [String]) -> (records: [String], directories: [String]) {
        var records: [String] = []
        var directories: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue {
                directories.append(argument)
            } else {
                records.append(argument)
            }
        }
        return (records, directories)
    }

    /// Compares drift records with the specs of their services, and with `apply`, edits the specs so that
    /// they allow what the server sent.
    ///
    /// Records are matched to a spec folder by service (`x-sdk.name`) and followed from their operation's
    /// success response through the lowered model to the spec node they contradict. Records of the same
    /// kind against the same node, with the same types or value, are one finding.
    ///
    /// - Parameters:
    ///   - records: NDJSON record files.
    ///   - directories: Spec folders, one per service.
    ///   - apply: Whether to write the edits; nothing is written when anything fails.
    /// - Returns: The findings, and what was written.
    /// - Throws: ``DiagnosticsError`` for an unreadable or malformed record file, a spec folder that does
    ///   not lint or lower, a record for an operation its service does not have, or edits that would
    ///   leave a spec that does not lint.
    public static func drift(
        records: [String], directories: [String], apply: Bool = false
    ) throws(DiagnosticsError) -> DriftReport {
        var errors: [Diagnostic] = []
        var all: [DriftRecord] = []
        for file in records {
            do { all += try DriftRecordFile.read(file) } catch { errors += error.diagnostics }
        }
        var specs: [DriftSpec] = []
        for directory in directories {
            do { specs.append(try Self.driftSpec(directory: directory)) } catch { errors += error.diagnostics }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        let matched = try Self.match(all, with: specs)
        var planners = specs.map(DriftEditPlanner.init)
        let ranked = matched.grouping.ranked
        for index in planners.indices {
            planners[index].plan(
                ranked.enumerated().filter { $0.element.spec == index }.map {
                    DriftEditPlanner.Request(
                        finding: $0.offset, edit: $0.element.contradiction.edit, answers: $0.element.records.count)
                })
        }
        let fixes = planners.reduce(into: [Int: DriftReport.Fix]()) { $0.merge($1.plan.fixes) { first, _ in first } }
        let findings = ranked.enumerated().map { index, group in
            DriftGrouping.finding(
                group, fix: fixes[index] ?? DriftReport.Fix(action: .manual, detail: "no edit found", location: nil))
        }
        let edited = apply ? try Self.writeDriftEdits(zip(specs, planners.map(\.plan)).map { ($0, $1) }) : []
        return DriftReport(
            records: all.count, allowed: matched.allowed, findings: findings, unmatched: matched.grouping.unmatched,
            skipped: matched.skipped, edited: edited, applied: apply)
    }

    /// Matches records with their specs and resolves each one.
    private static func match(
        _ records: [DriftRecord], with specs: [DriftSpec]
    ) throws(DiagnosticsError) -> (grouping: DriftGrouping, allowed: Int, skipped: [DriftReport.Skipped]) {
        var services: [String: Int] = [:]
        for (index, spec) in specs.enumerated() where services[spec.model.name] == nil {
            services[spec.model.name] = index
        }
        let resolvers = specs.map(DriftResolver.init)
        var grouping = DriftGrouping()
        var allowed = 0
        var skipped: [String: Int] = [:]
        var unknown: [String: (Diagnostic, Int)] = [:]
        for record in records {
            guard let index = services[record.service] else {
                skipped[record.service, default: 0] += 1
                continue
            }
            guard let operation = specs[index].model.operations.first(where: { $0.name == record.operation }) else {
                let message =
                    "operation '\(record.operation)' is not in service '\(record.service)' (\(specs[index].directory))"
                unknown[record.service + "." + record.operation, default: (.error(message, at: record.source), 0)].1 +=
                    1
                continue
            }
            switch resolvers[index].resolve(record, in: operation) {
            case .allowed: allowed += 1
            case .unmatched(let reason): grouping.addUnmatched(record, reason: reason)
            case .contradicts(let contradiction): grouping.add(record, contradiction, spec: index)
            }
        }
        guard unknown.isEmpty else {
            throw DiagnosticsError(
                unknown.values.map { diagnostic, count in
                    var diagnostic = diagnostic
                    if count > 1 { diagnostic.message += " (\(count) records)" }
                    return diagnostic
                }.sortedByLocation())
        }
        let skippedServices = skipped.map { DriftReport.Skipped(service: $0.key, records: $0.value) }
            .sorted { $0.service < $1.service }
        return (grouping, allowed, skippedServices)
    }
}
