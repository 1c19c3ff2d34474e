/// Namespace for the KCR service's models and operations.
public enum KCR {}
