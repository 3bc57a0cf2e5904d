using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Humanizer;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Reminders;

/// <summary>
/// Lead times: how many days before a milestone's reference day a reminder comes. Typed as <c>7d</c>, <c>7</c>,
/// <c>7days</c>, <c>٧ي</c>, <c>7 ايام</c>, in weeks (<c>1w</c>, <c>2 weeks</c>, <c>اسبوع</c>, <c>أسبوعين</c>), months
/// (<c>1 month</c> = 30 days, <c>شهر</c>) or years (<c>1 year</c> = 365 days, <c>سنة</c>), with the count in digits or
/// words (<c>three days</c>, <c>ثلاث ايام</c>, <c>a week</c>, <c>يومين</c>); <c>0d</c>, <c>day</c>, <c>today</c>,
/// <c>اليوم</c> or <c>يوم الموعد</c> for the day itself, and <c>the day before</c> / <c>يوم</c> for one day.
/// </summary>
public static partial class LeadTimes
{
    /// <summary>The largest lead time, in days.</summary>
    public const int MaxDays = 365;

    /// <summary>The most lead times one subscription may have.</summary>
    public const int MaxCount = 8;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>How many words after "instead of", "not", بدل … a lead time is still the one being replaced.</summary>
    private const int ReplacedWindow = 3;

    /// <summary>Words naming the lead time a request replaces, as <see cref="Words"/> reads them: "not", بدل, بدال, بدلا, مو, مش, وليس.</summary>
    private static readonly HashSet<string> ReplacementCues = new(["not", "بدل", "بدال", "بدلا", "مو", "مش", "وليس"], StringComparer.Ordinal);

    /// <summary>30 days, 7 days, 1 day and the day itself.</summary>
    public static IReadOnlyList<int> Default { get; } = [30, 7, 1, 0];

    /// <summary>Parses one token (Arabic-Indic digits allowed); <c>null</c> when it is not a lead time or is out of 0–<see cref="MaxDays"/>.</summary>
    public static int? ParseToken(string token) => ReadDays(token) is int days && days <= MaxDays ? days : null;

    /// <summary>
    /// The number of days one token is written as (<c>7d</c>, <c>1w</c>, <c>اسبوع</c>), whether or not it is allowed
    /// (so "400d" reads as 400, to say that is too far ahead rather than unreadable; a count too long for an
    /// <see cref="int"/>, "999999999999999999999d", reads as <see cref="int.MaxValue"/>); <c>null</c> when it does not
    /// read as a lead time on its own.
    /// </summary>
    public static int? ReadDays(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var words = Words(token);
        return words.Count == 1 && TryRead(words, 0, freeText: false, out var days, out _) && Whole(days) is int whole ? whole : null;
    }

    /// <summary>
    /// Parses the arguments of <c>/subscribe</c>. A unit written as a separate word belongs to the count before it
    /// (<c>7 days</c>, <c>2 weeks</c>, <c>٣ ايام</c>); "and", "before", "و" and "قبل" between lead times are skipped.
    /// </summary>
    /// <returns>Distinct days, descending; the first word that is not a lead time; the first lead time over the maximum.</returns>
    public static LeadTimeRequest Parse(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var typed = new List<(string Word, string Typed)>();
        foreach (var token in tokens)
        {
            var inToken = Words(token);
            if (inToken.Count == 0 || MentionMarkup().IsMatch(token))
            {
                return new LeadTimeRequest([], token, null);
            }

            typed.AddRange(inToken.Select(w => (w, token)));
        }

        var words = typed.Select(t => t.Word).ToList();
        var days = new SortedSet<int>(Descending);
        int? tooFar = null;
        for (var i = 0; i < words.Count;)
        {
            if (Fillers.Contains(words[i]))
            {
                i++;
                continue;
            }

            if (!TryRead(words, i, freeText: false, out var value, out var used))
            {
                return new LeadTimeRequest([], typed[i].Typed, tooFar);
            }

            if (Whole(value) is not int whole)
            {
                return new LeadTimeRequest([], null, tooFar) { Fraction = new LeadTimeFraction(string.Join(' ', words.Skip(i).Take(used)), value) };
            }

            Add(days, whole, ref tooFar);
            i += used;
        }

        return new LeadTimeRequest([.. days], null, tooFar);
    }

