import CloudRuntime

/// Shell completion: `cloudctl completion bash|zsh|fish` prints a script that asks
/// `cloudctl __complete <words>` for the candidates of the word being typed, so the scripts never go
/// stale when the specs gain operations or parameters.
///
/// Operations and their parameters come from the catalogs at run time, which is why the scripts are
/// not argument-parser's: its generated scripts know only options declared at compile time.
public enum Completion {
    /// A shell `cloudctl completion` writes a script for.
    public enum Shell: String, Sendable, CaseIterable {
        case bash, zsh, fish
    }

    /// The script that loads completion into a shell.
    public static func script(for shell: Shell) -> String {
        switch shell {
        case .bash:
            return """
                # cloudctl completion for bash. Load it with: source <(cloudctl completion bash)
                _cloudctl() {
                    local IFS=$'\\n'
                    COMPREPLY=($(compgen -W "$(cloudctl __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)" \\
                        -- "${COMP_WORDS[COMP_CWORD]}"))
                }
                complete -o default -F _cloudctl cloudctl

                """
        case .zsh:
            return """
                # cloudctl completion for zsh. Load it, after compinit, with: source <(cloudctl completion zsh)
                _cloudctl() {
                    local -a candidates
                    candidates=("${(@f)$(cloudctl __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
                    compadd -a candidates
                }
                compdef _cloudctl cloudctl

                """
        case .fish:
            return """
                # cloudctl completion for fish. Load it with: cloudctl completion fish | source
                function __cloudctl_complete
                    set -l tokens (commandline -opc)
                    set -e tokens[1]
                    cloudctl __complete $tokens (commandline -ct) 2>/dev/null
                end
                complete -c cloudctl -f -a '(__cloudctl_complete)'

                """
        }
    }

    /// The candidates for the last of `words` (the arguments after the program name, the last one
    /// the word being typed, possibly empty), one per line, those starting with it.
    ///
    /// - Parameters:
    ///   - words: The words so far.
    ///   - services: The services `cloudctl` offers.
    public static func candidates(_ words: [String], services: [ServiceCatalog]) -> [String] {
        let typed = words.last ?? ""
        let before = words.dropLast()
        return Self.all(before: Array(before), services: services).filter { $0.hasPrefix(typed) }
    }

    private static func all(before: [String], services: [ServiceCatalog]) -> [String] {
        guard let first = before.first else { return services.map(\.name) + ["completion", "--help"] }
        if first == "completion" { return before.count == 1 ? Shell.allCases.map(\.rawValue) : [] }
        guard let service = services.first(where: { $0.name == first.lowercased() }) else { return [] }
        guard before.count >= 2 else { return service.operations.map(\.name) + ["--help"] }
        guard let entry = OperationLookup(operations: service.operations).find(before[1]) else { return [] }
        let previous = before.count > 2 ? before[before.count - 1] : nil
        if let previous, previous.hasPrefix("--"), !previous.contains("=") {
            let name = String(previous.dropFirst(2))
            if let values = Self.values(of: name, entry: entry, service: service) { return values }
        }
        let given = Set(before.dropFirst(2).filter { $0.hasPrefix("--") }.map { $0.split(separator: "=")[0] })
        let parameters = entry.parameters.map { "--" + $0.name }
        return (parameters + Self.options).filter { !given.contains(Substring($0)) }
    }

    /// The values an option or parameter takes when they are known; an empty list when it takes a
    /// value nobody can list; nil when it is a flag (the next word is another name).
    private static func values(of name: String, entry: OperationCatalogEntry, service: ServiceCatalog) -> [String]? {
        switch name {
        case "output": return OutputFormat.allCases.map(\.rawValue)
        case "signature-version": return ["v1", "acs3", "aws4"]
        case "method": return entry.rpcMethods.isEmpty ? [] : entry.rpcMethods.map(\.rawValue)
        case "endpoint-choice": return service.descriptor.endpoints.map(\.choice.rawValue)
        case "waiter": return service.waiters.map(\.name)
        case _ where CommandLineParser.flagOptions.contains(name) || name == "help": return nil
        default:
            if CommandLineParser.valueOptions.contains(name) { return [] }
            return entry.parameters.first { $0.name == name }.map(\.allowedValues)
        }
    }

    /// The options every operation takes, as typed.
    static let options = CommandLineParser.options.map { "--" + $0.name } + ["--help"]
}
