import CCurl

/// libcurl's process-wide initialisation, run once on first use.
///
/// `curl_global_init` is not thread-safe itself; a Swift global is initialised lazily and exactly
/// once, so every path that needs curl reads this constant first.
let curlGlobalInitialization: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))
