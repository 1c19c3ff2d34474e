/// Namespace of the ROA golden: the file a service module keeps beside its generated sources.
public enum ACK {}
