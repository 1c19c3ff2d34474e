/// Namespace of the RPC golden: the file a service module keeps beside its generated sources.
public enum KCE {}
