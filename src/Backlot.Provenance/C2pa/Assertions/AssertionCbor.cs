using System.Formats.Cbor;
using System.Globalization;

namespace Backlot.Provenance.C2pa.Assertions;

/// <summary>Encodes the assertions Backlot writes as CBOR, with the field names of C2PA 2.x and CAWG.</summary>
internal static class AssertionCbor
{
    public const string ActionsLabel = "c2pa.actions.v2";
    public const string IngredientLabel = "c2pa.ingredient.v3";
    public const string TrainingMiningLabel = "cawg.training-mining";
    public const string DataHashLabel = "c2pa.hash.data";

    public static readonly string[] TrainingMiningEntries =
        ["cawg.ai_training", "cawg.ai_generative_training", "cawg.ai_inference", "cawg.data_mining"];

    public static byte[] Actions(IReadOnlyList<C2paAction> actions, IReadOnlyList<HashedUri> ingredients)
    {
        var w = new CborWriter();
        w.WriteStartMap(1);
        w.WriteTextString("actions");
        w.WriteStartArray(actions.Count);
        foreach (var action in actions)
        {
            var fields = 1 + (action.SourceType is null ? 0 : 1) + (action.SoftwareAgent is null ? 0 : 1)
                + (action.When is null ? 0 : 1) + (action.Ingredients is { Count: > 0 } ? 1 : 0);
            w.WriteStartMap(fields);
            w.WriteTextString("action");
            w.WriteTextString(action.Action);
            if (action.SourceType is { } type)
            {
                w.WriteTextString("digitalSourceType");
                w.WriteTextString(type.ToUri());
            }
            if (action.SoftwareAgent is { } agent)
            {
                w.WriteTextString("softwareAgent");
                w.WriteStartMap(1);
                w.WriteTextString("name");
                w.WriteTextString(agent);
                w.WriteEndMap();
            }
            if (action.When is { } when)
            {
                w.WriteTextString("when");
                w.WriteTextString(when.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            }
            if (action.Ingredients is { Count: > 0 } used)
            {
                w.WriteTextString("parameters");
                w.WriteStartMap(1);
                w.WriteTextString("ingredients");
                w.WriteStartArray(used.Count);
                foreach (var index in used)
                {
                    if (index < 0 || index >= ingredients.Count)
                        throw new ProvenanceException($"C2PA manifest: action '{action.Action}' names ingredient {index}, the manifest has {ingredients.Count}");
                    ingredients[index].Write(w);
                }
                w.WriteEndArray();
                w.WriteEndMap();
            }
            w.WriteEndMap();
        }
        w.WriteEndArray();
        w.WriteEndMap();
        return w.Encode();
    }

    public static byte[] Ingredient(C2paIngredient ingredient)
    {
        var w = new CborWriter();
        w.WriteStartMap(ingredient.Description is null ? 4 : 5);
        w.WriteTextString("dc:title");
        w.WriteTextString(ingredient.Title);
        w.WriteTextString("dc:format");
        w.WriteTextString(ingredient.Format);
        w.WriteTextString("relationship");
        w.WriteTextString(ingredient.Relationship switch
        {
            IngredientRelationship.ParentOf => "parentOf",
            IngredientRelationship.ComponentOf => "componentOf",
            _ => "inputTo",
        });
        w.WriteTextString("instanceID");
        w.WriteTextString(ingredient.InstanceId);
        if (ingredient.Description is { } description)
        {
            w.WriteTextString("description");
            w.WriteTextString(description);
        }
        w.WriteEndMap();
        return w.Encode();
    }

    public static byte[] TrainingMining()
    {
        var w = new CborWriter();
        w.WriteStartMap(1);
        w.WriteTextString("entries");
        w.WriteStartMap(TrainingMiningEntries.Length);
        foreach (var entry in TrainingMiningEntries)
        {
            w.WriteTextString(entry);
            w.WriteStartMap(1);
            w.WriteTextString("use");
            w.WriteTextString("notAllowed");
            w.WriteEndMap();
        }
        w.WriteEndMap();
        w.WriteEndMap();
        return w.Encode();
    }

    public static byte[] Take(BacklotTake take)
    {
        var w = new CborWriter();
        w.WriteStartMap(6);
        w.WriteTextString("production");
        w.WriteTextString(take.Production);
        w.WriteTextString("shot");
        w.WriteTextString(take.Shot);
        w.WriteTextString("take");
        w.WriteInt32(take.Take);
        w.WriteTextString("engine");
        w.WriteTextString(take.EngineId);
        w.WriteTextString("engineVersion");
        w.WriteTextString(take.EngineVersion);
        w.WriteTextString("controlSheetHash");
        w.WriteTextString(take.ControlSheetSha256);
        w.WriteEndMap();
        return w.Encode();
    }

    /// <summary>The hard binding. <paramref name="padLength"/> zero bytes keep its size fixed while the length's encoding shrinks.</summary>
    public static byte[] DataHash(long start, long length, ReadOnlySpan<byte> hash, int padLength)
    {
        var w = new CborWriter();
        w.WriteStartMap(5);
        w.WriteTextString("exclusions");
        w.WriteStartArray(1);
        w.WriteStartMap(2);
        w.WriteTextString("start");
        w.WriteInt64(start);
        w.WriteTextString("length");
        w.WriteInt64(length);
        w.WriteEndMap();
        w.WriteEndArray();
        w.WriteTextString("name");
        w.WriteTextString("jumbf manifest");
        w.WriteTextString("alg");
        w.WriteTextString("sha256");
        w.WriteTextString("hash");
        w.WriteByteString(hash);
        w.WriteTextString("pad");
        w.WriteByteString(new byte[padLength]);
        w.WriteEndMap();
        return w.Encode();
    }
}
