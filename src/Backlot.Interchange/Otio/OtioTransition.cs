using System.Text.Json.Nodes;

namespace Backlot.Interchange.Otio;

/// <summary>Transition.1: a dissolve or wipe overlapping the items before (in offset) and after (out offset).</summary>
public sealed class OtioTransition : OtioNamedObject
{
    public const string Dissolve = "SMPTE_Dissolve";

    public OtioTransition(string name, string transitionType, OtioRationalTime inOffset, OtioRationalTime outOffset)
        : this(NewTransitionJson(name, transitionType, inOffset, outOffset))
    {
    }

    internal OtioTransition(JsonObject json)
        : base(json)
    {
    }

    public string TransitionType
    {
        get => Json["transition_type"]?.GetValue<string>() ?? "";
        set => Json["transition_type"] = value;
    }

    public OtioRationalTime InOffset
    {
        get => OtioRationalTime.Read(Json["in_offset"], "$.in_offset");
        set => Json["in_offset"] = value.ToJson();
    }

    public OtioRationalTime OutOffset
    {
        get => OtioRationalTime.Read(Json["out_offset"], "$.out_offset");
        set => Json["out_offset"] = value.ToJson();
    }

    private static JsonObject NewTransitionJson(string name, string transitionType, OtioRationalTime inOffset, OtioRationalTime outOffset)
    {
        var json = NewJson("Transition.1", name);
        json["transition_type"] = transitionType;
        json["in_offset"] = inOffset.ToJson();
        json["out_offset"] = outOffset.ToJson();
        return json;
    }
}
