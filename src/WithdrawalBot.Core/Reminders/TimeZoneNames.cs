namespace WithdrawalBot.Core.Reminders;

/// <summary>Finds a time zone from what a user types: an IANA name in any letter case (<c>europe/berlin</c>) or its city part (<c>Berlin</c>).</summary>
public static class TimeZoneNames
{
    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> All = new(() => TimeZoneInfo.GetSystemTimeZones());

    /// <summary>Examples shown in help and error messages.</summary>
    public const string Examples = "Asia/Baghdad, Europe/Berlin, Europe/London, America/New_York";

    /// <summary>The zone named by <paramref name="text"/>, or <c>null</c> when the name is empty, too long or unknown.</summary>
    public static TimeZoneInfo? Find(string? text)
    {
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 64)
        {
            return null;
        }

        if (name.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var exact))
        {
            return exact;
        }

        var byId = All.Value.FirstOrDefault(z => string.Equals(z.Id, name, StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        var city = name.Replace(' ', '_');
        var byCity = All.Value.Where(z => z.Id.EndsWith("/" + city, StringComparison.OrdinalIgnoreCase)).ToList();
        return byCity.Count == 1 ? byCity[0] : null;
    }
}
