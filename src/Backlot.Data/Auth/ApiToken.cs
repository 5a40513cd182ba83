using System.Security.Cryptography;
using System.Text;

namespace Backlot.Data.Auth;

/// <summary>An API token. Only its SHA-256 is stored; the token itself is shown once, when made.</summary>
public sealed class ApiToken
{
    public const string AdminRole = "admin";
    public const string MemberRole = "member";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token (UTF-8); unique.</summary>
    public required string TokenHash { get; init; }

    /// <summary><see cref="AdminRole"/> or <see cref="MemberRole"/>.</summary>
    public string Role { get; set; } = MemberRole;

    /// <summary>The productions a member token may see; ignored for admin.</summary>
    public List<Guid> ProductionIds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool Revoked { get; set; }

    public bool IsAdmin => Role == AdminRole;

    public bool MaySee(Guid productionId) => !Revoked && (IsAdmin || ProductionIds.Contains(productionId));

    public static string HashToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
