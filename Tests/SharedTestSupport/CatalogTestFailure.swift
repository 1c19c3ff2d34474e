/// A test expectation that could not be met, with its explanation; also what the shared spec
/// readers (``SpecOperation``, ``ServiceSpecs``) throw.
package struct CatalogTestFailure: Error, CustomStringConvertible {
    /// What went wrong.
    package let description: String

    /// Creates a failure.
    package init(_ description: String) {
        self.description = description
    }
}
