using System.Security.Cryptography;
using Backlot.Data.Blobs;

namespace Backlot.Data.Tests.Blobs;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"backlot-blobs-{Guid.NewGuid():N}");
    private readonly FileSystemBlobStore _store;

    public FileSystemBlobStoreTests() => _store = new FileSystemBlobStore(_root);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Put_StoresTheBytesUnderTheirSha256()
    {
        var bytes = "frame one"u8.ToArray();

        var info = await _store.PutAsync(bytes, Ct);

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(new BlobInfo(sha, bytes.Length, false), info);
        Assert.Equal(Path.Combine(_root, sha[..2], sha[2..4], sha), _store.PathFor(sha));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_store.PathFor(sha), Ct));
        Assert.True(await _store.ExistsAsync(sha, Ct));
    }

    [Fact]
    public async Task Put_OfBytesAlreadyStored_SaysSoAndKeepsOneCopy()
    {
        var bytes = RandomBytes(1000);

        var first = await _store.PutAsync(bytes, Ct);
        var second = await _store.PutAsync(new MemoryStream(bytes), Ct);

        Assert.False(first.AlreadyExisted);
        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal([first.Sha256], await ToListAsync(_store.ListAsync(Ct)));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task PutStream_HashesWhileStreaming_AndLeavesNoTemporaryFile()
    {
        var bytes = RandomBytes(300_000);

        var info = await _store.PutAsync(new MemoryStream(bytes), Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), info.Sha256);
        Assert.Equal(bytes.Length, info.Size);
        await using var read = await _store.OpenReadAsync(info.Sha256, Ct);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, Ct);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task PutStream_ThatFailsHalfway_LeavesNothingBehind()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.PutAsync(new FailingStream(), Ct));

        Assert.Empty(TempFiles());
        Assert.Empty(await ToListAsync(_store.ListAsync(Ct)));
    }

    [Fact]
    public async Task Put_OfTheSameBytesFromEightTasksAtOnce_StoresOneFileAndOneWinner()
    {
        var bytes = RandomBytes(2_000_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(
            () => i % 2 == 0 ? _store.PutAsync(bytes, Ct) : _store.PutAsync(new MemoryStream(bytes), Ct), Ct)));

        Assert.Single(results.Select(r => r.Sha256).Distinct());
        Assert.Single(results, r => !r.AlreadyExisted);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(_store.PathFor(results[0].Sha256), Ct));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task OpenRead_OfAnAbsentBlob_ReturnsNull()
    {
        Assert.Null(await _store.OpenReadAsync(new string('0', 64), Ct));
        Assert.False(await _store.ExistsAsync(new string('0', 64), Ct));
    }

    [Fact]
    public async Task Delete_RemovesTheBlob_AndSaysWhetherThereWasOne()
    {
        var info = await _store.PutAsync("to delete"u8.ToArray(), Ct);

        Assert.True(await _store.DeleteAsync(info.Sha256, Ct));
        Assert.False(await _store.DeleteAsync(info.Sha256, Ct));
        Assert.False(await _store.ExistsAsync(info.Sha256, Ct));
    }

    [Fact]
    public async Task List_ReturnsEveryStoredBlob_AndIgnoresTemporaryFiles()
    {
        var a = await _store.PutAsync("a"u8.ToArray(), Ct);
        var b = await _store.PutAsync("b"u8.ToArray(), Ct);
        await File.WriteAllTextAsync(Path.Combine(_root, "tmp", "leftover.part"), "x", Ct);

        var listed = await ToListAsync(_store.ListAsync(Ct));

        Assert.Equal(new[] { a.Sha256, b.Sha256 }.Order(), listed.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("../aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task EveryOperation_RefusesANameThatIsNotASha256(string sha)
    {
        Assert.Throws<ArgumentException>(() => _store.PathFor(sha));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(sha, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ExistsAsync(sha, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(sha, Ct));
    }

    [Fact]
    public void DeleteTemporaryFiles_RemovesLeftoversOfInterruptedWrites()
    {
        File.WriteAllText(Path.Combine(_root, "tmp", "one.part"), "half");
        File.WriteAllText(Path.Combine(_root, "tmp", "two.part"), "half");

        Assert.Equal(2, _store.DeleteTemporaryFiles());
        Assert.Empty(TempFiles());
        Assert.Equal(0, _store.DeleteTemporaryFiles());
    }

    private string[] TempFiles() => Directory.GetFiles(Path.Combine(_root, "tmp"));

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> items)
    {
        var list = new List<string>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }

    /// <summary>Gives some bytes, then fails like a dropped upload.</summary>
    private sealed class FailingStream : Stream
    {
        private int _reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_reads++ > 2)
                throw new IOException("connection reset");
            Array.Fill(buffer, (byte)7, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
