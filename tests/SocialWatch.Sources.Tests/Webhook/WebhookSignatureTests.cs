using System.Text;
using Microsoft.Extensions.Time.Testing;
using SocialWatch.Sources.Webhook;

namespace SocialWatch.Sources.Tests.Webhook;

public class WebhookSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("gedeeld-geheim-gedeeld-geheim-32!");
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly WebhookSignature _signature = new(Secret, TimeSpan.FromMinutes(5), Time);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"id\":\"1\"}");
    private static long Now => Time.GetUtcNow().ToUnixTimeSeconds();

    [Fact]
    public void Accepts_a_fresh_correct_signature() =>
        Assert.Null(_signature.Verify(Now.ToString(System.Globalization.CultureInfo.InvariantCulture), WebhookSignature.Sign(Secret, Now, Body), Body));

    [Fact]
    public void Refuses_a_tampered_body()
    {
        var sig = WebhookSignature.Sign(Secret, Now, Body);

        Assert.Equal("signature does not match", _signature.Verify(Now.ToString(System.Globalization.CultureInfo.InvariantCulture), sig, Encoding.UTF8.GetBytes("{\"id\":\"2\"}")));
    }

    [Fact]
    public void Refuses_a_signature_made_for_another_timestamp()
    {
        var sig = WebhookSignature.Sign(Secret, Now - 60, Body);

        Assert.Equal("signature does not match", _signature.Verify(Now.ToString(System.Globalization.CultureInfo.InvariantCulture), sig, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Refuses_a_timestamp_outside_the_window(int offsetSeconds)
    {
        var at = Now + offsetSeconds;

        Assert.Contains("window", _signature.Verify(at.ToString(System.Globalization.CultureInfo.InvariantCulture), WebhookSignature.Sign(Secret, at, Body), Body));
    }

    [Theory]
    [InlineData(null, "sha256=00")]
    [InlineData("123", null)]
    [InlineData("gisteren", "sha256=00")]
    [InlineData("99999999999999999999", "sha256=00")]
    public void Refuses_missing_or_malformed_headers(string? timestamp, string? signature) =>
        Assert.NotNull(_signature.Verify(timestamp, signature, Body));
}
