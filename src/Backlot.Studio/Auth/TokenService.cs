using System.Security.Cryptography;
using System.Text;
using Backlot.Data;
using Backlot.Data.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Auth;

/// <summary>
/// API tokens: random 256-bit secrets, stored only as SHA-256. At first start a local admin token is made,
/// printed once and kept in the data folder (owner read/write only) for the person who started Backlot.
/// </summary>
public sealed class TokenService(IDbContextFactory<BacklotDbContext> contexts, StudioDatabase database, StudioOptions options)
{
    public const string Prefix = "blt_";

    /// <summary>The admin token from the data folder, creating it (and its database row) on first start.</summary>
    public async Task<(string Token, bool Created)> EnsureAdminTokenAsync(CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (File.Exists(options.AdminTokenPath))
        {
            var saved = (await File.ReadAllTextAsync(options.AdminTokenPath, cancellationToken)).Trim();
            var hash = Hash(saved);
            if (await db.ApiTokens.AnyAsync(t => t.TokenHash == hash && !t.Revoked, cancellationToken))
                return (saved, false);
        }

        var (token, _) = await CreateAsync("local admin", "admin", [], cancellationToken);
        var temp = options.AdminTokenPath + ".tmp";
        await File.WriteAllTextAsync(temp, token + "\n", cancellationToken);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, options.AdminTokenPath, overwrite: true);
        return (token, true);
    }

    public async Task<(string Token, ApiToken Row)> CreateAsync(string name, string role, IReadOnlyList<Guid> productionIds, CancellationToken cancellationToken = default)
    {
        if (role is not ("admin" or "member"))
            throw new StudioException(StudioErrorKind.Invalid, $"role '{role}' is not known (admin, member)");
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var row = new ApiToken
        {
            Name = name,
            TokenHash = Hash(token),
            Role = role,
            ProductionIds = [.. productionIds],
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.ApiTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return (token, row);
    }

    /// <summary>The scope a presented token grants, or null when it is unknown or revoked.</summary>
    public async Task<AccessScope?> ValidateAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
            return null;
        await database.EnsureReadyAsync(cancellationToken);
        var hash = Hash(token.Trim());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash && !t.Revoked, cancellationToken);
        return row is null ? null : new AccessScope(row.Name, row.Role == "admin", row.ProductionIds);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
