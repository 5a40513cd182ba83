namespace Backlot.Domain.Characters;

/// <summary>Body build, used by engines for proportions.</summary>
public enum Build
{
    Slight,
    Average,
    Athletic,
    Heavy,
}
