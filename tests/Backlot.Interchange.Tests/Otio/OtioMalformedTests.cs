using Backlot.Interchange.Otio;

namespace Backlot.Interchange.Tests.Otio;

/// <summary>A bad file fails with an <see cref="InterchangeFormatException"/> that says where: a line or a JSON path.</summary>
public sealed class OtioMalformedTests
{
    private const string Good = """
        {"OTIO_SCHEMA": "TimeRange.1",
         "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0},
         "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 48}}
        """;

    [Theory]
    [InlineData("""{"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 0, "value": 48}}""",
        "$.tracks.children[0].children[2].source_range.duration.rate: ")]
    [InlineData("""{"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": -24, "value": 0}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 48}}""",
        "$.tracks.children[0].children[2].source_range.start_time.rate: ")]
    [InlineData("""{"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": NaN, "value": 48}}""",
        "$.tracks.children[0].children[2].source_range.duration.rate: ")]
    [InlineData("""{"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": "24", "value": 48}}""",
        "$.tracks.children[0].children[2].source_range.duration.rate: expected a number")]
    [InlineData("""{"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 0}}""",
        "$.tracks.children[0].children[2].source_range.duration: required field is missing")]
    [InlineData("""{"OTIO_SCHEMA": "TimeRange.1", "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24}, "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 1}}""",
        "$.tracks.children[0].children[2].source_range.start_time.value: required field is missing")]
    [InlineData("[1, 2]", "$.tracks.children[0].children[2].source_range: expected an object")]
    public void BadSourceRange_NamesItsJsonPath(string sourceRange, string messageStart)
    {
        var json = Timeline($$"""{"OTIO_SCHEMA": "Gap.1", "source_range": {{sourceRange}}}""");

        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read(json));

        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
        Assert.Equal(messageStart[..messageStart.IndexOf(':', StringComparison.Ordinal)], error.JsonPath);
    }

    [Theory]
    [InlineData("""{"OTIO_SCHEMA": "Clip.2", "name": 42}""", "$.tracks.children[0].children[2].name: expected a string, found the number 42")]
    [InlineData("""{"OTIO_SCHEMA": "Clip.2", "enabled": "yes"}""", "$.tracks.children[0].children[2].enabled: expected true or false")]
    [InlineData("""{"OTIO_SCHEMA": "Clip.2", "markers": {}}""", "$.tracks.children[0].children[2].markers: expected an array")]
    [InlineData("""{"OTIO_SCHEMA": "Clip.2", "markers": [{"OTIO_SCHEMA": "Marker.2", "name": "m"}]}""", "$.tracks.children[0].children[2].markers[0].marked_range: required field is missing")]
    [InlineData("""{"OTIO_SCHEMA": "Clip.2", "media_references": {"DEFAULT_MEDIA": {"OTIO_SCHEMA": "ExternalReference.1", "target_url": 3}}}""", "$.tracks.children[0].children[2].media_references.DEFAULT_MEDIA.target_url: expected a string")]
    [InlineData("""{"OTIO_SCHEMA": "Clip.1", "media_reference": {"OTIO_SCHEMA": "ExternalReference.1", "available_range": 5}}""", "$.tracks.children[0].children[2].media_reference.available_range: expected an object")]
    [InlineData("""{"OTIO_SCHEMA": "Transition.1", "in_offset": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 1}}""", "$.tracks.children[0].children[2].out_offset: required field is missing")]
    [InlineData("""{"name": "no schema"}""", "$.tracks.children[0].children[2].OTIO_SCHEMA: required field is missing")]
    [InlineData("""{"OTIO_SCHEMA": "Clip"}""", "$.tracks.children[0].children[2].OTIO_SCHEMA: 'Clip' is not a schema")]
    [InlineData("17", "$.tracks.children[0].children[2]: expected an object, found the number 17")]
    public void WrongTypeOrMissingField_NamesItsJsonPath(string child, string messageStart)
    {
        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read(Timeline(child)));

        Assert.StartsWith(messageStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTracks_NamesTheField()
    {
        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read("""{"OTIO_SCHEMA": "Timeline.1", "name": "t"}"""));

        Assert.StartsWith("$.tracks: required field is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RootThatIsNotATimeline_IsRefused()
    {
        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read("""{"OTIO_SCHEMA": "Clip.2", "name": "c"}"""));

        Assert.StartsWith("$.OTIO_SCHEMA: expected Timeline.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadJsonSyntax_NamesTheLine()
    {
        var json = Timeline("""{"OTIO_SCHEMA": "Gap.1"}""").Replace("\"kind\": \"Video\",", "\"kind\": \"Video\",,", StringComparison.Ordinal);
        var line = json[..json.IndexOf(",,", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read(json));

        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void BadJsonSyntax_AfterANaN_StillNamesTheLine()
    {
        const string json = "{\"OTIO_SCHEMA\": \"Timeline.1\",\n \"metadata\": {\"x\": NaN},\n \"name\": }";

        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read(json));

        Assert.StartsWith("line 3: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingPastTheMaximumDepth_IsRefused_NotAStackOverflow()
    {
        var json = "{\"OTIO_SCHEMA\": \"Timeline.1\", \"metadata\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var error = Assert.Throws<InterchangeFormatException>(() => OtioReader.Read(json));

        Assert.StartsWith("line 1: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyText_IsAFormatError()
    {
        Assert.Throws<InterchangeFormatException>(() => OtioReader.Read(""));
    }

    private static string Timeline(string thirdChild) => OtioReaderTests.Timeline(
        $$"""{"OTIO_SCHEMA": "Gap.1", "source_range": {{Good}}}""",
        $$"""{"OTIO_SCHEMA": "Gap.1", "source_range": {{Good}}}""",
        thirdChild);
}
