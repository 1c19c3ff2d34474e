/// Namespace for the ACK service's models and operations.
public enum ACK {}
