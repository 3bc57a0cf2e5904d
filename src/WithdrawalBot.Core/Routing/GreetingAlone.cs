using System.Collections.Frozen;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Tells a greeting addressed to everyone ("hello world", a self-hoster's first test; "hi world", "hello friends",
/// "مرحبا بالعالم") from a question. The matcher reads the word after the greeting as a typo of one the knowledge uses
/// ("world" as "word", "friends" as "field") and would answer a fact with it; the caller greets instead.
/// </summary>
public static class GreetingAlone
{

    /// <summary>Words that name whom a greeting is for ("world", "everyone", "friends", "بالعالم", "جماعة"), normalized likewise.</summary>
    private static readonly FrozenSet<string> Greeted = Normalized(
        "world", "everyone", "everybody", "all", "yall", "friends", "folks", "guys", "people", "there", "again", "bot", "team",
        "عالم", "العالم", "بالعالم", "يا", "ياعالم", "جميعا", "جميعاً", "الجميع", "بالجميع", "جماعة", "ياجماعة", "شباب", "ياشباب", "اصدقاء", "الاصدقاء");

    /// <summary>
    /// Whether <paramref name="cleaned"/> is a greeting and only words naming whom it greets: "hello world", "Hello,
    /// World!", "hi all", "مرحبا بالعالم"; not "hello" alone (the matcher greets it already), nor "hello world, when do
    /// troops leave Erbil?".
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching; <c>null</c> reads as no greeting.</param>
    public static bool Reads(string? cleaned)
    {
        // Every message is checked: most open with no greeting, which their first word as typed tells without reading them.
        if (cleaned is null || !OpensWithAGreeting(cleaned))
        {
            return false;
        }

        var words = WordNormalizer.Tokenize(cleaned);
        return words.Count >= 2 && Greetings.Contains(words[0]) && words.Skip(1).All(Greeted.Contains);
    }

    /// <summary>Words that greet as typed, any case, with the spellings <see cref="WordNormalizer"/> folds ("أهلاً", "اهلاً").</summary>
    private static readonly string[] GreetingWords =
    [
        "hello", "hi", "hey", "hiya", "howdy", "hallo", "helo", "hullo", "greetings", "yo",
        "مرحبا", "مرحباً", "مرحبه", "مرحبة", "هلا", "هلو", "اهلا", "أهلا", "أهلاً", "اهلاً", "هاي",
    ];

    /// <summary>The <see cref="GreetingWords"/> as typed.</summary>
    private static readonly FrozenSet<string> TypedGreetings = GreetingWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <see cref="GreetingWords"/> normalized as <see cref="WordNormalizer.Tokenize(ReadOnlySpan{char})"/> writes them.</summary>
    private static readonly FrozenSet<string> Greetings = Normalized(GreetingWords);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TypedGreetingLookup = TypedGreetings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the first word of <paramref name="cleaned"/>, as typed and without the punctuation after it, is a greeting; reads no more of it and allocates nothing.</summary>
    private static bool OpensWithAGreeting(string cleaned)
    {
        var text = cleaned.AsSpan().TrimStart();
        var end = text.IndexOfAny(' ', '\n', '\t');
        var first = (end < 0 ? text : text[..end]).TrimEnd(",،.!؟?:;");
        return TypedGreetingLookup.Contains(first);
    }

    private static FrozenSet<string> Normalized(params string[] words) =>
        words.SelectMany(word => WordNormalizer.Tokenize(word)).ToFrozenSet(StringComparer.Ordinal);
}
