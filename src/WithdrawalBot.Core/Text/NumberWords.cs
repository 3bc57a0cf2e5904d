namespace WithdrawalBot.Core.Text;

/// <summary>
/// Reads figures written in words, in English and in Arabic (Iraqi spellings too), as one word in digits, for matching:
/// "three thousand" → "3000", "two and a half thousand" and "twenty five hundred" → "2500", "twenty fourteen" → "2014",
/// "ثلاث تلاف" and "٣ آلاف" → "3000", "الفين وخمسمية" and "الفين ونص" → "2500", "خمسة وعشرين" → "25", "الفين واربعطعش" →
/// "2014". A figure is read the same whether a question or the knowledge writes it, so "is it true that three thousand US
/// troops are in Iraq?" is checked like "… 3,000 …".
/// </summary>
/// <remarks>
/// Words are normalized (<see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/>). Left as they are: a unit on its own
/// ("three", "ثلاث": the lexicon maps those it needs), a plural without a count before it ("thousands", "آلاف", "مئات":
/// no figure), "ثلث" (a third) and "ثمن" (a price) unless a magnitude follows ("ثلث تلاف"). A singular magnitude alone is
/// a figure ("a thousand troops" → "1000 troops", "ألف جندي" → "1000 جندي").
/// </remarks>
public static class NumberWords
{
    private enum Kind
    {
        /// <summary>1–9 ("three", "ثلاثه").</summary>
        Unit,

        /// <summary>1–9 only before a magnitude or "عشر" ("ثلث", "احد", "اثنا").</summary>
        UnitBeforeMagnitude,

        /// <summary>10 ("ten", "عشر"): after an Arabic unit it makes a teen ("ثلاث عشر" → 13).</summary>
        Ten,

        /// <summary>11–19 ("fourteen", "اربعطعش").</summary>
        Teen,

        /// <summary>20–90 ("twenty", "عشرين").</summary>
        Tens,

        /// <summary>A whole hundreds figure in one word ("خمسمية" → 500, "ميتين" → 200).</summary>
        Hundreds,

        /// <summary>A count of hundreds, thousands or millions (the value is the magnitude: "hundred", "الف", "آلاف").</summary>
        Magnitude,

        /// <summary>A magnitude that needs a count before it ("آلاف", "تلاف", "ملايين").</summary>
        PluralMagnitude,

        /// <summary>A whole thousands or millions figure in one word ("الفين" → 2000, "مليونين").</summary>
        Dual,

        /// <summary>"half", "نص": half of the magnitude before it ("الفين ونص" → 2500) or after it ("two and a half thousand").</summary>
        Half,
    }

    private static readonly Dictionary<string, (Kind Kind, long Value)> English = new(StringComparer.Ordinal)
    {
        ["one"] = (Kind.Unit, 1), ["two"] = (Kind.Unit, 2), ["three"] = (Kind.Unit, 3), ["four"] = (Kind.Unit, 4),
        ["five"] = (Kind.Unit, 5), ["six"] = (Kind.Unit, 6), ["seven"] = (Kind.Unit, 7), ["eight"] = (Kind.Unit, 8),
        ["nine"] = (Kind.Unit, 9), ["ten"] = (Kind.Unit, 10), ["eleven"] = (Kind.Teen, 11), ["twelve"] = (Kind.Teen, 12),
        ["thirteen"] = (Kind.Teen, 13), ["fourteen"] = (Kind.Teen, 14), ["fifteen"] = (Kind.Teen, 15),
        ["sixteen"] = (Kind.Teen, 16), ["seventeen"] = (Kind.Teen, 17), ["eighteen"] = (Kind.Teen, 18),
        ["nineteen"] = (Kind.Teen, 19), ["twenty"] = (Kind.Tens, 20), ["thirty"] = (Kind.Tens, 30), ["forty"] = (Kind.Tens, 40),
        ["fifty"] = (Kind.Tens, 50), ["sixty"] = (Kind.Tens, 60), ["seventy"] = (Kind.Tens, 70), ["eighty"] = (Kind.Tens, 80),
        ["ninety"] = (Kind.Tens, 90), ["hundred"] = (Kind.Magnitude, 100), ["thousand"] = (Kind.Magnitude, 1000),
        ["million"] = (Kind.Magnitude, 1_000_000), ["half"] = (Kind.Half, 0),
    };

    private static readonly Dictionary<string, (Kind Kind, long Value)> Arabic = BuildArabic();

