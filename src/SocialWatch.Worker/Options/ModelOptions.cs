using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Model</c>: the classifier and the organisation's acceptance norm.</summary>
public sealed class ModelOptions
{
    public const string Section = "Model";

    /// <summary>The model zip; its card is the same name with <c>.json</c>. Default <c>models/socialwatch-nl.zip</c>.</summary>
    [Required]
    public string Path { get; set; } = "models/socialwatch-nl.zip";

    /// <summary>P(threat) at or above which a post is a threat. Empty: the model card's tuned value.</summary>
    [Range(0.01, 1.01)]
    public float? ThreatThreshold { get; set; }

    /// <summary>P(abusive) at or above which a post is abusive. Empty: the model card's tuned value.</summary>
    [Range(0.01, 1.01)]
    public float? AbusiveThreshold { get; set; }

    /// <summary>P(grey) at or above which a post is grey. Empty: the model card's tuned value.</summary>
    [Range(0.01, 1.01)]
    public float? GreyThreshold { get; set; }
}
