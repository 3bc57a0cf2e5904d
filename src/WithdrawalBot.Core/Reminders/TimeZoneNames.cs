using System.Globalization;
using System.Text.RegularExpressions;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Finds a time zone from what a user types: an IANA name in any letter case (<c>europe/berlin</c>) or its city part
/// (<c>Berlin</c>, <c>New York</c>); another tz database name (<c>EST</c>, <c>CET</c>); a whole-hour offset from UTC
/// (<c>UTC+3</c>, <c>GMT+3</c>, <c>+03:00</c>, <c>UTC-05:00</c>), which becomes the matching fixed zone
/// (<c>Etc/GMT-3</c>: the tz database writes the sign reversed); or a city in Arabic or one the tz database has no zone
/// of (<c>بغداد</c>, <c>أربيل</c>, <c>Erbil</c>: <see cref="CityZones"/>).
/// </summary>
public static partial class TimeZoneNames
{
    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> All = new(() => TimeZoneInfo.GetSystemTimeZones());

    /// <summary>Examples shown in help and error messages.</summary>
    public const string Examples = "Asia/Baghdad, Europe/Berlin, Europe/London, America/New_York, UTC+3";

    /// <summary>The zone named by <paramref name="text"/>, or <c>null</c> when the name is empty, too long or unknown, or an offset is not whole hours.</summary>
    public static TimeZoneInfo? Find(string? text)
    {
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 64 || IsNoZone(name))
        {
            return null;
        }

        if (ReadOffset(name) is { } offset)
        {
            return FixedOffset(offset);
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

        if (CityZones.Find(name) is { } alias && TimeZoneInfo.TryFindSystemTimeZoneById(alias, out var aliased))
        {
            return aliased;
        }

        var city = name.Replace(' ', '_');
        var byCity = All.Value.Where(z => z.Id.EndsWith("/" + city, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byCity.Count == 1)
        {
            return byCity[0];
        }

        // Other tz database names ("EST", "CET", "EST5EDT"), which the system list leaves out.
        return TzName().IsMatch(name)
            && (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var other) || TimeZoneInfo.TryFindSystemTimeZoneById(name.ToUpperInvariant(), out other))
            ? other
            : null;
    }

