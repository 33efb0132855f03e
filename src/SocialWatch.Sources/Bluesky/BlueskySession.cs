using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialWatch.Sources.Connectors;

namespace SocialWatch.Sources.Bluesky;

/// <summary>
/// The login of one account: <c>com.atproto.server.createSession</c> with the app password, and
/// <c>com.atproto.server.refreshSession</c> when the access token expires. Tokens live in memory only.
/// </summary>
public sealed class BlueskySession(HttpClient http, BlueskyAccount account, TimeProvider time)
{
    private string? _access;
    private string? _refresh;

    /// <summary>Sends a GET with the access token, logging in or refreshing as needed (once per call).</summary>
    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        if (_access is null)
        {
            await CreateAsync(cancellationToken);
        }

        var response = await SendAsync(pathAndQuery, cancellationToken);
        if (await IsExpiredAsync(response, cancellationToken))
        {
            response.Dispose();
            await RefreshAsync(cancellationToken);
            response = await SendAsync(pathAndQuery, cancellationToken);
        }

        return response;
    }

    private async Task<HttpResponseMessage> SendAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.Service, pathAndQuery));
        request.Headers.Authorization = new("Bearer", _access);
        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task<bool> IsExpiredAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized))
        {
            return false;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Contains("ExpiredToken", StringComparison.Ordinal) || body.Contains("InvalidToken", StringComparison.Ordinal);
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            new Uri(account.Service, "xrpc/com.atproto.server.createSession"),
            new { identifier = account.Handle, password = account.AppPassword },
            cancellationToken);
        await ReadTokensAsync(response, "log in with the app password", cancellationToken);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(account.Service, "xrpc/com.atproto.server.refreshSession"));
        request.Headers.Authorization = new("Bearer", _refresh);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            await CreateAsync(cancellationToken);
            return;
        }

        await ReadTokensAsync(response, "refresh the session", cancellationToken);
    }

    private async Task ReadTokensAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            throw new SourceBackoffException($"bluesky:{account.Handle}: rate limited while trying to {what}", RateLimit.Until(response, time));
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"bluesky:{account.Handle}: could not {what} (HTTP {(int)response.StatusCode})", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        _access = ConnectorJson.Text(document.RootElement, "accessJwt");
        _refresh = ConnectorJson.Text(document.RootElement, "refreshJwt");
    }
}
