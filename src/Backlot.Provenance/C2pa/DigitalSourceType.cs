namespace Backlot.Provenance.C2pa;

/// <summary>How the content was made, as the IPTC digital source type vocabulary names it.</summary>
public enum DigitalSourceType
{
    /// <summary>Made by a model trained on sampled content (a generative engine's output).</summary>
    TrainedAlgorithmicMedia,

    /// <summary>A composite that includes generated elements.</summary>
    CompositeWithTrainedAlgorithmicMedia,

    /// <summary>Captured by a camera or scanner.</summary>
    DigitalCapture,

    /// <summary>Made by an algorithm without sampled training data (procedural, the previs renderer).</summary>
    AlgorithmicMedia,
}

/// <summary>The IPTC URIs of <see cref="DigitalSourceType"/>.</summary>
public static class DigitalSourceTypes
{
    private const string Prefix = "http://cv.iptc.org/newscodes/digitalsourcetype/";

    /// <summary>The IPTC URI, e.g. <c>http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia</c>.</summary>
    public static string ToUri(this DigitalSourceType type) => type switch
    {
        DigitalSourceType.TrainedAlgorithmicMedia => Prefix + "trainedAlgorithmicMedia",
        DigitalSourceType.CompositeWithTrainedAlgorithmicMedia => Prefix + "compositeWithTrainedAlgorithmicMedia",
        DigitalSourceType.DigitalCapture => Prefix + "digitalCapture",
        DigitalSourceType.AlgorithmicMedia => Prefix + "algorithmicMedia",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown digital source type"),
    };

    /// <summary>The type named by an IPTC URI, or null for a URI outside the four we know.</summary>
    public static DigitalSourceType? FromUri(string? uri) =>
        Enum.GetValues<DigitalSourceType>().Select(t => (DigitalSourceType?)t).FirstOrDefault(t => t!.Value.ToUri() == uri);
}
