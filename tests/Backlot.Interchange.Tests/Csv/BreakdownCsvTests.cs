using System.Text;
using Backlot.Interchange.Csv;

namespace Backlot.Interchange.Tests.Csv;

public sealed class BreakdownCsvTests
{
    [Fact]
    public void Write_Header_NamesTheBreakdownSheetColumns()
    {
        var text = Encoding.UTF8.GetString(BreakdownCsv.Write([], utf8Bom: false));

        Assert.Equal("Scene,Int/Ext,Set/Location,Day/Night,Pages,Synopsis,Cast,Extras,Props,Wardrobe,Vehicles,Special Effects,Notes\r\n", text);
    }

    [Fact]
    public void Write_Row_JoinsElementListsAndQuotesThem()
    {
        var row = new BreakdownRow("12", "INT", "PROJECTION BOOTH", "NIGHT", 11, "Mara threads the \"last\" reel.",
            Cast: ["MARA", "THE PROJECTIONIST"], Props: ["film reel", "matches"], Notes: "smoke");

        var text = Encoding.UTF8.GetString(BreakdownCsv.Write([row], utf8Bom: false));

        Assert.EndsWith(
            "\r\n12,INT,PROJECTION BOOTH,NIGHT,1 3/8,\"Mara threads the \"\"last\"\" reel.\",\"MARA, THE PROJECTIONIST\",,\"film reel, matches\",,,,smoke\r\n",
            text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(3, "3/8")]
    [InlineData(8, "1")]
    [InlineData(11, "1 3/8")]
    [InlineData(20, "2 4/8")]
    public void FormatEighths_PrintsPagesTheWayBreakdownsDo(int eighths, string expected)
    {
        Assert.Equal(expected, BreakdownCsv.FormatEighths(eighths));
    }

    [Fact]
    public void FormatEighths_Negative_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BreakdownCsv.FormatEighths(-1));
    }
}
