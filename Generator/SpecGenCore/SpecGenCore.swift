/// The generator pipeline: spec folders in, diagnostics, bundled documents and Swift sources out.
public enum SpecGen {}
