using System.Text.Json;
using System.Text.Json.Serialization;

namespace WithdrawalBot.Discord.Models;

/// <summary>
/// Source-generated System.Text.Json metadata for every Discord object we read or write: snake_case names,
/// snowflakes as strings, numbers accepted from strings, nulls left out when writing, unknown fields ignored.
/// The generated code sets every init-only property, so a field missing from Discord's JSON arrives as null:
/// list and text properties of the models turn null into their empty default in the setter.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(MessageBody))]
[JsonSerializable(typeof(InteractionCallback))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordApplication))]
[JsonSerializable(typeof(DiscordInteraction))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(DiscordGuild))]
[JsonSerializable(typeof(DiscordRole))]
[JsonSerializable(typeof(IReadOnlyList<DiscordGuild>))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(Dictionary<string, string>))]
public sealed partial class DiscordJsonContext : JsonSerializerContext
{
    /// <summary>Reads <paramref name="element"/> as <typeparamref name="T"/> with this context's settings.</summary>
    /// <exception cref="JsonException">The JSON does not fit <typeparamref name="T"/>.</exception>
    public static T Read<T>(JsonElement element)
        => (T)(element.Deserialize(Default.GetTypeInfo(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T)} is not registered."))
               ?? throw new JsonException($"null where a {typeof(T).Name} was expected"));
}
