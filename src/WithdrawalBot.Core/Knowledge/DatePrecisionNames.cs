namespace WithdrawalBot.Core.Knowledge;

/// <summary>Reads a <see cref="DatePrecision"/> from a knowledge file by its name only ("day", "Month"; any case).</summary>
internal static class DatePrecisionNames
{
    /// <summary>
    /// Whether <paramref name="text"/> names a precision. Unlike <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>,
    /// a number ("7") or a list of names ("month, year") is no precision (break 30: both loaded, the list as Approximate).
    /// </summary>
    public static bool TryParse(string? text, out DatePrecision precision)
    {
        foreach (var value in Enum.GetValues<DatePrecision>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                precision = value;
                return true;
            }
        }

        precision = default;
        return false;
    }
}
