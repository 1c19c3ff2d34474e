import Testing

@Test func placeholderSpecGenCoreTests() {
    #expect(Bool(true))
}
