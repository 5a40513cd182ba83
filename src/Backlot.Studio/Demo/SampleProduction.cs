using System.Reflection;

namespace Backlot.Studio.Demo;

/// <summary>The sample production shipped inside Backlot (from samples/), so the demo needs no files.</summary>
public static class SampleProduction
{
    public const string ScriptFileName = "the-last-reel.fountain";
    public const string BiblesFileName = "characters.json";

    public static byte[] Script() => Read(ScriptFileName);

    public static string Bibles() => System.Text.Encoding.UTF8.GetString(Read(BiblesFileName));

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("samples/" + name)
            ?? throw new InvalidOperationException($"the sample '{name}' is not embedded in this build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
