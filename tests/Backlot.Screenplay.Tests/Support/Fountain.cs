namespace Backlot.Screenplay.Tests.Support;

/// <summary>Builds Fountain text from lines, so tests can count source lines at a glance.</summary>
internal static class FountainText
{
    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";
}
