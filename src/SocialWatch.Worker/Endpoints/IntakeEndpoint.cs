using Microsoft.Extensions.Options;
using SocialWatch.Sources.Intake;
using SocialWatch.Sources.Webhook;
using SocialWatch.Worker.Options;

namespace SocialWatch.Worker.Endpoints;

/// <summary>
/// <c>POST /api/intake</c>: one post or an array in the file-drop schema, signed with HMAC-SHA256.
/// 202 stored (idempotent), 400 with reasons per item (nothing stored), 401 bad or stale signature, 413 too large,
/// 404 when the webhook is not enabled.
/// </summary>
public static class IntakeEndpoint
{
    /// <summary>Source name in the register and in <c>/health</c>.</summary>
    public const string Source = "webhook";

    /// <summary>Maps the endpoint.</summary>
    public static void MapIntake(this IEndpointRouteBuilder app) => app.MapPost("/api/intake", async (
        HttpRequest request, IOptions<WebhookOptions> options, WebhookSignature signature, WebhookBatchParser parser,
        IntakePipeline pipeline, ILogger<WebhookBatchParser> logger, CancellationToken cancellationToken) =>
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Results.NotFound();
        }

        if (request.ContentLength > settings.MaxBodyBytes)
        {
            return TooLarge(settings);
        }

        var body = await CappedReader.ReadAsync(request.Body, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TooLarge(settings);
        }

        var refused = signature.Verify(request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader], body);
        if (refused is not null)
        {
            logger.LogWarning("Webhook request refused: {Reason}", refused);
            return Results.Json(new { error = refused }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var (posts, errors) = parser.Parse(body);
        if (errors.Count > 0)
        {
            logger.LogWarning("Webhook request with {Errors} bad items refused; nothing stored", errors.Count);
            return Results.BadRequest(new { error = "nothing was stored; fix these items and send again", items = errors.Select(e => new { item = e.Item, reason = e.Reason }) });
        }

        var result = await pipeline.ProcessAsync(Source, posts, null, cancellationToken);
        logger.LogInformation("Webhook: {Inserted} new, {Duplicates} already known, {Untargeted} not aimed at an official, {Alerts} threat alerts",
            result.Inserted, result.Duplicates, result.Untargeted, result.Alerts);
        return Results.Json(new { inserted = result.Inserted, duplicates = result.Duplicates, untargeted = result.Untargeted }, statusCode: StatusCodes.Status202Accepted);
    });

    private static IResult TooLarge(WebhookOptions settings) =>
        Results.Json(new { error = $"body larger than {settings.MaxBodyBytes} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);
}
