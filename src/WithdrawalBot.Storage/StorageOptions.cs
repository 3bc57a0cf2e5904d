using System.ComponentModel.DataAnnotations;

namespace WithdrawalBot.Storage;

/// <summary>Where the database lives, bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// The data folder (created if missing), relative to the working directory or absolute; holds <c>withdrawalbot.db</c>
    /// and its lock file. Default <c>./data</c>. A leading <c>~</c> or <c>~/</c> is the user's home folder, as in a shell
    /// (a compose <c>.env</c> file or a systemd unit passes it on unexpanded); <c>~name/</c> is refused.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DataDirectory is empty; set it to a writable folder (default ./data).")]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// <paramref name="path"/> with a leading <c>~</c> or <c>~/</c> replaced by <paramref name="home"/>; any other path, and
    /// one starting <c>~name</c> (another user's home, which is refused at validation), as it is.
    /// </summary>
    public static string ExpandHome(string path, string? home)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrEmpty(home) || !(path == "~" || path.StartsWith("~/", StringComparison.Ordinal)))
        {
            return path;
        }

        return path.Length <= 2 ? home : Path.Combine(home, path[2..]);
    }
}
