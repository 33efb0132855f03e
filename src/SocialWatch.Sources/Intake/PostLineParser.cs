using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SocialWatch.Domain;

namespace SocialWatch.Sources.Intake;

/// <summary>
/// Parses the JSONL intake schema (platform, id, url, author, author_id, text, created_at, in_reply_to,
/// in_reply_to_author, mentions) into posts, with a clear reason for every refusal. The raw line is kept as
/// evidence together with its SHA-256.
/// </summary>
public sealed class PostLineParser(TimeProvider time)
{
    /// <summary>Longest accepted line in UTF-8 bytes.</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>Longest accepted message text in characters.</summary>
    public const int MaxTextChars = 10_000;

    /// <summary>Most mentions read from one post.</summary>
    public const int MaxMentions = 100;

    private const int MaxFieldChars = 2_048;

    /// <summary>Parses one line.</summary>
    public ParsedLine Parse(string line)
    {
        if (Encoding.UTF8.GetByteCount(line) > MaxLineBytes)
        {
            return ParsedLine.Fail($"line longer than {MaxLineBytes} bytes");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ParsedLine.Fail($"not valid JSON: {e.Message}");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return ParsedLine.Fail("not a JSON object");
        }

        try
        {
            return ParsedLine.Ok(Build(root, line));
        }
        catch (FormatException e)
        {
            return ParsedLine.Fail(e.Message);
        }
    }

    private Post Build(JsonElement root, string line)
    {
        var platform = Required(root, "platform").ToLowerInvariant();
        var id = Required(root, "id");
        var text = Required(root, "text");
        if (text.Length > MaxTextChars)
        {
            throw new FormatException($"field 'text' longer than {MaxTextChars} characters");
        }

        var createdRaw = Required(root, "created_at");
        if (!DateTimeOffset.TryParse(createdRaw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var created))
        {
            throw new FormatException($"field 'created_at' is not an ISO 8601 time: '{Cap(createdRaw, 40)}'");
        }

        return new Post
        {
            Platform = platform,
            ExternalId = id,
            Url = Optional(root, "url"),
            AuthorHandle = Optional(root, "author")?.TrimStart('@'),
            AuthorId = Optional(root, "author_id"),
            Text = text,
            CreatedAtUtc = created.UtcDateTime,
            CapturedAtUtc = time.GetUtcNow().UtcDateTime,
            InReplyTo = Optional(root, "in_reply_to"),
            InReplyToAuthor = Optional(root, "in_reply_to_author")?.TrimStart('@'),
            Mentions = Mentions(root),
            RawPayload = line,
            PayloadSha256 = Sha256(line),
        };
    }

    /// <summary>Lower-case hex SHA-256 of a text in UTF-8.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Required(JsonElement root, string name) =>
        Optional(root, name) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new FormatException($"field '{name}' is missing or empty");

    private static string? Optional(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"field '{name}' must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}"),
        };
        if (name != "text" && text is { Length: > MaxFieldChars })
        {
            throw new FormatException($"field '{name}' longer than {MaxFieldChars} characters");
        }

        return text;
    }

    private static List<string> Mentions(JsonElement root)
    {
        if (!root.TryGetProperty("mentions", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("field 'mentions' must be an array of handles");
        }

        var mentions = new List<string>();
        foreach (var item in value.EnumerateArray().Take(MaxMentions))
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new FormatException("field 'mentions' must contain only strings");
            }

            mentions.Add(Cap(item.GetString()!, 256));
        }

        return mentions;
    }

    private static string Cap(string s, int max) => s.Length <= max ? s : s[..max];
}
