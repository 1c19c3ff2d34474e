/// One gap between a docs index and its spec, as the reports list it and as lint reports it.
struct CoverageGap {
    /// Where: the index entry, name or value, or (for a stale `x-reference`) the spec.
    var location: CoverageReport.Location
    /// The report line, without the location: what is missing or differs.
    var line: String
    /// The lint message.
    var message: String
    /// Lint's notes: where the spec records another value than the reference's.
    var notes: [Diagnostic] = []

    /// A gap whose report line and lint message are the same text.
    init(_ text: String, at location: CoverageReport.Location, notes: [Diagnostic] = []) {
        self.init(location: location, line: text, message: text, notes: notes)
    }

    init(location: CoverageReport.Location, line: String, message: String, notes: [Diagnostic] = []) {
        self.location = location
        self.line = line
        self.message = message
        self.notes = notes
    }
}

extension CoverageReport.Service {
    /// Every gap in index order: a missing operation once (not its names), a route difference, the
    /// methods if they differ, then each parameter and response field that is uncovered or has attributes
    /// that differ without a record; last, each stale `x-reference` entry in spec order.
    var gaps: [CoverageGap] {
        var result: [CoverageGap] = []
        for operation in self.operations {
            if operation.status == .missing {
                result.append(
                    CoverageGap(
                        location: operation.location, line: "operation '\(operation.name)' is not in the spec",
                        message: "operation '\(operation.name)' is documented but not in the spec"))
                continue
            }
            result += operation.routeProblems.map { CoverageGap($0, at: operation.location) }
            if let methods = operation.methods, methods.status == .differs {
                result.append(self.gap(methods, "methods of \(operation.name)"))
            }
            let names =
                operation.parameters.map { ("parameter", $0) } + operation.responseFields.map { ("response field", $0) }
            for (kind, name) in names {
                guard name.covered else {
                    let line = "\(kind) '\(name.name)' of '\(operation.name)'"
                    result.append(
                        CoverageGap(
                            location: name.location, line: line, message: "\(line) is documented but not in the spec"))
                    continue
                }
                for check in name.attributes where check.status == .differs {
                    result.append(self.gap(check, "'\(name.name)' of \(operation.name)"))
                }
            }
        }
        result += self.staleRecords.map { CoverageGap($0.message, at: $0.location) }
        return result
    }

    /// Every gap as an error (see ``gaps``); lint reports exactly these.
    public var gapDiagnostics: [Diagnostic] {
        self.gaps.map { .error($0.message, at: $0.location.sourceLocation, notes: $0.notes) }
    }

    /// An attribute that differs, with a note at the `x-reference` entry that records another value.
    private func gap(_ check: CoverageReport.AttributeCheck, _ subject: String) -> CoverageGap {
        let notes = check.record.map {
            [Diagnostic.note("x-reference records \($0.value)", at: $0.location.sourceLocation)]
        }
        let source = "the \(self.index.label)"
        return CoverageGap("\(subject): \(check.difference(naming: source))", at: check.location, notes: notes ?? [])
    }
}
