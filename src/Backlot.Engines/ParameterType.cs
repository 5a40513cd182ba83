namespace Backlot.Engines;

public enum ParameterType
{
    Number,
    Integer,
    Text,
    Boolean,
    Choice,
}
