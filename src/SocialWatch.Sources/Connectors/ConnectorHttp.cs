using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace SocialWatch.Sources.Connectors;

/// <summary>
/// The HTTP client every connector uses: a total timeout, retries with jittered exponential back-off on 5xx, 408,
/// network errors and attempt timeouts, a circuit breaker, and a per-attempt timeout. A 429 is not retried here: the
/// connector turns it into <see cref="SourceBackoffException"/> so the source rests until the platform's reset time.
/// </summary>
public static class ConnectorHttp
{
    /// <summary>Registers a named client with the connector resilience pipeline.</summary>
    public static IHttpClientBuilder AddConnectorHttpClient(this IServiceCollection services, string name, ConnectorHttpSettings settings)
    {
        var builder = services.AddHttpClient(name, c => c.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler("connector", pipeline =>
        {
            pipeline.AddTimeout(settings.TotalTimeout);
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.Retries,
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.9,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(60),
                BreakDuration = settings.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
            pipeline.AddTimeout(settings.AttemptTimeout);
        });
        return builder;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };

    /// <summary>Whether an exception means the platform is unreachable for now (after retries), not that our data is bad.</summary>
    public static bool IsOutage(Exception e) =>
        e is HttpRequestException { StatusCode: null or >= HttpStatusCode.InternalServerError } or TimeoutRejectedException or BrokenCircuitException;
}
