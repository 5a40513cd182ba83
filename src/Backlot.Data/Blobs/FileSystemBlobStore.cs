using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Backlot.Domain.Assets;

namespace Backlot.Data.Blobs;

/// <summary>
/// Blobs as files under <c>root/ab/cd/abcd…</c>. A write goes to <c>root/tmp</c>, is flushed to disk and
/// then moved into place without overwriting: readers never see half a blob, and concurrent writers of
/// the same bytes end with one file (the losers delete their temporary copy).
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const string TempFolderName = "tmp";
    private const int BufferSize = 81920;
    private readonly string _temp;

    public FileSystemBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        _temp = Path.Combine(Root, TempFolderName);
        Directory.CreateDirectory(_temp);
    }

    public string Root { get; }

    /// <summary>Where the blob with this hash lives (whether or not it exists).</summary>
    public string PathFor(string sha256)
    {
        Validate(sha256);
        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    public async Task<BlobInfo> PutAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var target = PathFor(sha);
        if (File.Exists(target))
            return new BlobInfo(sha, content.Length, AlreadyExisted: true);

        var temp = NewTempPath();
        try
        {
            await using (var file = OpenTempFile(temp))
            {
                await file.WriteAsync(content, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            return Commit(temp, target, sha, content.Length);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    public async Task<BlobInfo> PutAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = NewTempPath();
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = OpenTempFile(temp))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }

                file.Flush(flushToDisk: true);
            }

            var sha = Convert.ToHexStringLower(hash.GetHashAndReset());
            return Commit(temp, PathFor(sha), sha, size);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    public Task<Stream?> OpenReadAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathFor(sha256);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathFor(sha256)));

    public Task<bool> DeleteAsync(string sha256, CancellationToken cancellationToken = default)
    {
        var path = PathFor(sha256);
        if (!File.Exists(path))
            return Task.FromResult(false);
        try
        {
            File.Delete(path);
            return Task.FromResult(true);
        }
        catch (DirectoryNotFoundException)
        {
            return Task.FromResult(false);
        }
    }

    public async IAsyncEnumerable<string> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var first in Directory.EnumerateDirectories(Root))
        {
            if (!IsHexPair(Path.GetFileName(first)))
                continue;
            foreach (var second in Directory.EnumerateDirectories(first))
            {
                if (!IsHexPair(Path.GetFileName(second)))
                    continue;
                foreach (var file in Directory.EnumerateFiles(second))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var name = Path.GetFileName(file);
                    if (Asset.IsValidSha256(name))
                        yield return name;
                }
            }
        }
    }

    /// <summary>
    /// Deletes what interrupted writes left in the temporary folder and returns how many files went.
    /// Call it at start-up, before anything writes.
    /// </summary>
    public int DeleteTemporaryFiles(TimeSpan? olderThan = null)
    {
        // Another process may be writing right now: only leftovers older than the given age are removed.
        var cutoff = DateTime.UtcNow - (olderThan ?? TimeSpan.Zero);
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(_temp))
        {
            if (File.GetLastWriteTimeUtc(file) <= cutoff && TryDelete(file))
                count++;
        }

        return count;
    }

    private static void Validate(string sha256)
    {
        if (!Asset.IsValidSha256(sha256))
            throw new ArgumentException($"'{sha256}' is not a SHA-256 (64 lower-case hex characters)", nameof(sha256));
    }

    private static bool IsHexPair(string name) => name.Length == 2 && name.All(char.IsAsciiHexDigitLower);

    private static FileStream OpenTempFile(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);

    private static BlobInfo Commit(string temp, string target, string sha, long size)
    {
        if (File.Exists(target))
            return new BlobInfo(sha, size, AlreadyExisted: true);

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(temp, target, overwrite: false);
            return new BlobInfo(sha, size, AlreadyExisted: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another writer stored the same bytes first: same name, same content.
            return new BlobInfo(sha, size, AlreadyExisted: true);
        }
    }

    private string NewTempPath()
    {
        Directory.CreateDirectory(_temp);
        return Path.Combine(_temp, $"{Guid.NewGuid():N}.part");
    }

    private static bool TryDelete(string path)
    {
        try
        {
            if (!File.Exists(path))
                return false;
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
