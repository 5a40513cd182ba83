using Backlot.Data;
using Backlot.Domain.Organizations;
using Backlot.Domain.Productions;
using Backlot.Studio.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Backlot.Studio.Productions;

public sealed class ProductionService(
    IDbContextFactory<BacklotDbContext> contexts, StudioDatabase database, SigningIdentityService identities, ILogger<ProductionService> log)
{
    public const string DefaultOrganization = "Local studio";

    /// <summary>The production with this name's slug, created (with its organization and signing identity) when missing.</summary>
    public async Task<(Production Production, bool Created)> GetOrCreateAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            throw new StudioException(StudioErrorKind.Invalid, "a production needs a name of 1 to 200 characters");
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var slug = Production.SlugFor(name);
        var existing = await db.Productions.SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (existing is not null)
            return (existing, false);

        var org = await db.Organizations.FirstOrDefaultAsync(o => o.Name == DefaultOrganization, cancellationToken);
        if (org is null)
        {
            org = new Organization { Name = DefaultOrganization };
            db.Organizations.Add(org);
        }

        var production = new Production
        {
            OrganizationId = org.Id,
            Name = name.Trim(),
            Slug = slug,
            SigningIdentity = SigningIdentity.PlaceholderFor(name.Trim()),
        };
        db.Productions.Add(production);
        await db.SaveChangesAsync(cancellationToken);
        // The identity is made now when it can be; without the master key (a missing key file) the production still
        // exists and gets its identity on first signing, which then names the problem.
        try
        {
            var identity = await identities.EnsureAsync(production.Id, cancellationToken);
            production.SigningIdentity = new SigningIdentity(identity.Subject, identity.CertificateSha256);
        }
        catch (StudioException e)
        {
            log.LogWarning("Production {Name} has no signing identity yet: {Reason}", production.Name, e.Message);
        }

        return (production, true);
    }

    /// <summary>Finds a production by id, slug or name; with none given, the only production there is.</summary>
    public async Task<Production> FindAsync(string? reference, CancellationToken cancellationToken = default)
    {
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(reference))
        {
            var all = await db.Productions.AsNoTracking().OrderBy(p => p.Name).Take(2).ToListAsync(cancellationToken);
            return all.Count switch
            {
                0 => throw new StudioException(StudioErrorKind.NotFound, "there is no production yet: run 'backlot import FILE' or 'backlot demo'"),
                1 => all[0],
                _ => throw new StudioException(StudioErrorKind.Invalid, "there are several productions: name one with --production"),
            };
        }

        var slug = Production.SlugFor(reference);
        Production? found = Guid.TryParse(reference, out var id)
            ? await db.Productions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await db.Productions.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        return found ?? throw StudioException.NotFound($"production '{reference}'");
    }
}
