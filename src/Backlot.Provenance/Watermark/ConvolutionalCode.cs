using System.Numerics;

namespace Backlot.Provenance.Watermark;

/// <summary>
/// Rate-1/3 convolutional code, constraint length 7 (generators 133, 171, 165 octal, as in LTE; free distance 15),
/// terminated with 6 zero tail bits, decoded by soft-decision Viterbi (maximum correlation with the soft values).
/// </summary>
internal static class ConvolutionalCode
{
    public const int Constraint = 7;
    public const int Tail = Constraint - 1;
    public const int Rate = 3;
    private const int States = 1 << Tail;
    private static readonly int[] Generators = [0x5B, 0x79, 0x75]; // 133, 171, 165 octal

    public static int CodedLength(int messageBits) => (messageBits + Tail) * Rate;

    public static bool[] Encode(ReadOnlySpan<bool> message)
    {
        var coded = new bool[CodedLength(message.Length)];
        var register = 0;
        for (var i = 0; i < message.Length + Tail; i++)
        {
            var bit = i < message.Length && message[i] ? 1 : 0;
            register = ((register << 1) | bit) & 0x7F;
            for (var g = 0; g < Rate; g++)
                coded[(i * Rate) + g] = (BitOperations.PopCount((uint)(register & Generators[g])) & 1) == 1;
        }

        return coded;
    }

    /// <summary>Soft values: positive means a 1 was likely sent. Returns the message that correlates best.</summary>
    public static bool[] Decode(ReadOnlySpan<double> soft, int messageBits)
    {
        var steps = messageBits + Tail;
        if (soft.Length != steps * Rate)
            throw new ArgumentException($"expected {steps * Rate} soft values, got {soft.Length}", nameof(soft));

        Span<double> metric = stackalloc double[States];
        Span<double> next = stackalloc double[States];
        metric.Fill(double.NegativeInfinity);
        metric[0] = 0;
        var from = new byte[steps * States];
        Span<double> branch = stackalloc double[8];
        for (var t = 0; t < steps; t++)
        {
            for (var outputs = 0; outputs < 8; outputs++)
            {
                var m = 0.0;
                for (var g = 0; g < Rate; g++)
                    m += ((outputs >> g) & 1) == 1 ? soft[(t * Rate) + g] : -soft[(t * Rate) + g];
                branch[outputs] = m;
            }

            next.Fill(double.NegativeInfinity);
            var maxInput = t < messageBits ? 1 : 0;
            for (var state = 0; state < States; state++)
            {
                if (double.IsNegativeInfinity(metric[state]))
                    continue;
                for (var bit = 0; bit <= maxInput; bit++)
                {
                    var register = ((state << 1) | bit) & 0x7F;
                    var outputs = 0;
                    for (var g = 0; g < Rate; g++)
                        outputs |= (BitOperations.PopCount((uint)(register & Generators[g])) & 1) << g;
                    var target = register & (States - 1);
                    var candidate = metric[state] + branch[outputs];
                    if (candidate > next[target])
                    {
                        next[target] = candidate;
                        from[(t * States) + target] = (byte)state;
                    }
                }
            }

            next.CopyTo(metric);
        }

        var message = new bool[messageBits];
        var s = 0;
        for (var t = steps - 1; t >= 0; t--)
        {
            if (t < messageBits)
                message[t] = (s & 1) == 1;
            s = from[(t * States) + s];
        }

        return message;
    }
}
