namespace Backlot.Engines.Previs.Scene;

/// <summary>SplitMix64: the same seed gives the same set dressing on every machine and runtime.</summary>
internal sealed class SetRandom(long seed)
{
    private ulong _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;

    /// <summary>A double in [0, 1).</summary>
    public double Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }

    public double Range(double min, double max) => min + ((max - min) * Next());
}
