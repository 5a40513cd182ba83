namespace Backlot.Interchange.FcpXml;

/// <summary>
/// How clip metadata travels as FCPXML <c>&lt;md key value/&gt;</c>: "backlot.shotId" is written "com.backlot.shotId";
/// any other key k is written "com.backlot.meta.k"; the reel is FCP's own "com.apple.proapps.studio.reel". Keys
/// written by other tools are read back under their own names.
/// </summary>
public static class FcpXmlMetadata
{
    public const string ReelKey = "com.apple.proapps.studio.reel";

    private const string BacklotPrefix = "com.backlot.";
    private const string OtherPrefix = "com.backlot.meta.";

    public static string ToMdKey(string key) =>
        key.StartsWith("backlot.", StringComparison.Ordinal) ? BacklotPrefix + key["backlot.".Length..] : OtherPrefix + key;

    public static string FromMdKey(string mdKey) =>
        mdKey.StartsWith(OtherPrefix, StringComparison.Ordinal) ? mdKey[OtherPrefix.Length..]
        : mdKey.StartsWith(BacklotPrefix, StringComparison.Ordinal) ? "backlot." + mdKey[BacklotPrefix.Length..]
        : mdKey;
}
