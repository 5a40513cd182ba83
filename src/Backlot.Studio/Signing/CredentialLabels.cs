using Backlot.Provenance.C2pa;

namespace Backlot.Studio.Signing;

/// <summary>The words people read for the codes a C2PA manifest holds (actions, IPTC source types, CAWG training and mining entries).</summary>
public static class CredentialLabels
{
    /// <summary><c>c2pa.created</c> → <c>Created</c>; an action outside the C2PA vocabulary keeps its name.</summary>
    public static string Action(string action) => action switch
    {
        C2paActionNames.Created => "Created",
        C2paActionNames.Opened => "Opened",
        C2paActionNames.Edited => "Edited",
        C2paActionNames.Placed => "Placed",
        C2paActionNames.Cropped => "Cropped",
        C2paActionNames.Resized => "Resized",
        C2paActionNames.ColorAdjustments => "Colour adjusted",
        C2paActionNames.Converted => "Converted",
        C2paActionNames.Published => "Published",
        _ => action,
    };

    /// <summary>The IPTC name of a digital source type; for a URI outside the four Backlot knows, its last segment.</summary>
    public static string? SourceType(string? uri) => DigitalSourceTypes.FromUri(uri) switch
    {
        DigitalSourceType.TrainedAlgorithmicMedia => "Trained algorithmic media (made by a generative model)",
        DigitalSourceType.CompositeWithTrainedAlgorithmicMedia => "Composite with trained algorithmic media",
        DigitalSourceType.DigitalCapture => "Digital capture",
        DigitalSourceType.AlgorithmicMedia => "Algorithmic media (procedural, no trained model)",
        _ => uri is null ? null : uri[(uri.TrimEnd('/').LastIndexOf('/') + 1)..],
    };

    /// <summary><c>cawg.ai_training</c> → <c>AI training</c>.</summary>
    public static string TrainingMiningEntry(string entry) => entry switch
    {
        "cawg.ai_training" or "c2pa.ai_training" => "AI training",
        "cawg.ai_generative_training" or "c2pa.ai_generative_training" => "AI generative training",
        "cawg.ai_inference" or "c2pa.ai_inference" => "AI inference",
        "cawg.data_mining" or "c2pa.data_mining" => "Data mining",
        _ => entry,
    };

    /// <summary><c>notAllowed</c> → <c>not allowed</c>.</summary>
    public static string Use(string use) => use switch
    {
        "notAllowed" => "not allowed",
        "allowed" => "allowed",
        "constrained" => "allowed with constraints",
        _ => use,
    };
}
