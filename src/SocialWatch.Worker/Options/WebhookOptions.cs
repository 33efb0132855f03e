using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Webhook</c>: <c>POST /api/intake</c> for integrations (page-comment forwarders, newsroom tools).</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Webhook";

    /// <summary>Whether the endpoint accepts posts. Default false (it answers 404).</summary>
    public bool Enabled { get; set; }

    /// <summary>The shared HMAC secret, at least 32 characters. Only from the environment: <c>SOCIALWATCH__Webhook__Secret</c>.</summary>
    public string? Secret { get; set; }

    /// <summary>Largest accepted body in bytes. Default 1048576 (1 MiB); larger bodies get 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How far the signed timestamp may be from now, in seconds. Default 300.</summary>
    [Range(10, 3600)]
    public int MaxSkewSeconds { get; set; } = 300;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (Secret is null || Secret.Length < 32))
        {
            yield return new ValidationResult("the webhook is enabled but has no secret of at least 32 characters (set it in the environment only)", [nameof(Secret)]);
        }
    }

    /// <summary>Never print the secret, not even in a validation message.</summary>
    public override string ToString() => $"Enabled={Enabled}, MaxBodyBytes={MaxBodyBytes}, MaxSkewSeconds={MaxSkewSeconds}";
}
