namespace Backlot.Provenance.Tests;

public sealed class ProvenanceExceptionTests
{
    [Fact]
    public void Keeps_the_message_and_the_cause()
    {
        var inner = new InvalidOperationException("inner");
        var error = new ProvenanceException("the manifest is cut short at byte 12", inner);
        Assert.Equal("the manifest is cut short at byte 12", error.Message);
        Assert.Same(inner, error.InnerException);
    }
}
