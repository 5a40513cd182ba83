using System.CommandLine;
using Backlot.Studio.Auth;
using Backlot.Studio.Productions;

namespace Backlot.Cli.Commands;

public static class TokenCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "Who or what the token is for.", DefaultValueFactory = _ => "api" };
        var production = new Option<string[]>("--production", "-p") { Description = "A production this token may see (repeatable); none = admin token." };
        var create = new Command("create", "Create an API token and print it once.") { name, production, CliOutput.Json };
        create.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            var ids = new List<Guid>();
            foreach (var p in parse.GetValue(production) ?? [])
                ids.Add((await session.Get<ProductionService>().FindAsync(p, ct)).Id);
            var (token, row) = await session.Get<TokenService>().CreateAsync(parse.GetValue(name)!, ids.Count == 0 ? "admin" : "member", ids, ct);
            if (parse.GetValue(CliOutput.Json))
                CliOutput.WriteJson(new { token, id = row.Id, row.Name, row.Role, productions = row.ProductionIds });
            else
                Console.WriteLine(token);
            return 0;
        }));
        var admin = new Command("admin", "Print the local admin token (created on first use).");
        admin.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data));
            Console.WriteLine((await session.Get<TokenService>().EnsureAdminTokenAsync(ct)).Token);
            return 0;
        }));
        return new Command("token", "Manage API tokens.") { create, admin };
    }
}
