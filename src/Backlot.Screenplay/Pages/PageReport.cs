namespace Backlot.Screenplay.Pages;

/// <summary>A script's printed length: pages without the title page, and each scene's place and length.</summary>
/// <param name="Pages">Body pages (the title page is not counted).</param>
/// <param name="Scenes">One entry per scene, in script order.</param>
/// <param name="Layout">The page the script was laid out on.</param>
public sealed record PageReport(int Pages, IReadOnlyList<ScenePages> Scenes, PageLayout Layout);
