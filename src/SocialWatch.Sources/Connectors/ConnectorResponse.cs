using System.Net;
using System.Text.Json;
using SocialWatch.Sources.Intake;

namespace SocialWatch.Sources.Connectors;

/// <summary>
/// The part every connector does the same way with a platform's answer: 429 becomes a back-off until the platform's
/// reset time, other failures an exception, the body is read up to a cap, and a body that is not JSON is quarantined.
/// </summary>
public static class ConnectorResponse
{
    /// <summary>Reads the response and hands the parsed JSON and the raw body to <paramref name="readPage"/>.</summary>
    public static async Task<SourcePage> ReadAsync(
        HttpResponseMessage response, string source, string? cursor, TimeProvider time,
        Func<JsonElement, string, SourcePage> readPage, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SourceBackoffException($"{source}: rate limited (429)", RateLimit.Until(response, time));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{source}: HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        if (response.Content.Headers.ContentLength > ConnectorJson.MaxBodyBytes)
        {
            return ConnectorJson.Refused(source, cursor, $"response of {response.Content.Headers.ContentLength} bytes is larger than {ConnectorJson.MaxBodyBytes}", "(not read)");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var bytes = await CappedReader.ReadAsync(stream, ConnectorJson.MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return ConnectorJson.Refused(source, cursor, $"response larger than {ConnectorJson.MaxBodyBytes} bytes", "(not read)");
        }

        var body = System.Text.Encoding.UTF8.GetString(bytes);
        try
        {
            using var document = JsonDocument.Parse(body);
            return readPage(document.RootElement, body);
        }
        catch (JsonException e)
        {
            return ConnectorJson.Refused(source, cursor, ConnectorJson.Describe(body, e), body);
        }
    }
}
