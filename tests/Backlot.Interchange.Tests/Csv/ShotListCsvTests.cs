using System.Text;
using Backlot.Interchange.Csv;

namespace Backlot.Interchange.Tests.Csv;

public sealed class ShotListCsvTests
{
    private static readonly ShotListRow Tricky = new(
        Scene: "12A",
        Shot: "3",
        Description: "She says \"no\", then leaves,\r\nslamming the door.\nHold on the frame.",
        Size: "MCU",
        Angle: "low, dutch",
        LensMm: 35,
        Movement: "dolly in",
        Characters: ["MARA", "THE PROJECTIONIST"],
        EstimatedDuration: TimeSpan.FromSeconds(4.5),
        Take: 2,
        Status: "approved",
        Notes: " leading and trailing spaces ");

    [Fact]
    public void Write_Header_NamesTheColumnsProductionToolsImport()
    {
        var text = Text(ShotListCsv.Write([]));

        Assert.Equal("Scene,Shot,Description,Size,Angle,Lens,Movement,Characters,Est. Duration (s),Take,Status,Notes\r\n", text);
    }

    [Fact]
    public void Write_StartsWithAByteOrderMark_UnlessAskedNotTo()
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], ShotListCsv.Write([]).Take(3));
        Assert.Equal((byte)'S', ShotListCsv.Write([], utf8Bom: false)[0]);
    }

    [Fact]
    public void Write_QuotesCommasQuotesAndLineBreaks()
    {
        var record = Text(ShotListCsv.Write([Tricky])).Split("\r\n", 2)[1];

        Assert.Equal(
            "12A,3,\"She says \"\"no\"\", then leaves,\r\nslamming the door.\nHold on the frame.\",MCU,\"low, dutch\",35mm,dolly in,"
            + "\"MARA, THE PROJECTIONIST\",4.5,2,approved,\" leading and trailing spaces \"\r\n",
            record);
    }

    [Fact]
    public void Write_PlainFields_AreNotQuoted()
    {
        var text = Text(ShotListCsv.Write([new ShotListRow("1", "1", "Wide of the city")]));

        Assert.EndsWith("\r\n1,1,Wide of the city,,,,,,,,,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhatWriteWrote_GivesTheSameRows()
    {
        ShotListRow[] rows =
        [
            Tricky,
            new("1", "1", "Wide of the city"),
            new("2", "4B", "Insert: ticket stub", LensMm: 100.5, EstimatedDuration: TimeSpan.FromSeconds(1.25), Characters: ["MARA"]),
        ];

        var back = ShotListCsv.Read(ShotListCsv.Write(rows));

        Assert.Equivalent(rows.Select(Normalised), back.Select(Normalised), strict: true);
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderWithExtras_AreMatchedByName()
    {
        var rows = ShotListCsv.Read("Shot,Scene,Setup,lens,TAKE\n5,3,ext,50 mm,1\n");

        var row = Assert.Single(rows);
        Assert.Equal(("3", "5", 50.0, 1), (row.Scene, row.Shot, row.LensMm, row.Take));
    }

    [Fact]
    public void Read_UnclosedQuote_NamesTheLineItOpensOn()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ShotListCsv.Read("Scene,Shot,Description\n1,1,ok\n1,2,\"never closed\n\n"));

        Assert.Equal(3, e.Line);
        Assert.StartsWith("line 3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadLens_NamesTheLineAndTheValue()
    {
        var csv = "Scene,Shot,Description,Lens\n1,1,\"two\nlines\",35mm\n1,2,x,wide\n";

        var e = Assert.Throws<InterchangeFormatException>(() => ShotListCsv.Read(csv));

        Assert.Equal("line 4: Lens 'wide' is not a focal length like 35mm", e.Message);
    }

    [Fact]
    public void Read_RowWithTooFewFields_IsRefused()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ShotListCsv.Read("Scene,Shot,Description\n1,1\n"));

        Assert.Equal("line 2: 2 fields where the header has 3", e.Message);
    }

    [Fact]
    public void Read_HeaderWithoutShot_IsRefused()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ShotListCsv.Read("Scene,Description\n1,x\n"));

        Assert.Equal("line 1: the header lacks 'Shot'", e.Message);
    }

    [Fact]
    public void Read_TextAfterAClosingQuote_IsRefused()
    {
        var e = Assert.Throws<InterchangeFormatException>(() => ShotListCsv.Read("Scene,Shot,Description\n1,1,\"a\"b\n"));

        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Read_BlankLinesAndAMissingFinalLineEnd_AreFine()
    {
        var rows = ShotListCsv.Read("Scene,Shot\r\n\r\n1,1\r\n\r\n2,1");

        Assert.Equal(["1", "2"], rows.Select(r => r.Scene));
    }

    [Fact]
    public void Read_EmptyLastField_IsKept()
    {
        var row = Assert.Single(ShotListCsv.Read("Scene,Shot,Notes\n1,2,\n"));

        Assert.Null(row.Notes);
    }

    private static string Text(byte[] csv) => new UTF8Encoding(false).GetString(csv).TrimStart('\uFEFF');

    private static object Normalised(ShotListRow r) => new
    {
        r.Scene,
        r.Shot,
        r.Description,
        r.Size,
        r.Angle,
        r.LensMm,
        r.Movement,
        Characters = r.Characters ?? [],
        r.EstimatedDuration,
        r.Take,
        r.Status,
        r.Notes,
    };
}
