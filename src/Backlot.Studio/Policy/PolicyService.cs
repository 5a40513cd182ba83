using System.Text.Json;
using Backlot.Data;
using Backlot.Domain.Productions;
using Backlot.Engines;
using Backlot.Provenance.Audit;
using Backlot.Studio.Audit;
using Backlot.Studio.Auth;
using Microsoft.EntityFrameworkCore;

namespace Backlot.Studio.Policy;

/// <summary>A production's data policy and the engines it lets through, with every refusal and change on the audit log.</summary>
public sealed record PolicyView(Guid ProductionId, string Production, IReadOnlyList<string> Allowed, IReadOnlyList<EnginePolicyView> Engines);

/// <summary>An engine as a production's policy sees it.</summary>
public sealed record EnginePolicyView(string Id, string Version, string DataHandling, bool Allowed);

public sealed class PolicyService(IDbContextFactory<BacklotDbContext> contexts, StudioDatabase database, EngineRouter engines, AuditService audit)
{
    public async Task<PolicyView> ShowAsync(AccessScope scope, Guid productionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var production = await db.Productions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productionId, cancellationToken);
        if (production is null || !scope.CanSee(productionId))
            throw StudioException.NotFound($"production {productionId}");
        return View(production);
    }

    /// <summary>Replaces what the production allows; only an admin may. The change is audited (<c>policy.changed</c>).</summary>
    public async Task<PolicyView> SetAsync(AccessScope scope, Guid productionId, DataHandling allowed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.CanSee(productionId))
            throw StudioException.NotFound($"production {productionId}");
        if (!scope.IsAdmin)
            throw new StudioException(StudioErrorKind.Refused, "only an admin may change a production's data policy");
        if (allowed == DataHandling.None)
            throw new StudioException(StudioErrorKind.Invalid, "a policy must allow at least one data handling");
        await database.EnsureReadyAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var production = await db.Productions.SingleOrDefaultAsync(p => p.Id == productionId, cancellationToken)
            ?? throw StudioException.NotFound($"production {productionId}");
        var before = production.DataPolicy;
        production.DataPolicy = new DataPolicy(allowed);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(productionId, new AuditEvent
        {
            Actor = scope.Subject,
            Action = AuditActions.PolicyChanged,
            SubjectIds = [productionId.ToString()],
            Details = JsonSerializer.Serialize(new { before = PolicyNames.Describe(before.Allowed), after = PolicyNames.Describe(allowed) }),
        }, cancellationToken);
        return View(production);
    }

    /// <summary>Writes an <c>engine.refused</c> entry: the policy turned an engine away for these shots or takes.</summary>
    public Task<AuditEntry> RecordRefusalAsync(Guid productionId, string actor, IFrameEngine engine, DataPolicy policy, IReadOnlyList<string> subjects, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(policy);
        return audit.AppendAsync(productionId, new AuditEvent
        {
            Actor = actor,
            Action = AuditActions.EngineRefused,
            SubjectIds = subjects,
            EngineId = engine.Descriptor.Id,
            Details = JsonSerializer.Serialize(new
            {
                engineVersion = engine.Descriptor.Version,
                dataHandling = PolicyNames.Name(engine.Descriptor.DataHandling),
                allowed = PolicyNames.Describe(policy.Allowed),
                reason,
            }),
        }, cancellationToken);
    }

    /// <summary>The reason the policy refuses the engine, or null when it allows it.</summary>
    public static string? Refusal(IFrameEngine engine, DataPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(policy);
        return policy.Allows(engine.Descriptor.DataHandling)
            ? null
            : $"engine '{engine.Descriptor.Id}' handles data as {PolicyNames.Name(engine.Descriptor.DataHandling)}, which this production's policy does not allow (allowed: {string.Join(", ", PolicyNames.Describe(policy.Allowed))})";
    }

    private PolicyView View(Production production) => new(
        production.Id, production.Name, PolicyNames.Describe(production.DataPolicy.Allowed),
        [.. engines.Engines.Select(e => new EnginePolicyView(e.Descriptor.Id, e.Descriptor.Version, PolicyNames.Name(e.Descriptor.DataHandling), production.DataPolicy.Allows(e.Descriptor.DataHandling)))]);
}
