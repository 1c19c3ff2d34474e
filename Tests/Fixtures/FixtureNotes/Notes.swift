/// Namespace for the Notes service's models and operations: a minimal service the tests add as any
/// service is added (a spec folder, this target and its generate-sdk.json).
public enum Notes {}
