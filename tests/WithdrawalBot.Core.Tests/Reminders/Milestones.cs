using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Tests.Reminders;

/// <summary>The real milestones from <c>knowledge/</c>.</summary>
internal static class Milestones
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static IReadOnlyList<Milestone> All { get; } =
        MilestoneCatalog.Load(Directory, Article.Load(Path.Combine(Directory, "article.ar.txt"), "article.ar.txt"));

    public static Milestone EndOf2026 => All.Single(m => m.Id == "erbil-and-remaining-forces-leave");

    public static Milestone September2025 => All.Single(m => m.Id == "ain-al-asad-and-hundreds-leave");
}
