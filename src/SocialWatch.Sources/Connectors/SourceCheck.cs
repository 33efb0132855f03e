using System.Net;

namespace SocialWatch.Sources.Connectors;

/// <summary>The outcome of a credentials and reachability check.</summary>
public sealed record SourceCheck(bool Ok, string Message)
{
    /// <summary>Runs a GET and words the usual failures for an operator.</summary>
    public static async Task<SourceCheck> RunAsync(HttpClient http, HttpRequestMessage request, string what, Func<string, string> describeOk, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return response.StatusCode switch
            {
                HttpStatusCode.OK => new SourceCheck(true, describeOk(body)),
                HttpStatusCode.Unauthorized => new SourceCheck(false, $"the {what} was refused (401): it is wrong, expired or revoked"),
                HttpStatusCode.Forbidden => new SourceCheck(false, $"the {what} lacks the needed permission (403)"),
                HttpStatusCode.NotFound => new SourceCheck(false, "the account or endpoint was not found (404): check the base URL and account"),
                HttpStatusCode.TooManyRequests => new SourceCheck(false, "rate limited (429): the credentials may be fine, try again later"),
                _ => new SourceCheck(false, $"the platform answered HTTP {(int)response.StatusCode}"),
            };
        }
        catch (Exception e) when (ConnectorHttp.IsOutage(e))
        {
            return new SourceCheck(false, $"cannot reach {request.RequestUri?.Host}: {e.Message}");
        }
    }
}
