using System.Text.Json;

namespace SocialWatch.Tests.Support;

/// <summary>Builds JSONL lines in the intake schema.</summary>
public static class Lines
{
    public static string Post(string id, string text, string platform = "x", string? author = "burger42", string[]? mentions = null,
        string? inReplyTo = null, string? inReplyToAuthor = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["platform"] = platform,
            ["id"] = id,
            ["url"] = $"https://{platform}.example/{id}",
            ["author"] = author,
            ["author_id"] = "u-" + author,
            ["text"] = text,
            ["created_at"] = "2026-11-20T08:30:00+01:00",
            ["in_reply_to"] = inReplyTo,
            ["in_reply_to_author"] = inReplyToAuthor,
            ["mentions"] = mentions ?? [],
        });
}
