using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Intake</c>: the file drop.</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Folder scanned for <c>*.jsonl</c> files. Default <c>inbox</c>.</summary>
    [Required]
    public string Inbox { get; set; } = "inbox";

    /// <summary>Seconds between scans. Default 10.</summary>
    [Range(1, 86_400)]
    public int PollSeconds { get; set; } = 10;

    /// <summary>Seconds a file must be left unchanged before it is imported. Default 5.</summary>
    [Range(0, 3_600)]
    public int SettleSeconds { get; set; } = 5;
}
