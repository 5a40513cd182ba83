using System.CommandLine;
using Backlot.Studio.Auth;
using Backlot.Studio.Policy;
using Backlot.Studio.Productions;

namespace Backlot.Cli.Commands;

/// <summary>`backlot policy show|set`: what a production lets leave the building, engine by engine.</summary>
public static class PolicyCommand
{
    public static Command Create()
    {
        var show = new Command("show", "Print the data handling the production allows and which engines that lets through.") { ShotsCommand.Production, CliOutput.Json };
        show.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            Print(await session.Get<PolicyService>().ShowAsync(AccessScope.Local, production.Id, ct), parse.GetValue(CliOutput.Json));
            return 0;
        }));

        var allow = new Option<string[]>("--allow")
        {
            Description = $"What the production allows, comma-separated: {string.Join(", ", PolicyNames.All)}.",
            Required = true,
        };
        var set = new Command("set", "Replace the production's data policy; engines it no longer allows are refused, queued takes included.")
        {
            ShotsCommand.Production, allow, CliOutput.Json,
        };
        set.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var allowed = PolicyNames.Parse(parse.GetValue(allow) ?? []);
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var production = await session.Get<ProductionService>().FindAsync(parse.GetValue(ShotsCommand.Production), ct);
            Print(await session.Get<PolicyService>().SetAsync(AccessScope.Local, production.Id, allowed, ct), parse.GetValue(CliOutput.Json));
            return 0;
        }));
        return new Command("policy", "A production's data policy: which engines may receive its material.") { show, set };
    }

    private static void Print(PolicyView policy, bool json)
    {
        if (json)
        {
            CliOutput.WriteJson(policy);
            return;
        }

        CliOutput.Say($"{policy.Production} allows: {string.Join(", ", policy.Allowed)}");
        foreach (var engine in policy.Engines)
            CliOutput.Say($"  {engine.Id} {engine.Version} ({engine.DataHandling}): {(engine.Allowed ? "allowed" : "refused")}");
    }
}
