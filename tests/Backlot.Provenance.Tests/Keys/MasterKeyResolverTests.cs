using Backlot.Provenance.Keys;

namespace Backlot.Provenance.Tests.Keys;

public sealed class MasterKeyResolverTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "backlot-key-tests", Guid.NewGuid().ToString("N"));

    private string Data => Path.Combine(_root, "data");

    private string UserKey => Path.Combine(_root, "config", "backlot", "master.key");

    [Fact]
    public void Resolve_KeyInTheEnvironment_IsUsed()
    {
        using var key = MasterKey.Generate();
        using var source = Resolve(new() { [MasterKeyResolver.KeyVariable] = key.ToBase64() }).Key;
        Assert.Equal(key.Id, source.Id);
        Assert.False(File.Exists(UserKey));
    }

    [Fact]
    public void Resolve_KeyThatIsNot32Bytes_SaysWhatIsExpected()
    {
        var error = Assert.Throws<ProvenanceException>(() => Resolve(new() { [MasterKeyResolver.KeyVariable] = "c2hvcnQ=" }));
        Assert.Contains("BACKLOT_MASTER_KEY must hold 32 bytes in base64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_KeyFileOutsideTheData_IsRead()
    {
        using var key = MasterKey.Generate();
        var file = Path.Combine(_root, "secrets", "backlot.key");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, key.ToBase64() + "\n");
        var source = Resolve(new() { [MasterKeyResolver.KeyFileVariable] = file });
        using var found = source.Key;
        Assert.Equal((key.Id, file, false), (found.Id, source.Origin, source.Created));
    }

    [Fact]
    public void Resolve_KeyFileInsideTheData_IsRefused()
    {
        var file = Path.Combine(Data, "keys", "master.key");
        var error = Assert.Throws<ProvenanceException>(() => Resolve(new() { [MasterKeyResolver.KeyFileVariable] = file }));
        Assert.Contains("lies inside the data folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MissingKeyFile_NamesIt()
    {
        var file = Path.Combine(_root, "nowhere.key");
        var error = Assert.Throws<ProvenanceException>(() => Resolve(new() { [MasterKeyResolver.KeyFileVariable] = file }));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NothingSet_CreatesAnOwnerOnlyUserKeyFileOnceAndReusesIt()
    {
        var first = Resolve([]);
        var second = Resolve([]);
        using var a = first.Key;
        using var b = second.Key;
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(UserKey, first.Origin);
        Assert.Equal(a.Id, b.Id);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(UserKey));
    }

    [Fact]
    public void Resolve_DefaultFileInsideTheData_IsRefused()
    {
        var error = Assert.Throws<ProvenanceException>(() => MasterKeyResolver.Resolve(_root, _ => null, UserKey));
        Assert.Contains("inside the data folder", error.Message, StringComparison.Ordinal);
    }

    private MasterKeySource Resolve(Dictionary<string, string> environment) =>
        MasterKeyResolver.Resolve(Data, name => environment.GetValueOrDefault(name), UserKey);

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }
}
