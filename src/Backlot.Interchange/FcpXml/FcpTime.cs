using System.Globalization;
using System.Xml.Linq;
using Backlot.Interchange.Timeline;
using Backlot.Interchange.Xmeml;

namespace Backlot.Interchange.FcpXml;

/// <summary>FCPXML times: rational seconds such as "1001/30000s", "2s" or "0s".</summary>
internal static class FcpTime
{
    public static string Format(long frames, FrameRate rate)
    {
        if (frames == 0)
            return "0s";
        long numerator = frames * rate.Denominator;
        long denominator = rate.Numerator;
        long gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
        return denominator == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{numerator}s")
            : string.Create(CultureInfo.InvariantCulture, $"{numerator}/{denominator}s");
    }

    /// <summary>The frame-duration attribute of a format at <paramref name="rate"/>: "1001/30000s", "1/24s".</summary>
    public static string FrameDuration(FrameRate rate) => string.Create(CultureInfo.InvariantCulture, $"{rate.Denominator}/{rate.Numerator}s");

    public static bool TryParse(string text, out long numerator, out long denominator)
    {
        numerator = 0;
        denominator = 1;
        if (!text.EndsWith('s'))
            return false;
        var body = text.AsSpan(0, text.Length - 1);
        int slash = body.IndexOf('/');
        if (slash < 0)
            return long.TryParse(body, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numerator);
        return long.TryParse(body[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out numerator)
            && long.TryParse(body[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out denominator)
            && denominator > 0;
    }

    /// <summary>The attribute as frames at <paramref name="rate"/>, rounded to the nearest frame.</summary>
    public static long Frames(XElement element, string attribute, FrameRate rate, long? fallback = null)
    {
        var value = element.Attribute(attribute)?.Value;
        if (value is null)
        {
            return fallback
                ?? throw SafeXml.Error(element, $"<{element.Name.LocalName}> has no {attribute}");
        }

        if (!TryParse(value.Trim(), out var numerator, out var denominator))
            throw SafeXml.Error(element, $"{attribute}=\"{SafeXml.Shorten(value)}\" is not a time like \"1001/30000s\"");
        Int128 scaled = (Int128)numerator * rate.Numerator;
        Int128 divisor = (Int128)denominator * rate.Denominator;
        Int128 frames = (scaled + (scaled >= 0 ? divisor / 2 : -(divisor / 2))) / divisor;
        if (frames > long.MaxValue / 4 || frames < long.MinValue / 4)
            throw SafeXml.Error(element, $"{attribute}=\"{SafeXml.Shorten(value)}\" is out of range");
        return (long)frames;
    }

    /// <summary>The rate whose frames last <paramref name="frameDuration"/> ("1001/30000s" → 30000/1001).</summary>
    public static FrameRate RateOf(XElement format)
    {
        var value = format.Attribute("frameDuration")?.Value.Trim()
            ?? throw SafeXml.Error(format, "<format> has no frameDuration");
        if (!TryParse(value, out var numerator, out var denominator) || numerator <= 0)
            throw SafeXml.Error(format, $"frameDuration=\"{SafeXml.Shorten(value)}\" is not a time like \"1001/30000s\"");
        long gcd = (long)System.Numerics.BigInteger.GreatestCommonDivisor(numerator, denominator);
        long rateNumerator = denominator / gcd;
        long rateDenominator = numerator / gcd;
        if (rateNumerator > int.MaxValue || rateDenominator > int.MaxValue || (double)rateNumerator / rateDenominator > 1000)
            throw SafeXml.Error(format, $"frameDuration=\"{SafeXml.Shorten(value)}\" is not a usable frame rate");
        return new FrameRate((int)rateNumerator, (int)rateDenominator);
    }
}
