namespace WithdrawalBot.Core.Text;

/// <summary>Edit distances between short words.</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions) between two words,
    /// stopping early once it must exceed <paramref name="max"/>.
    /// </summary>
    /// <returns>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</returns>
    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var columns = b.Length + 1;
        Span<int> previous2 = columns <= 64 ? stackalloc int[columns] : new int[columns];
        Span<int> previous = columns <= 64 ? stackalloc int[columns] : new int[columns];
        Span<int> current = columns <= 64 ? stackalloc int[columns] : new int[columns];
        for (var j = 0; j < columns; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j < columns; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