    /// <summary>
    /// Names the system's tz database answers that are no zone to keep for a chat: "localtime" (whatever the host's
    /// /etc/localtime is, so it changes meaning when the container moves), "Factory" (no zone at all), "posixrules", and
    /// the "posix/…" and "right/…" copies (the last counting leap seconds).
    /// </summary>
    private static bool IsNoZone(string name) =>
        name.Equals("localtime", StringComparison.OrdinalIgnoreCase) || name.Equals("Factory", StringComparison.OrdinalIgnoreCase)
        || name.Equals("posixrules", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("posix/", StringComparison.OrdinalIgnoreCase) || name.StartsWith("right/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The offset from UTC that <paramref name="text"/> writes (<c>UTC+3</c>, <c>gmt-5</c>, <c>+03:00</c>, <c>UTC−03:30</c>,
    /// <c>+٣</c> in Arabic-Indic or Persian digits), from −14:00 to +14:00; <c>null</c> when it is not an offset (digits
    /// of other scripts, "UTC+३", included).
    /// </summary>
    public static TimeSpan? ReadOffset(string? text)
    {
        var written = ArabicLetters.WithWesternDigits(text?.Trim() ?? "");
        var match = OffsetPattern().Match(written);
        if (!match.Success)
        {
            return null;
        }

        var hours = int.Parse(match.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        // Read up to ±23:59, so "UTC+15" and "UTC-14" are answered as out of range rather than as unknown names.
        var offset = new TimeSpan(hours, minutes, 0);
        if (offset >= TimeSpan.FromHours(24))
        {
            return null;
        }

        return match.Groups["sign"].Value == "+" ? offset : -offset;
    }

    /// <summary>
    /// The fixed zone of a whole-hour offset: UTC+3 → <c>Etc/GMT-3</c> (tz database names reverse the sign), UTC → <c>Etc/UTC</c>;
    /// <c>null</c> for an offset with minutes or out of −12 to +14 hours, which no fixed zone has.
    /// </summary>
    public static TimeZoneInfo? FixedOffset(TimeSpan offset)
    {
        if (offset.Minutes != 0 || offset < TimeSpan.FromHours(-12) || offset > TimeSpan.FromHours(14))
        {
            return null;
        }

        var hours = (int)offset.TotalHours;
        var id = hours == 0 ? "Etc/UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.Abs(hours).ToString(CultureInfo.InvariantCulture);
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    /// <summary>A city zone (Region/City) whose offset at <paramref name="now"/> is <paramref name="offset"/>, to suggest for an offset no fixed zone has; <c>null</c> when there is none.</summary>
    public static TimeZoneInfo? CityWithOffset(TimeSpan offset, DateTimeOffset now) =>
        All.Value.Where(z => z.Id.Contains('/', StringComparison.Ordinal) && !z.Id.StartsWith("Etc/", StringComparison.Ordinal) && z.GetUtcOffset(now) == offset)
            .OrderBy(z => z.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>"UTC+03:00", "UTC−03:00" (with a true minus sign), "UTC+05:30": the zone's offset at <paramref name="now"/>.</summary>
    public static string FormatOffset(TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = zone.GetUtcOffset(now);
        var sign = offset < TimeSpan.Zero ? "\u2212" : "+";
        return "UTC" + sign + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>True for the zones whose name is UTC itself (<c>UTC</c>, <c>Etc/UTC</c>, <c>GMT</c>, <c>Etc/GMT</c>, <c>Zulu</c> …).</summary>
    public static bool IsUtc(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var name = zone.Id.StartsWith("Etc/", StringComparison.Ordinal) ? zone.Id[4..] : zone.Id;
        return name is "UTC" or "UCT" or "GMT" or "GMT0" or "GMT+0" or "GMT-0" or "Universal" or "Zulu" or "Greenwich";
    }

    /// <summary>
    /// Zones with summer time to suggest instead of a standard-time abbreviation on their winter offset
    /// (<see cref="IsStandardTimeAbbreviation"/>), the first on its offset preferred: the places people mean by "EST",
    /// "CST", "MST", "PST" …
    /// </summary>
    private static readonly string[] SummerTimeExamples =
        ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Anchorage", "America/Adak", "America/Halifax", "Europe/London", "Europe/Berlin"];

    /// <summary>
    /// Whether <paramref name="zone"/> is named by a tz database abbreviation of a standard time (<c>EST</c>, <c>MST</c>,
    /// <c>HST</c>: "Eastern Standard Time" and the like) and keeps one offset all year, as of <paramref name="now"/>'s year:
    /// the everyday name of a place's winter time, which the place leaves in summer (New York is UTC−4 then, EST stays
    /// UTC−5). <c>EST5EDT</c>, <c>CET</c> and the IANA names follow summer time and are not.
    /// </summary>
    public static bool IsStandardTimeAbbreviation(TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id is [>= 'A' and <= 'Z', 'S', 'T'] && Standard(zone, now) is (var standard, false) && standard == zone.GetUtcOffset(now);
    }

    /// <summary>
    /// A zone that keeps <paramref name="zone"/>'s offset in winter and moves to summer time (America/New_York for
    /// <c>EST</c>), one of <see cref="SummerTimeExamples"/> first, else the first by name; <c>null</c> when none does.
    /// </summary>
    public static TimeZoneInfo? WithSummerTime(TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = zone.GetUtcOffset(now);
        bool Fits(TimeZoneInfo candidate) => Standard(candidate, now) is (var standard, true) && standard == offset;
        return SummerTimeExamples.Select(id => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var example) ? example : null).OfType<TimeZoneInfo>().FirstOrDefault(Fits)
            ?? All.Value.Where(z => z.Id.Contains('/', StringComparison.Ordinal) && !z.Id.StartsWith("Etc/", StringComparison.Ordinal)).OrderBy(z => z.Id, StringComparer.Ordinal).FirstOrDefault(Fits);
    }

    /// <summary>The zone's standard (lower) offset in <paramref name="now"/>'s year, and whether it moves to summer time then (mid-January and mid-July differ).</summary>
    private static (TimeSpan Standard, bool Summer) Standard(TimeZoneInfo zone, DateTimeOffset now)
    {
        var january = zone.GetUtcOffset(new DateTimeOffset(now.Year, 1, 15, 12, 0, 0, TimeSpan.Zero));
        var july = zone.GetUtcOffset(new DateTimeOffset(now.Year, 7, 15, 12, 0, 0, TimeSpan.Zero));
        return (january < july ? january : july, january != july);
    }

    /// <summary>True for a fixed zone named with the tz database's reversed sign (<c>Etc/GMT+3</c> is UTC−3).</summary>
    public static bool HasReversedSign(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.Id.StartsWith("Etc/GMT", StringComparison.Ordinal) && zone.Id.Length > 7 && zone.Id[7] is '+' or '-' && zone.BaseUtcOffset != TimeSpan.Zero;
    }

    /// <summary>
    /// For a maintainer or operator, of a zone of <see cref="HasReversedSign"/>: "\"Etc/GMT+3\" means UTC−3, not UTC+3: names
    /// of the Etc/GMT kind reverse the sign" (a true minus sign; whole hours, as such zones are).
    /// </summary>
    public static string ReversedSignExplanation(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var hours = Math.Abs((int)zone.BaseUtcOffset.TotalHours).ToString(CultureInfo.InvariantCulture);
        var (means, looksLike) = zone.BaseUtcOffset < TimeSpan.Zero ? ("\u2212", "+") : ("+", "\u2212");
        return $"\"{zone.Id}\" means UTC{means}{hours}, not UTC{looksLike}{hours}: names of the Etc/GMT kind reverse the sign";
    }

    [GeneratedRegex(@"^(?:(?:utc|gmt|z)\s*)?(?<sign>[+\-\u2212])\s*(?<h>[0-9]{1,2})(?::?(?<m>[0-5][0-9]))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex TzName();
}
