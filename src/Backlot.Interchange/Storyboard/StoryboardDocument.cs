namespace Backlot.Interchange.Storyboard;

/// <summary>A storyboard to print: a production title, a subtitle (scene, draft, date) and panels in order.</summary>
public sealed record StoryboardDocument(string Title, string Subtitle, IReadOnlyList<StoryboardPanel> Panels);
