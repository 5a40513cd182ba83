using System.Globalization;
using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>Where a clip's media is: the range of it that exists, and (in subclasses) how to find it.</summary>
public abstract class OtioMediaReference : OtioNamedObject
{
    private protected OtioMediaReference(JsonObject json)
        : base(json)
    {
    }

    public OtioTimeRange? AvailableRange
    {
        get => OtioTimeRange.ReadOptional(Json, "available_range", "$");
        set => Json["available_range"] = ToJson(value);
    }

    /// <summary>Box2d.1 or null; kept as JSON (Backlot has no use for it yet).</summary>
    public JsonNode? AvailableImageBounds => Json["available_image_bounds"];

    private protected static JsonObject NewReferenceJson(string schema, OtioTimeRange? availableRange)
    {
        var json = NewJson(schema, "");
        json["available_range"] = ToJson(availableRange);
        json["available_image_bounds"] = null;
        return json;
    }
}

/// <summary>ExternalReference.1: a file or URL.</summary>
public sealed class OtioExternalReference : OtioMediaReference
{
    public OtioExternalReference(string targetUrl, OtioTimeRange? availableRange = null)
        : this(NewExternalJson(targetUrl, availableRange))
    {
    }

    internal OtioExternalReference(JsonObject json)
        : base(json)
    {
    }

    public string TargetUrl
    {
        get => Json["target_url"]?.GetValue<string>() ?? "";
        set => Json["target_url"] = value;
    }

    private static JsonObject NewExternalJson(string targetUrl, OtioTimeRange? availableRange)
    {
        var json = NewReferenceJson("ExternalReference.1", availableRange);
        json["target_url"] = targetUrl;
        return json;
    }
}

/// <summary>ImageSequenceReference.1: numbered frames, <c>base + prefix + zero-padded number + suffix</c>.</summary>
public sealed class OtioImageSequenceReference : OtioMediaReference
{
    internal OtioImageSequenceReference(JsonObject json)
        : base(json)
    {
    }

    public string TargetUrlBase => Json["target_url_base"]?.GetValue<string>() ?? "";

    public string NamePrefix => Json["name_prefix"]?.GetValue<string>() ?? "";

    public string NameSuffix => Json["name_suffix"]?.GetValue<string>() ?? "";

    public long StartFrame => OtioFields.OptionalInteger(Json, "start_frame", "$") ?? 1;

    public long FrameStep => OtioFields.OptionalInteger(Json, "frame_step", "$") ?? 1;

    public int FrameZeroPadding => (int)(OtioFields.OptionalInteger(Json, "frame_zero_padding", "$") ?? 0);

    public double Rate => Json["rate"] is null ? 1 : OtioFields.RequiredNumber(Json, "rate", "$");

    /// <summary>The sequence as one printf-style pattern: <c>file:///shots/sh010/sh010.%04d.exr</c>.</summary>
    public string UrlPattern
    {
        get
        {
            var separator = TargetUrlBase.Length == 0 || TargetUrlBase.EndsWith('/') ? "" : "/";
            var number = FrameZeroPadding > 0 ? $"%0{FrameZeroPadding.ToString(CultureInfo.InvariantCulture)}d" : "%d";
            return TargetUrlBase + separator + NamePrefix + number + NameSuffix;
        }
    }
}

/// <summary>GeneratorReference.1: media made on the fly (bars, solid colour) from a kind and parameters.</summary>
public sealed class OtioGeneratorReference : OtioMediaReference
{
    internal OtioGeneratorReference(JsonObject json)
        : base(json)
    {
    }

    public string GeneratorKind => Json["generator_kind"]?.GetValue<string>() ?? "";

    public JsonObject? Parameters => Json["parameters"] as JsonObject;
}

/// <summary>MissingReference.1: the media is not known.</summary>
public sealed class OtioMissingReference : OtioMediaReference
{
    public OtioMissingReference()
        : this(NewReferenceJson("MissingReference.1", null))
    {
    }

    internal OtioMissingReference(JsonObject json)
        : base(json)
    {
    }
}
