namespace Backlot.Provenance.C2pa.Jumbf;

/// <summary>One parsed JUMBF box. A superbox has a description (UUID code, label) and children; other boxes have content.</summary>
/// <param name="Type">Box type as a big-endian four-character code.</param>
/// <param name="UuidFourCc">For a superbox, the four-character code of its C2PA UUID (0 when not a C2PA UUID).</param>
/// <param name="Label">For a superbox, its description label.</param>
/// <param name="Payload">Everything after the box header (for a superbox: description + children, which is what C2PA hashes).</param>
/// <param name="Children">For a superbox, the boxes after its description box.</param>
internal sealed record JumbfBox(uint Type, uint UuidFourCc, string? Label, ReadOnlyMemory<byte> Payload, IReadOnlyList<JumbfBox> Children)
{
    public bool IsSuperbox => Type == JumbfTypes.Superbox;

    public JumbfBox? Child(string label) => Children.FirstOrDefault(c => c.Label == label);

    /// <summary>The content of the first plain box of a given type among the children.</summary>
    public ReadOnlyMemory<byte>? Content(uint type)
    {
        foreach (var child in Children)
        {
            if (child.Type == type)
                return child.Payload;
        }
        return null;
    }
}