    /// <summary>
    /// Reads the lead times a free-text request names ("remind me a week before", "ذكرني قبل يومين وقبل شهر",
    /// "remind me 3 days and on the day"), skipping every other word. A bare number that looks like a year (1900–2100)
    /// is not read as days, nor is a lead time named as the one to replace ("two days before instead of a week", "3
    /// days before, not 7", "قبل يومين بدل اسبوع"): it follows "instead of", "rather than", "not", بدل, بدال, مو or مش
    /// within <see cref="ReplacedWindow"/> words.
    /// </summary>
    public static LeadTimeRequest Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var days = new SortedSet<int>(Descending);
        int? tooFar = null;
        var replacedUntil = -1;
        for (var i = 0; i < words.Count;)
        {
            if (ReplacementCues.Contains(words[i]) || (words[i] is "instead" or "rather" && i + 1 < words.Count && words[i + 1] is "of" or "than"))
            {
                replacedUntil = i + ReplacedWindow;
                i++;
            }
            else if (TryRead(words, i, freeText: true, out var value, out var used))
            {
                if (Whole(value) is not int whole)
                {
                    return new LeadTimeRequest([], null, tooFar) { Fraction = new LeadTimeFraction(string.Join(' ', words.Skip(i).Take(used)), value) };
                }

                if (i > replacedUntil)
                {
                    Add(days, whole, ref tooFar);
                }

                replacedUntil = -1;
                i += used;
            }
            else
            {
                i++;
            }
        }

