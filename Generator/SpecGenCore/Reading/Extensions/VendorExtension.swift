/// The names of the vendor extensions the spec may carry; ``SpecReader`` reads each into a typed value.
enum VendorExtension {
    static let sdk = "x-sdk"
    static let signature = "x-signature"
    static let endpoint = "x-endpoint"
    static let errors = "x-errors"
    static let pagination = "x-pagination"
    static let waiters = "x-waiters"
    static let waiterAfter = "x-waiter-after"
    static let rpcMethods = "x-rpc-methods"
    static let indexBase = "x-index-base"
    static let jsonString = "x-json-string"
    static let swiftName = "x-swift-name"
    static let uniqueBy = "x-unique-by"
    static let observed = "x-observed"
    static let observedValues = "x-observed-values"
    static let reference = "x-reference"
    static let requiredMembers = "x-required"
}
