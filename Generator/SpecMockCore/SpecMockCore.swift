/// Serves a spec's documented examples from a loopback mock server.
public enum SpecMockCore {}
