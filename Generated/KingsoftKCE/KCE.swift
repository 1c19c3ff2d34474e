/// Namespace for the KCE service's models and operations.
public enum KCE {}
