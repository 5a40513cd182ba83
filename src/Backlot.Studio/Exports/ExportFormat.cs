namespace Backlot.Studio.Exports;

/// <summary>What `backlot export` writes.</summary>
public enum ExportFormat
{
    /// <summary>OpenTimelineIO animatic (.otio) with the frames beside it.</summary>
    Otio,

    /// <summary>CMX 3600 EDL animatic (.edl).</summary>
    Edl,

    /// <summary>Final Cut Pro 7 XML, xmeml v5 (.xml).</summary>
    Xmeml,

    /// <summary>FCPXML 1.10 (.fcpxml).</summary>
    FcpXml,

    /// <summary>Storyboard PDF: panels with shot, size, lens, what the shot covers and the take.</summary>
    Pdf,

    /// <summary>Contact sheet PNG of every shot's frame.</summary>
    Contact,

    /// <summary>Shot list CSV in the column layout production software imports.</summary>
    Csv,

    /// <summary>Breakdown CSV: a row per scene.</summary>
    Breakdown,

    /// <summary>OpenEXR per shot: linear beauty (half RGBA) and depth (float Z).</summary>
    Exr,

    /// <summary>Each shot's chosen frame as a signed PNG (or JPEG) with content credentials, <c>&lt;shot&gt;_t&lt;take&gt;.png</c>.</summary>
    Frames,
}

/// <summary>One file of an export, with its path relative to where the export goes.</summary>
public sealed record ExportFile(string Path, string MediaType, byte[] Content);

/// <summary>The files an export made; the first is the main one (the timeline, the PDF…), frames follow.</summary>
public sealed record ExportResult(ExportFormat Format, string Name, IReadOnlyList<ExportFile> Files)
{
    public ExportFile Main => Files[0];

    /// <summary>Formats that make a set of files (a timeline and its frames, an EXR per shot), whatever their count.</summary>
    public bool IsBundle => Format is ExportFormat.Otio or ExportFormat.Edl or ExportFormat.Xmeml or ExportFormat.FcpXml or ExportFormat.Exr or ExportFormat.Frames;

    /// <summary>Formats whose files are all alike (an EXR or a frame per shot): the output is always a folder.</summary>
    public bool IsFolder => Format is ExportFormat.Exr or ExportFormat.Frames;
}
