using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Storage.Tests.Reminders;

/// <summary>The real milestones from <c>knowledge/</c> (copied next to the tests).</summary>
internal static class KnowledgeFixture
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "knowledge");

    public static IReadOnlyList<Milestone> Milestones { get; } =
        MilestoneCatalog.Load(Directory, Article.Load(Path.Combine(Directory, "article.ar.txt"), "article.ar.txt"));

    public static Milestone EndOf2026 => Milestones.Single(m => m.Id == "erbil-and-remaining-forces-leave");
}
