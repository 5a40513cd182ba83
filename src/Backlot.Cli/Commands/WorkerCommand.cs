using System.CommandLine;
using Backlot.Studio.Jobs;
using Spectre.Console;

namespace Backlot.Cli.Commands;

public static class WorkerCommand
{
    public static Command Create()
    {
        var queues = new Option<string>("--queues")
        {
            Description = "Queues to serve, comma-separated: default, render, gpu, remote.",
            DefaultValueFactory = _ => "default,render",
        };
        var command = new Command("worker", "Run queued jobs until stopped (Ctrl+C). Start one per machine and queue set.") { queues };
        command.SetAction((parse, ct) => CliErrors.GuardAsync(async () =>
        {
            var names = JobQueues.Parse(parse.GetValue(queues));
            await using var session = CliSession.Open(parse.GetValue(BacklotCommandLine.Data), verbose: true);
            var server = session.Get<JobServerHost>();
            await server.StartAsync(names, ct);
            CliOutput.Say($"Worker serving {string.Join(", ", names)} over {session.Options.Database.Describe()}; Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop taking jobs; running takes go back to the queue.
            }

            await server.StopAsync(CancellationToken.None);
            return 0;
        }));
        return command;
    }
}