        return new LeadTimeRequest([.. days], null, tooFar);
    }

    /// <summary>One lead time in words: "30 days before", "1 day before", "on the day" / "قبل 30 يوماً", "في اليوم نفسه".</summary>
    public static string Describe(int days, Language language) => (language, days) switch
    {
        (Language.Arabic, 0) => "في اليوم نفسه",
        (Language.Arabic, 1) => "قبل يوم واحد",
        (Language.Arabic, 2) => "قبل يومين",
        (Language.Arabic, <= 10) => $"قبل {days} أيام",
        (Language.Arabic, _) => $"قبل {days} يوماً",
        (_, 0) => "on the day",
        (_, 1) => "1 day before",
        _ => $"{days} days before",
    };

    /// <summary>All lead times in words, joined: "30 days before, 7 days before, 1 day before and on the day".</summary>
    public static string Describe(IReadOnlyList<int> days, Language language)
    {
        ArgumentNullException.ThrowIfNull(days);
        return Join([.. days.Select(d => Describe(d, language))], language);
    }

    /// <summary>
    /// The lead times relative to what they come before, as a sentence reads them: "30 days before, 1 day before and on
    /// the day of each milestone" / "قبل 30 يوماً وقبل يوم واحد من كل موعد، وفي يوم الموعد نفسه".
    /// </summary>
    /// <param name="days">The lead times, descending (0 last).</param>
    /// <param name="language">The reply language.</param>
    /// <param name="english">What they come before, in English: "each milestone", "“by about the end of 2026”".</param>
    /// <param name="arabic">The same in Arabic, without "من": "كل موعد", "موعد «…»".</param>
    public static string DescribeBefore(IReadOnlyList<int> days, Language language, string english, string arabic)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (language != Language.Arabic)
        {
            return Describe(days, language) + (days.Count > 0 && days[^1] == 0 ? " of " : " ") + english;
        }

        var before = days.Where(d => d > 0).ToList();
        var onTheDay = days.Contains(0);
        if (before.Count == 0)
        {
            return $"في يوم {arabic}";
        }

        var text = $"{Describe(before, language)} من {arabic}";
        return onTheDay ? text + "، وفي يوم الموعد نفسه" : text;
    }

    /// <summary>The lead times as a command would take them: "30d 7d 1d 0d".</summary>
    public static string ToCommandText(IReadOnlyList<int> days) => string.Join(' ', days.Select(d => d.ToString(CultureInfo.InvariantCulture) + "d"));

    private static readonly Comparer<int> Descending = Comparer<int>.Create((a, b) => b.CompareTo(a));

    private static void Add(SortedSet<int> days, int value, ref int? tooFar)
    {
        if (value <= MaxDays)
        {
            days.Add(value);
        }
        else
        {
            tooFar ??= value;
        }
    }

    private static string Join(List<string> parts, Language language)
    {
        if (parts.Count <= 1)
        {
            return parts.FirstOrDefault() ?? "";
        }

        var and = language == Language.Arabic ? " و" : " and ";
        return string.Join(language == Language.Arabic ? "، " : ", ", parts.Take(parts.Count - 1)) + and + parts[^1];
    }

    /// <summary>Reads one lead time starting at word <paramref name="i"/>: its days and how many words it took.</summary>
    /// <remarks>A count with a decimal fraction ("1.5 weeks") gives its exact days (10.5); <see cref="Whole"/> tells whether that is a whole number of days.</remarks>
    private static bool TryRead(List<string> words, int i, bool freeText, out decimal days, out int used)
    {
        var word = words[i];
        var next = i + 1 < words.Count ? words[i + 1] : null;
        days = 0;
        used = 1;
        if (DayItself(word, next, out used))
        {
            // "the day before" is one day; "day" alone (or "on the day") the day itself.
            days = next is "before" && word is "day" ? 1 : 0;
            used = days == 1 ? 2 : used;
            return true;
        }

        var match = CountPattern().Match(word);
        if (match.Success)
        {
            var count = Count(match.Groups[1].Value);
            var glued = match.Groups[2].Value;
            if (glued.Length > 0)
            {
                return InDays(count, glued, out days);
            }

            if (next is not null && InDays(count, next, out days))
            {
                used = 2;
                return true;
            }

            // A bare number in free text that looks like a year ("the 2026 milestone") is not a lead time.
            return !(freeText && count is >= 1900 and <= 2100 && !match.Groups[1].Value.Contains('.', StringComparison.Ordinal)) && Times(count, 1, out days);
        }

        if (next is not null && CountWord(word) is int spelled && InDays(spelled, next, out days))
        {
            used = 2;
            return true;
        }

        if (Implied.TryGetValue(word, out var implied) || (word.Length > 2 && word[0] is 'ب' or 'و' or 'ل' && Implied.TryGetValue(word[1..], out implied)))
        {
            // "يوم واحد", "أسبوع واحد": the count after the unit.
            used = next is "واحد" or "واحده" ? 2 : 1;
            days = implied;
            return true;
        }

        return false;
    }

    /// <summary>"day", "today", "اليوم", "يومها", "باليوم", "يوم الموعد": the day itself (one or two words).</summary>
    private static bool DayItself(string word, string? next, out int used)
    {
        used = 1;
        if (ZeroWords.Contains(word) || (word.Length > 3 && word[0] is 'ب' or 'و' or 'ل' && ZeroWords.Contains(word[1..])))
        {
            return true;
        }

        if (word is "يوم" or "بيوم" && next is "الموعد" or "موعد")
        {
            used = 2;
            return true;
        }

        return false;
    }

    /// <summary>A count written as a word: "a", "one", "three", "twenty-one" (English, through Humanizer), "ثلاث", "عشرة".</summary>
    private static int? CountWord(string word)
    {
        if (word is "a" or "an")
        {
            return 1;
        }

        if (ArabicCounts.TryGetValue(word, out var arabic))
        {
            return arabic;
        }

        return SpelledNumber().IsMatch(word) && word.TryToNumber(out var number, English) && number is > 0 and < 1000
            ? number
            : null;
    }

    private static bool Times(decimal count, int unit, out decimal days)
    {
        days = Math.Min(count * unit, int.MaxValue);
        return true;
    }

    /// <summary>
    /// The count a number is written as ("7", "1.5"); a whole part of more than nine digits ("999999999999999999999")
    /// counts as <see cref="int.MaxValue"/>, far over <see cref="MaxDays"/> whatever the unit, so it is refused as too far
    /// ahead like "10 years" rather than as unreadable.
    /// </summary>
    private static decimal Count(string number)
    {
        var point = number.IndexOf('.', StringComparison.Ordinal);
        var whole = (point < 0 ? number : number[..point]).TrimStart('0');
        return whole.Length > 9 ? int.MaxValue : decimal.Parse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>The days as a whole number; <c>null</c> when they have a fraction (10.5).</summary>
    private static int? Whole(decimal days) => days == decimal.Truncate(days) ? (int)days : null;

    /// <summary>
    /// Lower-case words with digits in ASCII and Arabic letters in one spelling (no marks or tatweel; أ إ آ → ا, ة → ه,
    /// ى → ي), split at spaces and punctuation; a count glued to its unit ("7d", "٣ايام") stays one word.
    /// </summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsMark(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '-')
            {
                word.Append(Normalize(c));
            }
            else if (c is '.' or '\u066B' && word.Length > 0 && char.IsAsciiDigit(word[^1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                // "1.5", "١٫٥": a decimal count stays one word, to say that lead times are whole days rather than read 1 and 5.
                word.Append('.');
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        // A minus stays in its word ("-1d"), so a negative lead time is not read as a positive one.
        return words;
    }

    /// <summary>A mark matching ignores (<see cref="ArabicLetters.IsMark"/>) or a tatweel.</summary>
    private static bool IsMark(char c) => ArabicLetters.IsMark(c) || c == '\u0640';

    private static char Normalize(char c) => ArabicLetters.FoldSpelling(ArabicLetters.WesternDigit(c));

    private static readonly HashSet<string> ZeroWords = new(StringComparer.Ordinal)
    {
        "day", "today", "sameday", "same-day", "اليوم", "يومها",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "and", "before", "و", "قبل" };

    /// <summary>Units after a count, in days.</summary>
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["d"] = 1, ["day"] = 1, ["days"] = 1, ["ي"] = 1, ["يوم"] = 1, ["يوما"] = 1, ["ايام"] = 1,
        ["w"] = 7, ["wk"] = 7, ["wks"] = 7, ["week"] = 7, ["weeks"] = 7, ["اسبوع"] = 7, ["اسابيع"] = 7, ["اسبوعا"] = 7,
        ["mo"] = 30, ["month"] = 30, ["months"] = 30, ["شهر"] = 30, ["اشهر"] = 30, ["شهور"] = 30, ["شهرا"] = 30,
        ["y"] = 365, ["yr"] = 365, ["yrs"] = 365, ["year"] = 365, ["years"] = 365, ["سنه"] = 365, ["سنوات"] = 365, ["سنين"] = 365, ["عام"] = 365, ["اعوام"] = 365,
    };

    /// <summary>
    /// Units shorter than a day, as how many make a day: "30 minutes" and "3 hours" read as the fraction of a day they
    /// are, which reminders (sent once a day) cannot keep, so they are refused as <see cref="LeadTimeRequest.Fraction"/>
    /// rather than read as 30 or 3 days.
    /// </summary>
    private static readonly Dictionary<string, int> PerDay = new(StringComparer.Ordinal)
    {
        ["h"] = 24, ["hr"] = 24, ["hrs"] = 24, ["hour"] = 24, ["hours"] = 24, ["ساعه"] = 24, ["ساعات"] = 24,
        ["min"] = 1440, ["mins"] = 1440, ["minute"] = 1440, ["minutes"] = 1440, ["دقيقه"] = 1440, ["دقائق"] = 1440, ["دقايق"] = 1440,
    };

    /// <summary>The days <paramref name="count"/> of one of <see cref="Units"/> or <see cref="PerDay"/> come to; <c>false</c> for a word that is no unit.</summary>
    private static bool InDays(decimal count, string unit, out decimal days)
    {
        if (Units.TryGetValue(unit, out var whole))
        {
            return Times(count, whole, out days);
        }

        days = PerDay.TryGetValue(unit, out var perDay) ? count / perDay : 0;
        return perDay > 0;
    }

    /// <summary>A unit on its own, its count implied (singular or dual): "week" = 7, "يومين" = 2, "اسبوعين" = 14.</summary>
    private static readonly Dictionary<string, int> Implied = new(StringComparer.Ordinal)
    {
        ["week"] = 7, ["fortnight"] = 14, ["month"] = 30, ["year"] = 365,
        ["يوم"] = 1, ["يومين"] = 2, ["اسبوع"] = 7, ["اسبوعين"] = 14, ["جمعه"] = 7, ["شهر"] = 30, ["شهرين"] = 60,
        ["سنه"] = 365, ["سنتين"] = 730, ["عام"] = 365, ["عامين"] = 730,
    };

    /// <summary>Counts spelled in Arabic (Iraqi spellings too: ثلث, ثمن), normalized as <see cref="Words"/> writes them.</summary>
    private static readonly Dictionary<string, int> ArabicCounts = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["اثنين"] = 2, ["اثنان"] = 2, ["ثنين"] = 2, ["ثلاث"] = 3, ["ثلاثه"] = 3, ["ثلث"] = 3, ["تلت"] = 3,
        ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5, ["ست"] = 6, ["سته"] = 6, ["سبع"] = 7, ["سبعه"] = 7,
        ["ثمان"] = 8, ["ثماني"] = 8, ["ثمانيه"] = 8, ["ثمن"] = 8, ["تسع"] = 9, ["تسعه"] = 9, ["عشر"] = 10, ["عشره"] = 10,
        ["عشرين"] = 20, ["ثلاثين"] = 30,
    };

    /// <summary>A Discord mention (<c>&lt;#channel&gt;</c>, <c>&lt;@&amp;role&gt;</c>, <c>&lt;@user&gt;</c>): its digits are an id, never days.</summary>
    [GeneratedRegex(@"^<(?:#|@[!&]?)\d+>$", RegexOptions.CultureInvariant)]
    private static partial Regex MentionMarkup();

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]{1,3})?)([a-z\u0600-\u06FF]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CountPattern();

    // "three", "twenty-one": Humanizer reads more leniently ("-one", "twenty--"), so the shape is checked first.
    [GeneratedRegex("^[a-z]+(?:-[a-z]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledNumber();
}
