using Backlot.Engines;
using Backlot.Screenplay;
using Backlot.Studio;

namespace Backlot.Cli;

/// <summary>Turns a failure into one line on stderr and a non-zero exit code; never a stack trace for bad input.</summary>
public static class CliErrors
{
    public const int Usage = 2;
    public const int Failed = 1;

    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return await action();
        }
        catch (Exception e) when (e is StudioException or ScriptFormatException or EngineException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"backlot: {e.Message}");
            return e is StudioException { Kind: StudioErrorKind.Invalid } ? Usage : Failed;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("backlot: cancelled");
            return 130;
        }
    }
}
