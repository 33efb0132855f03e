using System.Security.Cryptography;
using System.Text;

namespace SocialWatch.Domain;

/// <summary>The post a reply answered (one level up), kept so reviewers see what was answered.</summary>
public sealed record ParentPost(string ExternalId, string? AuthorHandle, string Text, string? Url, string RawPayload)
{
    /// <summary>Lower-case hex SHA-256 of <see cref="RawPayload"/> in UTF-8, as kept.</summary>
    public string PayloadSha256 => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RawPayload)));
}
