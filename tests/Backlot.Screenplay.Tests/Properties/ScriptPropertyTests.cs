using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Backlot.Screenplay.Tests.Properties;

/// <summary>
/// Random and mutated Fountain and Final Draft scripts (see <see cref="ScriptArbitraries"/>): nothing escapes the
/// reader but <see cref="ScriptFormatException"/>, and what it reads is consistent (<see cref="ScriptInvariants"/>).
/// </summary>
[Properties(Arbitrary = [typeof(ScriptArbitraries)])]
public sealed class ScriptPropertyTests
{
    [Property(MaxTest = 3000, EndSize = 120)]
    public Property Parse_RandomFountain_ReadsConsistentlyOrFailsWithScriptFormatException(FountainScript script) =>
        Prop.ToProperty(true).Classify(ScriptInvariants.Hold("random.fountain", script.ToBytes()), "parsed");

    [Property(MaxTest = 1500, EndSize = 120)]
    public Property Parse_RandomFdx_ReadsConsistentlyOrFailsWithScriptFormatException(FdxScript script) =>
        Prop.ToProperty(true).Classify(ScriptInvariants.Hold("random.fdx", script.ToBytes()), "parsed");

    [Property(MaxTest = 3000)]
    public Property Parse_MutatedCorpusFile_ReadsConsistentlyOrFailsWithScriptFormatException(MutatedFile file) =>
        Prop.ToProperty(true)
            .Classify(ScriptInvariants.Hold(file.FileName, file.ToBytes()), "parsed")
            .Classify(file.FileName.EndsWith(".fdx", StringComparison.Ordinal), "fdx");
}
