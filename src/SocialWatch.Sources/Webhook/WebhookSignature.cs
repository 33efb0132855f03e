using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialWatch.Sources.Webhook;

/// <summary>
/// HMAC-SHA256 signatures for the webhook intake. The sender signs <c>"{timestamp}.{body}"</c> with the shared secret
/// and sends <c>X-SocialWatch-Timestamp: unix-seconds</c> and <c>X-SocialWatch-Signature: sha256=hex</c>. The timestamp
/// inside the signed text stops an old request from being replayed once it falls outside the allowed skew.
/// </summary>
public sealed class WebhookSignature(byte[] secret, TimeSpan maxSkew, TimeProvider time)
{
    /// <summary>Header with the signature.</summary>
    public const string SignatureHeader = "X-SocialWatch-Signature";

    /// <summary>Header with the Unix time in seconds at which the request was signed.</summary>
    public const string TimestampHeader = "X-SocialWatch-Timestamp";

    /// <summary>Computes the header value for a body (used by senders and tests).</summary>
    public static string Sign(byte[] secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, message));
    }

    /// <summary>Null when the request is authentic and fresh, otherwise the reason it is not.</summary>
    public string? Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHeader) || string.IsNullOrEmpty(timestampHeader))
        {
            return $"missing {SignatureHeader} or {TimestampHeader} header";
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return $"{TimestampHeader} is not a Unix time in seconds";
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(timestamp, 0, 253402300799));
        if (age.Duration() > maxSkew)
        {
            return "timestamp outside the allowed window (stale or replayed request)";
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signatureHeader.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "signature does not match";
    }
}
