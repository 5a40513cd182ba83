using System.Text.Json.Nodes;
using Backlot.Interchange.Otio;

namespace Backlot.Interchange.Tests.Otio;

public sealed class OtioReaderTests
{
    private const string Range = """
        {"OTIO_SCHEMA": "TimeRange.1",
         "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 10},
         "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 48}}
        """;

    [Fact]
    public void Read_Clip1_UpgradesToClip2_WithTheReferenceUnderDefaultMedia()
    {
        var timeline = OtioReader.Read(Timeline($$$"""
            {"OTIO_SCHEMA": "Clip.1", "name": "A", "source_range": {{{Range}}},
             "media_reference": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": "a.mov", "available_range": null}}
            """));

        var clip = Assert.IsType<OtioClip>(Track(timeline).Children[0]);
        Assert.Equal("Clip.2", clip.Schema);
        Assert.Equal(OtioClip.DefaultMediaKey, clip.ActiveMediaReferenceKey);
        Assert.Equal("a.mov", Assert.IsType<OtioExternalReference>(clip.ActiveMediaReference).TargetUrl);
        var written = JsonNode.Parse(OtioWriter.Write(timeline))!["tracks"]!["children"]![0]!["children"]![0]!.AsObject();
        Assert.False(written.ContainsKey("media_reference"));
        Assert.Equal("Clip.2", (string?)written["OTIO_SCHEMA"]);
        Assert.Equal("a.mov", (string?)written["media_references"]!["DEFAULT_MEDIA"]!["target_url"]);
        Assert.Equal("DEFAULT_MEDIA", (string?)written["active_media_reference_key"]);
    }

    [Fact]
    public void Read_Clip1WithNullReference_GetsAMissingReference_AsOtioDoes()
    {
        var timeline = OtioReader.Read(Timeline($$"""{"OTIO_SCHEMA": "Clip.1", "name": "A", "source_range": {{Range}}, "media_reference": null}"""));

        var clip = Assert.IsType<OtioClip>(Track(timeline).Children[0]);
        Assert.IsType<OtioMissingReference>(clip.ActiveMediaReference);
    }

    [Fact]
    public void UnknownSchemas_AndUnknownFields_SurviveARoundTripUntouched()
    {
        const string foo = """{"OTIO_SCHEMA": "FooBar.3", "anything": [1, {"OTIO_SCHEMA": "Clip.1", "x": null}], "deep": {"n": 1.50}}""";
        const string warp = """{"OTIO_SCHEMA": "LinearTimeWarp.1", "name": "", "metadata": {}, "effect_name": "LinearTimeWarp", "time_scalar": 2.0}""";
        var timeline = OtioReader.Read(Timeline(
            $$$"""{"OTIO_SCHEMA": "Clip.2", "name": "A", "source_range": {{{Range}}}, "effects": [{{{warp}}}], "vendor_field": {"keep": true}, "media_references": {}}""",
            foo,
            """{"OTIO_SCHEMA": "Gap.1", "name": "", "source_range": null, "extra": 7}"""));

        var children = Track(timeline).Children;
        Assert.IsType<OtioUnknown>(children[1]);
        Assert.Equal("FooBar", children[1].SchemaName);
        Assert.Equal(3, children[1].SchemaVersion);
        var written = JsonNode.Parse(OtioWriter.Write(timeline))!["tracks"]!["children"]![0]!["children"]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(foo), written[1]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(warp), written[0]!["effects"]![0]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"keep": true}"""), written[0]!["vendor_field"]));
        Assert.Equal(7, (int)written[2]!["extra"]!);
        Assert.Equal(2.0, OtioCut.ToCut(timeline).Tracks[0].Items.OfType<Backlot.Interchange.Timeline.CutClip>().Single().Speed);
    }

    [Fact]
    public void BigIntsAndNonFiniteFloats_AreWrittenBackDigitForDigit()
    {
        const string metadata = """
            {"int256": 57896044618658097711785492504343953926634992332820282019728792003956564819968,
             "neg": -3450100000, "double": 1.1, "inf": Inf, "neginf": -Infinity, "nan": NaN, "text": "NaN Inf"}
            """;
        var json = Timeline($$"""{"OTIO_SCHEMA": "Clip.2", "name": "A", "metadata": {{metadata}}, "source_range": {{Range}}}""");

        var written = OtioWriter.Write(OtioReader.Read(json));

        Assert.Contains("\"int256\": 57896044618658097711785492504343953926634992332820282019728792003956564819968,", written, StringComparison.Ordinal);
        Assert.Contains("\"neg\": -3450100000,", written, StringComparison.Ordinal);
        Assert.Contains("\"double\": 1.1,", written, StringComparison.Ordinal);
        Assert.Contains("\"inf\": Inf,", written, StringComparison.Ordinal);
        Assert.Contains("\"neginf\": -Infinity,", written, StringComparison.Ordinal);
        Assert.Contains("\"nan\": NaN,", written, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"NaN Inf\"", written, StringComparison.Ordinal);
        Assert.Equal(written, OtioWriter.Write(OtioReader.Read(written)));
    }

    [Fact]
    public void Read_BigIntCorpusFile_KeepsEveryNumber()
    {
        var original = OtioCorpus.Read("big_int.otio");

        var written = OtioWriter.Write(OtioReader.Read(original));

        foreach (var token in new[] { "170141183460469231731687303715884105728", "-2147483648", "-3450100000", "1.1", "Inf", "-Infinity", "NaN" })
            Assert.Contains(": " + token, written, StringComparison.Ordinal);
        Assert.Contains("Viel glück und hab spaß!", written, StringComparison.Ordinal);
    }

    internal static string Timeline(params string[] children) => $$$"""
        {"OTIO_SCHEMA": "Timeline.1", "name": "t", "metadata": {}, "global_start_time": null,
         "tracks": {"OTIO_SCHEMA": "Stack.1", "name": "tracks", "children": [
           {"OTIO_SCHEMA": "Track.1", "name": "V1", "kind": "Video", "children": [{{{string.Join(",\n", children)}}}]}]}}
        """;

    private static OtioTrack Track(OtioTimeline timeline) => Assert.IsType<OtioTrack>(timeline.Tracks.Children[0]);
}
