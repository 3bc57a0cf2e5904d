using System.ComponentModel.DataAnnotations;

namespace WithdrawalBot.Storage;

/// <summary>Where the database lives, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>The data folder (created if missing), relative to the working directory or absolute; holds <c>withdrawalbot.db</c> and its lock file. Default <c>./data</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DataDirectory is empty; set it to a writable folder (default ./data).")]
    public string DataDirectory { get; set; } = "./data";
}