    /// <summary>Every number word, English and Arabic, as a search for text as typed.</summary>
    private static readonly System.Buffers.SearchValues<string> AnyNumberWord =
        System.Buffers.SearchValues.Create([.. English.Keys, .. Arabic.Keys], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> may write a figure: a digit, or a number word anywhere in it (also inside another
    /// word: "often" holds "ten"). A cheap look before reading its words; <c>false</c> means it surely writes none.
    /// </summary>
    public static bool MayWriteFigure(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('0', '9') >= 0 || text.IndexOfAnyInRange('٠', '٩') >= 0 || text.ContainsAny(AnyNumberWord);

    /// <summary>
    /// <paramref name="words"/> with every figure written in words replaced by one word in digits; the list itself when
    /// it has none.
    /// </summary>
    /// <param name="words">Normalized words, as <see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/> writes them.</param>
    public static List<string> Read(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<string>? result = null;
        for (var i = 0; i < words.Count;)
        {
            if (MayStart(words[i]) && Figure(words, i) is var (length, value) && length > 0)
            {
                result ??= words.GetRange(0, i);
                result.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                i += length;
                continue;
            }

            result?.Add(words[i]);
            i++;
        }

        return result ?? words;
    }

    /// <summary>
    /// Every figure <paramref name="words"/> write, each with where it starts and how many words it takes: a figure in
    /// words as <see cref="Read"/> reads it ("thirty", "الفين وخمسمية"), a word in digits ("2500"), and a unit alone
    /// ("three", "ثلاثة", "وثلاثة": 1–10), which <see cref="Read"/> leaves to the lexicon.
    /// </summary>
    /// <param name="words">Normalized words, as <see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/> writes them.</param>
    public static IEnumerable<(int Start, int Length, long Value)> Figures(List<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var i = 0; i < words.Count;)
        {
            var (length, value) = MayStart(words[i]) ? Figure(words, i) : (0, 0);
            if (length == 0 && FigureAlone(words[i]) is { } alone)
            {
                (length, value) = (1, alone);
            }

            if (length > 0)
            {
                yield return (i, length, value);
            }

            i += Math.Max(length, 1);
        }
    }

    /// <summary>The value of one word read alone as a figure: a word in digits, or a unit ("three", "وثلاثة", 1–10); <c>null</c> otherwise.</summary>
    private static long? FigureAlone(string word)
    {
        if (word.All(char.IsAsciiDigit))
        {
            return long.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits) ? digits : null;
        }

        var known = English.TryGetValue(word, out var unit) || Arabic.TryGetValue(word, out unit) || TryBehindParticle(word, out unit);
        return known && unit.Kind is Kind.Unit or Kind.Ten ? unit.Value : null;
    }

    /// <summary>Whether <paramref name="word"/> could begin a figure in words (a quick test before reading one).</summary>
    private static bool MayStart(string word) =>
        char.IsAsciiDigit(word[0]) || English.ContainsKey(word) || Arabic.ContainsKey(word) || TryBehindParticle(word, out _);

    /// <summary>
    /// The figure written from <paramref name="start"/>: how many words it takes and its value; a length of 0 when none is
    /// (or only a word left to the lexicon). A year said in two halves ("twenty fourteen", "nineteen ninety", "twenty oh
    /// three") is one figure.
    /// </summary>
    private static (int Length, long Value) Figure(List<string> words, int start)
    {
        var (length, value, counted) = Parse(words, start);
        if (length == 0)
        {
            return (0, 0);
        }

        if (counted == 1 && value is 19 or 20 && Parse(words, start + length) is { Length: > 0, Value: >= 10 and <= 99 } second)
        {
            return (length + second.Length, (value * 100) + second.Value);
        }

        if (counted == 1 && value is 19 or 20 && start + length < words.Count && words[start + length] is "oh"
            && Parse(words, start + length + 1) is { Length: 1, Value: >= 1 and <= 9 } unit)
        {
            // "twenty oh three" → 2003.
            return (length + 2, (value * 100) + unit.Value);
        }

        return length > 1 || StandsAlone(words[start]) ? (length, value) : (0, 0);
    }

    /// <summary>Whether one word alone is a figure: a teen, a tens, a whole hundreds or thousands, a thousand or million ("thousand" of "a thousand": single letters are not words; "hundred" alone stays the word of "hundreds").</summary>
    private static bool StandsAlone(string word) =>
        English.TryGetValue(word, out var english) ? english.Kind is Kind.Teen or Kind.Tens || (english.Kind is Kind.Magnitude && english.Value > 100)
        : (Arabic.TryGetValue(word, out var arabic) || TryBehindParticle(word, out arabic)) && arabic.Kind is Kind.Teen or Kind.Tens or Kind.Hundreds or Kind.Dual or Kind.Magnitude;

    /// <summary>Reads the longest figure from <paramref name="start"/>: the words it takes, its value and how many of them are figures (not "and").</summary>
    private static (int Length, long Value, int Counted) Parse(List<string> words, int start)
    {
        var figure = new Reading();
        int end = start, counted = 0;
        for (var i = start; i < words.Count; i++)
        {
            var word = words[i];
            if (counted > 0 && word is "and" && i + 1 < words.Count && TryWord(words[i + 1], out _, out _))
            {
                continue;
            }

            var digits = char.IsAsciiDigit(word[0]);
            var joined = false;
            if (!TryWord(word, out var kind, out var value))
            {
                // "وخمسمية", "وعشرين": an Arabic part joined by و; "بالفين وخمسطعش": a figure behind a particle.
                if (!TryBehindParticle(word, out var part) || (counted > 0 && word[0] != 'و'))
                {
                    break;
                }

                (kind, value, joined) = (part.Kind, part.Value, counted > 0);
            }

            var next = i + 1 < words.Count && TryWord(words[i + 1], out var nextKind, out _) ? nextKind : (Kind?)null;
            if ((digits && (counted > 0 || next is not (Kind.Magnitude or Kind.PluralMagnitude))) || !figure.Add(kind, value, joined, next))
            {
                // Digits count only first and before a magnitude ("3 thousand", "٣ آلاف").
                break;
            }

            counted++;
            end = i + 1;
        }

        return figure.PendingHalf || counted == 0 ? (0, 0, 0) : (end - start, figure.Total + figure.Current, counted);
    }

    /// <summary>A figure being read: thousands and millions in <see cref="Total"/>, the part below a thousand in <see cref="Current"/>.</summary>
    private struct Reading
    {
        public long Total;
        public long Current;

        /// <summary>The magnitude of the last hundreds, thousands or millions, for a half after it ("الفين ونص").</summary>
        public long LastMagnitude;

        /// <summary>A half read before its magnitude ("two and a half thousand").</summary>
        public bool PendingHalf;

        /// <summary>Adds one word's value; false when the word cannot continue the figure.</summary>
        /// <param name="kind">What the word is.</param>
        /// <param name="value">Its value (the magnitude for a magnitude).</param>
        /// <param name="joined">Whether it was written behind و ("وعشرين").</param>
        /// <param name="next">What the next word is, when it is a number word.</param>
        public bool Add(Kind kind, long value, bool joined, Kind? next)
        {
            var belowHundred = Current % 100;
            switch (kind)
            {
                case Kind.Unit when belowHundred == 0 || (belowHundred >= 20 && belowHundred % 10 == 0 && value < 10):
                    Current += value;
                    return true;
                case Kind.UnitBeforeMagnitude when belowHundred == 0 && next is Kind.Magnitude or Kind.PluralMagnitude or Kind.Ten:
                    Current += value;
                    return true;
                case Kind.Ten when belowHundred == 0 || (belowHundred < 10 && !joined):
                    // "ثلاث عشر" → 13.
                    Current += 10;
                    return true;
                case Kind.Teen when belowHundred == 0:
                case Kind.Tens when belowHundred == 0 || (joined && belowHundred < 10):
                    Current += value;
                    return true;
                case Kind.Hundreds when Current % 1000 == 0:
                    Current += value;
                    return true;
                case Kind.Magnitude or Kind.PluralMagnitude when value == 100 && Current < 100 && !PendingHalf && (kind == Kind.Magnitude || Current > 0):
                    Current = (Current == 0 ? 1 : Current) * 100;
                    LastMagnitude = 100;
                    return true;
                case Kind.Magnitude or Kind.PluralMagnitude when value > 100 && Current < 1000 && Total % (value * 1000) == 0 && (kind == Kind.Magnitude || Current > 0):
                    Total += ((Current == 0 ? 1 : Current) * value) + (PendingHalf ? value / 2 : 0);
                    (Current, LastMagnitude, PendingHalf) = (0, value, false);
                    return true;
                case Kind.Dual when Current == 0 && Total % (value * 500) == 0:
                    Total += value;
                    LastMagnitude = value / 2;
                    return true;
                case Kind.Half when joined && LastMagnitude > 0 && Current % LastMagnitude == 0:
                    // "الفين ونص", "مية ونص": half of the magnitude before it.
                    Current += LastMagnitude / 2;
                    LastMagnitude = 0;
                    return true;
                case Kind.Half when !joined && next == Kind.Magnitude && Current > 0 && !PendingHalf:
                    // "two and a half thousand": half of the magnitude after it.
                    PendingHalf = true;
                    return true;
                default:
                    return false;
            }
        }
    }

    /// <summary>An Arabic number word behind a one-letter particle (و ف ب ل ك): "وعشرين", "بالفين".</summary>
    private static bool TryBehindParticle(string word, out (Kind Kind, long Value) part)
    {
        part = default;
        return word.Length >= 3 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && Arabic.TryGetValue(word[1..], out part);
    }

    private static bool TryWord(string word, out Kind kind, out long value)
    {
        if (English.TryGetValue(word, out var english) || Arabic.TryGetValue(word, out english))
        {
            (kind, value) = english;
            return true;
        }

        if (word.Length is > 0 and <= 6 && word.All(char.IsAsciiDigit))
        {
            (kind, value) = (Kind.Unit, long.Parse(word, System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

        (kind, value) = (Kind.Unit, 0);
        return false;
    }

    /// <summary>The Arabic number words, normalized as a message's words are (ة → ه, hamzas dropped: "مئة" → "ميه").</summary>
    private static Dictionary<string, (Kind, long)> BuildArabic()
    {
        var table = new Dictionary<string, (Kind, long)>(StringComparer.Ordinal);
        void Add(Kind kind, long value, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                table[string.Concat(WordNormalizer.Tokenize(spelling))] = (kind, value);
            }
        }

        string[][] units =
        [
            ["واحد", "واحدة"], ["اثنين", "اثنان", "اثنتين", "اثنتان", "ثنين", "ثنتين"], ["ثلاث", "ثلاثة", "تلاث", "تلاثة"],
            ["أربع", "أربعة"], ["خمس", "خمسة"], ["ست", "ستة"], ["سبع", "سبعة"], ["ثمان", "ثماني", "ثمانية"], ["تسع", "تسعة"],
        ];
        for (var unit = 1; unit <= 9; unit++)
        {
            Add(Kind.Unit, unit, units[unit - 1]);
        }

        Add(Kind.UnitBeforeMagnitude, 1, "أحد", "إحدى");
        Add(Kind.UnitBeforeMagnitude, 2, "اثنا", "اثني", "اثنتا");
        Add(Kind.UnitBeforeMagnitude, 3, "ثلث", "تلث", "تلت");
        Add(Kind.UnitBeforeMagnitude, 8, "ثمن");
        Add(Kind.Ten, 10, "عشر", "عشرة");
        string[][] teens =
        [
            ["احدعش", "حدعش", "احداعش"], ["اطنعش", "اثنعش", "ثنعش", "طنعش"], ["ثلطعش", "تلطعش", "ثلاثطعش"], ["اربعطعش", "ربعطعش"],
            ["خمسطعش", "خمستعش"], ["سطعش", "ستطعش"], ["سبعطعش"], ["ثمنطعش", "ثمانطعش"], ["تسعطعش"],
        ];
        for (var teen = 11; teen <= 19; teen++)
        {
            Add(Kind.Teen, teen, teens[teen - 11]);
        }

        string[][] tens =
        [
            ["عشرين", "عشرون"], ["ثلاثين", "ثلاثون", "تلاثين"], ["أربعين", "أربعون"], ["خمسين", "خمسون"], ["ستين", "ستون"],
            ["سبعين", "سبعون"], ["ثمانين", "ثمانون"], ["تسعين", "تسعون"],
        ];
        for (var ten = 2; ten <= 9; ten++)
        {
            Add(Kind.Tens, ten * 10, tens[ten - 2]);
        }

        string[][] hundredCounts = [[], [], [], ["ثلاث", "ثلث", "تلث", "تلاث"], ["أربع"], ["خمس"], ["ست"], ["سبع"], ["ثمان", "ثمن"], ["تسع"]];
        for (var count = 3; count <= 9; count++)
        {
            Add(Kind.Hundreds, count * 100, [.. hundredCounts[count].SelectMany(prefix => new[] { prefix + "مئة", prefix + "مائة", prefix + "مية" })]);
        }

        Add(Kind.Hundreds, 200, "مئتين", "مئتان", "مائتين", "مائتان", "ميتين");
        Add(Kind.Magnitude, 100, "مئة", "مائة", "مية");
        Add(Kind.Magnitude, 1000, "ألف");
        Add(Kind.PluralMagnitude, 1000, "آلاف", "تلاف", "الاف");
        Add(Kind.Dual, 2000, "ألفين", "ألفان");
        Add(Kind.Magnitude, 1_000_000, "مليون");
        Add(Kind.PluralMagnitude, 1_000_000, "ملايين");
        Add(Kind.Dual, 2_000_000, "مليونين", "مليونان");
        Add(Kind.Half, 0, "نص", "نصف");
        return table;
    }
}
