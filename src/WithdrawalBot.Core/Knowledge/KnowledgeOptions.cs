using System.ComponentModel.DataAnnotations;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Options of the section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge directory; a relative path is resolved against <see cref="AppContext.BaseDirectory"/>. Default <c>knowledge</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "knowledge";

    /// <summary>The directory as a full path.</summary>
    public string FullPath => Path.GetFullPath(Directory, AppContext.BaseDirectory);
}
