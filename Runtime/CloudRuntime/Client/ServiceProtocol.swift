/// The API style of a service, which decides how parameters travel.
public enum ServiceProtocol: String, Sendable, Hashable, CaseIterable {
    /// REST style: the method and path name the operation; parameters go into the path, query,
    /// headers and a JSON body; `x-acs-action` and `x-acs-version` headers name operation and version.
    case roa
    /// RPC style: every request goes to `/` with `Action` and `Version` parameters, sent as a form
    /// body (POST) or as the query (GET).
    case rpc
}
