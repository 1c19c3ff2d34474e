import AlibabaACK
import CloudRuntime
import KingsoftKCE
import KingsoftKCR

/// The services this package ships, for its tools (`cloudctl`, `cloud-demo`) and tests.
///
/// The one list that links the generated modules: everything else takes catalogs and iterates them,
/// so adding a service is adding its module's catalog here.
public enum ServiceCatalogs {
    /// Every shipped service's catalog, in command-line order: `ack`, `kce`, `kcr`.
    public static let all: [ServiceCatalog] = [ACK.catalog, KCE.catalog, KCR.catalog]
}
