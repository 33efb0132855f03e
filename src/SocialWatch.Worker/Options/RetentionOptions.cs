using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Retention</c>: data minimisation.</summary>
public sealed class RetentionOptions : IValidatableObject
{
    public const string Section = "Retention";

    /// <summary>Days after which unflagged (<c>none</c>) posts lose text, author and payload. Default 30.</summary>
    [Range(1, 3650)]
    public int UnflaggedDays { get; set; } = 30;

    /// <summary>Quartz cron expression for the purge. Default daily at 03:15 (<c>0 15 3 * * ?</c>).</summary>
    [Required]
    public string Cron { get; set; } = "0 15 3 * * ?";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Jobs.CronCheck.IsValid(Cron))
        {
            yield return new ValidationResult("not a valid Quartz cron expression (e.g. '0 15 3 * * ?')", [nameof(Cron)]);
        }
    }
}
