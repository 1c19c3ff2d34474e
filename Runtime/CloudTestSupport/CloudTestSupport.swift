/// Loopback servers and helpers for testing generated clients.
public enum CloudTestSupportInfo {}
