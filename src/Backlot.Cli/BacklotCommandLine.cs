using System.CommandLine;
using Backlot.Cli.Commands;

namespace Backlot.Cli;

/// <summary>The `backlot` command: one subcommand per use case, each with --help.</summary>
public static class BacklotCommandLine
{
    /// <summary>--data DIR: the data folder (else BACKLOT_DATA, else ./backlot-data). Every command takes it.</summary>
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "Data folder (default: $BACKLOT_DATA, else ./backlot-data). BACKLOT_DB selects PostgreSQL.",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Backlot: from screenplay to a consistent, reviewable storyboard.");
        root.Options.Add(Data);
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(BreakdownCommand.Create());
        root.Subcommands.Add(ProductionsCommand.Create());
        root.Subcommands.Add(ShotsCommand.Create());
        root.Subcommands.Add(PlanCommand.Create());
        root.Subcommands.Add(ShotCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCutCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(EnginesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(TokenCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(TraceCommand.Create());
        root.Subcommands.Add(PolicyCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = Build().Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
