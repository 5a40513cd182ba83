using System.Globalization;
using Backlot.Domain.Sheets;

namespace Backlot.Engines;

/// <summary>A knob an engine reads, declared as data: type, default, range or choices, unit.</summary>
public sealed record EngineParameter(string Name, ParameterType Type, KnobValue Default, string Description)
{
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>"mm", "m", "deg"… or null.</summary>
    public string? Unit { get; init; }

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A text knob that holds several lines or entries (blocking, props): forms show a text area.</summary>
    public bool Multiline { get; init; }

    /// <summary>Null when the value fits; else why not, naming the knob.</summary>
    public string? Validate(KnobValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (Type)
        {
            case ParameterType.Number or ParameterType.Integer:
                if (value.Kind != KnobValueKind.Number)
                    return $"knob '{Name}' takes a number, not '{value}'";
                if (Type == ParameterType.Integer && Math.Abs(value.Number % 1) > 0)
                    return $"knob '{Name}' takes a whole number, not {value}";
                if (value.Number < Min || value.Number > Max)
                    return $"knob '{Name}' must be between {Min?.ToString(CultureInfo.InvariantCulture)} and {Max?.ToString(CultureInfo.InvariantCulture)}{Unit}, not {value}";
                return null;
            case ParameterType.Boolean:
                return value.Kind == KnobValueKind.Boolean ? null : $"knob '{Name}' takes true or false, not '{value}'";
            case ParameterType.Choice:
                return value.Kind == KnobValueKind.Text && Choices.Contains(value.Text!, StringComparer.Ordinal)
                    ? null
                    : $"knob '{Name}' takes one of {string.Join(", ", Choices)}, not '{value}'";
            default:
                return value.Kind == KnobValueKind.Text ? null : $"knob '{Name}' takes text, not {value}";
        }
    }

    /// <summary>Parses a value typed by a person ("85", "MCU", "true") into this knob's type.</summary>
    public KnobValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        KnobValue value = Type switch
        {
            ParameterType.Number or ParameterType.Integer =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n)
                    ? KnobValue.Of(n)
                    : throw new FormatException($"knob '{Name}' takes a number, not '{text}'"),
            ParameterType.Boolean =>
                bool.TryParse(text, out var b) ? KnobValue.Of(b) : throw new FormatException($"knob '{Name}' takes true or false, not '{text}'"),
            ParameterType.Choice => KnobValue.Of(Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) ?? text),
            _ => KnobValue.Of(text),
        };
        return Validate(value) is { } error ? throw new FormatException(error) : value;
    }
}
