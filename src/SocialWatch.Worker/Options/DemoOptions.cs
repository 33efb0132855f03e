using System.ComponentModel.DataAnnotations;

namespace SocialWatch.Worker.Options;

/// <summary>Section <c>Demo</c>: a populated register on first run.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Import the demo feed when the register holds no posts yet. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Folder with the demo feed (<c>*.jsonl</c>). Default <c>config/demo</c>.</summary>
    [Required]
    public string Feed { get; set; } = "config/demo";
}
